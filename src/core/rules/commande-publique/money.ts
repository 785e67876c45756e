/**
 * Amounts in euros, computed in whole cents: adding lots or orders in floating point could land
 * one cent below a threshold (0.1 + 0.2 ≠ 0.3) and flip a procedure.
 */

/** The largest amount accepted anywhere in this domain (10 billion euros): sums stay exact integers of cents. */
export const MAX_AMOUNT = 10_000_000_000;

/** Whole cents of an amount in euros. */
export function toCents(euros: number): number {
  return Math.round(euros * 100);
}

/** Euros of a number of cents. */
export function fromCents(cents: number): number {
  return cents / 100;
}

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
  const signed = toCents(amount);
  const cents = Math.abs(signed);
  const whole = Math.floor(cents / 100)
    .toString()
    // Narrow no-break space between thousands, as French typography wants.
    .replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
  const rest = cents % 100;
  const decimals = rest === 0 ? '' : `,${rest.toString().padStart(2, '0')}`;
  return `${signed < 0 ? '−' : ''}${whole}${decimals}\u00a0€${suffix}`;
}

/** A French percentage: « 2,5 % », « 10 % ». */
export function formatPercent(percent: number): string {
  return `${String(Math.round(percent * 100) / 100).replace('.', ',')}\u00a0%`;
}

/** True for a finite amount from 0 to {@link MAX_AMOUNT}. */
export function isValidAmount(amount: number): boolean {
  return Number.isFinite(amount) && amount >= 0 && amount <= MAX_AMOUNT;
}
