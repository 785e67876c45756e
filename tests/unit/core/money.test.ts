import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromCents, toCents } from '../../../src/core/money';

describe('money in whole cents', () => {
  it('adds 0,10 € and 0,20 € to exactly 0,30 €, where floating-point euros miss', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(toCents(0.1) + toCents(0.2)).toBe(toCents(0.3));
    expect(fromCents(toCents(0.1) + toCents(0.2))).toBe(0.3);
  });

  it('rounds to the nearest cent', () => {
    expect(toCents(1234.565)).toBe(123_457);
    expect(toCents(-350)).toBe(-35_000);
  });

  it('property: cents → euros → cents is the identity up to 10 billion euros', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000_000 }), (cents) => {
        expect(toCents(fromCents(cents))).toBe(cents);
      }),
    );
  });
});
