import { addDays, makeIsoDate, weekday, dateParts, type IsoDate } from './iso-date';

/**
 * French public holidays (jours fériés) of metropolitan France, code du travail art. L3133-1.
 * The local holidays of Alsace-Moselle (Vendredi saint, 26 décembre) are not included:
 * the game's commune is outside those départements.
 */
export const PUBLIC_HOLIDAYS_REFERENCE = 'code du travail L3133-1';

/** Easter Sunday of a Gregorian year (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return makeIsoDate(year, month, day);
}

/** The eleven public holidays of a year, sorted. */
export function publicHolidays(year: number): IsoDate[] {
  const easter = easterSunday(year);
  const fixed = ['01-01', '05-01', '05-08', '07-14', '08-15', '11-01', '11-11', '12-25'].map(
    (monthDay) => `${year}-${monthDay}`,
  );
  const movable = [addDays(easter, 1), addDays(easter, 39), addDays(easter, 50)];
  return [...fixed, ...movable].sort();
}

const FIXED_HOLIDAY_NAMES: Readonly<Record<string, string>> = {
  '01-01': 'jour de l’an',
  '05-01': 'fête du Travail',
  '05-08': 'Victoire 1945',
  '07-14': 'fête nationale',
  '08-15': 'Assomption',
  '11-01': 'Toussaint',
  '11-11': 'Armistice 1918',
  '12-25': 'Noël',
};

/** The French name of a public holiday (« lundi de Pentecôte »), or null on another day. */
export function publicHolidayName(date: IsoDate): string | null {
  const fixed = FIXED_HOLIDAY_NAMES[date.slice(5)];
  if (fixed !== undefined) return fixed;
  const easter = easterSunday(dateParts(date).year);
  if (date === addDays(easter, 1)) return 'lundi de Pâques';
  if (date === addDays(easter, 39)) return 'Ascension';
  if (date === addDays(easter, 50)) return 'lundi de Pentecôte';
  return null;
}

/** True on a public holiday. */
export function isPublicHoliday(date: IsoDate): boolean {
  return publicHolidays(dateParts(date).year).includes(date);
}

/** True on a Saturday, a Sunday or a public holiday. */
export function isNonWorkingDay(date: IsoDate): boolean {
  const day = weekday(date);
  return day === 0 || day === 6 || isPublicHoliday(date);
}

/** The date itself if it is a working day (jour ouvrable au sens du report de délai), else the next one. */
export function nextWorkingDayFrom(date: IsoDate): IsoDate {
  let current = date;
  while (isNonWorkingDay(current)) current = addDays(current, 1);
  return current;
}
