/**
 * The step timer (RGAA 13.1: every time limit can be paused, extended or switched off). A pure state
 * machine (`timerReducer`) driven by an injected tick source, wrapped by `TimerController`, which says the
 * time left at a few thresholds and calls `onExpire` (the host sends `timer.expire`) exactly once.
 * What is said when the step starts or expires goes with the step's own announcement (one live-region
 * message at a time): see {@link timerStartText}; the host says the scenario's expiry label.
 */

import { timerFactor, type TimerMode } from '../settings/settings';

/** What « +30 s » adds. */
export const EXTEND_STEP_SECONDS = 30;
/** Time left (seconds) at which the narrator speaks. */
export const ANNOUNCE_AT_SECONDS: readonly number[] = [60, 30, 10];

export type TimerStatus = 'ready' | 'running' | 'paused' | 'off' | 'expired';

export interface TimerState {
  readonly status: TimerStatus;
  readonly remainingMs: number;
  readonly totalMs: number;
}

export type TimerAction =
  | { readonly type: 'start' }
  | { readonly type: 'tick'; readonly elapsedMs: number }
  | { readonly type: 'pause' }
  | { readonly type: 'resume' }
  | { readonly type: 'extend'; readonly seconds: number }
  | { readonly type: 'disable' };

/** Calls `onTick` with the milliseconds elapsed since the previous call; returns a stop function. */
export type TickSource = (onTick: (elapsedMs: number) => void) => () => void;

/** The timer as the player's setting (normal, extended, off) makes it, not yet started. */
export function initialTimerState(seconds: number, mode: TimerMode): TimerState {
  const factor = timerFactor(mode);
  const totalMs = Math.max(0, seconds) * 1000 * (factor ?? 1);
  return { status: factor === null ? 'off' : 'ready', remainingMs: totalMs, totalMs };
}

/** One transition; actions that make no sense in the current status leave it unchanged. */
export function timerReducer(state: TimerState, action: TimerAction): TimerState {
  switch (action.type) {
    case 'start':
      return state.status === 'ready' ? { ...state, status: 'running' } : state;
    case 'tick': {
      if (state.status !== 'running' || action.elapsedMs <= 0) return state;
      const remainingMs = Math.max(0, state.remainingMs - action.elapsedMs);
      return { ...state, remainingMs, status: remainingMs === 0 ? 'expired' : 'running' };
    }
    case 'pause':
      return state.status === 'running' ? { ...state, status: 'paused' } : state;
    case 'resume':
      return state.status === 'paused' ? { ...state, status: 'running' } : state;
    case 'extend': {
      if (!['ready', 'running', 'paused'].includes(state.status) || action.seconds <= 0) return state;
      const extra = action.seconds * 1000;
      return { ...state, remainingMs: state.remainingMs + extra, totalMs: state.totalMs + extra };
    }
    case 'disable':
      return state.status === 'expired' ? state : { ...state, status: 'off' };
  }
}

/** Thresholds of {@link ANNOUNCE_AT_SECONDS} passed when time left goes from `beforeMs` to `afterMs`. */
export function crossedThresholds(beforeMs: number, afterMs: number): readonly number[] {
  return ANNOUNCE_AT_SECONDS.filter((seconds) => beforeMs > seconds * 1000 && afterMs <= seconds * 1000);
}

/** Time left said in words: « 1 min 5 s », « 45 s ». Rounded up: a timer never says 0 before expiring. */
export function spokenDuration(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  if (minutes === 0) return `${seconds} s`;
  return seconds === 0 ? `${minutes} min` : `${minutes} min ${seconds} s`;
}

/** What to say with the step when its timer starts; null when timers are off. */
export function timerStartText(state: TimerState): string | null {
  if (state.status === 'off' || state.status === 'expired') return null;
  return (
    `Minuteur : ${spokenDuration(state.remainingMs)} pour répondre. ` +
    'Vous pouvez le mettre en pause, ajouter du temps ou le désactiver.'
  );
}

/** Time left as a clock: « 1:05 ». */
export function clockText(ms: number): string {
  const total = Math.ceil(ms / 1000);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

export interface TimerModel {
  readonly clock: string;
  readonly spoken: string;
  readonly statusText: string;
  /** Fraction of the time left, 0–1, for the gauge. */
  readonly fraction: number;
  readonly urgent: boolean;
  readonly pauseLabel: 'Pause' | 'Reprendre';
  readonly canPause: boolean;
  readonly canExtend: boolean;
  readonly canDisable: boolean;
}

/** View-model of the timer display and its controls. */
export function presentTimer(state: TimerState): TimerModel {
  const active = state.status === 'running' || state.status === 'paused' || state.status === 'ready';
  const statusText: Record<TimerStatus, string> = {
    ready: `Temps restant : ${spokenDuration(state.remainingMs)}`,
    running: `Temps restant : ${spokenDuration(state.remainingMs)}`,
    paused: `En pause — temps restant : ${spokenDuration(state.remainingMs)}`,
    off: 'Minuteur désactivé : prenez votre temps.',
    expired: 'Temps écoulé.',
  };
  return {
    clock: state.status === 'off' ? '—' : clockText(state.remainingMs),
    spoken: spokenDuration(state.remainingMs),
    statusText: statusText[state.status],
    fraction: state.totalMs === 0 ? 0 : state.remainingMs / state.totalMs,
    urgent: state.status === 'running' && state.remainingMs <= 10_000,
    pauseLabel: state.status === 'paused' ? 'Reprendre' : 'Pause',
    canPause: state.status === 'running' || state.status === 'paused',
    canExtend: active,
    canDisable: active,
  };
}

export interface TimerControllerOptions {
  readonly seconds: number;
  /** The player's timer setting. */
  readonly mode: TimerMode;
  readonly tickSource: TickSource;
  readonly announce: (text: string) => void;
  /** Called once, when time runs out: the host sends `timer.expire`. */
  readonly onExpire: () => void;
  readonly onChange?: (state: TimerState) => void;
}

/** Runs one step's timer. Create one per step; `dispose()` when the step ends. */
export class TimerController {
  #state: TimerState;
  #stopTicks: (() => void) | null = null;
  #disposed = false;
  readonly #options: TimerControllerOptions;

  constructor(options: TimerControllerOptions) {
    this.#options = options;
    this.#state = initialTimerState(options.seconds, options.mode);
  }

  get state(): TimerState {
    return this.#state;
  }

  /** Starts the countdown (nothing happens when the player switched timers off). */
  start(): void {
    this.#dispatch({ type: 'start' });
  }

  /** Pauses a running timer, resumes a paused one. */
  togglePause(): void {
    if (this.#state.status === 'running') this.pause();
    else this.resume();
  }

  pause(): void {
    if (this.#dispatch({ type: 'pause' })) this.#options.announce('Minuteur en pause.');
  }

  resume(): void {
    if (this.#dispatch({ type: 'resume' })) {
      this.#options.announce(`Minuteur relancé : il reste ${spokenDuration(this.#state.remainingMs)}.`);
    }
  }

  extend(seconds = EXTEND_STEP_SECONDS): void {
    if (this.#dispatch({ type: 'extend', seconds })) {
      this.#options.announce(
        `${seconds} secondes ajoutées : il reste ${spokenDuration(this.#state.remainingMs)}.`,
      );
    }
  }

  disable(): void {
    if (this.#dispatch({ type: 'disable' }))
      this.#options.announce('Minuteur désactivé : prenez votre temps.');
  }

  /** Stops the ticks for good; later calls do nothing. */
  dispose(): void {
    this.#disposed = true;
    this.#stopTicks?.();
    this.#stopTicks = null;
  }

  #tick(elapsedMs: number): void {
    const before = this.#state.remainingMs;
    if (!this.#dispatch({ type: 'tick', elapsedMs })) return;
    if (this.#state.status === 'expired') return;
    for (const seconds of crossedThresholds(before, this.#state.remainingMs)) {
      this.#options.announce(`Plus que ${spokenDuration(seconds * 1000)}.`);
    }
  }

  /** Applies an action; returns whether the state changed. Starts or stops the ticks to match. */
  #dispatch(action: TimerAction): boolean {
    if (this.#disposed) return false;
    const previous = this.#state;
    const next = timerReducer(previous, action);
    if (next === previous) return false;
    this.#state = next;
    if (next.status === 'running' && this.#stopTicks === null) {
      this.#stopTicks = this.#options.tickSource((elapsedMs) => this.#tick(elapsedMs));
    } else if (next.status !== 'running' && this.#stopTicks !== null) {
      this.#stopTicks();
      this.#stopTicks = null;
    }
    this.#options.onChange?.(next);
    if (next.status === 'expired' && previous.status !== 'expired') this.#options.onExpire();
    return true;
  }
}
