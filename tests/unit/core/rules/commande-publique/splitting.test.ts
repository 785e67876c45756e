import { describe, expect, it } from 'vitest';
import { detectSplitting, type Nature, type Order } from '../../../../../src/core/rules/commande-publique';

function analyse(nature: Nature, orders: Order[]) {
  const result = detectSplitting({ nature, orders });
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('splitting a need to stay under a threshold (CCP R2121-4)', () => {
  it('three mower orders of 25 000 € HT each escape the dispense threshold together', () => {
    const analysis = analyse('fournitures', [
      { date: '2026-05-04', amountHT: 25_000, label: 'tondeuse autoportée' },
      { date: '2026-06-15', amountHT: 25_000, label: 'débroussailleuse' },
      { date: '2026-07-20', amountHT: 25_000, label: 'souffleur' },
    ]);
    expect(analysis).toMatchObject({
      totalHT: 75_000,
      largestOrderHT: 25_000,
      spanDays: 77,
      procedureForNeed: 'adaptee',
      publiciteForNeed: 'libre_adaptee',
      procedureForLargestOrder: 'sans_publicite',
      splitting: true,
      references: ['CCP R2121-4', 'CCP R2121-1', 'CCP R2121-3'],
      confidence: 'partial',
    });
    expect(analysis.explanation).toMatch(/Fractionner le besoin pour rester sous un seuil est interdit/);
  });

  it.each<[string, Nature, Order[], boolean]>([
    [
      'exactly at the dispense threshold together',
      'services',
      [
        { date: '2026-09-01', amountHT: 30_000 },
        { date: '2026-10-01', amountHT: 30_000 },
      ],
      true,
    ],
    [
      'one euro below it together',
      'services',
      [
        { date: '2026-09-01', amountHT: 30_000 },
        { date: '2026-10-01', amountHT: 29_999 },
      ],
      false,
    ],
    [
      'crossing the BOAMP threshold inside a MAPA',
      'services',
      [
        { date: '2026-09-01', amountHT: 70_000 },
        { date: '2026-10-01', amountHT: 20_000 },
      ],
      true,
    ],
    [
      'crossing the European threshold',
      'services',
      [
        { date: '2026-09-01', amountHT: 150_000 },
        { date: '2026-10-01', amountHT: 66_000 },
      ],
      true,
    ],
    [
      'works of one operation split under 100 000 € HT',
      'travaux',
      [
        { date: '2026-09-01', amountHT: 60_000 },
        { date: '2026-09-20', amountHT: 45_000 },
      ],
      true,
    ],
    ['a single order', 'travaux', [{ date: '2026-09-01', amountHT: 250_000 }], false],
    [
      'already formalised alone',
      'services',
      [
        { date: '2026-09-01', amountHT: 300_000 },
        { date: '2026-10-01', amountHT: 10_000 },
      ],
      false,
    ],
  ])('%s → splitting %s', (_, nature, orders, splitting) => {
    expect(analyse(nature, orders).splitting).toBe(splitting);
  });

  it('values the need at the date of its first order, whatever the order given', () => {
    // First order before 1 April 2026: the 40 000 € HT dispense threshold applies.
    const analysis = analyse('services', [
      { date: '2026-04-10', amountHT: 25_000 },
      { date: '2026-03-20', amountHT: 25_000 },
    ]);
    expect(analysis.procedureForNeed).toBe('adaptee');
    expect(analysis.spanDays).toBe(21);
  });

  it.each<[string, Order[], RegExp]>([
    ['no order', [], /au moins une commande/],
    ['a bad date', [{ date: '2026-02-30', amountHT: 1 }], /commande n° 1 : date invalide/],
    ['a negative amount', [{ date: '2026-02-03', amountHT: -1 }], /commande n° 1 : montant invalide/],
    ['a first order before 2024', [{ date: '2023-06-01', amountHT: 1 }], /hors de la période couverte/],
  ])('refuses %s', (_, orders, message) => {
    const result = detectSplitting({ nature: 'services', orders });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});
