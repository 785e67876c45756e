import { addDays, isPublicHoliday, makeIsoDate, weekday, type IsoDate } from '../../dates';
import type { Post } from '../world/world-schema';

/** Weekday labels of the agenda, Monday first (day index 0 … 4). */
export const WORKDAY_LABELS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi'] as const;

/** The first Monday on or after 1 January: the year's first week of work. */
export function firstMonday(year: number): IsoDate {
  let date = makeIsoDate(year, 1, 1);
  while (weekday(date) !== 1) date = addDays(date, 1);
  return date;
}

/** Number of weeks whose Monday falls in the year. */
export function weekCountOf(year: number): number {
  let count = 0;
  for (let monday = firstMonday(year); monday.startsWith(`${year}-`); monday = addDays(monday, 7)) count += 1;
  return count;
}

/** Monday of the week `index` (0-based). */
export function mondayOf(year: number, index: number): IsoDate {
  return addDays(firstMonday(year), index * 7);
}

/** The date of weekday `day` (0 = Monday) in the week starting `monday`. */
export function dayDate(monday: IsoDate, day: number): IsoDate {
  return addDays(monday, day);
}

/** The weekday index (0 = Monday … 6 = Sunday) of a date. */
export function dayIndexOf(date: IsoDate): number {
  return (weekday(date) + 6) % 7;
}

/** True when `date` falls in the week starting `monday` (Monday to Sunday). */
export function isInWeek(date: IsoDate, monday: IsoDate): boolean {
  return date >= monday && date <= addDays(monday, 6);
}

/**
 * Hours the SGM works in the commune on a date: the post's hours for that weekday; none on a weekend, on a day
 * off forced by overwork, or on a public holiday of code du travail L3133-1 (the game closes the mairie then).
 */
export function dayCapacity(post: Post, date: IsoDate, restDays: readonly IsoDate[]): number {
  const index = dayIndexOf(date);
  if (index > 4 || isPublicHoliday(date) || restDays.includes(date)) return 0;
  return post.weekHours[index] ?? 0;
}
