import { isRealChapter } from './m57-chapters';
import { fromCents } from '../../money';
import { sumChapterCents } from './money';
import type { SectionCredits } from './types';

/** Totals of one section and whether it is voted in balance. */
export interface SectionBalance {
  /** Sum of every spending chapter, 001/002 deficits included (euros). */
  readonly depenses: number;
  /** Sum of every revenue chapter, 001/002 surpluses included (euros). */
  readonly recettes: number;
  /** recettes − dépenses (euros); negative when the section is short. */
  readonly solde: number;
  /**
   * Recettes ≥ dépenses. A surplus is not an imbalance (CGCT L1612-6 et L1612-7); a shortfall of one cent is
   * (CGCT L1612-4).
   */
  readonly equilibre: boolean;
}

/** Section totals and balance — CGCT L1612-4 (each section voted in balance), L1612-6 et L1612-7 (surplus). */
export function sectionBalance(section: SectionCredits): SectionBalance {
  const depensesCents = sumChapterCents(section.depenses);
  const recettesCents = sumChapterCents(section.recettes);
  return {
    depenses: fromCents(depensesCents),
    recettes: fromCents(recettesCents),
    solde: fromCents(recettesCents - depensesCents),
    equilibre: recettesCents >= depensesCents,
  };
}

/**
 * Real spending of a section (ordre chapters and reported results left out): the base of the M57
 * fongibilité ceiling and of the L1612-1 quarter. Codes outside the catalogue count as not real: validate first.
 */
export function realSpending(section: SectionCredits): number {
  return fromCents(sumChapterCents(section.depenses, isRealChapter));
}

/** Real revenue of a section (ordre chapters and reported results left out). */
export function realRevenue(section: SectionCredits): number {
  return fromCents(sumChapterCents(section.recettes, isRealChapter));
}
