import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  COUNCIL_SIZE_STRATA,
  deemedCompleteMinimum,
  isCouncilDeemedComplete,
  legalCouncilSize,
} from '../../../../../src/core/rules/conseil/composition';

describe('legalCouncilSize (CGCT L2121-2)', () => {
  it.each([
    [0, 7],
    [99, 7],
    [100, 11],
    [499, 11],
    [500, 15],
    [1_200, 15],
    [1_499, 15],
    [1_500, 19],
    [2_499, 19],
    [2_500, 23],
    [3_499, 23],
    [3_500, 27],
    [4_999, 27],
    [5_000, 29],
    [299_999, 65],
    [300_000, 69],
    [2_000_000, 69],
  ])('%i inhabitants → %i members', (population, size) => {
    expect(legalCouncilSize(population)).toBe(size);
  });

  it('has the 19 strata of the code', () => {
    expect(COUNCIL_SIZE_STRATA).toHaveLength(19);
  });

  it('refuses a negative or fractional population', () => {
    expect(() => legalCouncilSize(-1)).toThrow(/Population invalide/);
    expect(() => legalCouncilSize(12.5)).toThrow(/Population invalide/);
  });

  it('grows with the population and is always odd', () => {
    fc.assert(
      fc.property(fc.nat(400_000), fc.nat(400_000), (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        return legalCouncilSize(low) <= legalCouncilSize(high) && legalCouncilSize(low) % 2 === 1;
      }),
    );
  });
});

describe('council « réputé complet » (CGCT L2121-2-1)', () => {
  it.each([
    [99, 5],
    [100, 9],
    [499, 9],
    [500, 13],
    [999, 13],
    [1_000, null],
  ])('%i inhabitants → minimum %s', (population, minimum) => {
    expect(deemedCompleteMinimum(population)).toBe(minimum);
  });

  it.each([
    [800, 13, true],
    [800, 12, false],
    [1_200, 14, false],
    [1_200, 15, true],
  ])('%i inhabitants with %i elected → complete %s', (population, elected, complete) => {
    expect(isCouncilDeemedComplete(population, elected)).toBe(complete);
  });
});
