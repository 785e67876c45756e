import { isIsoDate, type IsoDate } from '../../dates';
import { err, ok, type Result } from '../../result';
import { parseWith, z } from '../../validation/schema';
import { DECRET_2024_790_DEPUIS } from './inhumation';
import { FUNERAIRE_KINDS, type FuneraireCase } from './types';

/** Dates this engine accepts: ISO arithmetic is exact from 1800 on, and the law after 2100 is unknown. */
export const FUNERAIRE_DATE_RANGE = { from: '1800-01-01', to: '2100-12-31' } as const;

const isoDate = z
  .string({ error: 'date attendue (texte au format AAAA-MM-JJ)' })
  .refine(isIsoDate, {
    message: 'date impossible ou mal écrite (attendu AAAA-MM-JJ, par exemple 2026-11-07)',
  })
  .refine((date) => date >= FUNERAIRE_DATE_RANGE.from && date <= FUNERAIRE_DATE_RANGE.to, {
    message: `date hors de la période couverte (${FUNERAIRE_DATE_RANGE.from} au ${FUNERAIRE_DATE_RANGE.to})`,
  });

const DUREE = 'durée attendue : un nombre entier d’années (1 à 999) ou « perpetuelle »';

const bool = z.boolean({ error: 'booléen attendu (true ou false)' });

type Issue = { path: string; message: string };
const after = (path: string, date: IsoDate | undefined, floor: IsoDate, label: string): Issue[] =>
  date !== undefined && date < floor ? [{ path, message: `date antérieure ${label} (${floor})` }] : [];

const inhumation = z
  .strictObject({
    kind: z.literal('inhumation'),
    decesDate: isoDate,
    inhumationPrevueDate: isoDate.optional(),
  })
  .superRefine((value, context) => {
    const issues = after('inhumationPrevueDate', value.inhumationPrevueDate, value.decesDate, 'au décès');
    if (value.decesDate < DECRET_2024_790_DEPUIS) {
      issues.push({
        path: 'decesDate',
        message:
          'décès antérieur au 12 juillet 2024 : l’ancien délai de 6 jours (avant le décret 2024-790) ' +
          'n’est pas modélisé',
      });
    }
    for (const issue of issues)
      context.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
  });

const concession = z
  .strictObject({
    kind: z.literal('concession'),
    dureeAns: z.union(
      [
        z.number().int({ error: DUREE }).min(1, { error: DUREE }).max(999, { error: DUREE }),
        z.literal('perpetuelle'),
      ],
      { error: DUREE },
    ),
    acteDate: isoDate,
    questionDate: isoDate,
    echeanceDate: isoDate.optional(),
    derniereInhumationDate: isoDate.optional(),
  })
  .superRefine((value, context) => {
    const issues = [
      ...after('questionDate', value.questionDate, value.acteDate, 'à l’acte'),
      ...after('echeanceDate', value.echeanceDate, value.acteDate, 'à l’acte'),
      ...after('derniereInhumationDate', value.derniereInhumationDate, value.acteDate, 'à l’acte'),
    ];
    if (value.derniereInhumationDate !== undefined && value.derniereInhumationDate > value.questionDate) {
      issues.push({
        path: 'derniereInhumationDate',
        message: 'inhumation postérieure à la date de la question',
      });
    }
    if (value.dureeAns === 'perpetuelle' && value.echeanceDate !== undefined) {
      issues.push({ path: 'echeanceDate', message: 'une concession perpétuelle n’a pas d’échéance' });
    }
    for (const issue of issues)
      context.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
  });

const droitInhumation = z.strictObject({
  kind: z.literal('droit-inhumation'),
  decedeDansCommune: bool,
  domicilieDansCommune: bool,
  sepultureFamilleDansCommune: bool,
  francaisEtablisHorsDeFranceInscrit: bool,
});

const caseSchema = z.discriminatedUnion('kind', [inhumation, concession, droitInhumation], {
  error: `kind attendu : ${FUNERAIRE_KINDS.join(', ')}`,
});

/** Validates a case file’s content; the error is one French message naming each faulty field. */
export function parseFuneraireCase(raw: unknown): Result<FuneraireCase, string> {
  const parsed = parseWith(caseSchema, raw);
  return parsed.ok ? ok(parsed.value) : err(parsed.error);
}
