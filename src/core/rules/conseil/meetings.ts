import { addDays, dateParts, daysInMonth, makeIsoDate, type IsoDate } from '../../dates';
import { addCalendarMonths } from './calendar';
import type { LegalRule } from './legal-basis';

/** L2121-7: the council meets at least once a quarter. */
export const PERIODICITY_RULE: LegalRule = {
  reference: 'CGCT L2121-7',
  confidence: 'C',
  statement: 'Le conseil municipal se réunit au moins une fois par trimestre.',
};

/** A calendar quarter (trimestre civil): 1 = janvier-mars … 4 = octobre-décembre. */
export interface CalendarQuarter {
  readonly year: number;
  readonly quarter: 1 | 2 | 3 | 4;
}

/** The calendar quarter of a date. */
export function quarterOf(date: IsoDate): CalendarQuarter {
  const { year, month } = dateParts(date);
  const quarter = month <= 3 ? 1 : month <= 6 ? 2 : month <= 9 ? 3 : 4;
  return { year, quarter };
}

/** First day of a quarter. */
export function quarterStart(q: CalendarQuarter): IsoDate {
  return makeIsoDate(q.year, q.quarter * 3 - 2, 1);
}

/** Last day of a quarter. */
export function quarterEnd(q: CalendarQuarter): IsoDate {
  return makeIsoDate(q.year, q.quarter * 3, daysInMonth(q.year, q.quarter * 3));
}

function nextQuarter(q: CalendarQuarter): CalendarQuarter {
  return quarterOf(addDays(quarterEnd(q), 1));
}

/** Where the council stands against L2121-7 on a given day. */
export interface PeriodicityStatus {
  /** Elapsed quarters (from the quarter of `from` on) without any meeting: each one is a breach. */
  readonly missedQuarters: readonly CalendarQuarter[];
  /** The quarter containing `asOf`. */
  readonly currentQuarter: CalendarQuarter;
  readonly currentQuarterHasMeeting: boolean;
  /** Last day on which a meeting still satisfies the current quarter. */
  readonly currentQuarterEnds: IsoDate;
  /** No missed quarter. */
  readonly compliant: boolean;
  readonly reference: string;
}

/**
 * Checks L2121-7 over calendar quarters, from the quarter containing `from` (e.g. the installation of the
 * council) to the one containing `asOf`. Only meetings held on or before `asOf` count; a meeting still to come
 * in the current quarter is the way to keep it compliant.
 */
export function periodicityStatus(
  meetingDates: readonly IsoDate[],
  from: IsoDate,
  asOf: IsoDate,
): PeriodicityStatus {
  const held = meetingDates.filter((date) => date >= from && date <= asOf);
  const hasMeeting = (q: CalendarQuarter) =>
    held.some((date) => date >= quarterStart(q) && date <= quarterEnd(q));
  const currentQuarter = quarterOf(asOf);
  const missedQuarters: CalendarQuarter[] = [];
  for (let q = quarterOf(from); quarterStart(q) < quarterStart(currentQuarter); q = nextQuarter(q)) {
    if (!hasMeeting(q)) missedQuarters.push(q);
  }
  return {
    missedQuarters,
    currentQuarter,
    currentQuarterHasMeeting: hasMeeting(currentQuarter),
    currentQuarterEnds: quarterEnd(currentQuarter),
    compliant: missedQuarters.length === 0,
    reference: PERIODICITY_RULE.reference,
  };
}

/** L2121-9 (version in force since 1 March 2020): meetings the maire must call on request. */
export const REQUESTED_MEETING_RULE: LegalRule = {
  reference: 'CGCT L2121-9',
  confidence: 'C',
  statement:
    'Le maire réunit le conseil dans un délai maximal de 30 jours quand la demande motivée vient du préfet, ' +
    'd’un tiers au moins des membres en exercice (1 000 habitants et plus) ou de la majorité des membres ' +
    '(moins de 1 000 habitants).',
};

/** The population from which a third of the members (instead of a majority) can require a meeting. */
export const REQUESTED_MEETING_POPULATION_THRESHOLD = 1_000;

/** Fewest councillors whose motivated request binds the maire (L2121-9). */
export function requestedMeetingMinimumRequesters(population: number, membersInOffice: number): number {
  return population >= REQUESTED_MEETING_POPULATION_THRESHOLD
    ? Math.ceil(membersInOffice / 3)
    : Math.floor(membersInOffice / 2) + 1;
}

/** True when a motivated request obliges the maire to call the council (L2121-9). */
export function isMeetingRequestBinding(request: {
  readonly population: number;
  readonly membersInOffice: number;
  readonly requesters: number;
  readonly fromPrefect?: boolean;
}): boolean {
  if (request.fromPrefect === true) return true;
  return request.requesters >= requestedMeetingMinimumRequesters(request.population, request.membersInOffice);
}

/**
 * Last day on which the requested meeting may be held: the 30 days run to the meeting itself, not to the
 * sending of the convocation (CE 26 novembre 1976, Soldani). The préfet may shorten it in an emergency.
 */
export function requestedMeetingDeadline(requestReceivedOn: IsoDate): IsoDate {
  return addDays(requestReceivedOn, 30);
}

/** L2121-8: règlement intérieur compulsory from 1 000 inhabitants (since March 2020). */
export const REGLEMENT_INTERIEUR_RULE: LegalRule = {
  reference: 'CGCT L2121-8',
  confidence: 'C',
  statement:
    'Dans les communes de 1 000 habitants et plus, le conseil établit son règlement intérieur dans les six mois ' +
    'qui suivent son installation ; ce délai est seulement incitatif (CE 12 juillet 1995).',
};

/** The population from which the règlement intérieur is compulsory. */
export const REGLEMENT_INTERIEUR_POPULATION_THRESHOLD = 1_000;

/** True when the commune must adopt a règlement intérieur (L2121-8): 999 → false, 1 000 → true. */
export function isReglementInterieurCompulsory(population: number): boolean {
  return population >= REGLEMENT_INTERIEUR_POPULATION_THRESHOLD;
}

/**
 * The six-month target for adopting the règlement intérieur. It is not binding (CE 12 juillet 1995): missing it
 * is poor practice, not an illegality; the former règlement applies meanwhile.
 */
export function reglementInterieurTarget(installationDate: IsoDate): {
  readonly date: IsoDate;
  readonly binding: false;
} {
  return { date: addCalendarMonths(installationDate, 6), binding: false };
}
