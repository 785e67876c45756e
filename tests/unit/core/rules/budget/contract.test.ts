import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  budgetRuleDomain,
  evaluateBudgetCase,
  parseBudgetCase,
  type BudgetCase,
  type BudgetCaseResult,
} from '../../../../../src/core/rules/budget';
import { BALANCED_BUDGET, EXAMPLE_BUDGET } from './budget-fixtures';

const FIXTURES = join(process.cwd(), 'tests/fixtures/rules/budget');

function fixture(name: string): unknown {
  return JSON.parse(readFileSync(join(FIXTURES, name), 'utf8'));
}

function evaluateFixture(name: string): BudgetCaseResult {
  const parsed = budgetRuleDomain.parseCase(fixture(name));
  if (!parsed.ok) throw new Error(parsed.error);
  return budgetRuleDomain.evaluate(parsed.value);
}

/** The fields the issue-9 contract names, in its order. */
const CONTRACT_KEYS = [
  'fonctionnement',
  'investissement',
  'virementCoherent',
  'ordreCoherent',
  'remboursementCapital',
  'ressourcesPropres',
  'capitalCouvert',
  'dateLimite',
  'voteDansLesDelais',
  'equilibreReel',
  'violations',
  'references',
] as const;

describe('rules budget contract (issue 9)', () => {
  it('has the id the CLI expects', () => {
    expect(budgetRuleDomain.id).toBe('budget');
  });

  it('reproduces the example of issue 9 exactly', () => {
    const result = evaluateFixture('contrat-exemple.json');
    const { violations, ...rest } = Object.fromEntries(CONTRACT_KEYS.map((key) => [key, result[key]]));
    expect(rest).toEqual({
      fonctionnement: { depenses: 677000, recettes: 677000, equilibre: true },
      investissement: { depenses: 318000, recettes: 288000, equilibre: false },
      virementCoherent: true,
      ordreCoherent: true,
      remboursementCapital: 48000,
      ressourcesPropres: 225000,
      capitalCouvert: true,
      dateLimite: '2027-04-15',
      voteDansLesDelais: true,
      equilibreReel: false,
      references: ['CGCT L1612-2', 'CGCT L1612-4'],
    });
    expect(violations).toEqual([
      'Section d’investissement votée en déséquilibre : 288\u202f000\u00a0€ de recettes pour 318\u202f000\u00a0€ de dépenses, il manque 30\u202f000\u00a0€ (CGCT L1612-4).',
    ]);
  });

  it('puts the contract fields first, in the contract order, as JSON', () => {
    const result = evaluateFixture('contrat-exemple.json');
    expect(Object.keys(result).slice(0, CONTRACT_KEYS.length)).toEqual([...CONTRACT_KEYS]);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it.each([
    [
      'budget-equilibre-2027.json',
      { equilibreReel: true, voteDansLesDelais: true, dateLimite: '2027-04-15' },
      0,
      0,
    ],
    [
      'renouvellement-2026-vote-30-avril.json',
      {
        equilibreReel: true,
        voteDansLesDelais: true,
        dateLimite: '2026-04-30',
        dateLimiteTransmission: '2026-05-15',
      },
      0,
      0,
    ],
    ['vote-tardif-16-avril.json', { equilibreReel: true, voteDansLesDelais: false }, 0, 1],
    [
      'capital-non-couvert.json',
      { equilibreReel: false, capitalCouvert: false, ressourcesPropres: 35000 },
      1,
      0,
    ],
    ['piege-m14-virement-manquant.json', { equilibreReel: false, virementCoherent: false }, 1, 1],
  ])('%s', (name, expected, violationCount, alertCount) => {
    const result = evaluateFixture(name);
    expect(result).toMatchObject(expected);
    expect(result.violations).toHaveLength(violationCount);
    expect(result.alertes).toHaveLength(alertCount);
  });

  it('names the M57 trap and the late vote in the alerts', () => {
    expect(evaluateFixture('piege-m14-virement-manquant.json').alertes[0]).toMatch(
      /chapitre 022.*n’existe plus en M57/,
    );
    expect(evaluateFixture('vote-tardif-16-avril.json').consequences[0]).toMatch(
      /chambre régionale des comptes/,
    );
  });

  it('erratum 9 — seance-22-avril-apres-saisine.json: no budget adopted on 22 April, the CRC has it', () => {
    const result = evaluateFixture('seance-22-avril-apres-saisine.json');
    expect(result).toMatchObject({ voteDansLesDelais: false, equilibreReel: true, dateLimite: '2027-04-15' });
    expect(result.alertes).toHaveLength(1);
    expect(result.alertes[0]).toContain(
      'Séance du jeudi 22 avril 2027, après la date limite du jeudi 15 avril 2027',
    );
    expect(result.alertes[0]).toContain('le conseil ne peut plus adopter le budget');
    expect(result.consequences[0]).toContain('le préfet règle le budget et le rend exécutoire');
  });

  it('refuses malformed.json with a French message naming each problem', () => {
    const parsed = parseBudgetCase(fixture('malformed.json'));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error).toContain('fonctionnement.depenses.011 : montant négatif refusé');
    expect(parsed.error).toContain('chapitre « 61 » inconnu');
    expect(parsed.error).toContain('voteDate : date invalide');
  });

  it('has at least five evaluable fixtures besides malformed.json', () => {
    const names = readdirSync(FIXTURES).filter((name) => name.endsWith('.json') && name !== 'malformed.json');
    expect(names.length).toBeGreaterThanOrEqual(5);
    for (const name of names) expect(budgetRuleDomain.parseCase(fixture(name)).ok).toBe(true);
  });
});

const CASE_2027: BudgetCase = { year: 2027, renewalYear: false, voteDate: '2027-04-10', ...BALANCED_BUDGET };

describe('evaluateBudgetCase edge cases', () => {
  it.each([
    ['2027-04-15', false, true],
    ['2027-04-16', false, false],
    ['2026-12-15', false, true],
  ])('vote on %s (renewal %s) is in time: %s', (voteDate, renewalYear, inTime) => {
    expect(evaluateBudgetCase({ ...CASE_2027, voteDate, renewalYear }).voteDansLesDelais).toBe(inTime);
  });

  it.each([
    ['2026-04-30', true],
    ['2026-05-01', false],
  ])('in the 2026 renewal year, a vote on %s is in time: %s', (voteDate, inTime) => {
    const result = evaluateBudgetCase({ ...CASE_2027, year: 2026, renewalYear: true, voteDate });
    expect(result.dateLimite).toBe('2026-04-30');
    expect(result.voteDansLesDelais).toBe(inTime);
  });

  it('accepts a case without voteDate: the delay is not judged and an alert says so', () => {
    const { voteDate: _omitted, ...rest } = CASE_2027;
    const result = evaluateBudgetCase(rest);
    expect(result.voteDansLesDelais).toBeNull();
    expect(result.equilibreReel).toBe(true);
    expect(result.alertes).toEqual([expect.stringContaining('Date de vote non renseignée')]);
    expect(result.consequences).toEqual([]);
  });

  it('warns when 2026 is not marked as a renewal year', () => {
    const result = evaluateBudgetCase({ ...CASE_2027, year: 2026, voteDate: '2026-04-20' });
    expect(result.dateLimite).toBe('2026-04-15');
    expect(result.alertes.some((line) => line.includes('renouvellement général'))).toBe(true);
  });

  it('extends the deadline by 15 days after late « informations indispensables »', () => {
    const result = evaluateBudgetCase({
      ...CASE_2027,
      informationsCommuniqueesLe: '2027-04-05',
      voteDate: '2027-04-20',
    });
    expect(result.dateLimite).toBe('2027-04-20');
    expect(result.voteDansLesDelais).toBe(true);
  });

  it('evaluates empty sections as balanced', () => {
    const empty = { depenses: {}, recettes: {} };
    const result = evaluateBudgetCase({ ...CASE_2027, fonctionnement: empty, investissement: empty });
    expect(result).toMatchObject({
      fonctionnement: { depenses: 0, recettes: 0, equilibre: true },
      investissement: { depenses: 0, recettes: 0, equilibre: true },
      equilibreReel: true,
      violations: [],
    });
  });

  it('keeps the example in sync with the shared fixture', () => {
    const parsed = parseBudgetCase(fixture('contrat-exemple.json'));
    expect(parsed.ok && parsed.value.fonctionnement).toEqual(EXAMPLE_BUDGET.fonctionnement);
  });
});

describe('parseBudgetCase refusals', () => {
  const valid = { year: 2027, renewalYear: false, ...BALANCED_BUDGET };

  it.each([
    [
      'negative amount',
      { ...valid, fonctionnement: { depenses: { '011': -1 }, recettes: {} } },
      /montant négatif refusé/,
    ],
    [
      'infinite amount',
      { ...valid, fonctionnement: { depenses: { '011': Infinity }, recettes: {} } },
      /nombre fini/,
    ],
    ['NaN', { ...valid, fonctionnement: { depenses: { '011': Number.NaN }, recettes: {} } }, /nombre fini/],
    ['text amount', { ...valid, fonctionnement: { depenses: { '011': '12' }, recettes: {} } }, /nombre fini/],
    [
      'sub-cent amount',
      { ...valid, fonctionnement: { depenses: { '011': 1.005 }, recettes: {} } },
      /deux décimales/,
    ],
    [
      'unknown chapter',
      { ...valid, investissement: { depenses: { '2313': 10 }, recettes: {} } },
      /investissement\.depenses\.2313 : chapitre « 2313 » inconnu/,
    ],
    [
      'chapter on the wrong side',
      { ...valid, fonctionnement: { depenses: {}, recettes: { '023': 10 } } },
      /« 023 ».*s’inscrit en dépenses de fonctionnement/,
    ],
    [
      'reported result in the wrong section',
      { ...valid, fonctionnement: { depenses: { '001': 10 }, recettes: {} } },
      /« 001 ».*investissement/,
    ],
    ['missing section side', { ...valid, investissement: { depenses: {} } }, /investissement\.recettes/],
    ['unknown key', { ...valid, annee: 2027 }, /Clé non reconnue/],
    ['year not an integer', { ...valid, year: 2027.5 }, /year : année attendue/],
    ['impossible date', { ...valid, voteDate: '2027-02-29' }, /voteDate : date invalide/],
    ['not an object', 'budget', /racine/],
  ])('%s', (_name, raw, message) => {
    const parsed = parseBudgetCase(raw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });
});
