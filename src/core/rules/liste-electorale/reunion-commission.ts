import { formatFrenchDate, type IsoDate } from '../../dates';
import { z } from '../../validation/schema';
import { nthDayBefore, publishedCalendar, scrutinDateField } from './scrutin-calendar';
import type { Confidence } from './types';

/** `kind: "reunion-commission"`: when must the commission de contrôle meet before a scrutin? */
export const reunionCommissionCaseSchema = z.strictObject({
  kind: z.literal('reunion-commission'),
  scrutinDate: scrutinDateField,
});

export type ReunionCommissionCase = z.infer<typeof reunionCommissionCaseSchema>;

/** The `rules liste-electorale` output for the period of the commission’s meeting. */
export interface ReunionCommissionResult {
  readonly kind: 'reunion-commission';
  readonly auPlusTot: IsoDate;
  readonly auPlusTard: IsoDate;
  readonly references: readonly string[];
  readonly confidence: Confidence;
  readonly regleDeCalcul: string;
  readonly explication: string;
}

/**
 * The public meeting of the commission de contrôle, « entre le vingt-quatrième et le vingt-et-unième jour avant
 * chaque scrutin » (code électoral L19 III): scrutin − 24 to scrutin − 21 days, both included. Certain only for a
 * published calendar (fiche §6.6); 15 March 2026 gives 19 to 22 February 2026, as APVF publishes it.
 */
export function decideReunionCommission(input: ReunionCommissionCase): ReunionCommissionResult {
  const auPlusTot = nthDayBefore(input.scrutinDate, 24);
  const auPlusTard = nthDayBefore(input.scrutinDate, 21);
  const published = publishedCalendar(input.scrutinDate);
  const certain = published?.commissionFrom === auPlusTot && published.commissionUntil === auPlusTard;
  return {
    kind: 'reunion-commission',
    auPlusTot,
    auPlusTard,
    references: ['code électoral L19'],
    confidence: certain ? 'C' : 'M',
    regleDeCalcul:
      'du 24e au 21e jour précédant le scrutin (code électoral L19 III) : date du scrutin moins 24 jours, puis moins 21 jours ; jours calendaires, bornes incluses, sans report (aucun texte ne le prévoit)',
    explication:
      `Réunion publique de la commission de contrôle entre le ${formatFrenchDate(auPlusTot)} et le ${formatFrenchDate(auPlusTard)}.` +
      (certain
        ? ''
        : ' Incertain : la fiche ne fait noter que les dates publiées (décompte au jour près, §6.6).'),
  };
}
