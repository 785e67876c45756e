import { assign, enqueueActions, setup } from 'xstate';
import { shuffle } from '../../random/rng';
import type { StepDef } from '../format/schema';
import type { ScenarioEvent } from '../step-view';
import { CONTACTS, networkSubject } from '../network';
import { testBranchGuard } from '../vocabulary';
import { assessChoice, assessSubmission } from './assess';
import type { ScenarioContext, ScenarioInput } from './context';
import type { CueEmitted } from './cues';
import { applyEffects } from './effects';
import { drawVariant } from './initial-context';
import type { LocatedStep } from './step-path';
import type { StepTable } from './step-table';
import { checkSubmission } from './submission';

/** What an action or guard of a step receives: the step's key in the {@link StepTable}, nothing else. */
export interface StepParams {
  readonly step: string;
}

/**
 * The one closed vocabulary every scenario machine is built with, closed over the scenario's compiled
 * {@link StepTable}. Scenario files name these guards and actions through their step types; none is looked up
 * from free text. Params are small JSON (a step key, an option id, a queue name), so the machine's config can be
 * serialised, compared and drawn by a visualiser.
 */
export function scenarioSetup(table: StepTable) {
  const located = (params: StepParams): LocatedStep | undefined => table.steps.get(params.step);
  const effectsOf = (step: StepDef | undefined) => (step && 'effects' in step ? (step.effects ?? []) : []);
  const decisionOf = (step: StepDef | undefined) =>
    step?.type === 'choice' && step.advice ? step.decision : undefined;
  return setup({
    types: {
      context: {} as ScenarioContext,
      events: {} as ScenarioEvent,
      input: {} as ScenarioInput,
      emitted: {} as CueEmitted,
    },
    guards: {
      isOption: ({ event }, params: { optionId: string }) =>
        event.type === 'user.choose' && event.optionId === params.optionId,
      isAdvisedOption: ({ context, event }, params: StepParams & { optionId: string }) => {
        const decision = decisionOf(located(params)?.step);
        return (
          event.type === 'user.choose' &&
          event.optionId === params.optionId &&
          decision !== undefined &&
          context.advice[decision] !== undefined
        );
      },
      isAdviceAwaited: ({ context, event }, params: StepParams) => {
        const at = located(params);
        const decision = decisionOf(at?.step);
        return (
          event.type === 'user.submit' &&
          at !== undefined &&
          decision !== undefined &&
          context.advice[decision] === undefined &&
          checkSubmission(at.scenario, at.step, event.values).ok
        );
      },
      isWellFormed: ({ event }, params: StepParams) => {
        const at = located(params);
        return (
          event.type === 'user.submit' &&
          at !== undefined &&
          checkSubmission(at.scenario, at.step, event.values).ok
        );
      },
      branchHolds: ({ context }, params: { name: string; params: unknown }) =>
        testBranchGuard(context, params.name, params.params),
      // One question per contact about a decision: the same question twice would only add to the week's work.
      canAskNetwork: ({ context, event }, params: StepParams) => {
        if (event.type !== 'network.ask') return false;
        const subject = networkSubject(table, params.step);
        return (
          subject !== null &&
          !context.network.some((ask) => ask.contact === event.contact && ask.subject.step === subject.step)
        );
      },
      queueHeadIs: ({ context }, params: { queue: string; candidate: string }) =>
        context.queues[params.queue]?.[0] === params.candidate,
    },
    actions: {
      logEvent: assign({ log: ({ context, event }) => [...context.log, event] }),
      // An effect may set a variable then cue a text that uses it: the context and the cues come from one pass
      // over the effects, then the cues leave as emitted events, after the context they were resolved with.
      recordChoice: enqueueActions(({ context, enqueue }, params: StepParams & { optionId: string }) => {
        const at = located(params);
        const step = at?.step;
        if (!at || step?.type !== 'choice') return;
        const option = step.options.find((candidate) => candidate.id === params.optionId);
        const outcome = applyEffects(at.scenario, option?.effects ?? [], context, at.stepId);
        const evidence = assessChoice(at.scenario, step, params.optionId, context);
        enqueue.assign({
          vars: outcome.context.vars,
          date: outcome.context.date,
          meterChanges: outcome.context.meterChanges,
          evidence: [...context.evidence, ...evidence],
          choices: step.decision ? { ...context.choices, [step.decision]: params.optionId } : context.choices,
        });
        for (const cue of outcome.cues) enqueue.emit({ type: 'cue', cue });
      }),
      recordAdvice: assign(({ context, event }, params: StepParams) => {
        const decision = decisionOf(located(params)?.step);
        if (decision === undefined || event.type !== 'user.submit') return {};
        const { conseil, explication } = event.values;
        if (typeof conseil !== 'string') return {};
        const explanation = typeof explication === 'string' ? explication.trim() : '';
        return { advice: { ...context.advice, [decision]: { optionId: conseil, explanation } } };
      }),
      recordSubmission: assign(({ context, event }, params: StepParams) => {
        const at = located(params);
        if (!at || event.type !== 'user.submit') return {};
        return {
          evidence: [...context.evidence, ...assessSubmission(at.scenario, at.step, event.values, context)],
        };
      }),
      applyStepEffects: enqueueActions(({ context, enqueue }, params: StepParams) => {
        const at = located(params);
        if (!at) return;
        const outcome = applyEffects(at.scenario, effectsOf(at.step), context, at.stepId);
        enqueue.assign(outcome.context);
        for (const cue of outcome.cues) enqueue.emit({ type: 'cue', cue });
      }),
      recordNetworkAsk: assign(({ context, event }, params: StepParams) => {
        const subject = networkSubject(table, params.step);
        if (event.type !== 'network.ask' || subject === null) return {};
        const contact = CONTACTS[event.contact];
        return {
          network: [
            ...context.network,
            { contact: event.contact, askedAt: params.step, logIndex: context.log.length - 1, subject },
          ],
          meterChanges: [
            ...context.meterChanges,
            {
              meter: 'chargeDeTravail',
              delta: contact.workload,
              reason: contact.workloadReason,
              step: located(params)?.stepId ?? params.step,
              date: context.date,
            },
          ],
        };
      }),
      enterSubScenario: assign(({ context }, params: { scenario: string }) => {
        const child = table.children.get(params.scenario);
        if (!child) return {};
        const drawn = drawVariant(child, context.rng);
        return { rng: drawn.rng, vars: { ...child.vars, ...context.vars, ...drawn.vars } };
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
}

/** The vocabulary of one scenario, as {@link scenarioSetup} builds it. */
export type ScenarioSetup = ReturnType<typeof scenarioSetup>;
