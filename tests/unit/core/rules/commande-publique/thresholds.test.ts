import { describe, expect, it } from 'vitest';
import { addDays } from '../../../../../src/core/dates';
import {
  NATURES,
  SUPPORTED_LAUNCH_DATES,
  THRESHOLDS,
  checkLaunchDate,
  thresholdAt,
  thresholdsInForce,
  type ThresholdKind,
} from '../../../../../src/core/rules/commande-publique';

describe('dated thresholds', () => {
  it('cover every day of the supported range, for every nature and kind, with exactly one value', () => {
    const kinds: ThresholdKind[] = ['dispense', 'boamp', 'formalise'];
    const faults: string[] = [];
    for (
      let date = SUPPORTED_LAUNCH_DATES.from;
      date <= SUPPORTED_LAUNCH_DATES.until;
      date = addDays(date, 1)
    ) {
      for (const nature of NATURES) {
        for (const kind of kinds) {
          const matching = THRESHOLDS.filter(
            (t) =>
              t.kind === kind &&
              t.natures.includes(nature) &&
              t.from <= date &&
              (t.until === null || date <= t.until),
          );
          if (matching.length !== 1) faults.push(`${kind} ${nature} ${date}: ${matching.length}`);
        }
      }
    }
    expect(faults).toEqual([]);
  });

  it('each carries a reference and a source', () => {
    for (const threshold of THRESHOLDS) {
      expect(threshold.reference).toMatch(/^(CCP [LR]\d{4}-\d+|décret \d{4}-\d+ art\. \d+)$/);
      expect(threshold.source.length).toBeGreaterThan(0);
    }
  });

  it.each([
    ['2026-03-31', 'services', 40_000, 'décret 2019-1344'],
    ['2026-04-01', 'services', 60_000, 'décret 2025-1386 art. 1er, 1° b)'],
    ['2026-04-01', 'fournitures', 60_000, 'décret 2025-1386 art. 1er, 1° b)'],
    ['2026-01-01', 'travaux', 100_000, 'décret 2025-1386 art. 1er, 1° a)'],
  ] as const)('dispense on %s for %s: %d € HT (%s)', (date, nature, amount, source) => {
    const threshold = thresholdAt('dispense', nature, date);
    expect(threshold.ok && threshold.value.amountHT).toBe(amount);
    expect(threshold.ok && threshold.value.source).toBe(source);
  });

  it('gives the three amounts in force', () => {
    const inForce = thresholdsInForce('2027-06-30', 'fournitures');
    expect(
      inForce.ok && [
        inForce.value.dispense.amountHT,
        inForce.value.boamp.amountHT,
        inForce.value.formalise.amountHT,
      ],
    ).toEqual([60_000, 90_000, 216_000]);
  });

  it('refuses a date outside 2024-2027 with a French message naming the range', () => {
    const refused = checkLaunchDate('2028-01-01');
    expect(refused).toEqual({
      ok: false,
      error:
        'Date hors de la période couverte : les seuils connus du jeu valent du lundi 1er janvier 2024 au ' +
        'vendredi 31 décembre 2027 (reçu : 2028-01-01).',
    });
  });
});
