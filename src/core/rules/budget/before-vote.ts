import { isRealChapter } from './m57-chapters';
import { fromCents, toCents } from '../../money';
import { formatEuros, sumChapterCents } from './money';
import { BUDGET_REFERENCES as REF } from './references';
import type { BudgetCheck, ChapterAmounts } from './types';

/** Whether the exécutif may pay a spending before the budget is voted, and the ceiling it was measured against. */
export interface PreVoteDecision {
  readonly allowed: boolean;
  /** The ceiling in euros, `null` when none applies. */
  readonly ceiling: number | null;
  readonly check: BudgetCheck;
}

function decision(id: string, allowed: boolean, ceiling: number | null, message: string): PreVoteDecision {
  return {
    allowed,
    ceiling,
    check: {
      id,
      passed: allowed,
      message,
      reference: REF.executionAvantVote,
      confidence: 'C',
      uncertain: false,
    },
  };
}

/** An operating spending the maire wants to commit before the vote. */
export interface PreVoteOperatingRequest {
  /** Amount of this spending (euros). */
  readonly amount: number;
  /** Already committed since 1 January on the same credits (euros). */
  readonly alreadySpent: number;
  /** Credits entered for the same purpose in last year's budget (euros). */
  readonly lastYearCredits: number;
}

/**
 * Operating spending before the vote — CGCT L1612-1: from 1 January to the vote, the maire may commit, liquidate
 * and pay operating spending within last year's credits, without any authorisation.
 */
export function operatingSpendingBeforeVote(request: PreVoteOperatingRequest): PreVoteDecision {
  const total = toCents(request.alreadySpent) + toCents(request.amount);
  const allowed = total <= toCents(request.lastYearCredits);
  const amounts = `${formatEuros(fromCents(total))} engagés avec cette dépense, pour ${formatEuros(request.lastYearCredits)} de crédits inscrits l’an dernier`;
  return decision(
    'avant-vote-fonctionnement',
    allowed,
    request.lastYearCredits,
    allowed
      ? `Dépense de fonctionnement possible avant le vote, dans la limite des crédits de l’année précédente : ${amounts} (${REF.executionAvantVote}).`
      : `Dépense de fonctionnement impossible avant le vote : elle dépasse les crédits de l’année précédente (${amounts}) ; attendre le vote du budget (${REF.executionAvantVote}).`,
  );
}

/**
 * Base of the quarter — CGCT L1612-1: last year's investment credits « non compris les crédits afférents au
 * remboursement de la dette ». Chapter 16, the reported result and the opérations d'ordre (which are never paid
 * out) are left out. [P] for the ordre exclusion: practice, the text only names the debt.
 */
export function investmentQuarterBase(lastYearInvestmentSpending: ChapterAmounts): number {
  return fromCents(
    sumChapterCents(lastYearInvestmentSpending, (code) => code !== '16' && isRealChapter(code)),
  );
}

/** A quarter of {@link investmentQuarterBase}, rounded down to the cent — CGCT L1612-1. */
export function investmentQuarterCeiling(lastYearInvestmentSpending: ChapterAmounts): number {
  return fromCents(Math.floor(toCents(investmentQuarterBase(lastYearInvestmentSpending)) / 4));
}

/** The council's authorisation to commit investment spending before the vote (L1612-1). */
export interface PreVoteAuthorisation {
  /** Amount authorised (euros). */
  readonly amount: number;
  /** French: the affectation the deliberation states (chapter, project). */
  readonly purpose: string;
}

/**
 * The authorisation itself — CGCT L1612-1: the council states amount and affectation, within a quarter of last
 * year's investment credits (debt repayment excluded).
 */
export function checkPreVoteAuthorisation(
  authorisation: PreVoteAuthorisation,
  lastYearInvestmentSpending: ChapterAmounts,
): BudgetCheck {
  const quarter = investmentQuarterCeiling(lastYearInvestmentSpending);
  const hasPurpose = authorisation.purpose.trim() !== '';
  const withinQuarter = toCents(authorisation.amount) <= toCents(quarter);
  const passed = hasPurpose && withinQuarter;
  let message: string;
  if (!withinQuarter) {
    message = `Autorisation de ${formatEuros(authorisation.amount)} au-delà du quart des crédits d’investissement de l’an dernier hors dette (${formatEuros(quarter)}) (${REF.executionAvantVote}).`;
  } else if (!hasPurpose) {
    message = `Autorisation sans affectation : la délibération doit préciser le montant et l’affectation des crédits (${REF.executionAvantVote}).`;
  } else {
    message = `Autorisation de ${formatEuros(authorisation.amount)} pour « ${authorisation.purpose} », dans la limite du quart des crédits d’investissement de l’an dernier hors dette (${formatEuros(quarter)}) (${REF.executionAvantVote}).`;
  }
  return {
    id: 'avant-vote-autorisation',
    passed,
    message,
    reference: REF.executionAvantVote,
    confidence: 'C',
    uncertain: false,
  };
}

/** An investment spending the maire wants to commit before the vote. */
export interface PreVoteInvestmentRequest {
  readonly amount: number;
  /** Already committed under the same authorisation (euros). */
  readonly alreadySpent: number;
  /** Last year's investment spending credits by chapter. */
  readonly lastYearInvestmentSpending: ChapterAmounts;
  /** The council's authorisation, `null` when there is none. */
  readonly authorisation: PreVoteAuthorisation | null;
}

/**
 * Investment spending before the vote — CGCT L1612-1: only with the council's authorisation, within the
 * authorised amount and a quarter of last year's investment credits, debt repayment excluded.
 */
export function investmentSpendingBeforeVote(request: PreVoteInvestmentRequest): PreVoteDecision {
  const quarter = investmentQuarterCeiling(request.lastYearInvestmentSpending);
  const id = 'avant-vote-investissement';
  if (request.authorisation === null) {
    return decision(
      id,
      false,
      quarter,
      `Dépense d’investissement impossible avant le vote sans autorisation du conseil municipal précisant montant et affectation (plafond : le quart des crédits de l’an dernier hors dette, ${formatEuros(quarter)}) (${REF.executionAvantVote}).`,
    );
  }
  const ceiling = fromCents(Math.min(toCents(quarter), toCents(request.authorisation.amount)));
  const total = toCents(request.alreadySpent) + toCents(request.amount);
  const allowed = total <= toCents(ceiling);
  const amounts = `${formatEuros(fromCents(total))} engagés avec cette dépense, pour un plafond de ${formatEuros(ceiling)} (autorisation du conseil et quart des crédits de l’an dernier hors dette)`;
  return decision(
    id,
    allowed,
    ceiling,
    allowed
      ? `Dépense d’investissement possible avant le vote : ${amounts} (${REF.executionAvantVote}).`
      : `Dépense d’investissement impossible avant le vote : ${amounts} ; attendre le vote du budget (${REF.executionAvantVote}).`,
  );
}

/**
 * Debt repayment before the vote — CGCT L1612-1: the capital annuities falling due before the vote are paid
 * without authorisation (and do not count in the investment quarter).
 */
export function debtRepaymentBeforeVote(dueBeforeVote: boolean): PreVoteDecision {
  return decision(
    'avant-vote-dette',
    dueBeforeVote,
    null,
    dueBeforeVote
      ? `Annuité d’emprunt échue avant le vote : elle est payée sans autorisation, hors du quart des crédits d’investissement (${REF.executionAvantVote}).`
      : `Seules les annuités d’emprunt échues avant le vote peuvent être payées avant lui (${REF.executionAvantVote}).`,
  );
}
