import { findM57Chapter, placeLabel } from './m57-chapters';
import { fromCents, toCents } from '../../money';
import { formatEuros } from './money';
import { BUDGET_REFERENCES as REF } from './references';
import type { BudgetCheck, BudgetSectionName, BudgetSide } from './types';

/**
 * A credit whose amount the preparation file documents: the interest and capital of the debt schedule, the
 * staff-cost forecast, a notified allocation, the reported result of the accounts…
 */
export interface DocumentedCredit {
  readonly section: BudgetSectionName;
  readonly side: BudgetSide;
  /** M57 chapter code, e.g. `66`. */
  readonly chapter: string;
  /** Amount the documents give (euros). */
  readonly documented: number;
  /** Amount entered in the budget (euros). */
  readonly entered: number;
}

function chapterName(code: string): string {
  const entry = findM57Chapter(code);
  return entry ? `Chapitre ${code} (${entry.label})` : `Chapitre ${code}`;
}

/**
 * Sincerity of a documented credit — CGCT L1612-4 (« dépenses et recettes évaluées de façon sincère »): a spending
 * entered below what the documents show (the debt schedule, the staff costs) or a revenue entered above (a notified
 * allocation, the reported result) balances the budget on a figure the commune knows to be false. Entering a
 * spending above its documented amount, or a revenue below, is prudence and passes. [P]: the sincerity requirement
 * is confirmed; comparing each chapter with its preparation document is the chambres régionales des comptes'
 * method.
 */
export function checkDocumentedCredit(credit: DocumentedCredit): BudgetCheck {
  const entered = toCents(credit.entered);
  const documented = toCents(credit.documented);
  const isSpending = credit.side === 'depenses';
  const gap = isSpending ? documented - entered : entered - documented;
  const passed = gap <= 0;
  const where = `${chapterName(credit.chapter)} des ${placeLabel(credit.section, credit.side)}`;
  const amounts = `inscrit pour ${formatEuros(credit.entered)}, documenté pour ${formatEuros(credit.documented)}`;
  let message: string;
  if (passed) {
    message = `${where} ${amounts} : évaluation sincère (${REF.equilibreReel}).`;
  } else if (isSpending) {
    message = `${where} ${amounts} : ${formatEuros(fromCents(gap))} de dépense sous-évaluée rendent le budget insincère (${REF.equilibreReel}).`;
  } else {
    message = `${where} ${amounts} : ${formatEuros(fromCents(gap))} de recette surestimée rendent le budget insincère (${REF.equilibreReel}).`;
  }
  return {
    id: `sincerite-${credit.section}-${credit.side}-${credit.chapter}`,
    passed,
    message,
    reference: REF.equilibreReel,
    confidence: 'P',
    uncertain: false,
  };
}
