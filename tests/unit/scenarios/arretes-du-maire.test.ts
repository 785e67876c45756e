import { describe, expect, it } from 'vitest';
import { addDays, isNonWorkingDay } from '../../../src/core/dates';
import {
  decideArrete,
  decideCompetenceCirculation,
  decideOccupation,
  POLICE_FINE_MAX_EUROS,
  type ModePublicite,
  type ObjetArrete,
  type Voie,
} from '../../../src/core/rules/police';
import { autoplay, seedPerVariant, startRun, type ScenarioEvent } from '../../../src/core/scenario';
import type { Evidence } from '../../../src/core/scoring/evidence';
import {
  markOf as markOfScenario,
  repoScenario,
  verdicts,
  choose,
  submit,
  evidenceOf,
  playGoodBotExcept,
  unpickedAxisValues,
} from './scenario-kit';

const ID = 'arretes-du-maire';
const { scenario, program } = repoScenario(ID);
const seeds = seedPerVariant(program);
const markOf = (evidence: readonly Evidence[]) => markOfScenario(scenario, evidence);
const VARIANTS = (scenario.variants ?? []).map((variant) => variant.id);
/** Whole runs on a shared machine: more than vitest's default 5 s. */
const SLOW = 60_000;

type Vars = Readonly<Record<string, unknown>>;
const varsOf = (variant: string): Vars =>
  startRun(program, { seed: seeds.get(variant) ?? -1 }).context.vars as Vars;

/** The council's choice of a publicity mode as the engine reads it (« aucune »: no deliberation). */
const modeOf = (vars: Vars): ModePublicite | null =>
  vars.modePublicite === 'aucune' ? null : (vars.modePublicite as ModePublicite);

/** The arrêté of a variant as the engine reads it. */
const arreteOf = (vars: Vars, objet: ObjetArrete, portee: 'reglementaire' | 'individuel') =>
  decideArrete({
    kind: 'arrete',
    objet,
    portee,
    population: Number(vars.population),
    modePubliciteDelibere: modeOf(vars),
  });

/** The road of the second phase of the works, as the engine reads it. */
const routeOf = (vars: Vars) =>
  decideCompetenceCirculation({
    kind: 'competence-circulation',
    voie: vars.voie as Voie,
    enAgglomeration: vars.enAgglo === true,
    routeGrandeCirculation: false,
  });

/** The good bot, except at the steps named in `overrides` (see {@link playGoodBotExcept}). */
const playGoodExcept = (variant: string, overrides: Readonly<Record<string, ScenarioEvent>>) =>
  playGoodBotExcept(program, seeds.get(variant) ?? -1, overrides);

describe('scenario « Les arrêtés du maire »: variants', () => {
  it('draws every variant from the seed, and covers each value of each axis', () => {
    expect([...seeds.keys()].sort()).toEqual([...VARIANTS].sort());
    expect(unpickedAxisValues(ID)).toEqual([]);
  });

  it.each(VARIANTS)(
    'variant %s: the good bot scores 20/20 with every decision conforme, the careless one far less',
    (variant) => {
      const seed = seeds.get(variant) ?? -1;
      const good = autoplay(program, { seed }, 'good', seed);
      expect(good.stoppedBecause).toBeNull();
      const { evidence } = good.snapshot.context;
      expect(evidence.every((item) => item.verdict === 'conforme')).toBe(true);
      expect(evidence.length).toBeGreaterThanOrEqual(14);
      expect(markOf(evidence)).toBe(20);
      const careless = autoplay(program, { seed }, 'careless', seed);
      expect(careless.stoppedBecause).toBeNull();
      expect(markOf(careless.snapshot.context.evidence)).toBeLessThan(4);
      for (const item of careless.snapshot.context.evidence.filter((entry) => entry.verdict !== 'conforme')) {
        expect(item.explanation.length, item.step).toBeGreaterThan(60);
        expect(item.explanation, item.step).not.toMatch(/[{}⟦]/);
        expect(item.reference, item.step).toMatch(/CGCT|code (pénal|de la route|de la voirie routière)|CG3P/);
      }
    },
    SLOW,
  );

  it.each(VARIANTS)(
    'variant %s: its days (Tuesday, Wednesday, Friday) are working days; the works start a Monday two weeks later',
    (variant) => {
      const vars = varsOf(variant);
      expect(isNonWorkingDay(String(vars.date))).toBe(false);
      expect(isNonWorkingDay(addDays(String(vars.date), 1))).toBe(false);
      expect(isNonWorkingDay(addDays(String(vars.date), 3))).toBe(false);
      expect(vars.debut).toBe(addDays(String(vars.date), 13));
      expect(new Date(`${String(vars.debut)}T12:00:00Z`).getUTCDay()).toBe(1);
    },
  );
});

describe('scenario « Les arrêtés du maire »: the law comes from the police engine', () => {
  it.each(VARIANTS)('variant %s: who regulates traffic on the road follows CGCT L2213-1', (variant) => {
    const vars = varsOf(variant);
    const seed = seeds.get(variant) ?? -1;
    const { visited } = autoplay(program, { seed }, 'good', seed);
    const { autorite, confidence } = routeOf(vars);
    expect(confidence).toBe('C');
    expect(visited).toContain(autorite === 'maire' ? 'competence-maire' : 'competence-departement');
    expect(autorite).toBe(
      vars.enAgglo === true || vars.voie !== 'departementale' ? 'maire' : 'president-conseil-departemental',
    );
    expect(vars.competenceTexte).toBe(routeOf(vars).explication);
  });

  it.each(VARIANTS)(
    'variant %s: the works arrêté is published in the council’s mode, without transmission (L2131-1, L2131-2)',
    (variant) => {
      const vars = varsOf(variant);
      const seed = seeds.get(variant) ?? -1;
      const { snapshot } = autoplay(program, { seed }, 'good', seed);
      const expected = arreteOf(vars, 'circulation', 'reglementaire');
      expect(expected.transmissionPrefet).toBe(false);
      expect(expected.confidences.modePublication).toBe('C');
      expect(expected.modePublication).toBe(modeOf(vars) ?? 'electronique');
      expect(evidenceOf(snapshot, 'publicite-travaux.mode')).toMatchObject({
        verdict: 'conforme',
        choice: expect.stringContaining(
          { affichage: 'Affichage', papier: 'papier', electronique: 'électronique' }[
            expected.modePublication ?? 'electronique'
          ],
        ) as unknown,
      });
      expect(evidenceOf(snapshot, 'publicite-travaux.transmission')?.choice).toContain('Non');
    },
    SLOW,
  );

  it.each(VARIANTS)('variant %s: the title of the occupation is the engine’s (L113-2)', (variant) => {
    const vars = varsOf(variant);
    const seed = seeds.get(variant) ?? -1;
    const { snapshot } = autoplay(program, { seed }, 'good', seed);
    const { titre } = decideOccupation({
      kind: 'occupation',
      emprise: vars.emprise === true,
      enAgglomeration: true,
    });
    expect(titre).toBe(vars.emprise === true ? 'permission-de-voirie' : 'permis-de-stationnement');
    expect(evidenceOf(snapshot, 'titre-occupation.titre')).toMatchObject({
      verdict: 'conforme',
      choice: expect.stringContaining(
        titre === 'permission-de-voirie' ? 'permission de voirie' : 'permis de stationnement',
      ) as unknown,
    });
  });

  it('each arrêté of the week is sorted as the engine transmits it (L2131-2 2°, sheet §7 case 11)', () => {
    const objets: Record<string, [ObjetArrete, 'reglementaire' | 'individuel']> = {
      'rue-du-port': ['circulation', 'reglementaire'],
      stationnement: ['stationnement', 'reglementaire'],
      buvette: ['debit-boissons-temporaire-association', 'individuel'],
      bruit: ['bruit', 'reglementaire'],
      mur: ['peril', 'individuel'],
      alcool: ['autre', 'reglementaire'],
    };
    const answers = scenario.scoring.transmission?.answers ?? {};
    expect(Object.keys(answers).sort()).toEqual(Object.keys(objets).sort());
    const vars = varsOf(VARIANTS[0] ?? '');
    for (const [item, [objet, portee]] of Object.entries(objets)) {
      const result = arreteOf(vars, objet, portee);
      expect(result.confidences.transmissionPrefet, item).toBe('C');
      expect(answers[item]?.bin, item).toBe(result.transmissionPrefet ? 'transmis' : 'non-transmis');
    }
  });

  it('breaking the noise arrêté: 150 €, the 2nd class, not 38 € (R610-5, sheet §0 trap 3)', () => {
    const vars = varsOf(VARIANTS[0] ?? '');
    expect(arreteOf(vars, 'bruit', 'reglementaire').amendeMaxEuros).toBe(POLICE_FINE_MAX_EUROS);
    expect(POLICE_FINE_MAX_EUROS).toBe(150);
    const { snapshot } = playGoodExcept(VARIANTS[0] ?? '', {
      sanction: submit({ classe: 'premiere', amende: 38 }),
    });
    expect(evidenceOf(snapshot, 'sanction.classe')?.verdict).toBe('risque');
    const amende = evidenceOf(snapshot, 'sanction.amende');
    expect(amende?.verdict).toBe('risque');
    expect(amende?.explanation).toContain('150 €');
    expect(amende?.reference).toBe('code pénal R610-5');
  });
});

describe('scenario « Les arrêtés du maire »: the edge cases as the law says', () => {
  it('a departmental road outside agglomeration: the maire signing is illegal (L2213-1, sheet §7 case 10)', () => {
    const { snapshot } = playGoodExcept('rd-hors-benne-electronique', {
      'competence-departement': choose('maire'),
    });
    const item = evidenceOf(snapshot, 'competence-departement');
    expect(item?.verdict).toBe('illegal');
    expect(item?.explanation).toContain('président du conseil départemental');
    expect(item?.reference).toBe('CGCT L2213-1, L3221-4');
  });

  it('the same departmental road in agglomeration: sending the firm to the département is wrong, the maire signs', () => {
    const { snapshot } = playGoodExcept('rd-agglo-terrasse-affichage', {
      'competence-maire': choose('departement'),
    });
    expect(evidenceOf(snapshot, 'competence')).toMatchObject({
      verdict: 'risque',
      reference: 'CGCT L2213-1',
    });
    expect(evidenceOf(snapshot, 'competence')?.explanation).toContain('en agglomération');
  });

  it('a works arrêté sent to the préfet, notified, published by the wrong mode: three mistakes', () => {
    const { snapshot } = playGoodExcept('rd-agglo-terrasse-affichage', {
      'publicite-travaux': submit({ transmission: 'oui', publicite: 'notification', mode: 'electronique' }),
    });
    expect(verdicts(snapshot.context.evidence).filter(([step]) => step.startsWith('publicite-'))).toEqual([
      ['publicite-travaux.transmission', 'risque'],
      ['publicite-travaux.publicite', 'risque'],
      ['publicite-travaux.mode', 'risque'],
    ]);
    const again = playGoodExcept('rd-hors-benne-electronique', {
      'publicite-travaux': submit({ transmission: 'non', publicite: 'publication', mode: 'electronique' }),
    }).snapshot;
    expect(evidenceOf(again, 'publicite-travaux.mode')?.verdict).toBe('conforme');
  });

  it('a pipe under the pavement asks for a permission de voirie, not a permis de stationnement', () => {
    const { snapshot } = playGoodExcept('chemin-rural-canalisation-papier', {
      titre: submit({ titre: 'permis-de-stationnement', forme: 'notification' }),
    });
    expect(evidenceOf(snapshot, 'titre-occupation.titre')?.verdict).toBe('risque');
    expect(evidenceOf(snapshot, 'titre-occupation.forme')?.verdict).toBe('conforme');
  });

  it('the draft arrêté: a deliberation in the visas and a fine in the articles do not belong', () => {
    const answers = scenario.scoring.redaction?.answers ?? {};
    expect(answers['vu-deliberation']?.bin).toBe('ecarter');
    expect(answers['article-amende']?.bin).toBe('ecarter');
    const { snapshot } = playGoodExcept('vc-hors-terrasse-electronique', {
      redaction: submit({
        'vu-cgct': 'visas',
        'vu-route': 'visas',
        'vu-demande': 'visas',
        'considerant-travaux': 'considerants',
        'considerant-securite': 'considerants',
        'article-interdiction': 'articles',
        'article-deviation': 'articles',
        'article-recours': 'articles',
        'vu-deliberation': 'visas',
        'article-amende': 'articles',
      }),
    });
    const item = evidenceOf(snapshot, 'redaction');
    expect(item?.verdict).toBe('acceptable');
    expect(item?.explanation).toContain('aucune délibération');
  });

  it('the maire’s free occupation is a maire ↔ SGM exchange with a tactful, a blunt and a yielding answer', () => {
    expect(scenario.steps['tension-choix']).toMatchObject({
      type: 'choice',
      exchange: true,
      speaker: 'maire',
      role: 'sgm',
    });
    const byOption = Object.fromEntries(
      Object.entries(scenario.scoring.redevance?.options ?? {}).map(([id, outcome]) => [id, outcome.verdict]),
    );
    expect(byOption).toEqual({ tact: 'conforme', sec: 'acceptable', cede: 'illegal' });
    expect(
      decideOccupation({ kind: 'occupation', emprise: false, enAgglomeration: true }).redevanceObligatoire,
    ).toBe(true);
  });

  it('a careless week: the expected evidence, and a low mark', () => {
    const seed = seeds.get('rd-hors-benne-electronique') ?? -1;
    const { snapshot } = autoplay(program, { seed }, 'careless', seed);
    const byStep = Object.fromEntries(verdicts(snapshot.context.evidence));
    expect(byStep).toMatchObject({
      'competence-departement': 'illegal',
      redevance: 'illegal',
      peril: 'illegal',
      registre: 'risque',
    });
    expect(markOf(snapshot.context.evidence)).toBeLessThan(4);
  });

  it('every decision measures BC03-12 and cites its code', () => {
    const decisions = Object.values(scenario.scoring);
    expect(decisions.length).toBeGreaterThanOrEqual(10);
    for (const decision of decisions) {
      expect(decision.competences).toContain('RNCP41781-BC03-12');
      expect(decision.reference).toMatch(/^(CGCT|code |CG3P)/);
    }
  });
});
