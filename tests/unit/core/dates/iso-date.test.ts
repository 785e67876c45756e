import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  daysBetween,
  formatFrenchDate,
  fromDayNumber,
  isIsoDate,
  toDayNumber,
  weekday,
} from '../../../../src/core/dates';

describe('isIsoDate', () => {
  it.each([
    ['2026-10-16', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-02-30', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-1-1', false],
    ['16/10/2026', false],
    [20261016, false],
    [null, false],
  ])('%s → %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});

describe('date arithmetic', () => {
  it('crosses months and years', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
  });
  it('counts signed days', () => {
    expect(daysBetween('2026-10-12', '2026-10-16')).toBe(4);
    expect(daysBetween('2026-10-16', '2026-10-12')).toBe(-4);
  });
  it('knows the weekday', () => {
    expect(weekday('2026-11-23')).toBe(1);
    expect(weekday('2026-10-18')).toBe(0);
  });
  it('writes dates in French', () => {
    expect(formatFrenchDate('2026-10-16')).toBe('vendredi 16 octobre 2026');
    expect(formatFrenchDate('2027-04-01')).toBe('jeudi 1er avril 2027');
  });
  it('refuses a malformed date loudly', () => {
    expect(() => toDayNumber('2026-02-30')).toThrow(/Date invalide/);
  });
  it('round-trips day numbers', () => {
    fc.assert(
      fc.property(fc.integer({ min: -50_000, max: 100_000 }), (n) => toDayNumber(fromDayNumber(n)) === n),
    );
  });
  it('adds then subtracts to the same date', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40_000 }), fc.integer({ min: -3000, max: 3000 }), (n, k) => {
        const date = fromDayNumber(n);
        return addDays(addDays(date, k), -k) === date && daysBetween(date, addDays(date, k)) === k;
      }),
    );
  });
});
