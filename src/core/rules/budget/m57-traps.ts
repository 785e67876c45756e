import { findM57Chapter, placeLabel } from './m57-chapters';
import { fromCents, toCents } from '../../money';
import { chapterAmount, formatEuros } from './money';
import { BUDGET_REFERENCES as REF, RENUMBERING_NOTE } from './references';
import type { BudgetCheck, BudgetCredits, BudgetSectionName } from './types';

/**
 * No « dépenses imprévues » credit in M57 — instruction M57, ex-CGCT L5217-12-2: the M14 credit of chapters
 * 020/022 (up to 7,5 % of a section's real spending, CGCT L2322-1) does not exist in M57, where unforeseen
 * spending takes the form of programme or commitment authorisations voted by the council. A credit entered at
 * 020 or 022 fails. The article number is flagged: the ordonnance n° 2025-526 recodified it.
 */
export function checkNoUnforeseenExpensesCredit(budget: BudgetCredits): BudgetCheck {
  const found = [
    { code: '022', amount: chapterAmount(budget.fonctionnement.depenses, '022') },
    { code: '020', amount: chapterAmount(budget.investissement.depenses, '020') },
  ].filter((entry) => toCents(entry.amount) > 0);
  const reference = `${REF.instructionM57} ; ${REF.depensesImprevues}`;
  const listed = found.map((entry) => `${formatEuros(entry.amount)} au chapitre ${entry.code}`).join(' et ');
  return {
    id: 'depenses-imprevues-m57',
    passed: found.length === 0,
    message:
      found.length === 0
        ? `Aucun crédit de dépenses imprévues : conforme à la M57, qui a supprimé ce crédit de la M14 (${reference}).`
        : `Crédit de dépenses imprévues inscrit (${listed}) : ce crédit de la M14, plafonné à 7,5 % des dépenses réelles de la section, n’existe plus en M57 ; les dépenses imprévues y prennent la forme d’autorisations de programme ou d’engagement votées par le conseil (${reference}).`,
    reference,
    confidence: 'C',
    uncertain: false,
    referenceNote: RENUMBERING_NOTE,
  };
}

/** Information only: the M57 ceiling of unforeseen-spending authorisations, whose rate is unverified. */
export interface UnforeseenAuthorisationInfo {
  readonly uncertain: true;
  /** 2 %: read nowhere by the fact sheet (legal-facts.md §7.4). */
  readonly ratePercent: 2;
  /** 2 % of the section's real spending (euros). */
  readonly ceiling: number;
  readonly reference: string;
  /** French. */
  readonly message: string;
}

/**
 * The ceiling of the AP/AE for unforeseen spending in M57, as information — ex-CGCT L5217-12-2. The 2 % rate is
 * from memory (legal-facts.md §7.4): never score it.
 */
export function unforeseenAuthorisationInfo(sectionRealSpending: number): UnforeseenAuthorisationInfo {
  const ceiling = fromCents(Math.floor((toCents(sectionRealSpending) * 2) / 100));
  return {
    uncertain: true,
    ratePercent: 2,
    ceiling,
    reference: REF.depensesImprevues,
    message: `À titre d’information (taux non vérifié) : les autorisations de programme ou d’engagement pour dépenses imprévues seraient plafonnées à 2 % des dépenses réelles de la section, soit ${formatEuros(ceiling)} (${REF.depensesImprevues}).`,
  };
}

/** 7,5 % in per mille, so that ceilings are computed on whole cents. */
const FUNGIBILITY_PER_MILLE = 75;

/** The fongibilité ceiling of a section — 7,5 % of its real spending, rounded down to the cent (ex-L5217-10-6). */
export function fungibilityCeiling(sectionRealSpending: number): number {
  return fromCents(Math.floor((toCents(sectionRealSpending) * FUNGIBILITY_PER_MILLE) / 1000));
}

/** A virement de crédits the maire wants to make by himself during the year. */
export interface FungibilityTransfer {
  readonly section: BudgetSectionName;
  readonly fromChapter: string;
  readonly toChapter: string;
  readonly amount: number;
  /** Already moved this year in the same section under the delegation (euros). */
  readonly alreadyTransferred: number;
  /** Real spending of the section as voted (see `realSpending`). */
  readonly sectionRealSpending: number;
  /** The council delegated the fongibilité to the maire with the budget. */
  readonly delegated: boolean;
}

function transferError(transfer: FungibilityTransfer): string | undefined {
  if (!transfer.delegated) {
    return 'sans délégation du conseil votée avec le budget, le maire ne peut pas virer de crédits de chapitre à chapitre : il faut une décision modificative';
  }
  for (const code of [transfer.fromChapter, transfer.toChapter]) {
    const entry = findM57Chapter(code);
    const where = placeLabel(transfer.section, 'depenses');
    if (!entry || entry.section !== transfer.section || !entry.sides.includes('depenses')) {
      return `le chapitre « ${code} » n’est pas un chapitre de ${where} : la fongibilité joue au sein d’une même section`;
    }
    if (entry.kind !== 'reel' || entry.m14UnforeseenExpenses) {
      return `le chapitre « ${code} » (${entry.label}) n’est pas un chapitre de dépenses réelles`;
    }
    if (code === '012') return 'les dépenses de personnel (chapitre 012) sont exclues de la fongibilité';
  }
  if (transfer.fromChapter === transfer.toChapter) return 'un virement suppose deux chapitres différents';
  return undefined;
}

/**
 * A virement de chapitre à chapitre under the M57 fongibilité — ex-CGCT L5217-10-6: only with the council's
 * delegation voted with the budget, within one section, staff costs (012) excluded, and at most 7,5 % of the
 * section's real spending over the year. The article number is flagged (ordonnance n° 2025-526); the account
 * rendered to the council at its next meeting is [M] and not checked.
 */
export function checkFungibilityTransfer(transfer: FungibilityTransfer): BudgetCheck {
  const reference = REF.fongibilite;
  const ceiling = fungibilityCeiling(transfer.sectionRealSpending);
  const cumulated = toCents(transfer.alreadyTransferred) + toCents(transfer.amount);
  const base: Omit<BudgetCheck, 'passed' | 'message'> = {
    id: 'fongibilite',
    reference,
    confidence: 'C',
    uncertain: false,
    referenceNote: RENUMBERING_NOTE,
  };
  const error = transferError(transfer);
  if (error !== undefined) {
    return { ...base, passed: false, message: `Virement de crédits refusé : ${error} (${reference}).` };
  }
  const passed = cumulated <= toCents(ceiling);
  const amounts = `${formatEuros(fromCents(cumulated))} virés dans l’année pour un plafond de ${formatEuros(ceiling)} (7,5 % des dépenses réelles de la section, ${formatEuros(transfer.sectionRealSpending)})`;
  return {
    ...base,
    passed,
    message: passed
      ? `Virement du chapitre ${transfer.fromChapter} au chapitre ${transfer.toChapter} possible par délégation : ${amounts} (${reference}).`
      : `Virement de crédits refusé : ${amounts} ; au-delà, une décision modificative du conseil est nécessaire (${reference}).`,
  };
}
