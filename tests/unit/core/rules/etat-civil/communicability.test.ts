import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeIsoDate } from '../../../../../src/core/dates';
import {
  freeCommunicabilityDate,
  isFreelyCommunicable,
  isWithinMinorProtectionDoubt,
  registerClosingDate,
} from '../../../../../src/core/rules/etat-civil';

describe('free communicability 75 years after the closing of the register (code du patrimoine L213-2)', () => {
  it('closes the register of a year on 31 December at the latest', () => {
    expect(registerClosingDate(1998)).toBe('1998-12-31');
  });
  it('frees the register of N on 1 January N + 76', () => {
    expect(freeCommunicabilityDate(1950)).toBe('2026-01-01');
    expect(freeCommunicabilityDate(1951)).toBe('2027-01-01');
  });
  it.each([
    ['naissance', 1950, '2026-11-23', true],
    ['naissance', 1951, '2026-11-23', false],
    ['mariage', 1950, '2026-11-23', true],
    ['mariage', 1951, '2026-11-23', false],
    ['naissance', 1950, '2025-12-31', false],
    ['naissance', 1950, '2026-01-01', true],
    ['naissance', 1951, '2026-12-31', false],
    ['naissance', 1951, '2027-01-01', true],
    ['naissance', 1792, '2026-11-23', true],
    ['deces', 2026, '2026-11-23', true],
    ['deces', 1998, '2026-11-23', true],
  ] as const)('%s of %i on %s → %s', (act, year, today, expected) => {
    expect(isFreelyCommunicable(act, year, today)).toBe(expected);
  });
  it('is never free during year N + 75 and always free from year N + 76', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('naissance' as const, 'mariage' as const),
        fc.integer({ min: 1792, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        (act, year, month, day) =>
          !isFreelyCommunicable(act, year, makeIsoDate(year + 75, month, day)) &&
          isFreelyCommunicable(act, year, makeIsoDate(year + 76, month, day)),
      ),
    );
  });
});

describe('the unverified « 100 ans pour les mineurs » reading (information only)', () => {
  it.each([
    ['naissance', 1950, true],
    ['naissance', 1926, true],
    ['naissance', 1925, false],
    ['naissance', 1951, false],
    ['mariage', 1940, true],
    ['deces', 1940, false],
  ] as const)('%s of %i in 2026 → doubt %s', (act, year, expected) => {
    expect(isWithinMinorProtectionDoubt(act, year, '2026-11-23')).toBe(expected);
  });
});
