import type { ScenarioFile, StepDef } from '../format/schema';
import type { ScenarioContext } from './context';
import { initialContext } from './initial-context';
import { scenarioSetup, type ScenarioSetup } from './machine-setup';
import { compileStepTable, stepKey, type StepTable } from './step-table';

/** A state of a scenario machine, typed by the vocabulary: a misspelt guard, action or params does not compile. */
type StateConfig = NonNullable<Parameters<ScenarioSetup['createMachine']>[0]['states']>[string];

/** Asking the network at any step that waits for the player: logged, then recorded (the log is replayed). */
function askNetwork(key: string) {
  return {
    guard: { type: 'canAskNetwork' as const, params: { step: key } },
    actions: ['logEvent' as const, { type: 'recordNetworkAsk' as const, params: { step: key } }],
  };
}

function interactionState(key: string, step: StepDef): StateConfig {
  const state = playerState(key, step);
  return { ...state, on: { ...state.on, 'network.ask': askNetwork(key) } };
}

function playerState(key: string, step: StepDef): StateConfig {
  const params = { step: key };
  switch (step.type) {
    case 'dialogue':
      return { on: { 'user.advance': { target: step.next, actions: ['logEvent'] } } };
    case 'choice': {
      // Advise-then-decide: the SGM's advice (a submission) is recorded without leaving the step; the élu's
      // choice is accepted only once the advice is in.
      const advised = step.advice !== undefined;
      const choose = step.options.map((option) => ({
        guard: advised
          ? { type: 'isAdvisedOption' as const, params: { ...params, optionId: option.id } }
          : { type: 'isOption' as const, params: { optionId: option.id } },
        target: option.next,
        actions: [
          'logEvent' as const,
          { type: 'recordChoice' as const, params: { ...params, optionId: option.id } },
        ],
      }));
      if (advised) {
        const advise = {
          guard: { type: 'isAdviceAwaited' as const, params },
          actions: ['logEvent' as const, { type: 'recordAdvice' as const, params }],
        };
        return { on: { 'user.choose': choose, 'user.submit': advise } };
      }
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

function stateFor(table: StepTable, key: string, stepId: string, step: StepDef): StateConfig {
  const entry =
    'effects' in step && step.effects ? [{ type: 'applyStepEffects' as const, params: { step: key } }] : [];
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
      // The queue is named by the step's own id: its candidates are its sibling states.
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
      const child = table.children.get(step.scenario);
      if (!child) throw new Error(`Sous-scénario introuvable : ${step.scenario}`);
      return {
        entry: [{ type: 'enterSubScenario' as const, params: { scenario: step.scenario } }],
        initial: child.start,
        states: statesOf(table, child, key),
        onDone: { target: step.next },
      };
    }
    case 'end':
      return { type: 'final', entry };
    default:
      return { entry, ...interactionState(key, step) };
  }
}

function statesOf(table: StepTable, scenario: ScenarioFile, prefix: string): Record<string, StateConfig> {
  return Object.fromEntries(
    Object.entries(scenario.steps).map(([stepId, step]) => [
      stepId,
      stateFor(table, stepKey(prefix, stepId), stepId, step),
    ]),
  );
}

/**
 * Builds the XState machine of a validated scenario. `library` holds the scenarios its `sub` steps name. The
 * scenario is compiled once into a {@link StepTable} that the guards and actions close over; the config itself
 * holds only step keys and small params.
 */
export function buildScenarioMachine(
  scenario: ScenarioFile,
  library: Readonly<Record<string, ScenarioFile>> = {},
  table: StepTable = compileStepTable(scenario, library),
) {
  let inert: ScenarioContext | undefined;
  const inertContext = (): ScenarioContext => (inert ??= initialContext(scenario, { seed: 0 }));
  return scenarioSetup(table).createMachine({
    id: scenario.id,
    // XState's pure `transition()` builds an inert actor, without input, on every call: it gets the
    // context computed once for seed 0 instead of a fresh (costly, and then discarded) one.
    context: ({ input }) => (input === undefined ? inertContext() : initialContext(scenario, input)),
    initial: scenario.start,
    states: statesOf(table, scenario, ''),
  });
}

/** The machine of a scenario, as built by {@link buildScenarioMachine}. */
export type ScenarioMachine = ReturnType<typeof buildScenarioMachine>;
