import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/core/dates';
import { isBirthDeclarationLate } from '../../../src/core/rules/etat-civil';
import {
  autoplay,
  calculators,
  compileScenario,
  replayRun,
  seedPerVariant,
  viewOf,
  type ScenarioEvent,
} from '../../../src/core/scenario';
import type { Evidence } from '../../../src/core/scoring/evidence';
import { markOf as markOfScenario, repoScenario, verdicts } from './scenario-kit';

const ID = 'guichet-etat-civil';
const FIXTURES = join(process.cwd(), 'tests', 'fixtures', 'scenarios', ID);

interface PathFixture {
  readonly seed: number;
  readonly variant: string;
  readonly events: readonly ScenarioEvent[];
  readonly visited: readonly string[];
  readonly evidence: readonly (readonly [string, string])[];
}

function loadFixture(name: string): PathFixture {
  return JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), 'utf8')) as PathFixture;
}

const pairs = verdicts;

const { scenario, program } = repoScenario(ID);
const seeds = seedPerVariant(program);
const markOf = (evidence: readonly Evidence[]) => markOfScenario(scenario, evidence);
/** Whole runs of a 25-minute scenario on a shared machine: more than vitest's default 5 s. */
const SLOW = 60_000;
const VISITORS_BY_LEVEL: Readonly<Record<number, readonly string[]>> = {
  1: ['famille', 'conjoint', 'extrait', 'deces', 'pere', 'veuf', 'portugais'],
  2: ['genealogiste', 'casablanca', 'pompes', 'voisin'],
  3: ['pacs', 'notaire', 'lea'],
};
const ALL_VISITORS = Object.values(VISITORS_BY_LEVEL).flat();
const visitorsIn = (visited: readonly string[]) => visited.filter((step) => ALL_VISITORS.includes(step));

describe('scenario « Le guichet de l’état civil »: paths', () => {
  it.each([
    ['golden', 20],
    ['careless', null],
  ] as const)('replays the %s path of seed 1 with its exact evidence', (name, expectedMark) => {
    const fixture = loadFixture(`${name}-seed-1`);
    const replay = replayRun(program, { seed: fixture.seed }, fixture.events);
    expect(replay.refusedAt).toBeNull();
    expect(replay.snapshot.status).toBe('done');
    expect(replay.snapshot.context.variant).toBe(fixture.variant);
    expect(replay.visited).toEqual(fixture.visited);
    expect(pairs(replay.snapshot.context.evidence)).toEqual(fixture.evidence);
    const mark = markOf(replay.snapshot.context.evidence);
    if (expectedMark === null) expect(mark).toBeLessThan(5);
    else expect(mark).toBe(expectedMark);
  });

  it('the careless path says, for each mistake, what should have been done and under which text', () => {
    const fixture = loadFixture('careless-seed-1');
    const { evidence } = replayRun(program, { seed: fixture.seed }, fixture.events).snapshot.context;
    for (const item of evidence.filter((candidate) => candidate.verdict !== 'conforme')) {
      expect(item.explanation.length).toBeGreaterThan(60);
      expect(item.explanation).not.toMatch(/[{}⟦]/);
      expect(item.reference.length).toBeGreaterThan(5);
    }
  });
});

describe('scenario « Le guichet de l’état civil »: variants', () => {
  it('draws every variant from the seed', () => {
    expect([...seeds.keys()].sort()).toEqual((scenario.variants ?? []).map((variant) => variant.id).sort());
  });

  it.each((scenario.variants ?? []).map((variant) => [variant.id]))(
    'variant %s: the model answers score 20/20, careless ones far less',
    (variant) => {
      const seed = seeds.get(variant) ?? -1;
      const good = autoplay(program, { seed }, 'good', seed);
      expect(good.stoppedBecause).toBeNull();
      expect(good.snapshot.context.evidence.every((item) => item.verdict === 'conforme')).toBe(true);
      expect(good.snapshot.context.evidence.length).toBeGreaterThanOrEqual(8);
      expect(markOf(good.snapshot.context.evidence)).toBe(20);
      const careless = autoplay(program, { seed }, 'careless', seed);
      expect(markOf(careless.snapshot.context.evidence)).toBeLessThan(10);
    },
    SLOW,
  );
});

describe('scenario « Le guichet de l’état civil »: the rulebook grows through the year', () => {
  it.each([
    ['2027-01-04', undefined, 1],
    ['2027-04-30', undefined, 1],
    ['2027-05-03', undefined, 2],
    ['2027-08-31', undefined, 2],
    ['2027-09-01', undefined, 3],
    ['2027-12-31', undefined, 3],
    ['2027-02-15', 3, 3],
    ['2027-11-15', 1, 1],
  ])('on %s with niveau %s the counter is at level %i', (date, niveau, level) => {
    const calculator = calculators['etatCivil.counterLevel'];
    const args = calculator?.args.parse(niveau === undefined ? { date } : { date, niveau });
    expect(calculator?.compute(args)).toBe(level);
  });

  it.each([
    [1, 6],
    [2, 7],
    [3, 8],
  ])(
    'at level %i the queue holds %i visitors, only of that level or below',
    (level, size) => {
      for (let seed = 0; seed < 20; seed += 1) {
        const run = autoplay(program, { seed, worldVars: { niveau: level } }, 'good', seed);
        expect(run.snapshot.context.vars.niveau).toBe(level);
        const visitors = visitorsIn(run.visited);
        expect(visitors).toHaveLength(size);
        const allowed = [1, 2, 3].filter((n) => n <= level).flatMap((n) => VISITORS_BY_LEVEL[n] ?? []);
        expect(visitors.every((visitor) => allowed.includes(visitor))).toBe(true);
      }
    },
    SLOW,
  );

  it(
    'follows the date the year sets, and every visitor of the pool gets a scored or explained answer',
    () => {
      const everyone = structuredClone(scenario);
      const queue = everyone.steps['file-3'];
      if (queue?.type !== 'queue') throw new Error('file-3 devrait être une file');
      everyone.steps['file-3'] = { ...queue, pick: queue.from.length };
      const full = compileScenario(everyone);
      for (const [index, seed] of [...seedPerVariant(full).values()].entries()) {
        for (const date of [undefined, ['2027-09-07', '2027-10-14', '2027-11-30', '2027-12-17'][index % 4]]) {
          const run = autoplay(
            full,
            date === undefined ? { seed, worldVars: { niveau: 3 } } : { seed, date },
            'good',
            seed,
          );
          expect(run.stoppedBecause).toBeNull();
          expect(visitorsIn(run.visited)).toHaveLength(ALL_VISITORS.length);
          const steps = run.snapshot.context.evidence.map((item) => item.step.split('.')[0] ?? '');
          for (const visitor of ALL_VISITORS.filter((v) => v !== 'voisin' && v !== 'pacs')) {
            expect(steps.some((step) => step.startsWith(`${visitor}-`))).toBe(true);
          }
          expect(run.visited).toEqual(expect.arrayContaining(['voisin-note', 'pacs-note']));
          expect(markOf(run.snapshot.context.evidence)).toBe(20);
        }
      }
    },
    SLOW,
  );
});

describe('scenario « Le guichet de l’état civil »: the law comes from the rules', () => {
  it.each((scenario.variants ?? []).map((variant) => [variant.id]))(
    'variant %s: the birth declaration is judged as code civil art. 55 decides',
    (variant) => {
      const seed = seeds.get(variant) ?? -1;
      const run = autoplay(program, { seed }, 'good', seed);
      const { vars } = run.snapshot.context;
      const birth = addDays(String(vars.date), Number(vars.ecartNaissance));
      const late = isBirthDeclarationLate(birth, String(vars.date));
      expect(run.visited).toContain(late ? 'naissance-hors-delai' : 'naissance-dans-delai');
    },
    SLOW,
  );

  it(
    'the year may set any date: a declaration made the same week is judged by the rule, never by hand',
    () => {
      for (const date of ['2027-01-04', '2027-05-07', '2027-05-14', '2027-07-15', '2027-12-27']) {
        const run = autoplay(program, { seed: 5, date }, 'good', 5);
        expect(run.stoppedBecause).toBeNull();
        const late = isBirthDeclarationLate(
          addDays(date, Number(run.snapshot.context.vars.ecartNaissance)),
          date,
        );
        expect(run.visited).toContain(late ? 'naissance-hors-delai' : 'naissance-dans-delai');
        expect(markOf(run.snapshot.context.evidence)).toBe(20);
      }
    },
    SLOW,
  );

  it('never scores the uncertain points: the PACS partner and confidentiality at the counter', () => {
    for (const stepId of ['voisin-reponse', 'pacs-reponse']) {
      const step = scenario.steps[stepId];
      expect(step?.type).toBe('choice');
      expect(step && 'decision' in step ? step.decision : undefined).toBeUndefined();
    }
    expect(Object.keys(scenario.scoring).some((id) => id.startsWith('voisin') || id.startsWith('pacs'))).toBe(
      false,
    );
  });
});

describe('scenario « Le guichet de l’état civil »: building blocks', () => {
  it('the maire’s request is a maire ↔ SGM exchange with a tactful, a blunt and a yielding answer', () => {
    const step = scenario.steps['tension-choix'];
    expect(step).toMatchObject({ type: 'choice', exchange: true, speaker: 'maire', role: 'sgm' });
    const verdicts = Object.fromEntries(
      Object.entries(scenario.scoring.tension?.options ?? {}).map(([id, outcome]) => [id, outcome.verdict]),
    );
    expect(verdicts).toEqual({ tact: 'conforme', sec: 'acceptable', cede: 'illegal' });
  });

  it('every decision at the counter runs under a timer whose expiry is scored « risque »', () => {
    const untimed = ['veuf-accueil', 'portugais-accueil', 'tension'];
    const decisions = Object.entries(scenario.steps).flatMap(([id, step]) =>
      step.type === 'choice' && step.decision !== undefined && !untimed.includes(step.decision)
        ? [{ id, step, decision: step.decision }]
        : [],
    );
    expect(decisions.length).toBeGreaterThan(15);
    for (const { id, step, decision } of decisions) {
      expect(step.timer, id).toBeDefined();
      expect(scenario.scoring[decision]?.options?.timeout?.verdict, id).toBe('risque');
    }
  });

  it('shows the visitor’s documents at the decision, in French', () => {
    const fixture = loadFixture('golden-seed-1');
    const { seed } = fixture;
    const index = fixture.visited.indexOf('casablanca-scec');
    const replay = replayRun(program, { seed }, fixture.events.slice(0, index));
    const view = viewOf(program, replay.snapshot);
    expect(view?.kind).toBe('choice');
    expect(view?.timer?.seconds).toBe(90);
    expect(view?.documents?.map((document) => document.title)).toEqual([
      'Demande d’acte de naissance',
      'Carte nationale d’identité',
    ]);
    expect(JSON.stringify(view)).toContain('Casablanca (Maroc)');
  });
});

describe('etat-civil vocabulary used by the scenario', () => {
  const request = {
    act: 'naissance',
    form: 'copie_integrale',
    actYear: 1998,
    today: '2026-11-23',
    eventPlace: 'commune',
    requester: 'frere_soeur',
    subjectMinor: false,
  };
  const compute = (name: string, args: Record<string, unknown>) => {
    const calculator = calculators[name];
    if (!calculator) throw new Error(`règle inconnue : ${name}`);
    return calculator.compute(calculator.args.parse(args));
  };

  it.each([
    [{}, 'refuser'],
    [{ requester: 'descendant' }, 'delivrer'],
    [{ form: 'extrait_sans_filiation' }, 'delivrer'],
    [{ eventPlace: 'autre_commune' }, 'mairie_du_lieu'],
    [{ eventPlace: 'etranger', requester: 'titulaire' }, 'scec_nantes'],
    [{ actYear: 1950 }, 'delivrer'],
    [{ actYear: 1951 }, 'refuser'],
    [{ requester: 'titulaire', subjectMinor: true }, 'refuser'],
    [{ requester: 'partenaire_pacs' }, 'incertain'],
    [{ procureurAuthorisation: true }, 'delivrer'],
  ])('etatCivil.actRequestOutcome %j → %s', (change, outcome) => {
    expect(compute('etatCivil.actRequestOutcome', { ...request, ...change })).toBe(outcome);
  });

  it('refuses a malformed request, as the rules command does', () => {
    expect(
      calculators['etatCivil.actRequestOutcome']?.args.safeParse({ ...request, actYear: 2030 }).success,
    ).toBe(false);
  });

  it.each([
    ['commune', false, 'recevoir', 'envoyer_expedition_au_dernier_domicile'],
    ['commune', true, 'recevoir', 'aucune'],
    ['autre_commune', true, 'orienter', 'transcrire_a_reception'],
  ])('death in %s, domicile here %s → %s, %s', (deathPlace, lastDomicileHere, decision, transcription) => {
    const args = { deathPlace, lastDomicileHere };
    expect(compute('etatCivil.deathDeclarationOutcome', args)).toBe(decision);
    expect(compute('etatCivil.deathTranscription', args)).toBe(transcription);
  });

  it.each([
    ['2027-03-24', '2027-03-30', 'recevoir'],
    ['2027-02-10', '2027-02-16', 'refuser'],
  ])('a birth of %s declared on %s by the father: %s', (birthDate, declarationDate, outcome) => {
    const args = { birthDate, declarationDate, birthPlace: 'commune', declarant: 'pere' };
    expect(compute('etatCivil.birthDeclarationOutcome', args)).toBe(outcome);
    expect(compute('etatCivil.birthDeclarationOutcome', { ...args, declarant: 'mere' })).toBe(
      outcome === 'recevoir' ? 'incertain' : outcome,
    );
  });

  it('frees the register of year N on 1 January N + 76', () => {
    expect(compute('etatCivil.freeCommunicabilityDate', { actYear: 1951 })).toBe('2027-01-01');
    expect(
      compute('etatCivil.requestStatesEnough', {
        act: 'naissance',
        form: 'copie_integrale',
        statesParentsNames: false,
      }),
    ).toBe(false);
  });
});
