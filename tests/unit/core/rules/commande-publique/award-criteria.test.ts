import { describe, expect, it } from 'vitest';
import {
  checkAwardCriteria,
  isEnvironmentalCriterionRequired,
  isScorableAsLaw,
  type AwardCriterion,
} from '../../../../../src/core/rules/commande-publique';

const price: AwardCriterion = { label: 'Prix', kind: 'prix', weight: 60 };
const technical: AwardCriterion = { label: 'Valeur technique', kind: 'valeur_technique', weight: 40 };
const environment: AwardCriterion = {
  label: 'Performance environnementale',
  kind: 'environnemental',
  weight: 20,
};

describe('environmental criterion (CCP L2152-7)', () => {
  it.each([
    ['2026-08-20', false],
    ['2026-08-21', true],
    ['2027-01-10', true],
    ['2024-01-01', false],
  ])('launched on %s → required %s', (date, required) => {
    expect(isEnvironmentalCriterionRequired(date)).toBe(required);
  });

  it.each<[string, string, AwardCriterion[], boolean]>([
    ['single price criterion after 21 August 2026', '2026-09-01', [{ label: 'Prix', kind: 'prix' }], false],
    ['price and technical value only', '2026-09-01', [price, technical], false],
    [
      'with an environmental criterion',
      '2026-09-01',
      [{ ...price, weight: 50 }, { ...technical, weight: 30 }, environment],
      true,
    ],
    [
      'a global cost that includes the environment',
      '2026-09-01',
      [{ label: 'Coût global', kind: 'cout_global', environmental: true }],
      true,
    ],
    ['a global cost that does not', '2026-09-01', [{ label: 'Coût global', kind: 'cout_global' }], false],
    ['single price criterion the day before', '2026-08-20', [{ label: 'Prix', kind: 'prix' }], true],
    ['no criterion at all after the date', '2026-09-01', [], false],
  ])('%s → rule met %s', (_, launchDate, criteria, met) => {
    const check = checkAwardCriteria({ launchDate, procedure: 'adaptee', criteria });
    expect(check.environmentalRuleMet).toBe(met);
    expect(check.references).toEqual(['CCP L2152-7']);
    expect(isScorableAsLaw(check.confidence)).toBe(true);
  });

  it('reports weighting as uncertain information, never as a verdict', () => {
    const check = checkAwardCriteria({
      launchDate: '2026-09-01',
      procedure: 'formalisee',
      criteria: [price, { label: 'Délai', kind: 'delai' }],
    });
    expect(check.allWeighted).toBe(false);
    expect(check.totalWeight).toBe(60);
    expect(check.weighting.confidence).toBe('uncertain');
    expect(isScorableAsLaw(check.weighting.confidence)).toBe(false);
    expect(check.weighting.references).toEqual(['CCP R2152-11', 'CCP R2152-12']);
    expect(check.weighting.text).toMatch(/^En procédure formalisée, les critères sont pondérés/);
  });

  it('sums the weights when every criterion has one', () => {
    const check = checkAwardCriteria({
      launchDate: '2026-09-01',
      procedure: 'adaptee',
      criteria: [price, technical],
    });
    expect([check.allWeighted, check.totalWeight]).toEqual([true, 100]);
    expect(check.weighting.text).toMatch(/^En procédure adaptée/);
  });
});
