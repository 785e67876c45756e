import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  classifyNoted,
  parseLot,
  type CountContext,
  type Election,
} from '../../../src/core/rules/depouillement';
import {
  assessors,
  autoplay,
  replayRun,
  seedPerVariant,
  startRun,
  viewOf,
  type ScenarioEvent,
  type StepDef,
} from '../../../src/core/scenario';
import { resolveArgs, resolveValue } from '../../../src/core/scenario/runtime/values';
import type { Evidence } from '../../../src/core/scoring/evidence';
import { markOf as markOfScenario, repoScenario } from './scenario-kit';

const ID = 'depouillement';
const FIXTURES = join(process.cwd(), 'tests', 'fixtures', 'scenarios', ID);
/** Whole runs of a 25-minute scenario on a shared machine: more than vitest's default 5 s. */
const SLOW = 60_000;

/** A path: `<name>.json` holds its events (playable with `play depouillement --script`), `<name>.expected.json` what it must give. */
interface PathFixture {
  readonly seed: number;
  readonly variant: string;
  readonly events: readonly ScenarioEvent[];
  readonly visited: readonly string[];
  readonly evidence: readonly (readonly [string, string])[];
}

function loadFixture(name: string): PathFixture {
  const read = (file: string): unknown => JSON.parse(readFileSync(join(FIXTURES, file), 'utf8'));
  const expected = read(`${name}.expected.json`) as Omit<PathFixture, 'events'>;
  return { ...expected, events: read(`${name}.json`) as ScenarioEvent[] };
}

const { scenario, program } = repoScenario(ID);
const seeds = seedPerVariant(program);
const markOf = (evidence: readonly Evidence[]) => markOfScenario(scenario, evidence);
const variants = [...seeds.entries()];
const varsOf = (seed: number) => startRun(program, { seed }).context.vars;

function step<T extends StepDef['type']>(id: string, type: T): Extract<StepDef, { type: T }> {
  const found = scenario.steps[id];
  if (found?.type !== type) throw new Error(`étape ${id} : ${type} attendu`);
  return found as Extract<StepDef, { type: T }>;
}

const COUNTS = [
  ['douteux-presidentielle', 'presidentielle', 'lotPresidentielle'],
  ['douteux-municipale', 'municipale_liste', 'lotMunicipale'],
] as const;

describe('scenario « Le dépouillement »: paths', () => {
  it.each([
    ['golden-seed-2', 20],
    ['careless-seed-8', 2],
  ])(
    'replays the %s path exactly, with its expected evidence and mark',
    (name, mark) => {
      const fixture = loadFixture(name);
      const replay = replayRun(program, { seed: fixture.seed }, fixture.events);
      expect(replay.refusedAt).toBeNull();
      expect(replay.snapshot.status).toBe('done');
      expect(replay.snapshot.context.variant).toBe(fixture.variant);
      expect(replay.visited).toEqual(fixture.visited);
      const evidence = replay.snapshot.context.evidence;
      expect(evidence.map((item) => [item.step, item.verdict])).toEqual(fixture.evidence);
      expect(markOf(evidence)).toBe(mark);
    },
    SLOW,
  );

  it('makes the careless path meet the tension, the recount, the municipal count and their mistakes', () => {
    const careless = loadFixture('careless-seed-8');
    expect(careless.visited).toEqual(
      expect.arrayContaining(['ecart-ceder', 'pointage-discordant', 'douteux-municipale']),
    );
    const verdict = (step: string) => careless.evidence.find(([id]) => id === step)?.[1];
    expect(verdict('ecart-maire')).toBe('illegal');
    expect(verdict('pv.votants')).toBe('illegal');
    expect(verdict('tables')).toBe('acceptable');
    expect(verdict('douteux-municipale')).toBe('risque');
  });

  it.each(variants)('gives the good bot 20/20 in variant %s (seed %i)', (_variant, seed) => {
    const run = autoplay(program, { seed }, 'good', seed);
    expect(run.stoppedBecause).toBeNull();
    const evidence = run.snapshot.context.evidence;
    expect(evidence.filter((item) => item.verdict !== 'conforme')).toEqual([]);
    expect(evidence.length).toBeGreaterThanOrEqual(30);
    expect(markOf(evidence)).toBe(20);
  });

  it('draws six variants, two presidential and four municipal, that a replay tells apart', () => {
    expect(variants.map(([variant]) => variant).sort()).toEqual([
      'municipale-ensemble-agir',
      'municipale-vivre-avenir',
      'municipales-2026-ensemble-agir',
      'municipales-2026-vivre-avenir',
      'presidentielle-durand-leroy',
      'presidentielle-moreau-bertin',
    ]);
    const elections = variants.map(([, seed]) => varsOf(seed).election);
    expect(elections.filter((e) => e === 'presidentielle')).toHaveLength(2);
    expect(elections.filter((e) => e === 'municipale_liste')).toHaveLength(4);
  });
});

describe('scenario « Le dépouillement »: the general renewal of 15 March 2026', () => {
  const RENEWAL = ['municipales-2026-ensemble-agir', 'municipales-2026-vivre-avenir'] as const;
  const seedOf = (variant: string) => {
    const seed = seeds.get(variant);
    if (seed === undefined) throw new Error(`aucune graine pour ${variant}`);
    return seed;
  };
  const firstLines = (seed: number) => {
    const view = viewOf(program, replayRun(program, { seed }, []).snapshot);
    return view?.kind === 'dialogue' ? view.lines.join(' ') : '';
  };

  it.each(RENEWAL)(
    '%s counts the first round of Sunday 15 March 2026, a municipal list election, not a partial one',
    (variant) => {
      const vars = varsOf(seedOf(variant));
      expect(vars.date).toBe('2026-03-15');
      expect(new Date(`${String(vars.date)}T12:00:00Z`).getUTCDay()).toBe(0);
      expect(vars.election).toBe('municipale_liste');
      expect(vars.scrutin).toBe('premier tour des élections municipales');
      expect(vars.lot).toBe(vars.lotMunicipale);
      const lines = firstLines(seedOf(variant));
      expect(lines).toContain('dimanche 15 mars 2026');
      expect(lines).toContain('premier tour des élections municipales');
      expect(lines).not.toMatch(/partielle/i);
    },
  );

  it('says « partielle » only through a variant’s own variables, never in a shared text', () => {
    expect(Object.values(scenario.texts).filter((text) => /partiel/i.test(text))).toEqual([]);
    for (const [variant, seed] of variants) {
      const vars = varsOf(seed);
      const partial = /partielle/.test(String(vars.scrutin));
      // A partial election is one held outside the general renewal of 15 and 22 March 2026.
      const expected =
        vars.election === 'municipale_liste' && !['2026-03-15', '2026-03-22'].includes(String(vars.date));
      expect([variant, partial]).toEqual([variant, expected]);
    }
  });

  it('between the two 2026 variants, reaches both tally-sheet branches, both signs of the difference and a null proxy', () => {
    const runs = RENEWAL.map((variant) => autoplay(program, { seed: seedOf(variant) }, 'good', 1));
    const visited = new Set(runs.flatMap((run) => run.visited));
    for (const id of [
      'pointage-concordant',
      'pointage-discordant',
      'douteux-municipale',
      'annexes-municipale',
    ])
      expect(visited).toContain(id);
    expect(RENEWAL.map((variant) => Number(varsOf(seedOf(variant)).ecart)).sort()).toEqual([-1, 1]);
    const statuses = RENEWAL.flatMap((variant) => {
      const vars = varsOf(seedOf(variant));
      return [vars.statutA, vars.statutB];
    });
    expect(statuses).toContain('nulle');
    expect(statuses.filter((status) => status === 'valable')).toHaveLength(3);
  });

  it('gives the figures of the 2026 first-round variants: votants, enveloppes, exprimés and voix', () => {
    const figures = (variant: string) => {
      const vars = varsOf(seedOf(variant));
      return [
        'emargements',
        'enveloppes',
        'ecart',
        'blancs',
        'nuls',
        'exprimes',
        'voix1',
        'voix2',
        'paquets',
        'reliquat',
      ].map((name) => vars[name]);
    };
    expect(figures('municipales-2026-ensemble-agir')).toEqual([712, 713, 1, 20, 18, 676, 360, 316, 8, 13]);
    expect(figures('municipales-2026-vivre-avenir')).toEqual([677, 676, -1, 19, 17, 641, 304, 337, 7, 76]);
  });

  it('dates every proxy before the day of the vote, in every variant', () => {
    for (const [variant, seed] of variants) {
      const vars = varsOf(seed);
      for (const established of [vars.procAdate, vars.procBdate])
        expect([variant, String(established) < String(vars.date)]).toEqual([variant, true]);
    }
  });
});

describe('scenario « Le dépouillement »: the law decides every answer', () => {
  it.each(COUNTS)(
    'keeps the literal answers of %s equal to the rule engine’s classification, in every variant',
    (stepId, election, lotVar) => {
      const classify = step(stepId, 'classify');
      const decision = scenario.scoring[stepId];
      const answers = Object.fromEntries(
        Object.entries(decision?.answers ?? {}).map(([item, answer]) => [item, answer.bin]),
      );
      const assessor = decision?.assessor;
      expect(assessor?.name).toBe('depouillement.classifyLot');
      for (const [, seed] of variants) {
        const vars = varsOf(seed);
        const context: CountContext = {
          election: election satisfies Election,
          candidates: [String(vars.c1), String(vars.c2)],
        };
        const lot = parseLot(String(vars[lotVar]), context.candidates);
        if (!lot.ok) throw new Error(lot.error);
        expect(lot.value.map((item) => item.id)).toEqual(classify.items.map((item) => item.id));
        for (const item of lot.value) {
          const classification = classifyNoted(item, context);
          expect(classification.uncertain).toBe(false);
          const bin =
            classification.classement === 'vote'
              ? `c${context.candidates.indexOf(classification.candidate ?? '') + 1}`
              : classification.classement;
          expect([item.id, answers[item.id]]).toEqual([item.id, bin]);
        }
        // The assessor, fed the literal answers, agrees too.
        const rule = assessors[assessor?.name ?? ''];
        const args = rule?.args.parse(resolveArgs(assessor?.args ?? {}, vars));
        expect(rule?.assess(answers, args).verdict).toBe('conforme');
      }
    },
  );

  it.each(['annexes-presidentielle', 'annexes-municipale'])(
    'in %s, names in each explanation the cause the rule expects, in every variant',
    (stepId) => {
      const form = step(stepId, 'form');
      const fields = scenario.scoring[stepId]?.fields ?? {};
      for (const [, seed] of variants) {
        const vars = varsOf(seed);
        for (const field of form.fields) {
          const scoring = fields[field.id];
          const expected = scoring?.expected === undefined ? undefined : resolveValue(scoring.expected, vars);
          const option = field.options?.find((candidate) => candidate.id === expected);
          expect(option, `${stepId}.${field.id}`).toBeDefined();
          const label = scenario.texts[option?.label ?? ''] ?? '?';
          expect(scenario.texts[scoring?.explanation ?? '']).toContain(`« ${label} »`);
        }
      }
    },
  );

  it.each(variants)('holds the data of variant %s together (seed %i)', (_variant, seed) => {
    const vars = varsOf(seed);
    const num = (name: string) => Number(vars[name]);
    expect(vars.lot).toBe(vars.election === 'presidentielle' ? vars.lotPresidentielle : vars.lotMunicipale);
    // What the scrutateurs counted is what the engine counts.
    expect(num('piles') * 10 + num('isolees')).toBe(num('enveloppes'));
    const lotEnvelopes = String(vars.lot)
      .split(';')
      .filter((item) => !item.includes('sans-enveloppe')).length;
    expect(num('t1d') + num('t2d')).toBe(lotEnvelopes);
    // The tension is a one-envelope difference, which L65 wants mentioned.
    expect(Math.abs(num('ecart'))).toBe(1);
    const mention = scenario.scoring.urne?.fields?.mention?.expected;
    expect(mention === undefined ? undefined : resolveValue(mention, vars)).toBe('oui');
    expect(num('exprimes')).toBe(num('voix1') + num('voix2'));
  });

  it('reaches both tally-sheet branches and both counts across the variants', () => {
    const visited = new Set(
      variants.flatMap(([, seed]) => autoplay(program, { seed }, 'good', seed).visited),
    );
    for (const id of ['pointage-concordant', 'pointage-discordant', ...COUNTS.map(([id]) => id)])
      expect(visited).toContain(id);
  });
});

describe('scenario « Le dépouillement »: the tension with the maire', () => {
  const tension = step('ecart-maire', 'choice');
  const outcomes = scenario.scoring['ecart-maire']?.options ?? {};

  it('is a maire ↔ SGM exchange with a tactful refusal, a blunt one and giving in', () => {
    expect(tension).toMatchObject({ exchange: true, speaker: 'maire', role: 'sgm' });
    expect(scenario.cast.maire?.role).toBe('maire');
    expect(Object.fromEntries(Object.entries(outcomes).map(([id, o]) => [id, o.verdict]))).toEqual({
      tact: 'conforme',
      sec: 'acceptable',
      ceder: 'illegal',
    });
  });

  it('shows the trainee the maire’s figures of the variant', () => {
    const [, seed] = variants[0] ?? ['', 0];
    const run = autoplay(program, { seed }, 'good', seed);
    const index = run.visited.indexOf('ecart-maire');
    const replay = replayRun(program, { seed }, run.log.slice(0, index));
    const view = viewOf(program, replay.snapshot);
    expect(view?.kind).toBe('choice');
    const vars = varsOf(seed);
    if (view?.kind === 'choice') {
      expect(view.exchange).toBe(true);
      expect(view.prompt).toContain(`${String(vars.enveloppes)} votants`);
    }
  });
});
