import { err, ok, type Result } from '../../result';
import { parseWith, z } from '../../validation/schema';
import { BALLOT_MARKS, ELECTIONS, nameKey } from './ballot';
import { LEGAL_CLOSING_TIME, minutesOfDay } from './closing-hour';
import { typeset } from './french-text';

const ballotSchema = z
  .strictObject({
    for: z.string().trim().min(1).optional(),
    blank: z.literal(true).optional(),
    marks: z.array(z.enum(BALLOT_MARKS)).optional(),
  })
  .refine((ballot) => (ballot.for === undefined) !== (ballot.blank === undefined), {
    message: typeset(
      'un bulletin porte soit « for » (le nom du candidat ou de la liste), soit « blank: true », un seul des deux',
    ),
  });

const envelopeSchema = z.strictObject({
  ballots: z.array(ballotSchema),
  nonRegulatory: z.boolean().optional(),
});

const count = z.number().int().min(0);
const clockTime = z
  .string()
  .refine((time) => minutesOfDay(time) !== null, { message: 'heure HH:MM attendue (par exemple « 19:00 »)' });

/** The `rules depouillement` case file (issue 8): one bureau's urn and liste d'émargement. */
export const depouillementCaseSchema = z
  .strictObject({
    description: z.string().optional(),
    election: z.enum(ELECTIONS),
    candidates: z.array(z.string().trim().min(1)).min(1),
    inscrits: count.optional(),
    /** The commune's population: it picks the text that voids a modified list ballot. */
    population: count.optional(),
    /** Closing hour set by the convocation decree (or a prefectoral arrêté); absent: the election's default. */
    heureCloture: clockTime.optional(),
    /** The act that set it, e.g. « décret n° 2022-66 du 26 janvier 2022 ». */
    acteConvocation: z.string().trim().min(1).optional(),
    /** The hour the président declared the poll closed, to check against the legal hour. */
    clotureDeclaree: clockTime.optional(),
    emargements: count,
    envelopes: z.array(envelopeSchema),
    looseBallots: z.array(ballotSchema).default([]),
  })
  .superRefine((value, ctx) => {
    const keys = value.candidates.map(nameKey);
    keys.forEach((key, i) => {
      if (keys.indexOf(key) !== i) {
        ctx.addIssue({
          code: 'custom',
          path: ['candidates', i],
          message: typeset(`candidat ou liste en double : « ${value.candidates[i] ?? ''} »`),
        });
      }
    });
    if (
      value.heureCloture !== undefined &&
      value.election !== 'presidentielle' &&
      (minutesOfDay(value.heureCloture) ?? 0) < (minutesOfDay(LEGAL_CLOSING_TIME) ?? 0)
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['heureCloture'],
        message: typeset('avant 18:00, aucun texte ne permet de clore (code électoral R41)'),
      });
    }
    if (value.inscrits !== undefined && value.emargements > value.inscrits) {
      ctx.addIssue({ code: 'custom', path: ['emargements'], message: 'plus d’émargements que d’inscrits' });
    }
  });

/** A valid case, once parsed. */
export type DepouillementCase = z.infer<typeof depouillementCaseSchema>;

/** Parses an untrusted case; a malformed one yields a single French message listing every problem. */
export function parseDepouillementCase(raw: unknown): Result<DepouillementCase, string> {
  const parsed = parseWith(depouillementCaseSchema, raw);
  return parsed.ok ? ok(parsed.value) : err(parsed.error);
}
