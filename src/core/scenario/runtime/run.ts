import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import { err, ok, type Result } from '../../result';
import type { ScenarioFile } from '../format/schema';
import type { InputProblem, ScenarioCue } from '../session-port';
import type { ScenarioEvent, StepView } from '../step-view';
import type { ScenarioContext, ScenarioInput } from './context';
import { cuesOf } from './cues';
import { buildScenarioMachine, type ScenarioMachine } from './machine';
import { networkSubject, networkView } from '../network';
import { compileStepTable, type StepTable } from './step-table';
import { leafPath, locateStep } from './step-path';
import { checkSubmission } from './submission';
import { describeStep } from './view';

/** A scenario ready to run: its machine and the scenarios its sub-steps name. */
export interface ScenarioProgram {
  readonly scenario: ScenarioFile;
  readonly library: Readonly<Record<string, ScenarioFile>>;
  readonly machine: ScenarioMachine;
  /** Every step the run can reach, by state path (the network's questions look ahead in it). */
  readonly table: StepTable;
}

export type ScenarioSnapshot = SnapshotFrom<ScenarioMachine>;

/** Builds the program of a validated scenario. */
export function compileScenario(
  scenario: ScenarioFile,
  library: Readonly<Record<string, ScenarioFile>> = {},
): ScenarioProgram {
  const table = compileStepTable(scenario, library);
  return { scenario, library, table, machine: buildScenarioMachine(scenario, library, table) };
}

/** The first stable snapshot of a run. Pure: no actor, no clock. */
export function startRun(program: ScenarioProgram, input: ScenarioInput): ScenarioSnapshot {
  const [snapshot] = initialTransition(program.machine, input);
  return snapshot;
}

/** What an accepted event did to a run: the next snapshot, and the cues it emitted, in order. */
export interface RunStep {
  readonly snapshot: ScenarioSnapshot;
  readonly cues: readonly ScenarioCue[];
}

/** An event offered to a run: accepted with its {@link RunStep}, or refused with the snapshot unchanged. */
export type RunAdvance =
  (RunStep & { readonly accepted: true }) | { readonly snapshot: ScenarioSnapshot; readonly accepted: false };

/**
 * The snapshot after one event, whether the scenario accepted it, and the cues it emitted (read from the actions
 * of XState's pure `transition()`, see {@link cuesOf}). The machine says whether it accepts (`can()`); every
 * transition it takes logs the event. A refused event leaves the snapshot as it was and emits nothing.
 */
export function advanceRun(
  program: ScenarioProgram,
  snapshot: ScenarioSnapshot,
  event: ScenarioEvent,
): RunAdvance {
  if (!acceptsEvent(snapshot, event)) return { snapshot, accepted: false };
  const [next, actions] = transition(program.machine, snapshot, event);
  return { snapshot: next, accepted: true, cues: cuesOf(actions) };
}

function acceptsEvent(snapshot: ScenarioSnapshot, event: ScenarioEvent): boolean {
  return snapshot.status === 'active' && snapshot.can(event);
}

/** Why a run refused an event, in French; `problems` names the fields of a malformed submission. */
export interface RunRefusal {
  readonly message: string;
  readonly problems?: readonly InputProblem[];
}

const NOT_NOW: RunRefusal = { message: 'Cette action n’est pas possible à cette étape.' };

/** The problems of a malformed submission at the run's step ({@link checkSubmission}), or null. */
function malformed(
  program: ScenarioProgram,
  snapshot: ScenarioSnapshot,
  event: ScenarioEvent,
): RunRefusal | null {
  if (event.type !== 'user.submit') return null;
  const located = locateStep(program.scenario, program.library, leafPath(snapshot.value));
  const checked = located && checkSubmission(located.scenario, located.step, event.values);
  return checked && !checked.ok ? checked.error : null;
}

/**
 * Why a run would refuse an event, as a player meets it, or null when it accepts it: a malformed submission
 * with the problem of each field ({@link checkSubmission}), an event the step does not wait for with a French
 * message. Pure: a live actor (practice) checks with it before sending, as {@link sendToRun} does.
 */
export function refusalOf(
  program: ScenarioProgram,
  snapshot: ScenarioSnapshot,
  event: ScenarioEvent,
): RunRefusal | null {
  return malformed(program, snapshot, event) ?? (acceptsEvent(snapshot, event) ? null : NOT_NOW);
}

/** Sends one event to a run, as a player does: refused as {@link refusalOf} says, else the step it made. */
export function sendToRun(
  program: ScenarioProgram,
  snapshot: ScenarioSnapshot,
  event: ScenarioEvent,
): Result<RunStep, RunRefusal> {
  const problems = malformed(program, snapshot, event);
  if (problems) return err(problems);
  const step = advanceRun(program, snapshot, event);
  return step.accepted ? ok({ snapshot: step.snapshot, cues: step.cues }) : err(NOT_NOW);
}

/** The context of a snapshot, typed. */
export function contextOf(snapshot: ScenarioSnapshot): ScenarioContext {
  return snapshot.context;
}

/** Key of the step a snapshot is at (`dossier/cni` inside a sub-scenario). */
export function stepKeyOf(snapshot: ScenarioSnapshot): string {
  return leafPath(snapshot.value).join('/');
}

/** What the player sees at a snapshot, or null if the snapshot is not at a visible step (never, once stable). */
export function viewOf(program: ScenarioProgram, snapshot: ScenarioSnapshot): StepView | null {
  const path = leafPath(snapshot.value);
  const located = locateStep(program.scenario, program.library, path);
  if (!located) return null;
  const key = path.join('/');
  const view = describeStep(located, key, snapshot.context.vars, snapshot.context.advice);
  if (view === null) return null;
  const { network, log } = snapshot.context;
  const panel =
    view.kind === 'end' ? null : networkView(program.table, network, log, networkSubject(program.table, key));
  return panel === null ? view : { ...view, network: panel };
}

/** Outcome of replaying a log. */
export interface Replay {
  readonly snapshot: ScenarioSnapshot;
  /** Steps visited, in order, starting with the first. */
  readonly visited: readonly string[];
  /** Index of the first event the scenario refused, or null when every event was accepted. */
  readonly refusedAt: number | null;
}

/**
 * Replays a run from its seed and event log: the same (scenario version, seed, log) gives the same state,
 * evidence and score. Stops at the first refused event.
 */
export function replayRun(
  program: ScenarioProgram,
  input: ScenarioInput,
  log: readonly ScenarioEvent[],
): Replay {
  let snapshot = startRun(program, input);
  const visited = [stepKeyOf(snapshot)];
  for (let index = 0; index < log.length; index += 1) {
    const event = log[index];
    if (!event) break;
    const step = advanceRun(program, snapshot, event);
    if (!step.accepted) return { snapshot, visited, refusedAt: index };
    snapshot = step.snapshot;
    visited.push(stepKeyOf(snapshot));
  }
  return { snapshot, visited, refusedAt: null };
}

/**
 * The first seed (from 0) that draws each variant of a scenario, in the order the variants are first drawn:
 * what exploration, the CLI and the tests use to cover every variant whatever the draw.
 */
export function seedPerVariant(program: ScenarioProgram, searchLimit = 1000): Map<string, number> {
  const wanted = Math.max(1, program.scenario.variants?.length ?? 0);
  const seeds = new Map<string, number>();
  for (let seed = 0; seed < searchLimit && seeds.size < wanted; seed += 1) {
    const variant = startRun(program, { seed }).context.variant;
    if (!seeds.has(variant)) seeds.set(variant, seed);
  }
  return seeds;
}
