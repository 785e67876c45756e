import { addDays, formatFrenchDate, makeIsoDate, type IsoDate } from '../../dates';
import {
  accountsClosingRule,
  budgetTransmissionDeadline,
  budgetVoteDeadline,
  taxRatesNotificationDeadline,
} from '../../rules/budget';
import { convocationDeadline, PERIODICITY_RULE, quarterEnd } from '../../rules/conseil';
import type { CouncilDef, YearConfig } from './year-schema';

/** A dated legal limit of the year, computed by the rule engines. */
export interface YearDeadline {
  readonly id: string;
  /** French label for the calendar. */
  readonly label: string;
  /** Last day on which the act is in time (inclusive). */
  readonly date: IsoDate;
  readonly reference: string;
  /** French: why this date. */
  readonly explanation: string;
  /** True when the date rests on an unverified point: shown « à vérifier », never scored. */
  readonly uncertain: boolean;
}

/** The budget deadlines of the year: vote, tax rates, transmission (CGCT L1612-2, L1612-8; CGI art. 1639 A). */
export function budgetDeadlines(config: YearConfig): {
  readonly vote: YearDeadline;
  readonly taxRates: YearDeadline;
  readonly transmission: YearDeadline;
} {
  const input = { year: config.year, renewalYear: config.renewalYear };
  const vote = budgetVoteDeadline(input);
  const rates = taxRatesNotificationDeadline(input);
  const transmission = budgetTransmissionDeadline(vote);
  return {
    vote: { id: 'budget-vote', label: 'Vote du budget primitif', ...vote },
    taxRates: { id: 'taux', label: 'Notification des taux d’imposition', ...rates },
    transmission: { id: 'budget-transmission', label: 'Transmission du budget au préfet', ...transmission },
  };
}

/**
 * The closing of last year's accounts: the compte administratif (CGCT L1612-12, L1612-13) or, from the 2026
 * accounts, the compte financier unique, whose dates are kept from memory only and so flagged uncertain.
 */
export function accountsDeadlines(config: YearConfig): {
  readonly document: string;
  readonly vote: YearDeadline;
  readonly transmission: YearDeadline;
} {
  const rule = accountsClosingRule(config.year - 1);
  const reference = rule.references.join(' ; ');
  return {
    document: rule.document,
    vote: {
      id: 'comptes-vote',
      label: `Vote du ${rule.document} ${rule.exercice}`,
      date: rule.voteBy,
      reference,
      explanation: rule.explanation,
      uncertain: rule.datesUncertain,
    },
    transmission: {
      id: 'comptes-transmission',
      label: `Transmission du ${rule.document} ${rule.exercice} au préfet`,
      date: rule.transmissionBy,
      reference,
      explanation: rule.explanation,
      uncertain: rule.datesUncertain,
    },
  };
}

/** The four quarter ends by which the council must have met at least once (CGCT L2121-7). */
export function quarterDeadlines(year: number): readonly YearDeadline[] {
  return ([1, 2, 3, 4] as const).map((quarter) => {
    const date = quarterEnd({ year, quarter });
    return {
      id: `trimestre-${quarter}`,
      label: `Au moins une séance du conseil au ${quarter === 1 ? '1er' : `${quarter}e`} trimestre`,
      date,
      reference: PERIODICITY_RULE.reference,
      explanation: `${PERIODICITY_RULE.statement} Le ${quarter === 1 ? '1er' : `${quarter}e`} trimestre ${year} se termine le ${formatFrenchDate(date)}.`,
      uncertain: false,
    };
  });
}

/**
 * Latest day to send the convocation of a meeting held on `meetingDate`: three jours francs under 3 500
 * inhabitants (CGCT L2121-11), three for the first meeting after the renewal (CGCT L2121-7).
 */
export function convocationDeadlineOf(
  council: CouncilDef,
  meetingDate: IsoDate,
  population: number,
): YearDeadline {
  const deadline = convocationDeadline(meetingDate, {
    population,
    firstMeetingAfterElection: council.installation === true,
  });
  return {
    id: `convocation.${council.id}`,
    label: `Envoi de la convocation : ${council.label}`,
    date: deadline.latestSendDate,
    reference: deadline.reference,
    explanation: `${deadline.requiredFullDays} jours francs au moins entre l’envoi et la séance du ${formatFrenchDate(meetingDate)}, ni le jour de l’envoi ni celui de la séance comptés : envoi au plus tard le ${formatFrenchDate(deadline.latestSendDate)} (${deadline.reference}).`,
    uncertain: false,
  };
}

/**
 * The window of the installation meeting after a general renewal: from the Friday to the Sunday after the
 * round at which the council was elected in full (CGCT L2121-7). Assumes a Sunday election.
 */
export function installationWindow(electionDay: IsoDate): { readonly from: IsoDate; readonly to: IsoDate } {
  return { from: addDays(electionDay, 5), to: addDays(electionDay, 7) };
}

/** Every static deadline of a year, in date order (the convocations depend on the meetings' actual dates). */
export function staticDeadlines(config: YearConfig): readonly YearDeadline[] {
  const budget = budgetDeadlines(config);
  const accounts = accountsDeadlines(config);
  return [
    budget.vote,
    budget.taxRates,
    budget.transmission,
    accounts.vote,
    accounts.transmission,
    ...quarterDeadlines(config.year),
  ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** 1 January of the year. */
export function yearStart(config: YearConfig): IsoDate {
  return makeIsoDate(config.year, 1, 1);
}
