import { describe, expect, it } from 'vitest';
import {
  advanceRequirement,
  checkRetenueDeGarantie,
  checkSmallModification,
  isScorableAsLaw,
  paymentDeadline,
  type Nature,
} from '../../../../../src/core/rules/commande-publique';

describe('advance (CCP R2191-3, R2191-7)', () => {
  it.each([
    [50_000, 60_000, 3, false],
    [50_000.01, 60_000, 3, true],
    [60_000, 72_000, 2, false],
    [60_000, 72_000, 2.5, true],
  ])(
    '%d € HT over %d months → required %s',
    (initialAmountHT, initialAmountTTC, durationMonths, required) => {
      const advance = advanceRequirement({ initialAmountHT, initialAmountTTC, durationMonths });
      expect(advance.ok && advance.value.required).toBe(required);
    },
  );

  it.each([
    [60_000, 72_000, 6, 3_600],
    [60_000, 72_000, 12, 3_600],
    [200_000, 240_000, 24, 6_000],
    [60_000, 72_000.3, 6, 3_600.02],
  ])(
    '%d € HT (%d TTC) over %d months → at least %d € TTC',
    (initialAmountHT, initialAmountTTC, durationMonths, minimumTTC) => {
      const advance = advanceRequirement({ initialAmountHT, initialAmountTTC, durationMonths });
      expect(advance.ok && advance.value.minimumTTC).toBe(minimumTTC);
      expect(advance.ok && advance.value.references).toEqual(['CCP R2191-3', 'CCP R2191-7']);
    },
  );

  it('explains a waived obligation and refuses nonsense', () => {
    const advance = advanceRequirement({
      initialAmountHT: 80_000,
      initialAmountTTC: 96_000,
      durationMonths: 4,
    });
    expect(advance.ok && advance.value.explanation).toMatch(/sauf renonciation du titulaire/);
    expect(advanceRequirement({ initialAmountHT: -1, initialAmountTTC: 1, durationMonths: 4 }).ok).toBe(
      false,
    );
    expect(advanceRequirement({ initialAmountHT: 1, initialAmountTTC: 1, durationMonths: 0 }).ok).toBe(false);
  });
});

describe('payment period (CCP R2192-10): uncertain, information only', () => {
  it.each([
    ['2026-10-01', '2026-10-31', 0],
    ['2026-10-01', '2026-11-03', 3],
    ['2026-12-15', '2027-01-15', 1],
  ])('invoice received %s, paid %s → %d days late', (invoiceReceivedOn, paidOn, daysLate) => {
    const information = paymentDeadline({ invoiceReceivedOn, paidOn });
    expect(information.ok && information.value.daysLate).toBe(daysLate);
    expect(information.ok && information.value.confidence).toBe('uncertain');
    expect(information.ok && isScorableAsLaw(information.value.confidence)).toBe(false);
  });

  it('gives the deadline', () => {
    const information = paymentDeadline({ invoiceReceivedOn: '2026-10-01' });
    expect(information.ok && information.value.dueBy).toBe('2026-10-31');
    expect(information.ok && information.value.text).toMatch(/samedi 31 octobre 2026\. Règle à vérifier/);
  });
});

describe('small-value modification (CCP R2194-8, R2194-9)', () => {
  it.each<[Nature, number, number[], string, boolean]>([
    ['services', 100_000, [9_999], '2026-10-01', true],
    ['services', 100_000, [10_000], '2026-10-01', false],
    ['fournitures', 100_000, [5_000, 5_000], '2026-10-01', false],
    ['fournitures', 100_000, [5_000, 4_999.99], '2026-10-01', true],
    ['travaux', 1_000_000, [149_999], '2026-10-01', true],
    ['travaux', 1_000_000, [150_000], '2026-10-01', false],
    ['services', 3_000_000, [215_999], '2026-10-01', true],
    ['services', 3_000_000, [216_000], '2026-10-01', false],
    ['services', 3_000_000, [220_000], '2025-10-01', true],
    ['services', 100_000, [], '2026-10-01', true],
  ])(
    '%s of %d € HT modified by %j on %s → within %s',
    (nature, initialAmountHT, modificationsHT, date, within) => {
      const check = checkSmallModification({ nature, initialAmountHT, modificationsHT, date });
      expect(check.ok && check.value.withinSmallModification).toBe(within);
    },
  );

  it('adds successive modifications and points to the other grounds', () => {
    const check = checkSmallModification({
      nature: 'travaux',
      initialAmountHT: 200_000,
      modificationsHT: [20_000, 12_000],
      date: '2026-10-01',
    });
    expect(check.ok && check.value).toMatchObject({
      cumulativeHT: 32_000,
      ratio: 0.16,
      capRatio: 0.15,
      europeanThresholdHT: 5_404_000,
    });
    expect(check.ok && check.value.explanation).toMatch(/au moins 15\u00a0% du montant initial/);
    expect(check.ok && check.value.otherGrounds.references).toContain('CCP R2194-2');
  });

  it.each<[number, number[], string]>([
    [0, [1], '2026-10-01'],
    [100_000, [-1], '2026-10-01'],
    [100_000, [1], '2028-01-01'],
  ])('refuses initial %d, modifications %j on %s', (initialAmountHT, modificationsHT, date) => {
    expect(checkSmallModification({ nature: 'services', initialAmountHT, modificationsHT, date }).ok).toBe(
      false,
    );
  });
});

describe('retenue de garantie (CCP R2191-33)', () => {
  it.each([
    [5, true],
    [5.01, false],
    [3, true],
    [0, true],
  ])('%d %% → lawful %s', (ratePercent, lawful) => {
    const check = checkRetenueDeGarantie({ initialAmount: 100_000, ratePercent });
    expect(check.ok && check.value.lawful).toBe(lawful);
  });

  it('caps it at 5 % of the initial amount plus modifications', () => {
    const check = checkRetenueDeGarantie({ initialAmount: 100_000, modifications: [10_000], ratePercent: 6 });
    expect(check.ok && check.value.maximum).toBe(5_500);
    expect(check.ok && check.value.explanation).toBe(
      'Retenue de 6\u00a0% : au-delà du plafond de 5\u00a0% du montant initial augmenté des modifications.',
    );
  });

  it('refuses a negative rate', () => {
    expect(checkRetenueDeGarantie({ initialAmount: 100_000, ratePercent: -1 }).ok).toBe(false);
  });
});
