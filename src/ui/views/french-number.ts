import { THOUSANDS_SEPARATOR } from '../../core/french-format';
import { fromCents } from '../../core/money';
import { err, ok, type Result } from '../../core/result';

/**
 * French number and amount input, as a mairie agent types it: « 1 234,56 € », « 1234,5 », « 1.234,56 »,
 * « 12.5 ». Pure functions: the views parse with them; writing numbers is `src/core/french-format.ts`.
 */

const SPACES = /[\s\u00a0\u202f\u2009]/g;
const MINUS_SIGNS = /^[-\u2212]/;
const UNIT_SUFFIX = /\s*(€|eur|euros?)$/i;

/** A digit string grouped by threes with `separator`, e.g. « 1 234 567 ». */
function isGroupedByThousands(integer: string, separator: string): boolean {
  const [first, ...rest] = integer.split(separator);
  return (
    first !== undefined && /^\d{1,3}$/.test(first) && rest.length > 0 && rest.every((g) => /^\d{3}$/.test(g))
  );
}

/** The digits of an integer part written plainly or grouped by spaces or dots; null if malformed. */
function integerDigits(part: string): string | null {
  if (/^\d+$/.test(part)) return part;
  for (const separator of [' ', '.']) {
    if (isGroupedByThousands(part, separator)) return part.split(separator).join('');
  }
  return null;
}

type Digits = { readonly integer: string; readonly decimals: string };

/**
 * Splits a sign-less text (spaces normalised) into integer and decimal digits. The comma is the decimal
 * mark; a lone dot is accepted as one too (« 12.5 »), except « 1.234 » which reads as « mille » to some
 * and « un virgule deux » to others: that one is refused as ambiguous rather than guessed.
 */
function splitDigits(text: string): Digits | 'ambiguous' | null {
  const commaParts = text.split(',');
  const dotParts = text.split('.');
  let integerPart = text;
  let decimals = '';
  if (commaParts.length > 2) return null;
  if (commaParts.length === 2) {
    integerPart = commaParts[0] ?? '';
    decimals = commaParts[1] ?? '';
    if (!/^\d+$/.test(decimals)) return null;
  } else if (dotParts.length === 2) {
    integerPart = dotParts[0] ?? '';
    decimals = dotParts[1] ?? '';
    if (/^\d{1,3}$/.test(integerPart) && /^\d{3}$/.test(decimals)) return 'ambiguous';
    if (!/^\d+$/.test(decimals)) return null;
  }
  const trimmed = integerPart.trim();
  // « ,5 » is half a unit; an empty text is no number at all.
  const integer = trimmed === '' && decimals !== '' ? '0' : integerDigits(trimmed);
  return integer === null ? null : { integer, decimals };
}

/** Normalises every kind of space to a plain one and trims. */
function normaliseSpaces(input: string): string {
  return input.replace(SPACES, ' ').trim();
}

/** The French message for a text that is not a number. */
function notANumber(text: string, split: 'ambiguous' | null, example: string): string {
  return split === 'ambiguous'
    ? `« ${text} » est ambigu : écrivez ${text.replace('.', THOUSANDS_SEPARATOR)} ou ${text.replace('.', ',')}.`
    : `« ${text} » n’est pas ${example}.`;
}

/** Parses a French decimal number; the message says what is expected. */
export function parseFrenchNumber(input: string): Result<number, string> {
  const text = normaliseSpaces(input);
  if (text === '') return err('Saisissez un nombre.');
  const negative = MINUS_SIGNS.test(text);
  const digits = splitDigits(text.replace(MINUS_SIGNS, '').trim());
  if (digits === null || digits === 'ambiguous') {
    return err(notANumber(text, digits, 'un nombre (exemple : 1 234,5)'));
  }
  const value = Number(`${digits.integer}.${digits.decimals || '0'}`);
  if (!Number.isFinite(value)) return err(`« ${text} » est trop grand.`);
  return ok(negative && value !== 0 ? -value : value);
}

/** Parses an amount in euros (« 1 234,56 € »), at most two decimals; returns whole cents to keep sums exact. */
export function parseFrenchAmountCents(input: string): Result<number, string> {
  const text = normaliseSpaces(input);
  if (text === '') return err('Saisissez un montant.');
  const withoutUnit = text.replace(UNIT_SUFFIX, '');
  const negative = MINUS_SIGNS.test(withoutUnit);
  const digits = splitDigits(withoutUnit.replace(MINUS_SIGNS, '').trim());
  if (digits === null || digits === 'ambiguous') {
    return err(notANumber(withoutUnit, digits, 'un montant (exemple : 1 234,56 €)'));
  }
  if (digits.decimals.length > 2) return err('Un montant a au plus deux décimales (les centimes).');
  const cents = Number(digits.integer) * 100 + Number(digits.decimals.padEnd(2, '0'));
  if (!Number.isSafeInteger(cents)) return err(`« ${text} » est trop grand.`);
  return ok(negative && cents !== 0 ? -cents : cents);
}

/** Parses an amount in euros and returns it in euros (two decimals at most). */
export function parseFrenchAmount(input: string): Result<number, string> {
  const cents = parseFrenchAmountCents(input);
  return cents.ok ? ok(fromCents(cents.value)) : cents;
}
