import { describe, expect, it } from 'vitest';
import { addDays, isNonWorkingDay } from '../../../src/core/dates';
import {
  decideConcession,
  decideDroitInhumation,
  decideInhumation,
  isDureeLegale,
} from '../../../src/core/rules/funeraire';
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

const ID = 'cimetiere';
const { scenario, program } = repoScenario(ID);
const seeds = seedPerVariant(program);
const markOf = (evidence: readonly Evidence[]) => markOfScenario(scenario, evidence);
const VARIANTS = (scenario.variants ?? []).map((variant) => variant.id);
/** Whole runs on a shared machine: more than vitest's default 5 s. */
const SLOW = 60_000;

type Vars = Readonly<Record<string, unknown>>;
const varsOf = (variant: string): Vars =>
  startRun(program, { seed: seeds.get(variant) ?? -1 }).context.vars as Vars;
const str = (vars: Vars, key: string) => String(vars[key]);

/** The engine's answers for a variant, computed from its variables, never from the scenario's branches. */
function lawOf(vars: Vars) {
  return {
    droit: decideDroitInhumation({
      kind: 'droit-inhumation',
      decedeDansCommune: vars.decedeIci === true,
      domicilieDansCommune: vars.domicilieIci === true,
      sepultureFamilleDansCommune: vars.familleIci === true,
      francaisEtablisHorsDeFranceInscrit: false,
    }),
    inhumation: decideInhumation({
      kind: 'inhumation',
      decesDate: str(vars, 'decesDate'),
      inhumationPrevueDate: str(vars, 'prevueDate'),
    }),
    echue: decideConcession({
      kind: 'concession',
      dureeAns: 30,
      acteDate: str(vars, 'echueActe'),
      echeanceDate: str(vars, 'echueEcheance'),
      questionDate: str(vars, 'date'),
    }),
    abandon: decideConcession({
      kind: 'concession',
      dureeAns: 'perpetuelle',
      acteDate: str(vars, 'abActe'),
      derniereInhumationDate: str(vars, 'abDerniere'),
      questionDate: str(vars, 'date'),
    }),
    dureeLegale: isDureeLegale(vars.dureeAns as number | 'perpetuelle'),
  };
}

/** The good bot, except at the steps named in `overrides` (see {@link playGoodBotExcept}). */
const playGoodExcept = (variant: string, overrides: Readonly<Record<string, ScenarioEvent>>) =>
  playGoodBotExcept(program, seeds.get(variant) ?? -1, overrides);

describe('scenario « Le cimetière »: variants', () => {
  it('draws every variant from the seed, and covers each value of each axis', () => {
    expect([...seeds.keys()].sort()).toEqual([...VARIANTS].sort());
    expect(unpickedAxisValues(ID)).toEqual([]);
  });

  it('covers both answers of each rule the scenario branches on', () => {
    const laws = VARIANTS.map((variant) => lawOf(varsOf(variant)));
    const both = (values: boolean[]) => expect(new Set(values)).toEqual(new Set([true, false]));
    both(laws.map((law) => law.droit.droit));
    both(laws.map((law) => law.inhumation.inhumationPrevueDansLeDelai === true));
    both(laws.map((law) => law.echue.reprisePourNonRenouvellementPossible));
    both(laws.map((law) => law.abandon.procedureAbandonPossible));
    both(laws.map((law) => law.dureeLegale));
  });

  it.each(VARIANTS)(
    'variant %s: the good bot scores 20/20 with every decision conforme, the careless one far less',
    (variant) => {
      const seed = seeds.get(variant) ?? -1;
      const good = autoplay(program, { seed }, 'good', seed);
      expect(good.stoppedBecause).toBeNull();
      const { evidence } = good.snapshot.context;
      expect(evidence.every((item) => item.verdict === 'conforme')).toBe(true);
      expect(evidence.length).toBe(12);
      expect(markOf(evidence)).toBe(20);
      const careless = autoplay(program, { seed }, 'careless', seed);
      expect(careless.stoppedBecause).toBeNull();
      expect(markOf(careless.snapshot.context.evidence)).toBeLessThan(4);
      for (const item of careless.snapshot.context.evidence.filter((entry) => entry.verdict !== 'conforme')) {
        expect(item.explanation.length, item.step).toBeGreaterThan(60);
        expect(item.explanation, item.step).not.toMatch(/[{}⟦]/);
        expect(item.reference, item.step).toMatch(/CGCT|référentiel/);
      }
    },
    SLOW,
  );

  it.each(VARIANTS)(
    'variant %s: the day of play is a working day, the story’s dates are coherent',
    (variant) => {
      const vars = varsOf(variant);
      expect(isNonWorkingDay(str(vars, 'date'))).toBe(false);
      expect(str(vars, 'decesDate') < str(vars, 'date')).toBe(true);
      expect(str(vars, 'echueEcheance') < str(vars, 'date')).toBe(true);
      expect(str(vars, 'abDerniere') < str(vars, 'date')).toBe(true);
    },
  );
});

describe('scenario « Le cimetière »: the law comes from the funéraire engine', () => {
  it.each(VARIANTS)('variant %s: the right to a grave follows L2223-3', (variant) => {
    const vars = varsOf(variant);
    const seed = seeds.get(variant) ?? -1;
    const { visited } = autoplay(program, { seed }, 'good', seed);
    const { droit, motifs } = lawOf(vars).droit;
    expect(motifs.length).toBe(vars.droitId === 'aucun' ? 0 : 1);
    expect(visited).toContain(droit ? 'droit-oui' : 'droit-non');
    expect(visited).not.toContain(droit ? 'droit-non' : 'droit-oui');
  });

  it.each(VARIANTS)(
    'variant %s: the last day the good bot writes is the engine’s 14th calendar day (R2213-33)',
    (variant) => {
      const vars = varsOf(variant);
      const seed = seeds.get(variant) ?? -1;
      const { snapshot } = autoplay(program, { seed }, 'good', seed);
      const { auPlusTard, confidence } = lawOf(vars).inhumation;
      expect(confidence).toBe('C');
      expect(auPlusTard).toBe(addDays(str(vars, 'decesDate'), 14));
      expect(vars.auPlusTard).toBe(auPlusTard);
      expect(evidenceOf(snapshot, 'delai.auPlusTard')?.verdict).toBe('conforme');
    },
  );

  it.each(VARIANTS)(
    'variant %s: the wished day is judged by the engine, and lies beyond the old 6 days (the trap bites)',
    (variant) => {
      const vars = varsOf(variant);
      const seed = seeds.get(variant) ?? -1;
      const { visited } = autoplay(program, { seed }, 'good', seed);
      const inTime = lawOf(vars).inhumation.inhumationPrevueDansLeDelai;
      expect(inTime).not.toBeNull();
      expect(str(vars, 'prevueDate') > addDays(str(vars, 'decesDate'), 6)).toBe(true);
      expect(visited).toContain(inTime ? 'souhait-dans-delai' : 'souhait-hors-delai');
    },
  );

  it.each(VARIANTS)('variant %s: the duration asked is judged by L2223-14', (variant) => {
    const vars = varsOf(variant);
    const seed = seeds.get(variant) ?? -1;
    const { visited } = autoplay(program, { seed }, 'good', seed);
    expect(visited).toContain(lawOf(vars).dureeLegale ? 'duree-non-instituee' : 'duree-illegale');
  });

  it.each(VARIANTS)(
    'variant %s: the expired concession: renewal for two years, then reprise (L2223-15), never on a limit day',
    (variant) => {
      const vars = varsOf(variant);
      const seed = seeds.get(variant) ?? -1;
      const { visited } = autoplay(program, { seed }, 'good', seed);
      const { echue } = lawOf(vars);
      expect(echue.confidenceDetail.reprisePourNonRenouvellementPossible).toBe('C');
      expect(vars.echueJusquau).toBe(echue.renouvellementPossibleJusquau);
      expect(visited).toContain(
        echue.reprisePourNonRenouvellementPossible ? 'echue-reprenable' : 'echue-renouvelable',
      );
    },
  );

  it.each(VARIANTS)(
    'variant %s: the abandoned grave: 30 years since the acte and 10 since the last burial (L2223-17, R2223-12)',
    (variant) => {
      const vars = varsOf(variant);
      const seed = seeds.get(variant) ?? -1;
      const { visited } = autoplay(program, { seed }, 'good', seed);
      const { abandon } = lawOf(vars);
      expect(abandon.confidenceDetail.procedureAbandonPossible).toBe('C');
      expect(vars.abandonDes).toBe(abandon.procedureAbandonPossibleAPartirDu);
      expect(visited).toContain(abandon.procedureAbandonPossible ? 'abandon-possible' : 'abandon-impossible');
    },
  );
});

describe('scenario « Le cimetière »: the edge cases as the law says', () => {
  it('a careless afternoon: every answer wrong, 0/20, and the evidence says why', () => {
    const seed = seeds.get('domicile-dans-delai') ?? -1;
    const careless = autoplay(program, { seed }, 'careless', seed);
    const { evidence } = careless.snapshot.context;
    expect(verdicts(evidence)).toEqual([
      ['accueil-famille', 'risque'],
      ['droit-oui', 'illegal'],
      ['delai.auPlusTard', 'risque'],
      ['date-dans-delai', 'illegal'],
      ['autorisations', 'risque'],
      ['duree-illegale', 'illegal'],
      ['tarif.montant', 'risque'],
      ['tension', 'illegal'],
      ['echue-renouvelable', 'illegal'],
      ['tarif-renouvellement', 'illegal'],
      ['abandon-possible', 'illegal'],
      ['delai-pv', 'illegal'],
    ]);
    expect(markOf(evidence)).toBe(0);
    expect(evidenceOf(careless.snapshot, 'droit-oui')?.explanation).toContain('terrain commun, gratuite');
    expect(evidenceOf(careless.snapshot, 'echue-renouvelable')?.explanation).toContain('samedi 20 mai 2028');
  });

  it('the old 6-day délai is wrong since the décret 2024-790: the 14th calendar day, without carry', () => {
    const { snapshot } = playGoodExcept('deces-hors-delai', {
      delai: submit({ auPlusTard: '2027-03-12' }),
      'souhait-hors-delai': choose('six'),
    });
    expect(evidenceOf(snapshot, 'delai.auPlusTard')?.verdict).toBe('risque');
    expect(evidenceOf(snapshot, 'delai.auPlusTard')?.explanation).toContain('samedi 20 mars 2027');
    expect(evidenceOf(snapshot, 'date-hors-delai')?.verdict).toBe('risque');
    const monday = playGoodExcept('deces-hors-delai', {
      delai: submit({ auPlusTard: '2027-03-22' }),
    }).snapshot;
    expect(evidenceOf(monday, 'delai.auPlusTard')?.verdict).toBe('risque');
  });

  it('beyond the 14th day only the préfet may allow the burial: the maire cannot (R2213-33)', () => {
    const { snapshot } = playGoodExcept('aucun-hors-delai', { 'souhait-hors-delai': choose('maire') });
    expect(evidenceOf(snapshot, 'date-hors-delai')).toMatchObject({
      verdict: 'illegal',
      reference: 'CGCT R2213-33',
    });
    expect(evidenceOf(snapshot, 'date-hors-delai')?.explanation).toContain('samedi 26 juin 2027');
  });

  it('no ground of L2223-3: refusing curtly is acceptable, promising the right is a risk', () => {
    const curt = playGoodExcept('aucun-hors-delai', { 'droit-non': choose('refus') }).snapshot;
    expect(evidenceOf(curt, 'droit-non')?.verdict).toBe('acceptable');
    const promise = playGoodExcept('aucun-hors-delai', { 'droit-non': choose('enfance') }).snapshot;
    expect(evidenceOf(promise, 'droit-non')).toMatchObject({ verdict: 'risque', reference: 'CGCT L2223-3' });
  });

  it('the authorities: the coffin closed by the maire of the place of death (R2213-17)', () => {
    const { snapshot } = playGoodExcept('famille-dans-delai', {
      autorisations: submit({
        fermeture: 'inhumation',
        inhumer: 'inhumation',
        derogation: 'prefet',
        police: 'inhumation',
        prix: 'conseil',
      }),
    });
    const item = evidenceOf(snapshot, 'autorisations');
    expect(item?.verdict).toBe('acceptable');
    expect(item?.explanation).toContain('maire du lieu du décès, ici Paris');
  });

  it('a perpetual concession is legal but not instituted here: granting one is illegal (L2223-14, L2223-15)', () => {
    const { snapshot } = playGoodExcept('domicile-hors-delai-2026', {
      'duree-non-instituee': choose('accorder'),
    });
    expect(evidenceOf(snapshot, 'duree-non-instituee')?.verdict).toBe('illegal');
    expect(evidenceOf(snapshot, 'tarif.montant')?.verdict).toBe('conforme');
  });

  it('an expired concession past its two years: the abandon procedure is useless (L2223-15)', () => {
    const { snapshot } = playGoodExcept('deces-dans-delai', { 'echue-reprenable': choose('abandon') });
    const item = evidenceOf(snapshot, 'echue-reprenable');
    expect(item).toMatchObject({ verdict: 'risque', reference: 'CGCT L2223-15' });
    expect(item?.explanation).toContain('mercredi 10 mars 2027');
  });

  it('the abandon procedure: one year between the procès-verbaux since the loi 3DS, not three', () => {
    const { snapshot } = playGoodExcept('famille-dans-delai', {
      'abandon-impossible': choose('engager'),
      'delai-pv': choose('trois-ans'),
    });
    expect(evidenceOf(snapshot, 'abandon-impossible')?.verdict).toBe('illegal');
    expect(evidenceOf(snapshot, 'abandon-impossible')?.explanation).toContain('lundi 12 février 2029');
    const pv = evidenceOf(snapshot, 'delai-pv');
    expect(pv).toMatchObject({ verdict: 'risque', reference: 'CGCT L2223-17 (loi 3DS)' });
    expect(pv?.explanation).toContain('loi 3DS');
  });

  it('the maire’s request is a maire ↔ SGM exchange with a tactful, a blunt and a yielding answer', () => {
    expect(scenario.steps['tension-choix']).toMatchObject({
      type: 'choice',
      exchange: true,
      speaker: 'maire',
      role: 'sgm',
    });
    const byOption = Object.fromEntries(
      Object.entries(scenario.scoring.tension?.options ?? {}).map(([id, outcome]) => [id, outcome.verdict]),
    );
    expect(byOption).toEqual({ tact: 'conforme', sec: 'acceptable', cede: 'illegal' });
  });

  it('every decision measures BC02-05 and cites the CGCT', () => {
    const decisions = Object.values(scenario.scoring);
    expect(decisions.length).toBeGreaterThanOrEqual(16);
    for (const decision of decisions) {
      expect(decision.competences).toContain('RNCP41781-BC02-05');
      expect(decision.reference).toMatch(/CGCT /);
    }
  });
});
