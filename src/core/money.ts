/**
 * Euro amounts are added and compared in whole cents: in floating-point euros 0,10 € + 0,20 € misses a balance a
 * trainee can see is exact, and a sum could land one cent below a procurement threshold and flip a procedure.
 */

/** Whole cents of an amount in euros. */
export function toCents(euros: number): number {
  return Math.round(euros * 100);
}

/** Euros of a number of whole cents. */
export function fromCents(cents: number): number {
  return cents / 100;
}
