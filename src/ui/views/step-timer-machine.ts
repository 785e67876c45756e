/**
 * The step timer as a small XState machine (RGAA 2.2.1 and 13.1: every time limit can be paused, extended or
 * switched off). Time passes only through `after` delays, so a test drives it with XState's SimulatedClock and
 * the browser with its real clock, through the actor's `clock` option.
 *
 * The countdown advances in slices of at most one second: a slice interrupted by a pause is not counted, so a
 * player never loses time to a pause. The timer also pauses by itself while the page is hidden (another tab, a
 * locked tablet) and resumes when it is shown again, unless the player had paused it.
 *
 * Side effects leave as emitted events: `timer.announce` (a sentence for the narrator) and `timer.expired`
 * (the host sends `timer.expire` to the scenario), exactly once.
 */

import { assign, emit, enqueueActions, setup } from 'xstate';
import { timerFactor, type TimerMode } from '../settings/settings';
import { crossedThresholds, spokenDuration, type TimerState, type TimerStatus } from './timer-presenter';

/** What « +30 s » adds. */
export const EXTEND_STEP_SECONDS = 30;
/** Longest slice of time counted at once: the display and the thresholds follow the second. */
const SLICE_MS = 1000;

/** Where the timer's delays are scheduled: the browser's clock, or XState's SimulatedClock in tests. */
export interface TimerClock {
  setTimeout(fn: () => void, timeout: number): unknown;
  clearTimeout(id: unknown): void;
}

export interface StepTimerInput {
  readonly seconds: number;
  /** The player's timer setting: normal, extended or off. */
  readonly mode: TimerMode;
}

interface StepTimerContext {
  readonly remainingMs: number;
  readonly totalMs: number;
}

export type StepTimerEvent =
  | { readonly type: 'user.pause' }
  | { readonly type: 'user.resume' }
  | { readonly type: 'user.extend'; readonly seconds?: number }
  | { readonly type: 'user.disable' }
  | { readonly type: 'page.hidden' }
  | { readonly type: 'page.visible' };

export type StepTimerEmitted =
  { readonly type: 'timer.announce'; readonly text: string } | { readonly type: 'timer.expired' };

const sliceOf = (context: StepTimerContext): number => Math.min(SLICE_MS, context.remainingMs);

/** The machine of one step's timer; create one actor per step and stop it when the step ends. */
export const stepTimerMachine = setup({
  types: {
    input: {} as StepTimerInput,
    context: {} as StepTimerContext,
    events: {} as StepTimerEvent,
    emitted: {} as StepTimerEmitted,
  },
  delays: {
    slice: ({ context }) => sliceOf(context),
  },
  guards: {
    isSwitchedOff: ({ context }) => context.totalMs < 0,
    isTimeUp: ({ context }) => context.remainingMs <= 0,
  },
  actions: {
    /** Counts one slice of time and says a threshold (1 min, 30 s, 10 s) when the slice crosses it. */
    countSlice: enqueueActions(({ context, enqueue }) => {
      const before = context.remainingMs;
      const after = before - sliceOf(context);
      enqueue.assign({ remainingMs: after });
      for (const seconds of crossedThresholds(before, after)) {
        enqueue.emit({ type: 'timer.announce', text: `Plus que ${spokenDuration(seconds * 1000)}.` });
      }
    }),
    addTime: assign(({ context, event }) => {
      const seconds = event.type === 'user.extend' ? (event.seconds ?? EXTEND_STEP_SECONDS) : 0;
      const extra = Math.max(0, seconds) * 1000;
      return { remainingMs: context.remainingMs + extra, totalMs: context.totalMs + extra };
    }),
    sayExtended: emit(({ context, event }) => ({
      type: 'timer.announce' as const,
      text: `${event.type === 'user.extend' ? (event.seconds ?? EXTEND_STEP_SECONDS) : 0} secondes ajoutées : il reste ${spokenDuration(context.remainingMs)}.`,
    })),
    sayPaused: emit({ type: 'timer.announce', text: 'Minuteur en pause.' }),
    sayResumed: emit(({ context }) => ({
      type: 'timer.announce' as const,
      text: `Minuteur relancé : il reste ${spokenDuration(context.remainingMs)}.`,
    })),
    sayDisabled: emit({ type: 'timer.announce', text: 'Minuteur désactivé : prenez votre temps.' }),
    signalExpiry: emit({ type: 'timer.expired' }),
  },
}).createMachine({
  id: 'stepTimer',
  context: ({ input }) => {
    const factor = timerFactor(input.mode);
    const totalMs = factor === null ? -1 : Math.max(0, input.seconds) * 1000 * factor;
    return { remainingMs: Math.max(0, totalMs), totalMs };
  },
  initial: 'starting',
  states: {
    starting: {
      always: [{ guard: 'isSwitchedOff', target: 'off' }, { target: 'running' }],
    },
    running: {
      always: { guard: 'isTimeUp', target: 'expired' },
      after: { slice: { target: 'running', reenter: true, actions: 'countSlice' } },
      on: {
        'user.pause': { target: 'paused.byPlayer', actions: 'sayPaused' },
        'page.hidden': { target: 'paused.byHiddenPage' },
      },
    },
    paused: {
      initial: 'byPlayer',
      states: {
        byPlayer: {
          on: { 'user.resume': { target: '#stepTimer.running', actions: 'sayResumed' } },
        },
        byHiddenPage: {
          on: {
            'page.visible': { target: '#stepTimer.running' },
            // Paused again by the player while hidden (a keyboard shortcut): it stays paused when shown.
            'user.pause': { target: 'byPlayer', actions: 'sayPaused' },
          },
        },
      },
    },
    off: { type: 'final' },
    expired: { type: 'final', entry: 'signalExpiry' },
  },
  on: {
    'user.extend': { guard: ({ context }) => context.totalMs >= 0, actions: ['addTime', 'sayExtended'] },
    'user.disable': { target: '.off', actions: 'sayDisabled' },
  },
});

/** The timer's status as the view shows it, from a snapshot of {@link stepTimerMachine}. */
export function timerStatusOf(value: unknown): TimerStatus {
  if (value === 'running') return 'running';
  if (value === 'off') return 'off';
  if (value === 'expired') return 'expired';
  return 'paused';
}

/** The plain state the presenters read (`presentTimer`, `timerStartText`). */
export function timerStateOf(snapshot: { value: unknown; context: StepTimerContext }): TimerState {
  const { remainingMs, totalMs } = snapshot.context;
  return { status: timerStatusOf(snapshot.value), remainingMs, totalMs: Math.max(0, totalMs) };
}
