import { formatFrenchDate } from '../../dates';
import { err, ok, type Result } from '../../result';
import { replayRun, sendToRun, startRun, stepKeyOf, type ScenarioSnapshot } from '../../scenario/runtime/run';
import type { ScenarioInput } from '../../scenario/runtime/context';
import type { ScenarioEvent } from '../../scenario/step-view';
import type { YearEnv } from '../env';
import { worldVarsOf } from '../world/world';
import { dayDate, isInWeek } from './calendar';
import { activityMeterEntries } from './meters';
import { withJournal, withMeters } from './outcome';
import { updateTask } from './tasks';
import type { Activity, YearRefusal, YearState, YearStep } from './types';
import { currentMonday } from './week';

/**
 * The seed of one scenario of the year, from the trainer's code and the activity's id (FNV-1a): every trainee
 * of a group meets the same variants, and two scenarios of one year do not share a draw.
 */
export function activitySeed(yearSeed: number, activityId: string): number {
  let hash = 0x811c9dc5;
  for (const char of `${yearSeed}:${activityId}`) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** What a scenario of the year starts from: its seed, the day it is played and the commune's variables. */
export function activityInput(env: YearEnv, activity: Activity): ScenarioInput {
  return { seed: activity.seed, date: activity.date, worldVars: worldVarsOf(env.world) };
}

/** The snapshot of an activity's run (memoised by log, else replayed from its seed). */
export function activitySnapshot(env: YearEnv, activity: Activity): ScenarioSnapshot | null {
  const cached = env.snapshots.get(activity.log);
  if (cached) return cached;
  const program = env.program(activity.scenarioId);
  if (!program) return null;
  const snapshot =
    activity.log.length === 0
      ? startRun(program, activityInput(env, activity))
      : replayRun(program, activityInput(env, activity), activity.log).snapshot;
  env.snapshots.set(activity.log, snapshot);
  return snapshot;
}

/** The scenario title of an activity. */
export function activityTitle(env: YearEnv, activity: Activity): string {
  return env.scenarios[activity.scenarioId]?.title ?? activity.scenarioId;
}

function refuse(message: string): Result<never, YearRefusal> {
  return err({ message });
}

function replaceActivity(state: YearState, activity: Activity): YearState {
  const exists = state.activities.some((item) => item.id === activity.id);
  return {
    ...state,
    activities: exists
      ? state.activities.map((item) => (item.id === activity.id ? activity : item))
      : [...state.activities, activity],
  };
}

/** A finished scenario enters the year: its meters (traced), its journal line, its task done. */
function finish(env: YearEnv, state: YearState, activity: Activity): YearState {
  const title = activityTitle(env, activity);
  const mistakes = activity.evidence.filter((item) => item.verdict !== 'conforme').length;
  let next = withMeters({ ...state, active: null }, activityMeterEntries(activity, title));
  next = withJournal(next, {
    date: activity.date,
    text: `« ${title} » terminé : ${activity.evidence.length} décision(s) notée(s), ${mistakes} à revoir.`,
    reference: null,
    key: activity.kind === 'rendez-vous',
    tone: mistakes === 0 ? 'succes' : 'info',
  });
  if (activity.kind !== 'evenement') return next;
  const task = next.tasks.find((item) => item.subject === activity.id && item.kind === 'evenement');
  if (!task) return next;
  next = { ...next, tasks: updateTask(next.tasks, task.id, { status: 'done', doneOn: activity.date }) };
  if (task.deadline === null || activity.date <= task.deadline) return next;
  const event = env.config.events.find((item) => item.id === activity.id);
  return withMeters(next, [
    {
      meter: event?.channel === 'maire' ? 'confianceMaire' : 'satisfactionUsagers',
      delta: -1,
      reason: `« ${task.title} » traité après la date attendue du ${formatFrenchDate(task.deadline)}.`,
      date: activity.date,
      cause: { kind: 'echeance', taskId: task.id, reference: null },
    },
  ]);
}

function withRun(env: YearEnv, state: YearState, activity: Activity, snapshot: ScenarioSnapshot): YearState {
  const updated: Activity = {
    ...activity,
    evidence: snapshot.context.evidence,
    meterChanges: snapshot.context.meterChanges,
    status: snapshot.status === 'done' ? 'termine' : 'en-cours',
  };
  const next = replaceActivity({ ...state, active: activity.id }, updated);
  return updated.status === 'termine' ? finish(env, next, updated) : next;
}

/** Opens a scheduled scenario of this week, or a short event planned this week. */
export function openActivity(
  env: YearEnv,
  state: YearState,
  activityId: string,
): Result<YearState, YearRefusal> {
  if (state.phase !== 'execution') return refuse('Validez d’abord le planning de la semaine.');
  const open = state.activities.find((item) => item.id === state.active);
  if (open) return refuse(`Terminez d’abord « ${activityTitle(env, open)} ».`);
  const monday = currentMonday(env, state);
  const existing = state.activities.find((item) => item.id === activityId);
  let activity: Activity;
  if (existing) {
    if (existing.kind !== 'rendez-vous' || existing.status !== 'a-venir' || !isInWeek(existing.date, monday))
      return refuse('Ce rendez-vous n’est pas à jouer cette semaine.');
    activity = existing;
  } else {
    const event = env.config.events.find((item) => item.id === activityId);
    const taskId = `evenement.${activityId}`;
    const day = state.plan[taskId];
    const task = state.tasks.find((item) => item.id === taskId);
    if (!event || !task || task.status !== 'open' || day === undefined)
      return refuse('Cet événement n’est pas planifié cette semaine.');
    activity = {
      id: activityId,
      kind: 'evenement',
      scenarioId: event.scenario,
      date: dayDate(monday, day),
      hours: event.hours,
      status: 'a-venir',
      cancelledBecause: null,
      seed: activitySeed(state.setup.seed, activityId),
      log: [],
      steps: [],
      evidence: [],
      meterChanges: [],
    };
  }
  const snapshot = activitySnapshot(env, activity);
  if (!snapshot) return refuse(`Le scénario « ${activity.scenarioId} » est introuvable.`);
  return ok(withRun(env, state, activity, snapshot));
}

/**
 * Forwards one event to the open scenario; a refused or malformed one changes nothing. An accepted one gives the
 * cues the scenario emitted, for the year session to announce.
 */
export function forwardEvent(
  env: YearEnv,
  state: YearState,
  event: ScenarioEvent,
): Result<YearStep, YearRefusal> {
  const activity = state.activities.find((item) => item.id === state.active);
  const program = activity ? env.program(activity.scenarioId) : undefined;
  const snapshot = activity ? activitySnapshot(env, activity) : null;
  if (!activity || !program || !snapshot) return refuse('Aucun scénario n’est ouvert.');
  const step = sendToRun(program, snapshot, event);
  if (!step.ok) return step;
  const log = [...activity.log, event];
  env.snapshots.set(log, step.value.snapshot);
  const played = { ...activity, log, steps: [...activity.steps, stepKeyOf(snapshot)] };
  return ok({ state: withRun(env, state, played, step.value.snapshot), cues: step.value.cues });
}
