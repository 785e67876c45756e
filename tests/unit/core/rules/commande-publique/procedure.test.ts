import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromDayNumber, toDayNumber } from '../../../../../src/core/dates';
import {
  NATURES,
  PROCEDURES,
  PUBLICITES,
  decideProcedure,
  type Nature,
  type Procedure,
  type Publicite,
} from '../../../../../src/core/rules/commande-publique';

function decide(launchDate: string, nature: Nature, estimatedValueHT: number) {
  const decision = decideProcedure({ launchDate, nature, estimatedValueHT });
  if (!decision.ok) throw new Error(decision.error);
  return decision.value;
}

type Row = [string, Nature, number, Procedure, Publicite];

describe('procedure and publicity exactly at each threshold and one euro below', () => {
  it.each<Row>([
    // Supplies and services from 1 April 2026: dispense 60 000, BOAMP 90 000, European 216 000.
    ['2026-09-15', 'services', 59_999, 'sans_publicite', 'aucune_obligatoire'],
    ['2026-09-15', 'services', 59_999.99, 'sans_publicite', 'aucune_obligatoire'],
    ['2026-09-15', 'services', 60_000, 'adaptee', 'libre_adaptee'],
    ['2026-09-15', 'services', 89_999, 'adaptee', 'libre_adaptee'],
    ['2026-09-15', 'services', 90_000, 'adaptee', 'boamp_ou_jal'],
    ['2026-09-15', 'services', 215_999, 'adaptee', 'boamp_ou_jal'],
    ['2026-09-15', 'services', 216_000, 'formalisee', 'boamp_et_joue'],
    ['2026-09-15', 'fournitures', 59_999, 'sans_publicite', 'aucune_obligatoire'],
    ['2026-09-15', 'fournitures', 60_000, 'adaptee', 'libre_adaptee'],
    ['2026-09-15', 'fournitures', 89_999, 'adaptee', 'libre_adaptee'],
    ['2026-09-15', 'fournitures', 90_000, 'adaptee', 'boamp_ou_jal'],
    ['2026-09-15', 'fournitures', 215_999, 'adaptee', 'boamp_ou_jal'],
    ['2026-09-15', 'fournitures', 216_000, 'formalisee', 'boamp_et_joue'],
    // Supplies and services before 1 April 2026: dispense 40 000.
    ['2026-03-15', 'fournitures', 39_999, 'sans_publicite', 'aucune_obligatoire'],
    ['2026-03-15', 'fournitures', 40_000, 'adaptee', 'libre_adaptee'],
    ['2026-03-15', 'services', 39_999, 'sans_publicite', 'aucune_obligatoire'],
    ['2026-03-15', 'services', 40_000, 'adaptee', 'libre_adaptee'],
    // 2024-2025: European threshold 221 000.
    ['2025-06-15', 'services', 220_999, 'adaptee', 'boamp_ou_jal'],
    ['2025-06-15', 'services', 221_000, 'formalisee', 'boamp_et_joue'],
    ['2024-03-01', 'fournitures', 39_999, 'sans_publicite', 'aucune_obligatoire'],
    ['2024-03-01', 'fournitures', 221_000, 'formalisee', 'boamp_et_joue'],
    // Works 2026-2027: dispense 100 000 sits above the BOAMP threshold, so 90 000 € of works need no publicity.
    ['2026-09-15', 'travaux', 89_999, 'sans_publicite', 'aucune_obligatoire'],
    ['2026-09-15', 'travaux', 90_000, 'sans_publicite', 'aucune_obligatoire'],
    ['2026-09-15', 'travaux', 99_999, 'sans_publicite', 'aucune_obligatoire'],
    ['2026-09-15', 'travaux', 100_000, 'adaptee', 'boamp_ou_jal'],
    ['2026-09-15', 'travaux', 5_403_999, 'adaptee', 'boamp_ou_jal'],
    ['2026-09-15', 'travaux', 5_404_000, 'formalisee', 'boamp_et_joue'],
    // Works 2024-2025: dispense 100 000 (décret 2022-1683), European 5 538 000.
    ['2025-06-15', 'travaux', 99_999, 'sans_publicite', 'aucune_obligatoire'],
    ['2025-06-15', 'travaux', 100_000, 'adaptee', 'boamp_ou_jal'],
    ['2025-06-15', 'travaux', 5_537_999, 'adaptee', 'boamp_ou_jal'],
    ['2025-06-15', 'travaux', 5_538_000, 'formalisee', 'boamp_et_joue'],
    ['2026-09-15', 'services', 0, 'sans_publicite', 'aucune_obligatoire'],
  ])('%s %s %d € HT → %s, %s', (launchDate, nature, value, procedure, publicite) => {
    const decision = decide(launchDate, nature, value);
    expect(decision.procedure).toBe(procedure);
    expect(decision.publicite).toBe(publicite);
  });
});

describe('launch date across a change of threshold', () => {
  it('services of 50 000 € HT: procédure adaptée on 31 March 2026, dispense on 1 April 2026', () => {
    const before = decide('2026-03-31', 'services', 50_000);
    const after = decide('2026-04-01', 'services', 50_000);
    expect(before.thresholds.dispenseHT).toBe(40_000);
    expect(before.procedure).toBe('adaptee');
    expect(after.thresholds.dispenseHT).toBe(60_000);
    expect(after.procedure).toBe('sans_publicite');
  });

  it.each([
    ['2026-08-20', false, ['CCP R2122-8', 'CCP R2131-12']],
    ['2026-08-21', true, ['CCP R2122-8', 'CCP R2131-12', 'CCP L2152-7']],
  ])('environmental criterion for a launch on %s: %s', (launchDate, required, references) => {
    const decision = decide(launchDate, 'fournitures', 100_000);
    expect(decision.environmentalCriterionRequired).toBe(required);
    expect(decision.references).toEqual(references);
  });

  it.each<[Nature, number]>([
    ['services', 218_000],
    ['fournitures', 218_000],
    ['travaux', 5_500_000],
  ])('%s of %d € HT: adaptée on 31 Dec 2025, formalisée on 1 Jan 2026', (nature, value) => {
    const before = decide('2025-12-31', nature, value);
    const after = decide('2026-01-01', nature, value);
    expect(before.procedure).toBe('adaptee');
    expect(after.procedure).toBe('formalisee');
    expect(after.references).toEqual(['CCP R2124-1', 'CCP R2131-16']);
  });

  it('works dispense stays 100 000 € HT across 1 January 2026, from the décret 2022-1683 to CCP R2122-8', () => {
    const before = decide('2025-12-31', 'travaux', 95_000);
    const after = decide('2026-01-01', 'travaux', 95_000);
    expect([before.procedure, after.procedure]).toEqual(['sans_publicite', 'sans_publicite']);
    expect(before.thresholds).toEqual({ dispenseHT: 100_000, boampHT: 90_000, formaliseHT: 5_538_000 });
    expect(after.thresholds).toEqual({ dispenseHT: 100_000, boampHT: 90_000, formaliseHT: 5_404_000 });
    expect(before.references).toEqual(['décret 2022-1683 art. 6']);
    expect(after.references).toEqual(['CCP R2122-8']);
  });

  it.each(['2023-12-31', '2028-01-01', '2026-02-30', '15/09/2026'])(
    'refuses a launch on %s in French',
    (launchDate) => {
      const decision = decideProcedure({ launchDate, nature: 'services', estimatedValueHT: 1000 });
      expect(decision.ok).toBe(false);
      if (!decision.ok) expect(decision.error).toMatch(/^Date (invalide|hors de la période couverte)/);
    },
  );

  it.each(['2024-01-01', '2027-12-31'])('accepts the edges of the covered range (%s)', (launchDate) => {
    expect(decideProcedure({ launchDate, nature: 'travaux', estimatedValueHT: 1000 }).ok).toBe(true);
  });
});

describe('explanations', () => {
  it('writes amounts the French way', () => {
    expect(decide('2026-09-15', 'services', 105_000).explanation).toBe(
      'Valeur estimée 105\u202f000\u00a0€ HT, entre le seuil de dispense (60\u202f000\u00a0€ HT) et le seuil européen ' +
        '(216\u202f000\u00a0€ HT) : procédure adaptée ; à partir de 90\u202f000\u00a0€ HT, avis au BOAMP ou dans un ' +
        'journal d’annonces légales.',
    );
  });
});

describe('monotonicity', () => {
  const launchDates = fc
    .integer({ min: toDayNumber('2024-01-01'), max: toDayNumber('2027-12-31') })
    .map(fromDayNumber);
  const values = fc.integer({ min: 0, max: 700_000_000 }).map((cents) => cents / 100);

  it('a larger value never calls for a lighter procedure or publicity', () => {
    fc.assert(
      fc.property(launchDates, fc.constantFrom(...NATURES), values, values, (launchDate, nature, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const lighter = decide(launchDate, nature, low);
        const heavier = decide(launchDate, nature, high);
        return (
          PROCEDURES.indexOf(lighter.procedure) <= PROCEDURES.indexOf(heavier.procedure) &&
          PUBLICITES.indexOf(lighter.publicite) <= PUBLICITES.indexOf(heavier.publicite)
        );
      }),
    );
  });
});
