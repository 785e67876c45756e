import { isIsoDate } from '../../dates';
import { err, ok, type Result } from '../../result';
import { parseWith, z } from '../../validation/schema';
import { DEMANDES, DOCUMENTS, type UrbanismeCase } from './types';

/**
 * Dépôts from 1 January 2017 (every carte communale then gives the competence to the commune, L422-1) to
 * 31 December 2027 (the law the fact sheet read is that of November 2026; later reforms are unknown).
 */
export const DEPOT_RANGE = { from: '2017-01-01', to: '2027-12-31' } as const;

const isoDate = z.string({ error: 'date attendue (texte au format AAAA-MM-JJ)' }).refine(isIsoDate, {
  message: 'date impossible ou mal écrite (attendu AAAA-MM-JJ, par exemple 2026-03-03)',
});

const caseSchema = z
  .strictObject({
    demande: z.enum(DEMANDES, { error: `demande attendue : ${DEMANDES.join(', ')}` }),
    document: z.enum(DOCUMENTS, { error: `document d’urbanisme attendu : ${DOCUMENTS.join(', ')}` }),
    depotDate: isoDate,
    abordsMonumentHistorique: z.boolean({ error: 'booléen attendu (true ou false)' }),
    majorationNotifieeDate: isoDate.optional(),
    piecesDemandeesDate: isoDate.optional(),
  })
  .superRefine((value, context) => {
    const { depotDate } = value;
    if (!isIsoDate(depotDate)) return;
    if (depotDate < DEPOT_RANGE.from || depotDate > DEPOT_RANGE.to) {
      context.addIssue({
        code: 'custom',
        path: ['depotDate'],
        message:
          `dépôt hors de la période couverte (${DEPOT_RANGE.from} au ${DEPOT_RANGE.to}) : avant 2017, une ` +
          'carte communale ancienne ne donnait pas toujours la compétence à la commune ; après 2027, le droit ' +
          'n’est pas connu',
      });
    }
    for (const field of ['majorationNotifieeDate', 'piecesDemandeesDate'] as const) {
      const date = value[field];
      if (date !== undefined && isIsoDate(date) && date < depotDate) {
        context.addIssue({
          code: 'custom',
          path: [field],
          message: `date antérieure au dépôt (${depotDate})`,
        });
      }
    }
  });

/** Validates a case file’s content; the error is one French message naming each faulty field. */
export function parseUrbanismeCase(raw: unknown): Result<UrbanismeCase, string> {
  const parsed = parseWith(caseSchema, raw);
  return parsed.ok ? ok(parsed.value) : err(parsed.error);
}
