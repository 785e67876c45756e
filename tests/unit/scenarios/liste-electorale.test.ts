import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isNonWorkingDay } from '../../../src/core/dates';
import {
  decideCommission,
  decideInscription,
  decideReunionCommission,
  delaiListe,
  publishedCalendar,
} from '../../../src/core/rules/liste-electorale';
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
} from './scenario-kit';

const ID = 'liste-electorale';
const { scenario, program } = repoScenario(ID);
const seeds = seedPerVariant(program);
const markOf = (evidence: readonly Evidence[]) => markOfScenario(scenario, evidence);
const VARIANTS = [...seeds.keys()].sort();
/** Whole runs on a shared machine: more than vitest's default 5 s. */
const SLOW = 60_000;

type Vars = Readonly<Record<string, unknown>>;
const varsOf = (variant: string): Vars =>
  startRun(program, { seed: seeds.get(variant) ?? -1 }).context.vars as Vars;

interface Source {
  axes: Record<string, { id: string }[]>;
  steps: Record<string, { type: string; items?: { id: string; bin: string }[]; fields?: { type: string }[] }>;
}
const source = JSON.parse(readFileSync(join(process.cwd(), 'scenarios', `${ID}.json`), 'utf8')) as Source;

/** The engine's verdict on the demand filed at the guichet in a variant (in mairie, on the day played). */
function demandOf(vars: Vars, canal: 'mairie' | 'courriel' = 'mairie') {
  return decideInscription({
    kind: 'inscription',
    scrutinDate: String(vars.scrutinDate),
    demandeDate: String(vars.date),
    canal,
    casL30: canal === 'mairie' && vars.casL30 === true,
  });
}

/** The good bot, except at the steps named in `overrides`, each of which must be played (see {@link playGoodBotExcept}). */
function playGoodExcept(variant: string, overrides: Readonly<Record<string, ScenarioEvent>>) {
  const { snapshot, used } = playGoodBotExcept(program, seeds.get(variant) ?? -1, overrides);
  expect(used.size, 'every override was played').toBe(Object.keys(overrides).length);
  return snapshot;
}

describe('scenario « La liste électorale »: variants', () => {
  it('draws each combination of the axes from the seed', () => {
    const combinations = Object.values(source.axes).reduce((count, values) => count * values.length, 1);
    expect(VARIANTS).toHaveLength(combinations);
    expect(combinations).toBe(8);
  });

  it.each(VARIANTS)(
    'variant %s: the good bot scores 20/20 with every decision conforme, the careless one far less',
    (variant) => {
      const seed = seeds.get(variant) ?? -1;
      const good = autoplay(program, { seed }, 'good', seed);
      expect(good.stoppedBecause).toBeNull();
      const { evidence } = good.snapshot.context;
      expect(evidence.every((item) => item.verdict === 'conforme')).toBe(true);
      expect(new Set(evidence.map((item) => item.step.split('.')[0])).size).toBeGreaterThanOrEqual(11);
      expect(markOf(evidence)).toBe(20);
      const careless = autoplay(program, { seed }, 'careless', seed);
      expect(careless.stoppedBecause).toBeNull();
      expect(markOf(careless.snapshot.context.evidence)).toBeLessThan(4);
      for (const item of careless.snapshot.context.evidence.filter((entry) => entry.verdict !== 'conforme')) {
        expect(item.explanation.length, item.step).toBeGreaterThan(60);
        expect(item.explanation, item.step).not.toMatch(/[{}⟦]/);
        expect(item.reference, item.step).toMatch(/code électoral/);
      }
    },
    SLOW,
  );

  it.each(VARIANTS)(
    'variant %s: the day played is a working day, some days before the commission meets',
    (variant) => {
      const vars = varsOf(variant);
      expect(isNonWorkingDay(String(vars.date))).toBe(false);
      expect(String(vars.date) < String(vars.reunionDebut)).toBe(true);
    },
  );
});

describe('scenario « La liste électorale »: the law comes from the liste-electorale engine', () => {
  it.each(VARIANTS)('variant %s: the demand at the guichet is judged by the engine (L17, L30)', (variant) => {
    const vars = varsOf(variant);
    const seed = seeds.get(variant) ?? -1;
    const result = demandOf(vars);
    // Never a verdict the sheet forbids to score (§6.6): published dates, or more than a week from the deadline.
    expect(result.confidences.valablePourCeScrutin).not.toBe('M');
    expect(result.valablePourCeScrutin).toBe(vars.casL30 === true);
    const { visited } = autoplay(program, { seed }, 'good', seed);
    expect(visited).toContain(result.valablePourCeScrutin ? 'inscription-a-temps' : 'inscription-tard');
    expect(visited).not.toContain(result.valablePourCeScrutin ? 'inscription-tard' : 'inscription-a-temps');
  });

  it.each(VARIANTS)('variant %s: a plain e-mail is not a demand (L17, R5)', (variant) => {
    const result = demandOf(varsOf(variant), 'courriel');
    expect(result.recevable).toBe(false);
    expect(result.confidences.recevable).toBe('C');
  });

  it.each(VARIANTS)(
    'variant %s: the calendar shown is the engine’s; only 2026 dates are published',
    (variant) => {
      const vars = varsOf(variant);
      const scrutinDate = String(vars.scrutinDate);
      const reunion = decideReunionCommission({ kind: 'reunion-commission', scrutinDate });
      expect([vars.reunionDebut, vars.reunionFin]).toEqual([reunion.auPlusTot, reunion.auPlusTard]);
      expect(vars.limiteMairie).toBe(demandOf({ ...vars, casL30: false }).dateLimite);
      expect(vars.limiteL30).toBe(demandOf({ ...vars, casL30: true }).dateLimite);
      const published = publishedCalendar(scrutinDate);
      if (published) {
        expect(vars.limiteMairie).toBe(published.inscriptionMairie);
        expect(vars.limiteEnLigne).toBe(published.inscriptionEnLigne);
        expect(vars.limiteL30).toBe(published.inscriptionL30);
        expect(reunion.confidence).toBe('C');
      } else {
        expect(scrutinDate).toBe('2027-04-11');
        expect(reunion.confidence).toBe('M');
      }
    },
  );

  it('no date is ever scored to the day: the calendar is scored by its rules, never by a date field', () => {
    for (const step of Object.values(source.steps))
      for (const field of step.fields ?? []) expect(field.type).not.toBe('date');
  });

  it('the commission: as many seats in the sorting as the engine has members (L19, R10)', () => {
    const engine = decideCommission({ kind: 'commission', population: 1200, listesAyantObtenuDesSieges: 2 });
    expect(engine.confidence).toBe('C');
    expect(varsOf(VARIANTS[0] ?? '').population).toBe(1200);
    const sitting = (source.steps.commission?.items ?? []).filter((item) => item.bin === 'siege');
    /** Members each sitting item stands for (« Trois conseillers… », « Deux conseillers… »). */
    const seats: Record<string, number> = { majorite: 3, opposition: 2 };
    expect(sitting.map((item) => item.id)).toEqual(['majorite', 'opposition']);
    expect(sitting.reduce((total, item) => total + (seats[item.id] ?? 0), 0)).toBe(engine.membres);
    expect(engine.quorum).toBe(3);
  });

  it('the deadlines the forms expect are the engine’s (L18, L20)', () => {
    const snapshot = playGoodExcept(VARIANTS[0] ?? '', {});
    expect(evidenceOf(snapshot, 'decision-maire.statuer')?.choice).toContain(
      `: ${delaiListe('decision-maire').jours}`,
    );
    expect(evidenceOf(snapshot, 'decision-maire.notifier')?.choice).toContain(
      `: ${delaiListe('notification').jours}`,
    );
    expect(evidenceOf(snapshot, 'rapo.delai')?.choice).toContain(`: ${delaiListe('rapo').jours}`);
    expect(evidenceOf(snapshot, 'rapo.tribunal')?.choice).toContain(`: ${delaiListe('tribunal').jours}`);
  });
});

describe('scenario « La liste électorale »: the careless path', () => {
  it('présidentielle, an ordinary late demand, Mme Ferrand silent: 0/20, five illegal answers', () => {
    const variant = 'presidentielle-2027.ordinaire.silence';
    const seed = seeds.get(variant) ?? -1;
    const { evidence } = autoplay(program, { seed }, 'careless', seed).snapshot.context;
    expect(markOf(evidence)).toBe(0);
    expect(verdicts(evidence).filter(([, verdict]) => verdict === 'illegal')).toEqual([
      ['inscription-tard', 'illegal'],
      ['courriel', 'illegal'],
      ['radiation', 'illegal'],
      ['tension', 'illegal'],
      ['reunion', 'illegal'],
    ]);
    expect(evidence.filter((item) => item.verdict === 'risque')).toHaveLength(14);
  });
});

describe('scenario « La liste électorale »: the edge cases as the law says', () => {
  const ordinaire = VARIANTS.find((variant) => variant.startsWith('presidentielle-2027.ordinaire')) ?? '';
  const mutation = VARIANTS.find((variant) => variant.startsWith('presidentielle-2027.mutation')) ?? '';

  it('a demand after the 6th Friday outside L30: promising the vote is illegal, refusing the demand too (L17)', () => {
    const promise = playGoodExcept(ordinaire, { 'inscription-tard': choose('promettre') });
    expect(evidenceOf(promise, 'inscription-tard')).toMatchObject({ verdict: 'illegal' });
    expect(evidenceOf(promise, 'inscription-tard')?.explanation).toContain('6e vendredi');
    const refusal = playGoodExcept(ordinaire, { 'inscription-tard': choose('refuser') });
    expect(evidenceOf(refusal, 'inscription-tard')?.verdict).toBe('illegal');
  });

  it('a fonctionnaire mutée after the closing may register until the 10th day (L30)', () => {
    const snapshot = playGoodExcept(mutation, { 'inscription-a-temps': choose('suivants') });
    expect(evidenceOf(snapshot, 'inscription-l30')).toMatchObject({
      verdict: 'risque',
      reference: 'code électoral L30, L17',
    });
    expect(evidenceOf(snapshot, 'inscription-l30')?.explanation).toContain('10e jour');
  });

  it('a refusal: the RAPO before the commission first, in 5 days; the judge directly is a risk (L18, L20)', () => {
    const snapshot = playGoodExcept(mutation, { rapo: submit({ instance: 'tj', delai: 2, tribunal: 7 }) });
    expect(verdicts(snapshot.context.evidence).filter(([step]) => step.startsWith('rapo.'))).toEqual([
      ['rapo.instance', 'risque'],
      ['rapo.delai', 'risque'],
      ['rapo.tribunal', 'conforme'],
    ]);
  });

  it('a radiation for loss of attachment: no registered letter is required; radiating at once is illegal', () => {
    const letter = playGoodExcept(ordinaire, { radiation: choose('recommande') });
    expect(evidenceOf(letter, 'radiation')?.verdict).toBe('acceptable');
    expect(evidenceOf(letter, 'radiation')?.explanation).toContain('RM n° 1131');
    const hasty = playGoodExcept(ordinaire, { radiation: choose('radier') });
    expect(evidenceOf(hasty, 'radiation')?.verdict).toBe('illegal');
  });

  it('Mme Ferrand: silent, she is radiated and notified in 2 days; a taxpayer for 2 years, she stays (L11, L18)', () => {
    const silence = VARIANTS.find((variant) => variant.endsWith('.silence')) ?? '';
    const reponse = VARIANTS.find((variant) => variant.endsWith('.reponse')) ?? '';
    expect(autoplay(program, { seed: seeds.get(silence) ?? -1 }, 'good', 1).visited).toContain(
      'ferrand-silence',
    );
    const radiated = playGoodExcept(reponse, { 'ferrand-reponse': choose('radier') });
    expect(evidenceOf(radiated, 'ferrand-reponse')).toMatchObject({
      verdict: 'illegal',
      reference: 'code électoral L11, L18',
    });
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

  it('every decision measures BC02-06 and cites the code électoral', () => {
    const decisions = Object.values(scenario.scoring);
    expect(decisions.length).toBeGreaterThanOrEqual(12);
    for (const decision of decisions) {
      expect(decision.competences).toContain('RNCP41781-BC02-06');
      expect(decision.reference).toMatch(/^code électoral /);
    }
  });
});
