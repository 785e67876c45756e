import { dateParts, isIsoDate } from '../../dates';
import type { Result } from '../../result';
import { parseWith, z } from '../../validation/schema';
import type { ActRequest } from './act-request';
import { DISCLOSURE_ASKERS, DISCLOSURE_SUBJECTS, type DisclosureQuestion } from './confidentiality';
import { ACT_FORMS, ACT_TYPES, EVENT_PLACES, REQUESTERS } from './vocabulary';

/** The loi du 20 septembre 1792 created the état civil: no register of a commune is older. */
export const FIRST_REGISTER_YEAR = 1792;

/**
 * A case of the `rules etat-civil` contract (issue 7), strict: an unknown key is an error, so that a trainer's
 * typo is never silently ignored. `procureurAuthorisation` is an optional extension (default: no authorisation).
 */
export const actRequestSchema = z
  .strictObject({
    act: z.enum(ACT_TYPES),
    form: z.enum(ACT_FORMS),
    actYear: z
      .number()
      .int()
      .min(FIRST_REGISTER_YEAR, {
        message: `année antérieure à ${FIRST_REGISTER_YEAR}, création de l’état civil`,
      }),
    today: z.string().refine(isIsoDate, { message: 'date invalide, attendue au format AAAA-MM-JJ' }),
    eventPlace: z.enum(EVENT_PLACES),
    requester: z.enum(REQUESTERS),
    subjectMinor: z.boolean(),
    procureurAuthorisation: z.boolean().optional(),
  })
  .superRefine((value, context) => {
    if (isIsoDate(value.today) && value.actYear > dateParts(value.today).year) {
      context.addIssue({
        code: 'custom',
        path: ['actYear'],
        message: `acte de ${value.actYear} postérieur à la date du jour (${value.today})`,
      });
    }
  });

/** Validates a case file's content; the error is one French message listing every problem with its path. */
export function parseActRequest(raw: unknown): Result<ActRequest, string> {
  return parseWith(actRequestSchema, raw);
}

/**
 * A confidentiality case (erratum 4): `{ "question": "confidentialite", "asker": "tiers", "about": "…" }`.
 * The `question` key tells it from an act request, whose contract (issue 7) has no such key.
 */
export const disclosureCaseSchema = z.strictObject({
  question: z.literal('confidentialite'),
  asker: z.enum(DISCLOSURE_ASKERS),
  about: z.enum(DISCLOSURE_SUBJECTS),
});

/** A case of the `rules etat-civil` command: a request for an act, or a question of confidentiality. */
export type EtatCivilCase =
  | { readonly kind: 'acte'; readonly request: ActRequest }
  | { readonly kind: 'confidentialite'; readonly question: DisclosureQuestion };

function isDisclosureCase(raw: unknown): boolean {
  return typeof raw === 'object' && raw !== null && 'question' in raw;
}

/** Validates a case file of either kind; the error is one French message listing every problem with its path. */
export function parseEtatCivilCase(raw: unknown): Result<EtatCivilCase, string> {
  if (isDisclosureCase(raw)) {
    const parsed = parseWith(disclosureCaseSchema, raw);
    return parsed.ok
      ? {
          ok: true,
          value: {
            kind: 'confidentialite',
            question: { asker: parsed.value.asker, about: parsed.value.about },
          },
        }
      : parsed;
  }
  const parsed = parseActRequest(raw);
  return parsed.ok ? { ok: true, value: { kind: 'acte', request: parsed.value } } : parsed;
}
