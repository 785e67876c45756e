import { assign, setup } from 'xstate';
import { shuffle } from '../../random/rng';
import type { ScenarioFile, StepDef } from '../format/schema';
import type { ScenarioEvent } from '../step-view';
import { testBranchGuard } from '../vocabulary';
import { assessChoice, assessSubmission } from './assess';
import type { ScenarioContext, ScenarioInput } from './context';
import { applyEffects } from './effects';
import { drawVariant, initialContext } from './initial-context';
import { checkSubmission } from './submission';

/** Static data an action or guard needs: the scenario that owns the step, and the step's id. */
interface StepParams {
  readonly scenario: ScenarioFile;
  readonly stepId: string;
}

function stepOf({ scenario, stepId }: StepParams): StepDef | undefined {
  return scenario.steps[stepId];
}

/**
 * The one closed vocabulary every scenario machine is built with. Scenario files name these guards and
 * actions through their step types; none is looked up from free text.
 */
export const scenarioSetup = setup({
  types: {
    context: {} as ScenarioContext,
    events: {} as ScenarioEvent,
    input: {} as ScenarioInput,
  },
  guards: {
    isOption: ({ event }, params: { optionId: string }) =>
      event.type === 'user.choose' && event.optionId === params.optionId,
    isWellFormed: ({ event }, params: StepParams) => {
      const step = stepOf(params);
      return (
        event.type === 'user.submit' &&
        step !== undefined &&
        checkSubmission(params.scenario, step, event.values).ok
      );
    },
    branchHolds: ({ context }, params: { name: string; params: unknown }) =>
      testBranchGuard(context, params.name, params.params),
    queueHeadIs: ({ context }, params: { queue: string; candidate: string }) =>
      context.queues[params.queue]?.[0] === params.candidate,
  },
  actions: {
    logEvent: assign({ log: ({ context, event }) => [...context.log, event] }),
    recordChoice: assign(({ context }, params: StepParams & { optionId: string }) => {
      const step = stepOf(params);
      if (step?.type !== 'choice') return {};
      const option = step.options.find((candidate) => candidate.id === params.optionId);
      const withEffects = applyEffects(params.scenario, option?.effects ?? [], context, params.stepId);
      const evidence = assessChoice(params.scenario, step, params.optionId, context);
      return {
        vars: withEffects.vars,
        date: withEffects.date,
        meterChanges: withEffects.meterChanges,
        cues: withEffects.cues,
        evidence: [...context.evidence, ...evidence],
        choices: step.decision ? { ...context.choices, [step.decision]: params.optionId } : context.choices,
      };
    }),
    recordSubmission: assign(({ context, event }, params: StepParams) => {
      const step = stepOf(params);
      if (!step || event.type !== 'user.submit') return {};
      return {
        evidence: [...context.evidence, ...assessSubmission(params.scenario, step, event.values, context)],
      };
    }),
    applyStepEffects: assign(({ context }, params: StepParams) => {
      const step = stepOf(params);
      const effects = step && 'effects' in step ? (step.effects ?? []) : [];
      return applyEffects(params.scenario, effects, context, params.stepId);
    }),
    enterSubScenario: assign(({ context }, params: { child: ScenarioFile }) => {
      const drawn = drawVariant(params.child, context.rng);
      return { rng: drawn.rng, vars: { ...params.child.vars, ...context.vars, ...drawn.vars } };
    }),
    initQueue: assign(({ context }, params: { queue: string; from: readonly string[]; pick: number }) => {
      if (context.queues[params.queue] !== undefined) return {};
      const [order, rng] = shuffle(context.rng, params.from);
      return { rng, queues: { ...context.queues, [params.queue]: order.slice(0, params.pick) } };
    }),
    popQueue: assign(({ context }, params: { queue: string }) => ({
      queues: { ...context.queues, [params.queue]: (context.queues[params.queue] ?? []).slice(1) },
    })),
  },
});

/** A state of a scenario machine, typed by the vocabulary: a misspelt guard, action or params does not compile. */
type StateConfig = NonNullable<Parameters<typeof scenarioSetup.createMachine>[0]['states']>[string];

function interactionState(scenario: ScenarioFile, stepId: string, step: StepDef): StateConfig {
  const params = { scenario, stepId };
  switch (step.type) {
    case 'dialogue':
      return { on: { 'user.advance': { target: step.next, actions: ['logEvent'] } } };
    case 'choice': {
      const choose = step.options.map((option) => ({
        guard: { type: 'isOption' as const, params: { optionId: option.id } },
        target: option.next,
        actions: [
          'logEvent' as const,
          { type: 'recordChoice' as const, params: { ...params, optionId: option.id } },
        ],
      }));
      if (!step.timer) return { on: { 'user.choose': choose } };
      const timeout = {
        target: step.timer.next,
        actions: [
          'logEvent' as const,
          { type: 'recordChoice' as const, params: { ...params, optionId: 'timeout' } },
        ],
      };
      return { on: { 'user.choose': choose, 'timer.expire': timeout } };
    }
    default:
      return {
        on: {
          'user.submit': {
            guard: { type: 'isWellFormed' as const, params },
            target: 'next' in step ? step.next : undefined,
            actions: ['logEvent', { type: 'recordSubmission' as const, params }],
          },
        },
      };
  }
}

function stateFor(
  scenario: ScenarioFile,
  stepId: string,
  step: StepDef,
  library: Readonly<Record<string, ScenarioFile>>,
): StateConfig {
  const entry =
    'effects' in step && step.effects
      ? [{ type: 'applyStepEffects' as const, params: { scenario, stepId } }]
      : [];
  switch (step.type) {
    case 'branch':
      return {
        always: [
          ...step.branches.map((branch) => ({
            guard: {
              type: 'branchHolds' as const,
              params: { name: branch.when.type, params: branch.when.params ?? {} },
            },
            target: branch.next,
          })),
          { target: step.otherwise },
        ],
      };
    case 'queue':
      return {
        entry: [{ type: 'initQueue' as const, params: { queue: stepId, from: step.from, pick: step.pick } }],
        always: [
          ...step.from.map((candidate) => ({
            guard: { type: 'queueHeadIs' as const, params: { queue: stepId, candidate } },
            target: candidate,
            actions: [{ type: 'popQueue' as const, params: { queue: stepId } }],
          })),
          { target: step.next },
        ],
      };
    case 'sub': {
      const child = library[step.scenario];
      if (!child) throw new Error(`Sous-scénario introuvable : ${step.scenario}`);
      return {
        entry: [{ type: 'enterSubScenario' as const, params: { child } }],
        initial: child.start,
        states: statesOf(child, library),
        onDone: { target: step.next },
      };
    }
    case 'end':
      return { type: 'final', entry };
    default:
      return { entry, ...interactionState(scenario, stepId, step) };
  }
}

function statesOf(
  scenario: ScenarioFile,
  library: Readonly<Record<string, ScenarioFile>>,
): Record<string, StateConfig> {
  return Object.fromEntries(
    Object.entries(scenario.steps).map(([stepId, step]) => [
      stepId,
      stateFor(scenario, stepId, step, library),
    ]),
  );
}

/**
 * Builds the XState machine of a validated scenario. `library` holds the scenarios its `sub` steps name.
 */
export function buildScenarioMachine(
  scenario: ScenarioFile,
  library: Readonly<Record<string, ScenarioFile>> = {},
) {
  let inert: ScenarioContext | undefined;
  const inertContext = (): ScenarioContext => (inert ??= initialContext(scenario, { seed: 0 }));
  return scenarioSetup.createMachine({
    id: scenario.id,
    // XState's pure `transition()` builds an inert actor, without input, on every call: it gets the
    // context computed once for seed 0 instead of a fresh (costly, and then discarded) one.
    context: ({ input }) => (input === undefined ? inertContext() : initialContext(scenario, input)),
    initial: scenario.start,
    states: statesOf(scenario, library),
  });
}

/** The machine of a scenario, as built by {@link buildScenarioMachine}. */
export type ScenarioMachine = ReturnType<typeof buildScenarioMachine>;
