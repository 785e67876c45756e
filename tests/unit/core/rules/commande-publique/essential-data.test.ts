import { describe, expect, it } from 'vitest';
import { essentialDataPublication, isScorableAsLaw } from '../../../../../src/core/rules/commande-publique';

describe('données essentielles (CCP L2196-2, R2196-1): information only', () => {
  it.each([
    ['2025-06-01', 40_000, true, 'confirmed'],
    ['2025-06-01', 39_999.99, false, 'confirmed'],
    ['2026-03-31', 45_000, true, 'confirmed'],
    ['2026-04-01', 45_000, true, 'uncertain'],
    ['2026-11-23', 70_000, true, 'uncertain'],
  ] as const)('awarded %s for %d € HT → expected %s (%s)', (awardedOn, amountHT, expected, confidence) => {
    const information = essentialDataPublication({ awardedOn, amountHT });
    expect(information.ok && information.value.publicationExpected).toBe(expected);
    expect(information.ok && information.value.confidence).toBe(confidence);
  });

  it('says why it is not scored after 1 April 2026', () => {
    const information = essentialDataPublication({ awardedOn: '2026-09-01', amountHT: 50_000 });
    expect(information.ok && information.value.text).toMatch(/non noté\.$/);
    expect(information.ok && isScorableAsLaw(information.value.confidence)).toBe(false);
  });

  it.each(['2023-12-31', '2026-02-30'])('refuses %s', (awardedOn) => {
    expect(essentialDataPublication({ awardedOn, amountHT: 50_000 }).ok).toBe(false);
  });
});
