import { formatFrenchCents } from '../../french-format';
import { fromCents, toCents } from '../../money';

/** The largest amount accepted anywhere in this domain (10 billion euros): sums stay exact integers of cents. */
export const MAX_AMOUNT = 10_000_000_000;

/** Exact sum of amounts in euros, to the cent. */
export function sumEuros(amounts: readonly number[]): number {
  return fromCents(amounts.reduce((total, amount) => total + toCents(amount), 0));
}

/** True when `amount` reaches `threshold`: a value equal to a threshold counts as reaching it. */
export function reaches(amount: number, threshold: number): boolean {
  return toCents(amount) >= toCents(threshold);
}

/** A French amount as a trainee reads it: « 105 000 € HT », « 1 234,50 € ». */
export function formatEuros(amount: number, suffix: '' | ' HT' | ' TTC' = ' HT'): string {
  return formatFrenchCents(toCents(amount), `€${suffix}`);
}

/** True for a finite amount from 0 to {@link MAX_AMOUNT}. */
export function isValidAmount(amount: number): boolean {
  return Number.isFinite(amount) && amount >= 0 && amount <= MAX_AMOUNT;
}
