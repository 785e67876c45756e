import { addDays, isIsoDate, weekday, type IsoDate, type Weekday } from '../../dates';
import { z } from '../../validation/schema';

/** Days of the week used by the electoral deadlines (0 = dimanche, as `weekday`). */
export const SUNDAY: Weekday = 0;
export const WEDNESDAY: Weekday = 3;
export const FRIDAY: Weekday = 5;

/**
 * The `n`-th given day of the week strictly before `date` (n ≥ 1), in calendar days: the 6th Friday before
 * Sunday 15 March 2026 is 6 February 2026 (the date the fiche publishes for L17). No extension to a working day:
 * no text provides one for these deadlines.
 */
export function nthWeekdayBefore(date: IsoDate, day: Weekday, n: number): IsoDate {
  // Days back to the nearest such day strictly before `date`: 7 when `date` is itself that day.
  const back = (weekday(date) - day + 7) % 7 || 7;
  return addDays(date, -(back + 7 * (n - 1)));
}

/** The `n`-th day before `date`, in calendar days: the 10th day before 15 March 2026 is 5 March 2026 (L30). */
export function nthDayBefore(date: IsoDate, n: number): IsoDate {
  return addDays(date, -n);
}

/**
 * A scrutin whose deadlines are published: the only day counts the fiche lets us score as certain (§6.6: « ne
 * noter que les dates publiées »). Each date agrees with the computation above (tested).
 */
export interface PublishedCalendar {
  readonly scrutinDate: IsoDate;
  readonly label: string;
  /** Last day of a demand in mairie or by post (L17). */
  readonly inscriptionMairie: IsoDate;
  /** Last day of a demand through the téléprocédure (R5). */
  readonly inscriptionEnLigne: IsoDate;
  /** Last day of a demand under L30. */
  readonly inscriptionL30: IsoDate;
  /** Period in which the commission de contrôle meets (L19 III). */
  readonly commissionFrom: IsoDate;
  readonly commissionUntil: IsoDate;
  readonly sources: readonly string[];
}

/** The published calendars known to the project. */
export const PUBLISHED_CALENDARS: readonly PublishedCalendar[] = [
  {
    scrutinDate: '2026-03-15',
    label: 'élections municipales des 15 et 22 mars 2026 (1er tour)',
    inscriptionMairie: '2026-02-06',
    inscriptionEnLigne: '2026-02-04',
    inscriptionL30: '2026-03-05',
    commissionFrom: '2026-02-19',
    commissionUntil: '2026-02-22',
    sources: [
      'fiche legal-facts-services.md §3.1 (4 et 6 février, 5 mars 2026)',
      'APVF, 12 février 2026 : réunion de la commission « entre le 19 et le 22 février 2026 »',
    ],
  },
];

/** The published calendar of a scrutin, if any. */
export function publishedCalendar(scrutinDate: IsoDate): PublishedCalendar | undefined {
  return PUBLISHED_CALENDARS.find((calendar) => calendar.scrutinDate === scrutinDate);
}

/** A case field holding a real calendar date written AAAA-MM-JJ (2026-02-30 is refused). */
export function isoDateField(label: string) {
  return z
    .string({ error: `${label} attendue au format AAAA-MM-JJ` })
    .refine(isIsoDate, { message: `${label} impossible ou mal écrite (attendue au format AAAA-MM-JJ)` });
}

/** A case field holding a scrutin date: a real date, and a Sunday (« le scrutin a lieu un dimanche », L55). */
export const scrutinDateField = isoDateField('date du scrutin').refine(
  (date) => !isIsoDate(date) || weekday(date) === SUNDAY,
  { message: 'le scrutin a lieu un dimanche (code électoral L55)' },
);
