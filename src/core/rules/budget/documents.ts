import { dateParts, daysInMonth, formatFrenchDate, makeIsoDate, type IsoDate } from '../../dates';
import { BUDGET_REFERENCES as REF } from './references';
import type { BudgetCheck } from './types';

/** Population from which the débat d'orientation budgétaire is compulsory — CGCT L2312-1. */
export const ORIENTATION_DEBATE_POPULATION_THRESHOLD = 3500;

/**
 * Whether the débat d'orientation budgétaire is compulsory — CGCT L2312-1: only from 3 500 inhabitants (within
 * the two months before the budget is examined, on a report, with a deliberation taking note). Under 3 500 it
 * is optional: a trainee who imposes it as an obligation is wrong, one who proposes it is not.
 */
export function isOrientationDebateRequired(population: number): boolean {
  return population >= ORIENTATION_DEBATE_POPULATION_THRESHOLD;
}

/** {@link isOrientationDebateRequired} as a debrief line. The check passes when the debate was held if required. */
export function checkOrientationDebate(population: number, debateHeld: boolean): BudgetCheck {
  const required = isOrientationDebateRequired(population);
  const passed = !required || debateHeld;
  let message: string;
  if (!required) {
    message = `Commune de ${population} habitants : le débat d’orientation budgétaire n’est obligatoire qu’à partir de 3 500 habitants ; il reste possible (${REF.debatOrientation}).`;
  } else if (debateHeld) {
    message = `Commune de ${population} habitants : le débat d’orientation budgétaire obligatoire a eu lieu (${REF.debatOrientation}).`;
  } else {
    message = `Commune de ${population} habitants : le débat d’orientation budgétaire est obligatoire dans les deux mois précédant l’examen du budget (${REF.debatOrientation}).`;
  }
  return {
    id: 'debat-orientation',
    passed,
    message,
    reference: REF.debatOrientation,
    confidence: 'C',
    uncertain: false,
  };
}

/** The same day one month later, or the month's last day (31 January → 28 or 29 February). */
function oneMonthAfter(date: IsoDate): IsoDate {
  const { year, month, day } = dateParts(date);
  const nextYear = month === 12 ? year + 1 : year;
  const nextMonth = month === 12 ? 1 : month + 1;
  return makeIsoDate(nextYear, nextMonth, Math.min(day, daysInMonth(nextYear, nextMonth)));
}

/** What the présentation brève et synthétique requires for one budget. */
export interface BriefPresentationRequirement {
  /** Always true: every commune joins it to the budget primitif and the compte administratif. */
  readonly required: true;
  /** Last day to put it online, `null` when the commune has no website. */
  readonly onlineBy: IsoDate | null;
  readonly reference: string;
  /** French. */
  readonly explanation: string;
}

/**
 * The présentation brève et synthétique — CGCT L2313-1: joined to the budget primitif (and the compte
 * administratif) so that citizens grasp its stakes, in every commune, and put online on the commune's website,
 * when there is one, within a month of the adoption. [P]: its application without population threshold is
 * partly confirmed.
 */
export function briefPresentationRequirement(input: {
  readonly adoptionDate: IsoDate;
  readonly hasWebsite: boolean;
}): BriefPresentationRequirement {
  const onlineBy = input.hasWebsite ? oneMonthAfter(input.adoptionDate) : null;
  const online =
    onlineBy === null
      ? 'la commune n’ayant pas de site internet, pas de mise en ligne'
      : `mise en ligne sur le site de la commune au plus tard le ${formatFrenchDate(onlineBy)}`;
  return {
    required: true,
    onlineBy,
    reference: REF.presentationBreve,
    explanation: `Une présentation brève et synthétique des informations financières essentielles est jointe au budget primitif ; ${online} (${REF.presentationBreve}).`,
  };
}

/** The présentation brève et synthétique as a debrief line: passes when it is joined to the budget. */
export function checkBriefPresentation(joinedToBudget: boolean): BudgetCheck {
  return {
    id: 'presentation-breve',
    passed: joinedToBudget,
    message: joinedToBudget
      ? `Présentation brève et synthétique jointe au budget primitif (${REF.presentationBreve}).`
      : `Présentation brève et synthétique manquante : elle est jointe au budget primitif dans toutes les communes, pour que les citoyens en saisissent les enjeux (${REF.presentationBreve}).`,
    reference: REF.presentationBreve,
    confidence: 'P',
    uncertain: false,
  };
}
