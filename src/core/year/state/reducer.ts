import { err, ok, type Result } from '../../result';
import type { YearEnv } from '../env';
import { forwardEvent, openActivity } from './activities';
import { commitPlan } from './plan';
import { startYear } from './start';
import type { YearEvent, YearRefusal, YearSetup, YearState, YearStep } from './types';
import { endWeek } from './week-end';

/** A step of the year that emitted no cue (everything but an event of a scenario). */
function quiet(result: Result<YearState, YearRefusal>): Result<YearStep, YearRefusal> {
  return result.ok ? ok({ state: result.value, cues: [] }) : result;
}

/**
 * One step of the year: the state after one event and the cues its scenario emitted, or why the event was
 * refused (the state is then unchanged). An accepted event is appended to the log, the source of truth of saves
 * and replays; the cues are not (see {@link YearStep}).
 */
export function stepYear(env: YearEnv, state: YearState, event: YearEvent): Result<YearStep, YearRefusal> {
  let result: Result<YearStep, YearRefusal>;
  switch (event.type) {
    case 'week.plan':
      result = quiet(commitPlan(env, state, event.slots));
      break;
    case 'activity.open':
      result = quiet(openActivity(env, state, event.activityId));
      break;
    case 'activity.event':
      result = forwardEvent(env, state, event.event);
      break;
    case 'week.end':
      result = quiet(endWeek(env, state));
      break;
    default:
      result = err({ message: 'Événement inconnu.' });
  }
  return result.ok
    ? ok({ state: { ...result.value.state, log: [...state.log, event] }, cues: result.value.cues })
    : result;
}

/**
 * The year as a reducer: the state after one event, or why the event was refused (the state is then unchanged).
 * What replays, bots and saves use: {@link stepYear} without the cues.
 */
export function applyYearEvent(
  env: YearEnv,
  state: YearState,
  event: YearEvent,
): Result<YearState, YearRefusal> {
  const step = stepYear(env, state, event);
  return step.ok ? ok(step.value.state) : step;
}

/** Outcome of replaying a year's log. */
export interface YearReplay {
  readonly state: YearState;
  /** Index of the first refused event and why, or null when all were accepted. */
  readonly refused: { readonly index: number; readonly refusal: YearRefusal } | null;
}

/**
 * Replays a year from its setup and event log: the same (world, configuration, scenario versions, setup, log)
 * gives the same state and marks. Stops at the first refused event.
 */
export function replayYear(
  env: YearEnv,
  setup: YearSetup,
  log: readonly YearEvent[],
): Result<YearReplay, string> {
  const started = startYear(env, setup);
  if (!started.ok) return started;
  let state = started.value;
  for (let index = 0; index < log.length; index += 1) {
    const event = log[index];
    if (event === undefined) break;
    const next = applyYearEvent(env, state, event);
    if (!next.ok) return ok({ state, refused: { index, refusal: next.error } });
    state = next.value;
  }
  return ok({ state, refused: null });
}
