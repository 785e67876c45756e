import type { IsoDate } from '../../dates';
import { budgetTransmissionDeadline, budgetVoteDeadline, checkVoteDate } from './calendar';
import type { BudgetCase } from './case-schema';
import { budgetControlConsequences } from './consequences';
import { checkEquilibreReel } from './equilibre-reel';
import { checkNoUnforeseenExpensesCredit } from './m57-traps';
import { BUDGET_REFERENCES as REF } from './references';
import type { BudgetCheck } from './types';

/** One section in the contract's output. */
export interface SectionResult {
  readonly depenses: number;
  readonly recettes: number;
  /** Recettes ≥ dépenses. */
  readonly equilibre: boolean;
}

/** The output of `rules budget` for one case: the issue-9 contract fields first, then extra fields. */
export interface BudgetCaseResult {
  readonly fonctionnement: SectionResult;
  readonly investissement: SectionResult;
  readonly virementCoherent: boolean;
  readonly ordreCoherent: boolean;
  readonly remboursementCapital: number;
  readonly ressourcesPropres: number;
  readonly capitalCouvert: boolean;
  readonly dateLimite: IsoDate;
  /** `null` when the case has no `voteDate` (a budget still being built): the delay cannot be judged yet. */
  readonly voteDansLesDelais: boolean | null;
  readonly equilibreReel: boolean;
  /** One French line per failed condition of the équilibre réel; empty exactly when `equilibreReel`. */
  readonly violations: readonly string[];
  readonly references: readonly string[];
  /** Extra: last day to send the budget to the préfet (CGCT L1612-8). */
  readonly dateLimiteTransmission: IsoDate;
  /** Extra: failed conditions outside the équilibre réel (late vote, M57 trap), and missing data, in French. */
  readonly alertes: readonly string[];
  /** Extra: what the budgetary control does next (CRC referrals), in French. */
  readonly consequences: readonly string[];
  /** Extra: every check applied, passed or not, with reference and confidence. */
  readonly controles: readonly BudgetCheck[];
}

/** The council renewal the fact sheet confirms (legal-facts.md §0.10). */
const CONFIRMED_RENEWAL_YEAR = 2026;

function dataAlerts(input: BudgetCase): string[] {
  const alerts: string[] = [];
  if (input.voteDate === undefined) {
    alerts.push(
      'Date de vote non renseignée : le respect du délai de vote ne peut pas être vérifié (voteDansLesDelais vaut null).',
    );
  }
  if (input.year === CONFIRMED_RENEWAL_YEAR && !input.renewalYear) {
    alerts.push(
      `${CONFIRMED_RENEWAL_YEAR} est l’année du renouvellement général des conseils municipaux : la date limite de vote y est le 30 avril (${REF.dateLimiteVote}) ; vérifier renewalYear.`,
    );
  }
  return alerts;
}

/**
 * The `rules budget` contract of issue 9: section totals and balance, virement and ordre coherence, capital
 * coverage, vote deadline, équilibre réel — CGCT L1612-2 and L1612-4 — plus the M57 trap of the dépenses
 * imprévues and the CRC referrals (L1612-2, L1612-5) as extra fields. Pure and deterministic.
 */
export function evaluateBudgetCase(input: BudgetCase): BudgetCaseResult {
  const report = checkEquilibreReel(input);
  const deadline = budgetVoteDeadline({
    year: input.year,
    renewalYear: input.renewalYear,
    informationsCommuniqueesLe: input.informationsCommuniqueesLe,
  });
  const voteCheck = input.voteDate === undefined ? undefined : checkVoteDate(input.voteDate, deadline);
  const trapCheck = checkNoUnforeseenExpensesCredit(input);
  const otherChecks = [...(voteCheck ? [voteCheck] : []), trapCheck];
  const voteDansLesDelais = voteCheck ? voteCheck.passed : null;
  return {
    fonctionnement: {
      depenses: report.fonctionnement.depenses,
      recettes: report.fonctionnement.recettes,
      equilibre: report.fonctionnement.equilibre,
    },
    investissement: {
      depenses: report.investissement.depenses,
      recettes: report.investissement.recettes,
      equilibre: report.investissement.equilibre,
    },
    virementCoherent: report.virement.coherent,
    ordreCoherent: report.ordre.coherent,
    remboursementCapital: report.remboursementCapital,
    ressourcesPropres: report.ressourcesPropres,
    capitalCouvert: report.capitalCouvert,
    dateLimite: deadline.date,
    voteDansLesDelais,
    equilibreReel: report.equilibreReel,
    violations: report.violations,
    references: [REF.dateLimiteVote, REF.equilibreReel],
    dateLimiteTransmission: budgetTransmissionDeadline(deadline).date,
    alertes: [
      ...otherChecks.filter((check) => !check.passed).map((check) => check.message),
      ...dataAlerts(input),
    ],
    consequences: budgetControlConsequences({
      votedInTime: voteDansLesDelais,
      equilibreReel: report.equilibreReel,
    }).map((consequence) => consequence.message),
    controles: [...report.checks, ...otherChecks],
  };
}
