import { addDays, type IsoDate } from '../../dates';
import { toCents } from '../../money';
import { formatEuros } from './money';
import { BUDGET_REFERENCES as REF } from './references';
import type { BudgetCheck } from './types';

/** What the budgetary control does next, as a debrief tells it. */
export interface ControlConsequence {
  readonly id: 'crc-budget-non-vote' | 'crc-budget-non-transmis' | 'crc-desequilibre';
  /** French. */
  readonly message: string;
  readonly reference: string;
}

/** The facts the budgetary control looks at; `null` when not known yet (no vote, no transmission). */
export interface ControlSituation {
  readonly votedInTime: boolean | null;
  readonly transmittedInTime?: boolean | null;
  readonly equilibreReel: boolean;
}

/**
 * What the budgetary control does with a budget primitif — CGCT L1612-2 (not adopted in time: CRC referral,
 * the council can no longer adopt it, the préfet settles it), L1612-8 (late transmission: the 15-day limit
 * only, its number to check), L1612-5 (not in équilibre réel: CRC referral). Empty when none.
 */
export function budgetControlConsequences(situation: ControlSituation): readonly ControlConsequence[] {
  const consequences: ControlConsequence[] = [];
  if (situation.votedInTime === false) {
    consequences.push({
      id: 'crc-budget-non-vote',
      message: `Budget non voté dans le délai : le préfet saisit sans délai la chambre régionale des comptes, qui formule des propositions dans le mois par un avis public ; le préfet règle le budget et le rend exécutoire, et dès la saisine le conseil ne peut plus délibérer sur le budget de l’exercice (${REF.dateLimiteVote}).`,
      reference: REF.dateLimiteVote,
    });
  }
  if (situation.transmittedInTime === false) {
    // Only the 15-day limit is confirmed (legal-facts.md §4.2); what follows a late transmission is not, and
    // the article's number is to be checked (erratum 10): the message says no more than that.
    consequences.push({
      id: 'crc-budget-non-transmis',
      message: `Budget transmis au préfet hors délai : la transmission devait intervenir au plus tard quinze jours après la date limite de vote (${REF.transmission}).`,
      reference: REF.transmission,
    });
  }
  if (!situation.equilibreReel) {
    consequences.push({
      id: 'crc-desequilibre',
      message: `Budget non voté en équilibre réel : le préfet saisit la chambre régionale des comptes dans les 30 jours suivant sa transmission ; la chambre propose dans les 30 jours les mesures de redressement et demande une nouvelle délibération au conseil ; à défaut de mesures suffisantes, le préfet règle le budget et le rend exécutoire (${REF.desequilibre}).`,
      reference: REF.desequilibre,
    });
  }
  return consequences;
}

/** Last day for the préfet to refer a budget not in équilibre réel to the CRC — CGCT L1612-5: 30 days. */
export function imbalanceReferralDeadline(transmissionDate: IsoDate): IsoDate {
  return addDays(transmissionDate, 30);
}

/** The execution-deficit threshold in percent of operating revenue — CGCT L1612-14. */
export function executionDeficitThresholdPercent(population: number): 5 | 10 {
  return population < 20_000 ? 10 : 5;
}

/** An execution deficit shown by the accounts of a year. */
export interface ExecutionDeficitInput {
  /** Execution deficit, both sections together (euros, positive). */
  readonly deficit: number;
  /** Operating revenue of the year (euros). */
  readonly recettesFonctionnement: number;
  readonly population: number;
}

/**
 * Execution deficit — CGCT L1612-14: at 10 % or more of operating revenue (communes under 20 000 inhabitants,
 * 5 % above), the préfet refers the accounts to the CRC, which proposes corrective measures within a month.
 * The check passes when no referral is due.
 */
export function checkExecutionDeficit(input: ExecutionDeficitInput): BudgetCheck {
  const percent = executionDeficitThresholdPercent(input.population);
  const deficit = toCents(input.deficit);
  const referred = deficit > 0 && deficit * 100 >= toCents(input.recettesFonctionnement) * percent;
  const amounts = `déficit de ${formatEuros(input.deficit)} pour ${formatEuros(input.recettesFonctionnement)} de recettes de fonctionnement (seuil : ${percent} %)`;
  return {
    id: 'deficit-execution',
    passed: !referred,
    message: referred
      ? `Déficit d’exécution au-delà du seuil : ${amounts} ; le préfet saisit la chambre régionale des comptes, qui propose des mesures de redressement dans le mois (${REF.deficitExecution}).`
      : `Déficit d’exécution sous le seuil de saisine : ${amounts} (${REF.deficitExecution}).`,
    reference: REF.deficitExecution,
    confidence: 'C',
    uncertain: false,
  };
}
