import { getShortestPaths } from '@xstate/graph';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../../src/core/report';
import {
  autoplay,
  botEvent,
  compileScenario,
  formatScenarioError,
  replayRun,
  seedPerVariant,
  stepKeyOf,
  type ScenarioEvent,
  type ScenarioProgram,
  type ScenarioSnapshot,
} from '../../../../src/core/scenario';
import { leafPath, locateStep } from '../../../../src/core/scenario/runtime/step-path';
import { seedRng } from '../../../../src/core/random/rng';
import { repoCatalogue } from './repo-scenarios';

const catalogue = repoCatalogue();
const RANDOM_WALKS = 1000;

/** The events worth exploring at a snapshot: every option, the model answer and a careless one. */
function candidateEvents(program: ScenarioProgram, snapshot: ScenarioSnapshot): ScenarioEvent[] {
  const located = locateStep(program.scenario, program.library, leafPath(snapshot.value));
  if (!located || snapshot.status !== 'active') return [];
  const { step, scenario } = located;
  if (step.type === 'choice') {
    // Advise-then-decide: the SGM's advice on each option first, then the élu's choice.
    if (step.advice && step.decision && snapshot.context.advice[step.decision] === undefined)
      return step.options.map((option): ScenarioEvent => ({
        type: 'user.submit',
        values: { conseil: option.id },
      }));
    return [
      ...step.options.map((option): ScenarioEvent => ({ type: 'user.choose', optionId: option.id })),
      ...(step.timer ? [{ type: 'timer.expire' } as const] : []),
    ];
  }
  const [good] = botEvent(scenario, step, snapshot.context, 'good', seedRng(1));
  const [careless] = botEvent(scenario, step, snapshot.context, 'careless', seedRng(2));
  return [good, careless];
}

/** What the branch steps of a scenario (and its sub-scenarios) read: variables, choices, verdicts, mistakes. */
interface BranchReads {
  readonly vars: Set<string>;
  readonly decisions: Set<string>;
  readonly mistakes: boolean;
}

function branchReads(program: ScenarioProgram): BranchReads {
  const reads: BranchReads = { vars: new Set(), decisions: new Set(), mistakes: false };
  let mistakes = false;
  for (const scenario of [program.scenario, ...Object.values(program.library)]) {
    for (const step of Object.values(scenario.steps)) {
      if (step.type !== 'branch') continue;
      for (const { when } of step.branches) {
        const params = (when.params ?? {}) as Record<string, unknown>;
        if (typeof params.var === 'string') reads.vars.add(params.var);
        if (typeof params.decision === 'string') reads.decisions.add(params.decision);
        for (const arg of Object.values((params.args ?? {}) as Record<string, unknown>)) {
          if (typeof arg === 'object' && arg !== null && 'var' in arg) reads.vars.add(String(arg.var));
        }
        if (when.type === 'mistakesAtLeast') mistakes = true;
      }
    }
  }
  return { ...reads, mistakes };
}

/**
 * What distinguishes two states for exploration: the step, the queues, and exactly what later branches read.
 * Merging on the step alone would hide a step behind a branch on an earlier answer.
 */
function explorationKey(snapshot: ScenarioSnapshot, reads: BranchReads): string {
  const { choices, vars, queues, evidence, advice } = snapshot.context;
  const verdictOf = (decision: string) =>
    evidence
      .filter((item) => item.step === decision || item.step.startsWith(`${decision}.`))
      .map((item) => item.verdict)
      .join(',');
  return JSON.stringify([
    stepKeyOf(snapshot),
    snapshot.status,
    queues,
    Object.keys(advice).length,
    [...reads.vars].map((name) => vars[name]),
    [...reads.decisions].map((decision) => [choices[decision], verdictOf(decision)]),
    reads.mistakes ? evidence.filter((item) => item.verdict !== 'conforme').length : 0,
  ]);
}

function visibleSteps(program: ScenarioProgram, prefix = '', scenario = program.scenario): string[] {
  return Object.entries(scenario.steps).flatMap(([id, step]) => {
    if (step.type === 'branch' || step.type === 'queue') return [];
    if (step.type === 'sub') {
      const child = program.library[step.scenario];
      return child ? visibleSteps(program, `${prefix}${id}/`, child) : [];
    }
    return [`${prefix}${id}`];
  });
}

/** One seed per variant of the scenario: exploration covers every variant, whatever the draw. */
function variantSeeds(program: ScenarioProgram): number[] {
  const seeds = seedPerVariant(program);
  expect(seeds.size).toBe(Math.max(1, program.scenario.variants?.length ?? 0));
  return [...seeds.values()];
}

describe('scenario files', () => {
  it('all load without error', () => {
    expect(catalogue.errors.map(formatScenarioError)).toEqual([]);
    expect(Object.keys(catalogue.scenarios).length).toBeGreaterThan(0);
  });
});

describe.each(Object.values(catalogue.scenarios).map((scenario) => [scenario.id, scenario] as const))(
  'scenario %s',
  (_id, scenario) => {
    const program = compileScenario(scenario, catalogue.scenarios);
    const reads = branchReads(program);

    it('reaches every visible step under model-based exploration, each path finishing with a report', () => {
      const reached = new Set<string>();
      for (const seed of variantSeeds(program)) {
        const paths = getShortestPaths(program.machine, {
          input: { seed },
          events: (snapshot) => candidateEvents(program, snapshot as ScenarioSnapshot),
          serializeState: (snapshot) => explorationKey(snapshot as ScenarioSnapshot, reads),
        });
        for (const path of paths) {
          const last = path.state as ScenarioSnapshot;
          reached.add(stepKeyOf(last));
          const finished = autoplay(program, { seed }, 'good', seed, 500, last);
          expect(finished.stoppedBecause).toBeNull();
          expect(finished.snapshot.status).toBe('done');
          const report = buildReport({
            title: scenario.title,
            playedOn: '2026-11-23',
            evidence: finished.snapshot.context.evidence,
          });
          expect(report.ok).toBe(true);
        }
      }
      expect([...reached].sort()).toEqual(visibleSteps(program).sort());
    }, 300_000);

    it(`survives ${RANDOM_WALKS} seeded random walks`, () => {
      for (let seed = 0; seed < RANDOM_WALKS; seed += 1) {
        const walk = autoplay(program, { seed }, 'random', seed * 7919 + 1);
        if (walk.stoppedBecause !== null || walk.snapshot.status !== 'done') {
          throw new Error(`graine ${seed} : ${walk.stoppedBecause ?? 'non terminé'}`);
        }
      }
    }, 300_000);

    it('replays a run exactly from its seed and log', () => {
      for (const strategy of ['good', 'random', 'careless'] as const) {
        const run = autoplay(program, { seed: 42 }, strategy, 7);
        const replay = replayRun(program, { seed: 42 }, run.log);
        expect(replay.refusedAt).toBeNull();
        expect(replay.snapshot.context).toEqual(run.snapshot.context);
        expect(replay.visited).toEqual(run.visited);
      }
    });

    it('scores the model answers better than careless ones', () => {
      const good = autoplay(program, { seed: 3 }, 'good', 3).snapshot.context.evidence;
      const careless = autoplay(program, { seed: 3 }, 'careless', 3).snapshot.context.evidence;
      const mark = (evidence: typeof good) => {
        const report = buildReport({ title: scenario.title, playedOn: '2026-11-23', evidence });
        return report.ok ? (report.value.overall.mark ?? 0) : -1;
      };
      expect(good.every((item) => item.verdict === 'conforme')).toBe(true);
      expect(mark(good)).toBe(20);
      expect(mark(careless)).toBeLessThan(mark(good));
    });
  },
);
