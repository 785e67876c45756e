import { addDays, formatFrenchDate, makeIsoDate, type IsoDate } from '../../dates';
import { budgetMeetingOutcome } from './late-budget';
import { BUDGET_REFERENCES as REF, TRANSMISSION_RENUMBERING_NOTE } from './references';
import type { BudgetCheck } from './types';

/** What fixes the vote deadline of a budget primitif. */
export interface VoteDeadlineInput {
  /** The exercice the budget applies to. */
  readonly year: number;
  /** True in a year of general renewal of the municipal council (2026). */
  readonly renewalYear: boolean;
  /**
   * When the « informations indispensables » (DGF, bases fiscales…) reached the council, if late: the council
   * then has 15 days from that date (L1612-2, last paragraph).
   */
  readonly informationsCommuniqueesLe?: IsoDate;
  /**
   * The previous budget was settled by the préfet (L1612-9): deadline moved to 1 June (15 June in a renewal
   * year). Read in a préfecture's guidance (Oise), not in the article: information only.
   */
  readonly previousBudgetSettledByPrefect?: boolean;
}

/** A dated legal limit, with what sets it. */
export interface LegalDeadline {
  /** Last day on which the act is in time (inclusive). */
  readonly date: IsoDate;
  readonly reference: string;
  /** French: why this date. */
  readonly explanation: string;
  /** True when the date rests on an unverified point: shown, never scored. */
  readonly uncertain: boolean;
}

function baseDeadline(input: VoteDeadlineInput, reference: string, act: string): LegalDeadline {
  const { year, renewalYear } = input;
  if (input.previousBudgetSettledByPrefect) {
    return {
      date: renewalYear ? makeIsoDate(year, 6, 15) : makeIsoDate(year, 6, 1),
      reference: 'CGCT L1612-9',
      explanation: `${act} : budget de l’exercice précédent réglé par le préfet, délai reporté au ${renewalYear ? '15 juin' : '1er juin'} (CGCT L1612-9, d’après la préfecture de l’Oise ; texte de l’article non relu).`,
      uncertain: true,
    };
  }
  return renewalYear
    ? {
        date: makeIsoDate(year, 4, 30),
        reference,
        explanation: `${act} : au plus tard le 30 avril ${year}, année de renouvellement des conseils municipaux (${reference}).`,
        uncertain: false,
      }
    : {
        date: makeIsoDate(year, 4, 15),
        reference,
        explanation: `${act} : au plus tard le 15 avril ${year} (${reference}).`,
        uncertain: false,
      };
}

function withLateInformation(
  deadline: LegalDeadline,
  communicated: IsoDate | undefined,
  act: string,
): LegalDeadline {
  if (communicated === undefined) return deadline;
  // 15 days from a communication made by 31 March never pass 15 April: taking the later date covers both cases.
  const extended = addDays(communicated, 15);
  if (extended <= deadline.date) return deadline;
  return {
    ...deadline,
    date: extended,
    explanation: `${act} : informations indispensables communiquées le ${formatFrenchDate(communicated)}, quinze jours à compter de cette communication, soit jusqu’au ${formatFrenchDate(extended)} (${deadline.reference}).`,
  };
}

/**
 * Last day to vote the budget primitif — CGCT L1612-2: 15 April of the exercice, 30 April in a renewal year
 * (so 30 April 2026), or 15 days after late « informations indispensables ». « Avant le 15 avril » is read as
 * « jusqu’au 15 avril inclus », as the Banque des territoires and Légibase do.
 */
export function budgetVoteDeadline(input: VoteDeadlineInput): LegalDeadline {
  const act = 'Vote du budget primitif';
  return withLateInformation(
    baseDeadline(input, REF.dateLimiteVote, act),
    input.informationsCommuniqueesLe,
    act,
  );
}

/** True when the vote falls on or before the deadline — CGCT L1612-2. */
export function isVotedInTime(voteDate: IsoDate, deadline: IsoDate): boolean {
  return voteDate <= deadline;
}

/**
 * The vote date against its deadline — CGCT L1612-2. A meeting after the deadline adopts nothing: the budget is
 * referred to the CRC, and the message says so rather than « budget voté » (erratum 9).
 */
export function checkVoteDate(voteDate: IsoDate, deadline: LegalDeadline): BudgetCheck {
  const passed = isVotedInTime(voteDate, deadline.date);
  return {
    id: 'vote-dans-les-delais',
    passed,
    message: passed
      ? `Budget voté le ${formatFrenchDate(voteDate)}, dans le délai (au plus tard le ${formatFrenchDate(deadline.date)}, ${deadline.reference}).`
      : budgetMeetingOutcome(voteDate, deadline).message,
    reference: deadline.reference,
    confidence: deadline.uncertain ? 'M' : 'C',
    uncertain: deadline.uncertain,
  };
}

/**
 * Last day to send the budget to the préfet — CGCT L1612-8: 15 days after the vote deadline (not after the vote),
 * so 30 April, or 15 May in a renewal year. Late transmission is treated as a late vote (L1612-2).
 */
export function budgetTransmissionDeadline(voteDeadline: LegalDeadline): LegalDeadline {
  const date = addDays(voteDeadline.date, 15);
  return {
    date,
    reference: REF.transmission,
    explanation: `Transmission au préfet au plus tard quinze jours après la date limite de vote, soit le ${formatFrenchDate(date)} (${REF.transmission}).`,
    uncertain: voteDeadline.uncertain,
  };
}

/**
 * The transmission date against its deadline — CGCT L1612-8, whose number is to be checked (erratum 10): only the
 * confirmed 15-day limit is judged; what a late transmission entails is not asserted.
 */
export function checkTransmission(transmissionDate: IsoDate, deadline: LegalDeadline): BudgetCheck {
  const passed = transmissionDate <= deadline.date;
  return {
    id: 'transmission-prefet',
    passed,
    message: passed
      ? `Budget transmis au préfet le ${formatFrenchDate(transmissionDate)}, dans le délai (au plus tard le ${formatFrenchDate(deadline.date)}, ${REF.transmission}).`
      : `Budget transmis au préfet le ${formatFrenchDate(transmissionDate)}, après la date limite du ${formatFrenchDate(deadline.date)}, quinze jours après celle du vote (${REF.transmission}).`,
    reference: REF.transmission,
    confidence: deadline.uncertain ? 'M' : 'C',
    uncertain: deadline.uncertain,
    referenceNote: TRANSMISSION_RENUMBERING_NOTE,
  };
}

/**
 * Last day to notify the tax rates to the tax services through the préfecture — CGI art. 1639 A: the budget's
 * dates (15 April, 30 April in a renewal year, 15 days after late information).
 */
export function taxRatesNotificationDeadline(input: VoteDeadlineInput): LegalDeadline {
  const act = 'Notification des taux d’imposition';
  const base = baseDeadline({ ...input, previousBudgetSettledByPrefect: false }, REF.tauxFiscaux, act);
  return withLateInformation(base, input.informationsCommuniqueesLe, act);
}

/** The tax-rate notification against its deadline — CGI art. 1639 A: late, last year's rates apply. */
export function checkTaxRatesNotification(notificationDate: IsoDate, deadline: LegalDeadline): BudgetCheck {
  const passed = notificationDate <= deadline.date;
  return {
    id: 'notification-taux',
    passed,
    message: passed
      ? `Taux notifiés le ${formatFrenchDate(notificationDate)}, dans le délai (au plus tard le ${formatFrenchDate(deadline.date)}, ${REF.tauxFiscaux}).`
      : `Taux notifiés le ${formatFrenchDate(notificationDate)}, après le ${formatFrenchDate(deadline.date)} : les taux de l’année précédente s’appliquent (${REF.tauxFiscaux}).`,
    reference: REF.tauxFiscaux,
    confidence: 'C',
    uncertain: false,
  };
}
