import { addDays, dateParts, daysInMonth, isNonWorkingDay, makeIsoDate, type IsoDate } from '../../dates';

/**
 * `date` moved by whole calendar months, clamped to the end of a shorter month (31 December + 2 months
 * → 28 or 29 February), the usual reading of a time limit expressed « dans les deux mois ».
 */
export function addCalendarMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = dateParts(date);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = (monthIndex % 12) + 1;
  return makeIsoDate(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/** The date itself if it is a working day, else the closest working day before it (practical advice only). */
export function previousWorkingDayFrom(date: IsoDate): IsoDate {
  let current = date;
  while (isNonWorkingDay(current)) current = addDays(current, -1);
  return current;
}

/** The later of two dates. */
export function laterDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}
