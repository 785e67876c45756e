import { err, ok, type Result } from '../../result';
import { parseWith, z } from '../../validation/schema';
import { BALLOT_MARKS, ELECTIONS, nameKey } from './ballot';
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

/** The `rules depouillement` case file (issue 8): one bureau's urn and liste d'émargement. */
export const depouillementCaseSchema = z
  .strictObject({
    description: z.string().optional(),
    election: z.enum(ELECTIONS),
    candidates: z.array(z.string().trim().min(1)).min(1),
    inscrits: count.optional(),
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
