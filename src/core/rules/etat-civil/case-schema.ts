import { dateParts, isIsoDate } from '../../dates';
import type { Result } from '../../result';
import { parseWith, z } from '../../validation/schema';
import type { ActRequest } from './act-request';
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
