import { describe, expect, it } from 'vitest';
import type { SubmittedValue } from '../../../../../../src/core/scenario';
import {
  budgetAssessors,
  budgetCalculators,
} from '../../../../../../src/core/scenario/vocabulary/domains/budget';
import { resolveValue } from '../../../../../../src/core/scenario/runtime/values';

type Values = Record<string, SubmittedValue>;

/** Computes a calculator as a scenario would (arguments checked by its schema); undefined when refused. */
function compute(rule: string, args: Record<string, string | number | boolean>) {
  return resolveValue({ rule, args }, {});
}

describe('budget calculators', () => {
  it.each([
    ['budget.voteDeadline', { year: 2026, renewalYear: true }, '2026-04-30'],
    ['budget.voteDeadline', { year: 2027, renewalYear: false }, '2027-04-15'],
    ['budget.isVotedInTime', { year: 2027, renewalYear: false, voteDate: '2027-04-15' }, true],
    ['budget.isVotedInTime', { year: 2027, renewalYear: false, voteDate: '2027-04-16' }, false],
    ['budget.isVotedInTime', { year: 2026, renewalYear: true, voteDate: '2026-04-23' }, true],
    ['budget.transmissionDeadline', { year: 2026, renewalYear: true }, '2026-05-15'],
    ['budget.transmissionDeadline', { year: 2027, renewalYear: false }, '2027-04-30'],
    ['budget.taxRatesDeadline', { year: 2026, renewalYear: true }, '2026-04-30'],
    ['budget.taxProduct', { baseTFPB: 890_000, tauxTFPB: 36.4, baseTFPNB: 52_000, tauxTFPNB: 48.2 }, 349_024],
    ['budget.taxProduct', {}, 0],
    ['budget.investmentQuarterCeiling', { '16': 94_000, '21': 44_000, '23': 30_000 }, 18_500],
    ['budget.investmentQuarterCeiling', { '21': 10_001 }, 2500.25],
    [
      'budget.investmentAllowedBeforeVote',
      { montant: 26_000, '16': 91_000, '21': 58_000, '23': 46_000 },
      true,
    ],
    [
      'budget.investmentAllowedBeforeVote',
      { montant: 26_001, '16': 91_000, '21': 58_000, '23': 46_000 },
      false,
    ],
    [
      'budget.fungibilityCeiling',
      { '011': 215_000, '012': 285_000, '65': 98_000, '66': 14_800, '023': 1 },
      45_960,
    ],
    ['budget.realSpending', { '011': 215_000, '042': 16_000, '023': 108_724 }, 215_000],
    ['budget.orientationDebateThreshold', {}, 3500],
    ['budget.isOrientationDebateRequired', { population: 3499 }, false],
    ['budget.isOrientationDebateRequired', { population: 3500 }, true],
    ['budget.briefPresentationOnlineBy', { adoptionDate: '2027-04-13' }, '2027-05-13'],
    ['budget.briefPresentationOnlineBy', { adoptionDate: '2027-01-31' }, '2027-02-28'],
  ])('%s %j → %j', (rule, args, expected) => {
    expect(compute(rule, args)).toBe(expected);
  });

  it.each([
    ['budget.voteDeadline', { year: 2027 }],
    ['budget.isVotedInTime', { year: 2027, renewalYear: false, voteDate: '2027-02-30' }],
    ['budget.taxProduct', { baseTFPB: 890_000 }],
    ['budget.investmentQuarterCeiling', { '021': 10_000 }],
    ['budget.investmentQuarterCeiling', { '16': -1 }],
    ['budget.investmentAllowedBeforeVote', { '21': 10_000 }],
    ['budget.fungibilityCeiling', { '011': 1, '21': 1 }],
    ['budget.fungibilityCeiling', {}],
    ['budget.fungibilityCeiling', { '70': 1 }],
  ])('%s refuses %j', (rule, args) => {
    expect(compute(rule, args)).toBeUndefined();
  });

  it('says what the CRC does, from the rule engine', () => {
    const text = compute('budget.controlConsequences', { votedInTime: false, equilibreReel: false });
    expect(text).toContain('CGCT L1612-2');
    expect(text).toContain('CGCT L1612-5');
    expect(compute('budget.controlConsequences', { votedInTime: true, equilibreReel: true })).toBe('');
  });

  it('every calculator has a French summary citing its source', () => {
    for (const calculator of Object.values(budgetCalculators)) {
      expect(calculator.summary).toMatch(/\((CGCT|CGI|instruction M57)/);
    }
  });
});

describe('budget.equilibreReel assessor', () => {
  const assessor = budgetAssessors['budget.equilibreReel'];
  const args = assessor.args.parse({
    baseTFPB: 890_000,
    tauxTFPB: 36.4,
    baseTFPNB: 52_000,
    tauxTFPNB: 48.2,
    baseTHRS: 96_000,
    tauxTHRS: 12.5,
    subventionsNotifiees: 54_000,
    previsions: ['fd-66=14800', 'id-16=96500', 'fr-74=238000'],
  });
  const model: Values = {
    'fd-011': 215_000,
    'fd-012': 285_000,
    'fd-65': 98_000,
    'fd-66': 14_800,
    'fd-022': 0,
    'fd-042': 16_000,
    'fd-023': 108_724,
    'fr-002': 74_000,
    'fr-70': 46_000,
    'fr-731': 361_024,
    'fr-74': 238_000,
    'fr-75': 18_500,
    'id-16': 96_500,
    'id-21': 86_000,
    'id-23': 180_000,
    'ir-001': 28_000,
    'ir-10': 19_500,
    'ir-13': 54_000,
    'ir-040': 16_000,
    'ir-021': 108_724,
    'ir-16': 136_276,
  };
  const judge = (changes: Values) => assessor.assess({ ...model, ...changes }, args);

  it('finds the model budget conforme', () => {
    expect(judge({})).toEqual({ verdict: 'conforme', explanation: '', reference: 'CGCT L1612-4' });
  });

  it('accepts a surplus: borrowing more than needed leaves the investment section in balance', () => {
    expect(judge({ 'ir-16': 140_000 }).verdict).toBe('conforme');
  });

  it.each([
    [
      'a section short of one cent',
      { 'ir-16': 136_275.99 },
      'Section d’investissement votée en déséquilibre',
    ],
    ['a virement entered on one side only', { 'ir-021': 100_000, 'ir-16': 145_000 }, 'Virement incohérent'],
    ['amortissements on one side only', { 'ir-040': 0, 'ir-16': 152_276 }, 'Opérations d’ordre incohérentes'],
    [
      'no virement: the loan would repay the loan',
      { 'fd-023': 0, 'ir-021': 0, 'ir-16': 245_000 },
      'Remboursement en capital de la dette non couvert',
    ],
    [
      'a grant hoped for, not notified',
      { 'ir-13': 79_000, 'ir-16': 111_276 },
      '25\u202f000\u00a0€ de recette surestimée',
    ],
    [
      'a tax product above bases × rates',
      { 'fr-731': 380_000, 'fd-023': 127_700, 'ir-021': 127_700, 'ir-16': 117_300 },
      'Produit fiscal surestimé',
    ],
    [
      'the interest of the schedule cut',
      { 'fd-66': 12_300, 'fd-023': 111_224, 'ir-021': 111_224, 'ir-16': 133_776 },
      'dépense sous-évaluée',
    ],
  ])('finds illegal %s', (_name, changes, message) => {
    const assessment = judge(changes);
    expect(assessment.verdict).toBe('illegal');
    expect(assessment.explanation).toContain(message);
    expect(assessment.reference).toContain('CGCT L1612-4');
  });

  it('finds an M57 dépenses imprévues credit a risk when the budget is otherwise sound', () => {
    const assessment = judge({ 'fd-022': 10_000, 'fd-023': 98_724, 'ir-021': 98_724, 'ir-16': 146_276 });
    expect(assessment.verdict).toBe('risque');
    expect(assessment.explanation).toContain('n’existe plus en M57');
    expect(assessment.reference).toBe(
      'instruction budgétaire et comptable M57 ; CGCT L5217-12-2 (numérotation à vérifier, ordonnance n° 2025-526)',
    );
  });

  it('counts the documented gaps beyond three rather than listing them all', () => {
    const many = assessor.args.parse({
      subventionsNotifiees: 54_000,
      previsions: ['fd-011=300000', 'fd-012=300000', 'fd-65=300000', 'fd-66=300000', 'fd-042=300000'],
    });
    const assessment = assessor.assess(model, many);
    expect(assessment.explanation).toContain('2 autres chapitres s’écartent aussi');
  });

  it('refuses a line outside the convention, and arguments that name an impossible place', () => {
    expect(judge({ 'fd-021': 5 }).explanation).toContain('Tableau budgétaire hors nomenclature');
    expect(judge({ recettes: 5 }).verdict).toBe('illegal');
    expect(assessor.args.safeParse({ subventionsNotifiees: 0, previsions: ['fr-16=5'] }).success).toBe(false);
    expect(assessor.args.safeParse({ subventionsNotifiees: 0, previsions: ['fd-66:5'] }).success).toBe(false);
    expect(assessor.args.safeParse({ subventionsNotifiees: 0, previsions: [], baseTHRS: 1 }).success).toBe(
      false,
    );
  });
});
