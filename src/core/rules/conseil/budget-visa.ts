import { dateParts, formatFrenchDate, type IsoDate } from '../../dates';
import { budgetVoteDeadline } from '../budget/calendar';
import type { LegalRule } from './legal-basis';

/**
 * L1612-1 (legal-facts §4.2, [C]): from 1 January until the budget is adopted, operating spending is committed
 * within the credits of the previous year's budget; once it is adopted, the budget primitif opens the credits.
 */
export const BUDGET_VISA_RULE: LegalRule = {
  reference: 'CGCT L1612-1',
  confidence: 'C',
  statement:
    'Jusqu’à l’adoption du budget, l’exécutif engage, liquide et mandate les dépenses de fonctionnement dans ' +
    'la limite des crédits inscrits au budget de l’année précédente ; une délibération de dépense prise ' +
    'avant le vote vise donc l’article L1612-1 et ces crédits, et non un budget qui n’existe pas encore.',
};

/** Which act a spending deliberation cites as its budgetary basis. */
export type BudgetVisaKind = 'avant-vote' | 'budget-primitif';

/** The budgetary visa of a deliberation, with the date that decided it. */
export interface BudgetVisa {
  readonly kind: BudgetVisaKind;
  /** To be written after « Vu » (« Vu l’article L1612-1… ; »), in French. */
  readonly visa: string;
  /** French: why this visa, for the debrief. */
  readonly reason: string;
  /** The vote date the rule compared with: the one given, or the legal deadline of the year. */
  readonly budgetVoteDate: IsoDate;
  readonly reference: string;
}

/** What the visa depends on. */
export interface BudgetVisaInput {
  readonly meetingDate: IsoDate;
  /**
   * The date the council votes the year's budget. Without it, the legal deadline of the year (CGCT L1612-2:
   * 15 April, 30 April in a renewal year), the latest the budget can be voted.
   */
  readonly budgetVoteDate?: IsoDate;
  /** The year of a general renewal of municipal councils (2026), for the default vote date. */
  readonly renewalYear?: boolean;
}

/**
 * The budgetary visa of a spending deliberation taken on `meetingDate` — CGCT L1612-1. Before the vote of the
 * year's budget: « l’article L1612-1 du CGCT et les crédits ouverts au budget de l’exercice N-1 ». From the vote
 * date on: « le budget primitif de l’exercice N » (on the day itself the budget is the first item of its séance,
 * so the deliberations that follow are taken in view of it).
 */
export function budgetVisa(input: BudgetVisaInput): BudgetVisa {
  const { year } = dateParts(input.meetingDate);
  const voteDate =
    input.budgetVoteDate ?? budgetVoteDeadline({ year, renewalYear: input.renewalYear ?? false }).date;
  // Played without the year's calendar, only the legal deadline is known: the text says « au plus tard ».
  const when =
    input.budgetVoteDate === undefined
      ? `il le sera au plus tard le ${formatFrenchDate(voteDate)}, CGCT L1612-2`
      : `il le sera le ${formatFrenchDate(voteDate)}`;
  if (input.meetingDate >= voteDate)
    return {
      kind: 'budget-primitif',
      visa: `le budget primitif de l’exercice ${year}`,
      reason:
        `Le budget primitif de ${year} est voté (le ${formatFrenchDate(voteDate)}) : c’est lui qui ouvre les ` +
        `crédits de la dépense, et la délibération le vise.`,
      budgetVoteDate: voteDate,
      reference: BUDGET_VISA_RULE.reference,
    };
  return {
    kind: 'avant-vote',
    visa:
      `l’article L1612-1 du code général des collectivités territoriales et les crédits ouverts au budget ` +
      `de l’exercice ${year - 1}`,
    reason:
      `Le budget de ${year} n’est pas encore voté (${when}) : ` +
      `jusqu’à son adoption, les dépenses de fonctionnement s’engagent dans la limite des crédits de ` +
      `l’exercice ${year - 1} (CGCT L1612-1). Ce texte et ces crédits fondent la dépense : ils se visent ; ` +
      `viser le budget primitif de ${year} citerait un acte qui n’existe pas encore.`,
    budgetVoteDate: voteDate,
    reference: BUDGET_VISA_RULE.reference,
  };
}
