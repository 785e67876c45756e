import type { IsoDate } from '../dates';
import { err, ok, type Result } from '../result';
import type { ScenarioSnapshot } from '../scenario/runtime/run';
import { scenarioPort, type RunHolder } from '../scenario/runtime/session';
import type { ScenarioSessionPort } from '../scenario/session-port';
import { buildYearBilan, type YearBilan } from './bilan';
import type { YearEnv } from './env';
import { activitySnapshot } from './state/activities';
import { planProblem } from './state/plan';
import { replayYear, stepYear } from './state/reducer';
import type { YearEvent, YearRefusal, YearSetup, YearState, YearStep } from './state/types';
import { weekViewOf, type WeekView } from './week-view';

/** A year being played, as the hub sees it. */
export interface YearSession {
  readonly setup: YearSetup;
  state(): YearState;
  view(): WeekView;
  /** Why a week's agenda would be refused, in French, or null: the agenda view checks its draft with it. */
  planProblem(slots: readonly (readonly [string, number])[]): string | null;
  /** Applies an event; an accepted one notifies the subscribers (the autosave hooks there). */
  send(event: YearEvent): Result<YearState, YearRefusal>;
  /** Called after every accepted event with the new state and the event; returns an unsubscribe function. */
  subscribe(listener: (state: YearState, event: YearEvent) => void): () => void;
  /**
   * Opens a scenario of the week (sends `activity.open` unless it is already the open one) and returns the port
   * the scenario views talk to; its events go through the year, so they are logged and saved.
   */
  openActivity(activityId: string): Result<ScenarioSessionPort, string>;
  bilan(playedOn: IsoDate, playerLabel?: string): Result<YearBilan, string>;
}

/**
 * Opens a year from its setup, resuming from a saved log (replayed through the machines). A log that does not
 * replay to its end is refused in French: the caller keeps the save aside.
 */
export function openYearSession(
  env: YearEnv,
  setup: YearSetup,
  savedLog: readonly YearEvent[] = [],
): Result<YearSession, string> {
  const replay = replayYear(env, setup, savedLog);
  if (!replay.ok) return replay;
  if (replay.value.refused)
    return err(
      `La partie ne se rejoue pas : l’événement n° ${replay.value.refused.index + 1} est refusé (${replay.value.refused.refusal.message}).`,
    );
  return ok(resumeYearSession(env, replay.value.state));
}

/** A session on a state already replayed (a loaded save: `loadYearFromSlot` has replayed it once). */
export function resumeYearSession(env: YearEnv, state: YearState): YearSession {
  const setup = state.setup;
  let current = state;
  const listeners = new Set<(state: YearState, event: YearEvent) => void>();

  /** Applies an event; the cues of an accepted one go back to the scenario port that sent it, not in the state. */
  const step = (event: YearEvent): Result<YearStep, YearRefusal> => {
    const next = stepYear(env, current, event);
    if (!next.ok) return next;
    current = next.value.state;
    for (const listener of listeners) listener(current, event);
    return next;
  };
  const send = (event: YearEvent): Result<YearState, YearRefusal> => {
    const next = step(event);
    return next.ok ? ok(next.value.state) : next;
  };

  /** The run of an activity, held in the year's state: its events go through the year's log. */
  const heldRun = (activityId: string, first: ScenarioSnapshot): RunHolder => {
    let last = first;
    const snapshot = (): ScenarioSnapshot => {
      const activity = current.activities.find((item) => item.id === activityId);
      last = (activity && activitySnapshot(env, activity)) ?? last;
      return last;
    };
    return {
      snapshot,
      send(event) {
        const sent = step({ type: 'activity.event', event });
        return sent.ok ? ok({ snapshot: snapshot(), cues: sent.value.cues }) : sent;
      },
    };
  };

  return {
    setup,
    state: () => current,
    view: () => weekViewOf(env, current),
    send,
    planProblem: (slots) =>
      current.phase === 'planning'
        ? planProblem(env, current, slots)
        : 'Le planning de la semaine est déjà validé.',
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    openActivity(activityId) {
      if (current.active !== activityId) {
        const opened = send({ type: 'activity.open', activityId });
        if (!opened.ok) return err(opened.error.message);
      }
      const activity = current.activities.find((item) => item.id === activityId);
      const program = activity && env.program(activity.scenarioId);
      const snapshot = activity && activitySnapshot(env, activity);
      if (!program || !snapshot) return err(`Le scénario de « ${activityId} » est introuvable.`);
      return ok(scenarioPort(program, heldRun(activityId, snapshot)));
    },
    bilan: (playedOn, playerLabel) => buildYearBilan(env, current, playedOn, playerLabel),
  };
}
