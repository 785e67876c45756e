import { describe, expect, it } from 'vitest';
import { formatFrenchPercent } from '../../../../../src/core/french-format';
import { formatEuros, reaches, sumEuros } from '../../../../../src/core/rules/commande-publique';

describe('amounts', () => {
  it('adds to the exact cent', () => {
    expect(sumEuros([0.1, 0.2])).toBe(0.3);
    expect(sumEuros([19_999.99, 40_000.01])).toBe(60_000);
    expect(sumEuros([])).toBe(0);
  });

  it.each([
    [60_000, 60_000, true],
    [59_999.99, 60_000, false],
  ])('%d reaches %d: %s', (amount, threshold, expected) => {
    expect(reaches(amount, threshold)).toBe(expected);
  });

  it.each([
    [105_000, ' HT', '105\u202f000\u00a0€ HT'],
    [5_404_000, ' HT', '5\u202f404\u202f000\u00a0€ HT'],
    [1_234.5, ' TTC', '1\u202f234,50\u00a0€ TTC'],
    [999, '', '999\u00a0€'],
    [-40, '', '−40\u00a0€'],
  ] as const)('writes %d as « %s »', (amount, suffix, text) => {
    expect(formatEuros(amount, suffix)).toBe(text);
  });

  it('writes percentages the French way', () => {
    expect(formatFrenchPercent(2.5)).toBe('2,5\u00a0%');
    expect(formatFrenchPercent(10)).toBe('10\u00a0%');
  });
});
