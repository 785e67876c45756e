import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  aggregationRule,
  estimateNeedValue,
  type Lot,
  type Need,
} from '../../../../../src/core/rules/commande-publique';

function total(need: Need): number {
  const value = estimateNeedValue(need);
  if (!value.ok) throw new Error(value.error.message);
  return value.value.totalHT;
}

describe('estimated value (CCP R2121-1)', () => {
  it.each<[string, Need, number]>([
    [
      'annual lots × (years + renewals)',
      { lots: [{ annualHT: 20_000 }, { annualHT: 15_000 }], years: 2, renewalYears: 1 },
      105_000,
    ],
    ['renewals default to 0', { lots: [{ annualHT: 20_000 }], years: 2 }, 40_000],
    ['total lots are taken whole', { lots: [{ totalHT: 62_000 }, { totalHT: 31_000 }] }, 93_000],
    ['years are ignored when every lot is a total', { lots: [{ totalHT: 10_000 }], years: 3 }, 10_000],
    ['mixed lots', { lots: [{ totalHT: 10_000 }, { annualHT: 1_000 }], years: 4 }, 14_000],
    ['cents add up exactly', { lots: [{ totalHT: 0.1 }, { totalHT: 0.2 }] }, 0.3],
    ['half a year', { lots: [{ annualHT: 30_000 }], years: 0.5 }, 15_000],
    ['a zero lot is allowed', { lots: [{ totalHT: 0 }] }, 0],
  ])('%s', (_, need, expected) => {
    expect(total(need)).toBe(expected);
  });

  it.each<[string, Need, string, RegExp]>([
    ['no lot', { lots: [] }, 'lots', /au moins un lot/],
    [
      'both amounts',
      { lots: [{ annualHT: 1, totalHT: 2 }] },
      'lots',
      /lot n° 1 : donner soit « annualHT », soit « totalHT », pas les deux/,
    ],
    ['neither amount', { lots: [{ totalHT: 1 }, {}] }, 'lots', /lot n° 2 : il faut « annualHT »/],
    ['annual lot without years', { lots: [{ annualHT: 1_000 }] }, 'years', /« years » .* est obligatoire/],
    ['zero years', { lots: [{ annualHT: 1_000 }], years: 0 }, 'years', /supérieure à 0/],
    [
      'negative renewals',
      { lots: [{ annualHT: 1_000 }], years: 1, renewalYears: -1 },
      'renewalYears',
      /renewalYears/,
    ],
    ['negative amount', { lots: [{ totalHT: -5 }] }, 'lots', /montant invalide/],
    ['infinite amount', { lots: [{ totalHT: Number.POSITIVE_INFINITY }] }, 'lots', /montant invalide/],
    [
      'too many lots',
      { lots: Array.from({ length: 101 }, () => ({ totalHT: 1 })) },
      'lots',
      /Au plus 100 lots/,
    ],
  ])('refuses %s in French', (_, need, field, message) => {
    const value = estimateNeedValue(need);
    expect(value.ok).toBe(false);
    if (!value.ok) {
      expect(value.error.field).toBe(field);
      expect(value.error.message).toMatch(message);
    }
  });

  it('gives each lot’s value and flags its confidence', () => {
    const value = estimateNeedValue({ lots: [{ annualHT: 20_000 }, { totalHT: 5_000 }], years: 3 });
    expect(value.ok && value.value).toEqual({
      totalHT: 65_000,
      lotValuesHT: [60_000, 5_000],
      references: ['CCP R2121-1'],
      confidence: 'partial',
    });
  });

  const lot: fc.Arbitrary<Lot> = fc.oneof(
    fc.integer({ min: 0, max: 100_000_000 }).map((cents) => ({ annualHT: cents / 100 })),
    fc.integer({ min: 0, max: 1_000_000_000 }).map((cents) => ({ totalHT: cents / 100 })),
  );

  it('equals the sum of its lots valued one by one', () => {
    fc.assert(
      fc.property(
        fc.array(lot, { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 0, max: 5 }),
        (lots, years, renewalYears) => {
          const whole = total({ lots, years, renewalYears });
          const byLot = lots.map((one) => total({ lots: [one], years, renewalYears }));
          const expectedCents = lots.reduce(
            (sum, one) =>
              sum +
              Math.round((one.annualHT ?? 0) * 100) * (years + renewalYears) +
              Math.round((one.totalHT ?? 0) * 100),
            0,
          );
          return (
            Math.round(whole * 100) === byLot.reduce((sum, value) => sum + Math.round(value * 100), 0) &&
            Math.round(whole * 100) === expectedCents
          );
        },
      ),
    );
  });
});

describe('aggregation rule', () => {
  it('adds works by operation and homogeneous supplies or services', () => {
    expect(aggregationRule('travaux').references).toEqual(['CCP R2121-5', 'CCP R2121-4']);
    expect(aggregationRule('travaux').rule).toMatch(/même opération/);
    expect(aggregationRule('fournitures').references).toEqual(['CCP R2121-6', 'CCP R2121-4']);
    expect(aggregationRule('services').rule).toMatch(/homogènes/);
  });
});
