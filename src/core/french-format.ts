import type { IsoDate } from './dates/iso-date';

/**
 * The one French formatter of the game: numbers, amounts, percentages and dates are written by the platform's
 * `Intl` (full ICU in Node 20 and Chromium), then normalised to the typography the texts and tests use, whatever
 * the ICU version: a narrow no-break space (U+202F) between thousands, a no-break space (U+00A0) before a unit,
 * the minus sign U+2212 (ICU writes U+002D), « 1er » for the first day of a month (ICU writes « 1 »). Pure.
 * Reading a number typed by a trainee stays hand-written (`src/ui/views/french-number.ts`).
 */

/** Between groups of thousands: « 1 234 ». */
export const THOUSANDS_SEPARATOR = '\u202f';
/** Between a number and its unit: « 12 € », « 5 % ». */
export const UNIT_SEPARATOR = '\u00a0';
const MINUS = '\u2212';

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(minDecimals: number, maxDecimals: number): Intl.NumberFormat {
  const key = `${minDecimals}:${maxDecimals}`;
  const known = numberFormats.get(key);
  if (known) return known;
  const format = new Intl.NumberFormat('fr-FR', {
    minimumFractionDigits: minDecimals,
    maximumFractionDigits: maxDecimals,
    signDisplay: 'negative',
  });
  numberFormats.set(key, format);
  return format;
}

/**
 * A number the French way, rounded to at most `maxDecimals` decimals and padded to `minDecimals`:
 * « 1 234 », « 12,75 », « −3,5 » (never « −0 »). Rounding is half away from zero on the number as stored
 * (1.005 is 1.00499… and gives « 1 »), as `Math.round` does on cents, whatever ICU would pick.
 */
export function formatFrenchNumber(value: number, maxDecimals = 2, minDecimals = 0): string {
  const factor = 10 ** maxDecimals;
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * factor)) / factor;
  return numberFormat(minDecimals, maxDecimals)
    .formatToParts(rounded)
    .map((part) => {
      if (part.type === 'group') return THOUSANDS_SEPARATOR;
      if (part.type === 'decimal') return ',';
      if (part.type === 'minusSign') return MINUS;
      return part.value;
    })
    .join('');
}

/**
 * Whole cents as a French amount: « 1 234,56 € », « 1 200 € » (cents only when there are some), « −350 € ».
 * `unit` follows the number (« € HT »); '' gives the bare number.
 */
export function formatFrenchCents(cents: number, unit = '€'): string {
  const rounded = Math.round(cents);
  const number = formatFrenchNumber(rounded / 100, 2, rounded % 100 === 0 ? 0 : 2);
  return unit === '' ? number : `${number}${UNIT_SEPARATOR}${unit}`;
}

/** A percentage written as such (12.5 → « 12,5 % »), at most `maxDecimals` decimals. */
export function formatFrenchPercent(percent: number, maxDecimals = 2): string {
  return `${formatFrenchNumber(percent, maxDecimals)}${UNIT_SEPARATOR}%`;
}

const DATE_FORMAT = new Intl.DateTimeFormat('fr-FR', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const MONTH_FORMAT = new Intl.DateTimeFormat('fr-FR', { month: 'long', timeZone: 'UTC' });

/** French month names, January first: « janvier » … « décembre ». */
export const FRENCH_MONTHS: readonly string[] = Array.from({ length: 12 }, (_, month) =>
  MONTH_FORMAT.format(Date.UTC(2000, month, 1)),
);

/** A date in French, as a trainee reads it: « vendredi 16 octobre 2026 », « jeudi 1er octobre 2026 ». */
export function formatFrenchDate(date: IsoDate): string {
  return DATE_FORMAT.formatToParts(Date.parse(`${date}T00:00:00Z`))
    .map((part) => (part.type === 'day' && part.value === '1' ? '1er' : part.value))
    .join('');
}
