/**
 * What the step timer shows and says, as pure functions of its plain state (the machine that runs it is
 * `step-timer-machine.ts`). What is said when the step starts goes with the step's own announcement (one
 * live-region message at a time): see {@link timerStartText}; the host says the scenario's expiry label.
 */

/** Time left (seconds) at which the narrator speaks. */
export const ANNOUNCE_AT_SECONDS: readonly number[] = [60, 30, 10];

export type TimerStatus = 'running' | 'paused' | 'off' | 'expired';

export interface TimerState {
  readonly status: TimerStatus;
  readonly remainingMs: number;
  readonly totalMs: number;
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
  const active = state.status === 'running' || state.status === 'paused';
  const statusText: Record<TimerStatus, string> = {
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
