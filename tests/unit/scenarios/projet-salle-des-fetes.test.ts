import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isNonWorkingDay } from '../../../src/core/dates';
import { decideErp, decideFinancement } from '../../../src/core/rules/patrimoine';
import {
  autoplay,
  seedPerVariant,
  startRun,
  type ScenarioEvent,
  type ScenarioSnapshot,
} from '../../../src/core/scenario';
import { resolveValue } from '../../../src/core/scenario/runtime/values';
import type { Evidence } from '../../../src/core/scoring/evidence';
import { regimeVisites } from '../../../src/core/scenario/vocabulary/domains/patrimoine';
import {
  markOf as markOfScenario,
  repoScenario,
  verdicts,
  choose,
  submit,
  evidenceOf,
  playGoodBotExcept,
} from './scenario-kit';

const ID = 'projet-salle-des-fetes';
const { scenario, program } = repoScenario(ID);
const seeds = seedPerVariant(program);
const markOf = (evidence: readonly Evidence[]) => markOfScenario(scenario, evidence);
const VARIANTS = [...seeds.keys()].sort();
/** Whole runs on a shared machine: more than vitest's default 5 s. */
const SLOW = 60_000;

type Vars = Readonly<Record<string, unknown>>;
const varsOf = (variant: string): Vars =>
  startRun(program, { seed: seeds.get(variant) ?? -1 }).context.vars as Vars;

/** The good bot, except at the steps named in `overrides` (see {@link playGoodBotExcept}). */
const playGoodExcept = (variant: string, overrides: Readonly<Record<string, ScenarioEvent>>) =>
  playGoodBotExcept(program, seeds.get(variant) ?? -1, overrides);

const dateOf = (snapshot: ScenarioSnapshot) => String((snapshot.context.vars as Vars).date);

/** The plan of the maire, as the allocate step shows it before any change: 85 % of aids. */
const PLAN_MAIRE = { etat: 108000, departement: 96000, autofinancement: 36000, emprunt: 0 };

describe('scenario « Le projet de la salle des fêtes »: variants', () => {
  it('draws every combination of its two axes from the seed', () => {
    const source = JSON.parse(readFileSync(join(process.cwd(), 'scenarios', `${ID}.json`), 'utf8')) as {
      axes: Record<string, { id: string }[]>;
    };
    const [erp = [], voisine = []] = Object.values(source.axes);
    const expected = erp.flatMap((a) => voisine.map((b) => `${a.id}.${b.id}`)).sort();
    expect(expected).toHaveLength(6);
    expect(VARIANTS).toEqual(expected);
  });

  it.each(VARIANTS)(
    'variant %s: the good bot scores 20/20 with every decision conforme, the careless one far less',
    (variant) => {
      const seed = seeds.get(variant) ?? -1;
      const good = autoplay(program, { seed }, 'good', seed);
      expect(good.stoppedBecause).toBeNull();
      const { evidence } = good.snapshot.context;
      expect(evidence.every((item) => item.verdict === 'conforme')).toBe(true);
      // 11 decisions, the form counting one evidence per field.
      expect(evidence.length).toBe(12);
      expect(markOf(evidence)).toBe(20);
      const careless = autoplay(program, { seed }, 'careless', seed);
      expect(careless.stoppedBecause).toBeNull();
      expect(markOf(careless.snapshot.context.evidence)).toBeLessThan(4);
      for (const item of careless.snapshot.context.evidence.filter((entry) => entry.verdict !== 'conforme')) {
        expect(item.explanation.length, item.step).toBeGreaterThan(60);
        expect(item.explanation, item.step).not.toMatch(/[{}⟦]/);
        expect(item.reference, item.step).toMatch(/CGCT|CCH|RNCP41781/);
      }
    },
    SLOW,
  );

  it.each(VARIANTS)(
    'variant %s: every day the good bot lives is a working day (12 January, then +2, +14, +7)',
    (variant) => {
      const seed = seeds.get(variant) ?? -1;
      const { snapshot } = autoplay(program, { seed }, 'good', seed);
      expect(varsOf(variant).date).toBe('2027-01-12');
      expect(dateOf(snapshot)).toBe('2027-02-04');
      for (const day of ['2027-01-12', '2027-01-14', '2027-01-28', '2027-02-04'])
        expect(isNonWorkingDay(day), day).toBe(false);
    },
    SLOW,
  );
});

describe('scenario « Le projet de la salle des fêtes »: the law comes from the patrimoine engine', () => {
  it.each(VARIANTS)(
    'variant %s: the ERP question follows the engine’s visits (CCH R143-41, GE 4)',
    (variant) => {
      const vars = varsOf(variant);
      const seed = seeds.get(variant) ?? -1;
      const result = decideErp({
        kind: 'erp',
        categorie: Number(vars.categorie),
        locauxSommeil: vars.locauxSommeil === true,
      });
      const step = {
        'aucune-obligatoire': 'erp-sans-visite',
        'tous-les-5-ans': 'erp-cinq-ans',
        'selon-type': 'erp-selon-type',
        incertain: 'none',
      }[regimeVisites(result)];
      const { visited, snapshot } = autoplay(program, { seed }, 'good', seed);
      expect(visited).toContain(step);
      expect(evidenceOf(snapshot, step)?.verdict).toBe('conforme');
    },
    SLOW,
  );

  it('the salle des fêtes without sleeping quarters: no visit is due; saying one is due is acceptable only', () => {
    const variant = 'cinquieme.varennes';
    expect(varsOf(variant)).toMatchObject({ categorie: 5, locauxSommeil: false });
    const { snapshot } = playGoodExcept(variant, { 'erp-sans-visite': choose('cinq-ans') });
    expect(evidenceOf(snapshot, 'erp-sans-visite')?.verdict).toBe('acceptable');
  });

  it.each([
    ['dortoir.varennes', 'erp-cinq-ans'],
    ['quatrieme.aubiers', 'erp-selon-type'],
  ])('%s: answering « no visit is due » is illegal', (variant, step) => {
    const { snapshot } = playGoodExcept(variant, { [step]: choose('aucune') });
    expect(evidenceOf(snapshot, step)).toMatchObject({
      verdict: 'illegal',
      reference: 'CCH R143-41 ; règlement de sécurité ERP (arrêté du 25 juin 1980) GE 4',
    });
  });

  it('the bounds the good bot writes are the engine’s: 192 000 € of aids, 48 000 € for the commune', () => {
    const engine = decideFinancement({
      kind: 'financement',
      coutHT: 240000,
      aidesPubliquesHT: 0,
      maitreOuvrage: 'commune',
    });
    expect([engine.aidesMaxHT, engine.participationMinimaleHT]).toEqual([192000, 48000]);
    const vars = varsOf('cinquieme.varennes');
    expect([vars.aidesMax, vars.partMin]).toEqual([192000, 48000]);
    const wrong = playGoodExcept('cinquieme.varennes', {
      plafond: submit({ aidesMax: 204000, partCommune: 36000 }),
    }).snapshot;
    expect(evidenceOf(wrong, 'plafond.aidesMax')?.verdict).toBe('risque');
    expect(evidenceOf(wrong, 'plafond.partCommune')?.verdict).toBe('risque');
  });

  it('the plan of the maire (85 % of aids) is illegal; at 80 % to the cent it is conforme; a cent more is not', () => {
    const compute = (aidesPubliquesHT: number) =>
      resolveValue(
        { rule: 'patrimoine.financementConforme', args: { coutHT: 240000, aidesPubliquesHT } },
        {},
      );
    expect(compute(PLAN_MAIRE.etat + PLAN_MAIRE.departement)).toBe('non');
    expect(compute(192000)).toBe('oui');
    const maire = playGoodExcept('dortoir.aubiers', { plan: submit(PLAN_MAIRE) }).snapshot;
    expect(evidenceOf(maire, 'plan-financement')).toMatchObject({
      verdict: 'illegal',
      reference: 'CGCT L1111-10',
    });
    const exact = playGoodExcept('dortoir.aubiers', {
      plan: submit({ etat: 96000, departement: 96000, autofinancement: 0, emprunt: 48000 }),
    }).snapshot;
    expect(evidenceOf(exact, 'plan-financement')?.verdict).toBe('conforme');
    const cent = playGoodExcept('dortoir.aubiers', {
      plan: submit({ etat: 96000, departement: 96000.01, autofinancement: 0, emprunt: 47999.99 }),
    }).snapshot;
    expect(evidenceOf(cent, 'plan-financement')?.verdict).toBe('illegal');
    const unbalanced = playGoodExcept('dortoir.aubiers', {
      plan: submit({ etat: 96000, departement: 96000, autofinancement: 0, emprunt: 0 }),
    }).snapshot;
    expect(evidenceOf(unbalanced, 'plan-financement')?.verdict).toBe('risque');
  });
});

describe('scenario « Le projet de la salle des fêtes »: the maire, the quote and the network', () => {
  it('signing the quote before the request is a maire ↔ SGM exchange: tactful, blunt, yielding', () => {
    expect(scenario.steps['devis-choix']).toMatchObject({
      type: 'choice',
      exchange: true,
      speaker: 'maire',
      role: 'sgm',
    });
    const byOption = Object.fromEntries(
      Object.entries(scenario.scoring.devis?.options ?? {}).map(([id, outcome]) => [id, outcome.verdict]),
    );
    expect(byOption).toEqual({ tact: 'conforme', sec: 'acceptable', cede: 'illegal' });
    const { snapshot } = playGoodExcept('quatrieme.varennes', { 'devis-choix': choose('cede') });
    const item = evidenceOf(snapshot, 'devis');
    expect(item?.reference).toBe('CGCT R2334-24 I');
    expect(item?.explanation).toContain('commencement d’exécution');
  });

  it('asking the neighbour costs two days; her answer arrives incomplete and its handling is scored', () => {
    const { snapshot, visited } = playGoodExcept('cinquieme.aubiers', {});
    expect(visited).toEqual(expect.arrayContaining(['reponse-voisine', 'reponse-voisine-choix']));
    expect(evidenceOf(snapshot, 'reseau-pratique')?.verdict).toBe('conforme');
    expect(evidenceOf(snapshot, 'reponse-incomplete')?.verdict).toBe('conforme');
    expect(String(varsOf('cinquieme.aubiers').voisineManque)).toContain('je ne sais pas');
    const copied = playGoodExcept('cinquieme.aubiers', {
      'reponse-voisine-choix': choose('copier'),
    }).snapshot;
    expect(evidenceOf(copied, 'reponse-incomplete')?.verdict).toBe('risque');
  });

  it('asking too late (after a refusal) is risque, and costs no day: the network was not asked', () => {
    const { snapshot, visited } = playGoodExcept('cinquieme.varennes', {
      'reseau-choix': choose('plus-tard'),
    });
    expect(evidenceOf(snapshot, 'reseau-pratique')).toMatchObject({
      verdict: 'risque',
      reference: 'RNCP41781 BC01-08 ; code général de la fonction publique L452-38',
    });
    expect(visited).not.toContain('reponse-voisine');
    expect(evidenceOf(snapshot, 'reponse-incomplete')).toBeUndefined();
    expect(dateOf(snapshot)).toBe('2027-02-02');
  });

  it('a practice question put to the CDG’s legal service is acceptable: it sends you back, two days later', () => {
    const { snapshot, visited } = playGoodExcept('dortoir.varennes', { 'reseau-choix': choose('cdg') });
    expect(evidenceOf(snapshot, 'reseau-pratique')?.verdict).toBe('acceptable');
    expect(visited).toContain('reponse-cdg-pratique');
  });

  it('the legal doubt: the CDG’s legal service is the right contact, its answer arrives a week later, incomplete', () => {
    const { snapshot, visited } = playGoodExcept('quatrieme.aubiers', {});
    expect(visited).toEqual(expect.arrayContaining(['doute', 'reponse-cdg', 'reponse-cdg-choix']));
    expect(evidenceOf(snapshot, 'doute-juridique')?.verdict).toBe('conforme');
    const letter = scenario.texts['doc.courriel-cdg.body.2'];
    expect(letter).toContain('Nous ne disposons pas du règlement');
    const signed = playGoodExcept('quatrieme.aubiers', { 'reponse-cdg-choix': choose('signer') }).snapshot;
    expect(evidenceOf(signed, 'reponse-juridique')?.verdict).toBe('risque');
    const colleague = playGoodExcept('quatrieme.aubiers', { doute: choose('collegue') });
    expect(evidenceOf(colleague.snapshot, 'doute-juridique')?.verdict).toBe('acceptable');
    expect(colleague.visited).not.toContain('reponse-cdg');
  });

  it('the careless path: the quote signed, 85 % of aids, no network, the schedule over the election', () => {
    const seed = seeds.get('cinquieme.varennes') ?? -1;
    const { snapshot } = autoplay(program, { seed }, 'careless', seed);
    expect(verdicts(snapshot.context.evidence)).toEqual([
      ['erp-sans-visite', 'risque'],
      ['devis', 'illegal'],
      ['plafond.aidesMax', 'risque'],
      ['plafond.partCommune', 'risque'],
      ['plan-financement', 'illegal'],
      ['reseau-pratique', 'risque'],
      ['roles', 'risque'],
      ['calendrier', 'risque'],
      ['outils', 'risque'],
      ['doute-juridique', 'risque'],
    ]);
    expect(markOf(snapshot.context.evidence)).toBe(0);
  });

  it('the decisions cover the four competences of the brief, and each cites its text', () => {
    const decisions = Object.values(scenario.scoring);
    expect(decisions.length).toBeGreaterThanOrEqual(11);
    const competences = new Set(decisions.flatMap((decision) => decision.competences));
    for (const id of ['RNCP41781-BC03-11', 'RNCP41781-BC01-05', 'RNCP41781-BC01-07', 'RNCP41781-BC01-08'])
      expect(competences.has(id), id).toBe(true);
    for (const decision of decisions) expect(decision.reference).toMatch(/CGCT|CCH|RNCP41781/);
  });
});
