import type { IsoDate } from '../dates';
import { err, ok, type Result } from '../result';
import { viewOf } from '../scenario/runtime/run';
import { createPortListeners } from '../scenario/runtime/port-listeners';
import type { ScenarioSessionPort, SendOutcome } from '../scenario/session-port';
import type { StepView } from '../scenario/step-view';
import { buildYearBilan, type YearBilan } from './bilan';
import type { YearEnv } from './env';
import { activitySnapshot, activityTitle } from './state/activities';
import { planProblem } from './state/plan';
import { applyYearEvent, replayYear } from './state/reducer';
import type { YearEvent, YearRefusal, YearSetup, YearState } from './state/types';
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

const END_VIEW: StepView = {
  kind: 'end',
  stepId: 'inconnu',
  role: 'sgm',
  title: 'Scénario terminé',
  lines: ['Retour au bureau.'],
};

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

  const send = (event: YearEvent): Result<YearState, YearRefusal> => {
    const next = applyYearEvent(env, current, event);
    if (!next.ok) return next;
    current = next.value;
    for (const listener of listeners) listener(current, event);
    return next;
  };

  const port = (activityId: string): ScenarioSessionPort => {
    const listeners = createPortListeners();
    const activity = () => current.activities.find((item) => item.id === activityId);
    const snapshot = () => {
      const found = activity();
      return found ? activitySnapshot(env, found) : null;
    };
    const program = env.program(activity()?.scenarioId ?? '');
    const view = (): StepView => {
      const shot = snapshot();
      return (program && shot ? viewOf(program, shot) : null) ?? END_VIEW;
    };
    const found = activity();
    return {
      scenarioId: found?.scenarioId ?? activityId,
      title: found ? activityTitle(env, found) : activityId,
      currentDate: () => snapshot()?.context.date ?? found?.date ?? '',
      view,
      send(event): SendOutcome {
        const before = snapshot()?.context.cues.length ?? 0;
        const result = send({ type: 'activity.event', event });
        if (!result.ok)
          return {
            accepted: false,
            problems: result.error.problems ?? [{ key: null, message: result.error.message }],
          };
        listeners.notify(snapshot()?.context.cues.slice(before) ?? [], view());
        return { accepted: true };
      },
      subscribe: listeners.subscribe,
      onCue: listeners.onCue,
      evidence: () => activity()?.evidence ?? [],
      isDone: () => activity()?.status === 'termine',
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
      return ok(port(activityId));
    },
    bilan: (playedOn, playerLabel) => buildYearBilan(env, current, playedOn, playerLabel),
  };
}
