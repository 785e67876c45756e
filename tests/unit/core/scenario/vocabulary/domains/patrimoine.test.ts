import { describe, expect, it } from 'vitest';
import { decideErp } from '../../../../../../src/core/rules/patrimoine';
import { resolveValue } from '../../../../../../src/core/scenario/runtime/values';
import {
  assessPlanFinancement,
  patrimoineAssessors,
  patrimoineCalculators,
  patrimoineOutcome,
  planFinancementArgs,
  regimeVisites,
} from '../../../../../../src/core/scenario/vocabulary/domains/patrimoine';
import { assessors, calculators } from '../../../../../../src/core/scenario/vocabulary/registry';

type Args = Record<string, string | number | boolean>;

/** Computes a calculator as a scenario would (arguments checked by its schema); undefined when refused. */
const compute = (rule: string, args: Args) => resolveValue({ rule, args }, {});

/** The lines of the scenario's funding plan: two public aids, two resources of the commune. */
const plan = { coutHT: 240000, aides: ['etat', 'departement'], propres: ['autofinancement', 'emprunt'] };
const judge = (values: Record<string, number>) =>
  assessPlanFinancement(values, planFinancementArgs.parse(plan));

describe('patrimoine vocabulary: registered in the closed vocabulary', () => {
  it('every patrimoine calculator and assessor is in the registry', () => {
    for (const name of Object.keys(patrimoineCalculators)) expect(calculators[name]).toBeDefined();
    for (const name of Object.keys(patrimoineAssessors)) expect(assessors[name]).toBeDefined();
  });
});

describe('patrimoine calculators: the visits of the commission de sécurité (CCH R143-41, GE 4)', () => {
  it.each<[number, boolean, string, string]>([
    [5, false, 'aucune-obligatoire', 'non'],
    [5, true, 'tous-les-5-ans', 'oui'],
    [4, false, 'selon-type', 'oui'],
    [4, true, 'selon-type', 'oui'],
    [1, false, 'selon-type', 'oui'],
  ])('category %s, sleeping quarters %s → %s', (categorie, locauxSommeil, regime, periodique) => {
    expect(compute('patrimoine.regimeVisitesErp', { categorie, locauxSommeil })).toBe(regime);
    expect(compute('patrimoine.visitePeriodiqueObligatoire', { categorie, locauxSommeil })).toBe(periodique);
  });

  it('explains the salle des fêtes of the sheet (case 14) in French', () => {
    expect(String(compute('patrimoine.erpExplication', { categorie: 5, locauxSommeil: false }))).toContain(
      'ni visite périodique ni visite d’ouverture',
    );
  });

  it.each<[string, Args]>([
    ['a category 6', { categorie: 6, locauxSommeil: false }],
    ['a category 0', { categorie: 0, locauxSommeil: false }],
    ['a fractional category', { categorie: 4.5, locauxSommeil: false }],
    ['no sleeping flag', { categorie: 5 }],
    ['an unknown field', { categorie: 5, locauxSommeil: false, type: 'L' }],
  ])('refuses %s, as the rules command does', (_, args) => {
    expect(compute('patrimoine.regimeVisitesErp', args)).toBeUndefined();
  });

  it('maps the engine’s confidence: M is never an answer', () => {
    expect(
      regimeVisites({ ...decideErp({ kind: 'erp', categorie: 5, locauxSommeil: false }), confidence: 'M' }),
    ).toBe('incertain');
    expect(patrimoineOutcome(true, 'M')).toBe('incertain');
    expect(patrimoineOutcome(false, 'P')).toBe('non');
  });
});

describe('patrimoine calculators: the cap of the public aids (CGCT L1111-10)', () => {
  it.each<[number, number, number]>([
    [100000, 80000, 20000],
    [240000, 192000, 48000],
    [12345.67, 9876.53, 2469.14],
    [0, 0, 0],
  ])('a cost of %s € HT: aids %s € at most, the commune %s € at least', (coutHT, aides, part) => {
    expect(compute('patrimoine.aidesMaxHT', { coutHT })).toBe(aides);
    expect(compute('patrimoine.participationMinimaleHT', { coutHT })).toBe(part);
  });

  it.each<[number, string]>([
    [192000, 'oui'],
    [191999.99, 'oui'],
    [192000.01, 'non'],
    [204000, 'non'],
  ])('aids of %s € for 240 000 € → %s (exactly 80 % is lawful)', (aidesPubliquesHT, expected) => {
    expect(compute('patrimoine.financementConforme', { coutHT: 240000, aidesPubliquesHT })).toBe(expected);
  });

  it.each<[string, Args]>([
    ['a negative cost', { coutHT: -1 }],
    ['a cost over ten billion euros', { coutHT: 20_000_000_000 }],
    ['a cost as text', { coutHT: '240000' }],
    ['an unknown field', { coutHT: 240000, maitreOuvrage: 'epci' }],
  ])('refuses %s', (_, args) => {
    expect(compute('patrimoine.aidesMaxHT', args)).toBeUndefined();
  });
});

describe('patrimoine assessor: the funding plan of an allocate step (CGCT L1111-10)', () => {
  it('the model plan: 80 % of aids exactly, the resources equal to the cost → conforme', () => {
    expect(judge({ etat: 108000, departement: 84000, autofinancement: 28000, emprunt: 20000 })).toEqual({
      verdict: 'conforme',
      explanation: '',
      reference: 'CGCT L1111-10',
    });
  });

  it('the maire’s draft, 85 % of aids → illegal, with the engine’s explanation', () => {
    const result = judge({ etat: 108000, departement: 96000, autofinancement: 36000, emprunt: 0 });
    expect(result.verdict).toBe('illegal');
    expect(result.explanation).toMatch(/192\s000\s€/u);
    expect(result.reference).toBe('CGCT L1111-10');
  });

  it('one cent over the cap is illegal; a loan is the commune’s share, not an aid', () => {
    expect(
      judge({ etat: 108000, departement: 84000.01, autofinancement: 27999.99, emprunt: 20000 }).verdict,
    ).toBe('illegal');
    expect(judge({ etat: 100000, departement: 50000, autofinancement: 0, emprunt: 90000 }).verdict).toBe(
      'conforme',
    );
  });

  it('resources that do not cover the cost exactly → risque; both faults → illegal with both reasons', () => {
    const short = judge({ etat: 100000, departement: 50000, autofinancement: 50000, emprunt: 0 });
    expect(short.verdict).toBe('risque');
    expect(short.explanation).toMatch(/200\s000\s€/u);
    const over = judge({ etat: 100000, departement: 50000, autofinancement: 50000, emprunt: 60000 });
    expect(over.verdict).toBe('risque');
    const both = judge({ etat: 150000, departement: 90000, autofinancement: 10000, emprunt: 0 });
    expect(both.verdict).toBe('illegal');
    expect(both.explanation).toMatch(/au-delà du plafond.*couvrir exactement/s);
  });

  it('a missing line counts 0', () => {
    expect(judge({ etat: 96000, departement: 96000, autofinancement: 48000 }).verdict).toBe('conforme');
  });

  it('refuses arguments naming a line twice, or no line', () => {
    expect(planFinancementArgs.safeParse({ ...plan, propres: ['etat'] }).success).toBe(false);
    expect(planFinancementArgs.safeParse({ ...plan, aides: [] }).success).toBe(false);
    expect(planFinancementArgs.safeParse({ ...plan, coutHT: -5 }).success).toBe(false);
  });
});
