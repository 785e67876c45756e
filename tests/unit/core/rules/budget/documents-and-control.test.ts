import { describe, expect, it } from 'vitest';
import {
  accountsClosingRule,
  briefPresentationRequirement,
  budgetControlConsequences,
  checkBriefPresentation,
  checkExecutionDeficit,
  checkOrientationDebate,
  executionDeficitThresholdPercent,
  imbalanceReferralDeadline,
  isOrientationDebateRequired,
} from '../../../../../src/core/rules/budget';
import { formatEuros } from '../../../../../src/core/rules/budget/money';

describe('débat d’orientation budgétaire (CGCT L2312-1)', () => {
  it.each([
    [1200, false],
    [3499, false],
    [3500, true],
    [12000, true],
  ])('%s inhabitants → compulsory %s', (population, required) => {
    expect(isOrientationDebateRequired(population)).toBe(required);
  });

  it.each([
    [1200, false, true],
    [1200, true, true],
    [3500, false, false],
    [3500, true, true],
  ])('%s inhabitants, debate held %s → passes %s', (population, held, passed) => {
    const check = checkOrientationDebate(population, held);
    expect(check.passed).toBe(passed);
    expect(check.reference).toBe('CGCT L2312-1');
  });
});

describe('présentation brève et synthétique (CGCT L2313-1)', () => {
  it.each([
    ['2027-04-08', true, '2027-05-08'],
    ['2027-01-31', true, '2027-02-28'],
    ['2028-01-31', true, '2028-02-29'],
    ['2026-12-15', true, '2027-01-15'],
    ['2027-04-08', false, null],
  ])('adopted %s, website %s → online by %s', (adoptionDate, hasWebsite, onlineBy) => {
    const requirement = briefPresentationRequirement({ adoptionDate, hasWebsite });
    expect(requirement.required).toBe(true);
    expect(requirement.onlineBy).toBe(onlineBy);
  });

  it('is required in every commune', () => {
    expect(checkBriefPresentation(false)).toMatchObject({ passed: false, confidence: 'P', uncertain: false });
    expect(checkBriefPresentation(true).passed).toBe(true);
  });
});

describe('budgetary control (CGCT L1612-2, L1612-5, L1612-8)', () => {
  it.each([
    [{ votedInTime: true, transmittedInTime: true, equilibreReel: true }, []],
    [{ votedInTime: null, equilibreReel: true }, []],
    [{ votedInTime: false, equilibreReel: true }, ['crc-budget-non-vote']],
    [{ votedInTime: true, transmittedInTime: false, equilibreReel: true }, ['crc-budget-non-transmis']],
    [{ votedInTime: true, equilibreReel: false }, ['crc-desequilibre']],
    [
      { votedInTime: false, transmittedInTime: false, equilibreReel: false },
      ['crc-budget-non-vote', 'crc-budget-non-transmis', 'crc-desequilibre'],
    ],
  ])('%j → %j', (situation, ids) => {
    expect(budgetControlConsequences(situation).map((consequence) => consequence.id)).toEqual(ids);
  });

  it('erratum 9 — not adopted in time: CRC referral, and from it the council can no longer adopt the budget', () => {
    const [late] = budgetControlConsequences({ votedInTime: false, equilibreReel: true });
    expect(late?.reference).toBe('CGCT L1612-2');
    expect(late?.message).toContain('saisit sans délai la chambre régionale des comptes');
    expect(late?.message).toContain('le conseil ne peut plus délibérer sur le budget');
    expect(late?.message).toContain('le préfet règle le budget');
  });

  it('erratum 10 — a late transmission cites L1612-8 with its note and claims only the 15-day limit', () => {
    const [late] = budgetControlConsequences({
      votedInTime: true,
      transmittedInTime: false,
      equilibreReel: true,
    });
    expect(late?.reference).toBe('CGCT L1612-8 (numérotation à vérifier, ordonnance n° 2025-526)');
    expect(late?.message).toContain('quinze jours');
    expect(late?.message).not.toContain('chambre régionale des comptes');
  });

  it('gives the préfet 30 days from the transmission to refer an unbalanced budget', () => {
    expect(imbalanceReferralDeadline('2027-04-20')).toBe('2027-05-20');
  });
});

describe('execution deficit (CGCT L1612-14)', () => {
  it.each([
    [1200, 10],
    [19999, 10],
    [20000, 5],
  ])('%s inhabitants → %s %%', (population, percent) => {
    expect(executionDeficitThresholdPercent(population)).toBe(percent);
  });

  it.each([
    [64999, 650000, 1200, true],
    [65000, 650000, 1200, false],
    [0, 0, 1200, true],
    [32500, 650000, 25000, false],
  ])(
    'deficit %s on %s of revenue (%s inhabitants) → no referral %s',
    (deficit, recettesFonctionnement, population, passed) => {
      expect(checkExecutionDeficit({ deficit, recettesFonctionnement, population }).passed).toBe(passed);
    },
  );
});

describe('arrêté des comptes: compte administratif, then CFU (CGCT L1612-12, L1612-13)', () => {
  it('votes the 2025 compte administratif by 30 June 2026', () => {
    expect(accountsClosingRule(2025)).toMatchObject({
      document: 'compte administratif',
      voteBy: '2026-06-30',
      compteDeGestionBy: '2026-06-01',
      transmissionBy: '2026-07-15',
      references: ['CGCT L1612-12', 'CGCT L1612-13'],
      datesUncertain: false,
    });
  });

  it('closes the 2026 accounts with a compulsory CFU, its dates flagged uncertain', () => {
    expect(accountsClosingRule(2026)).toMatchObject({
      document: 'compte financier unique',
      voteBy: '2027-06-30',
      compteDeGestionBy: null,
      datesUncertain: true,
    });
  });

  it.each([
    [2023, true, 'compte administratif'],
    [2024, true, 'compte financier unique'],
    [2025, false, 'compte administratif'],
  ])('exercice %s, volunteer %s → %s', (exercice, cfuVolunteer, document) => {
    expect(accountsClosingRule(exercice, { cfuVolunteer }).document).toBe(document);
  });
});

describe('formatEuros', () => {
  it.each([
    [0, '0\u00a0€'],
    [318000, '318\u202f000\u00a0€'],
    [1234.5, '1\u202f234,50\u00a0€'],
    [1_000_000.01, '1\u202f000\u202f000,01\u00a0€'],
    [-30000, '−30\u202f000\u00a0€'],
  ])('%s → %s', (amount, expected) => {
    expect(formatEuros(amount)).toBe(expected);
  });
});
