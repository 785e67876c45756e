import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  clockText,
  crossedThresholds,
  initialTimerState,
  presentTimer,
  spokenDuration,
  TimerController,
  timerReducer,
  timerStartText,
  type TickSource,
  type TimerAction,
  type TimerStatus,
} from '../../../../src/ui/views/timer-controller';
import type { TimerMode } from '../../../../src/ui/settings/settings';

/** A tick source driven by the test: `advance(ms)` delivers one tick to whoever listens. */
function manualTicks() {
  let listener: ((elapsedMs: number) => void) | null = null;
  let subscriptions = 0;
  const source: TickSource = (onTick) => {
    listener = onTick;
    subscriptions += 1;
    return () => {
      listener = null;
    };
  };
  return {
    source,
    advance: (ms: number) => listener?.(ms),
    get listening() {
      return listener !== null;
    },
    get subscriptions() {
      return subscriptions;
    },
  };
}

function setup(seconds = 45, policy: TimerMode = 'normal') {
  const ticks = manualTicks();
  const said: string[] = [];
  let expired = 0;
  const timer = new TimerController({
    seconds,
    mode: policy,
    tickSource: ticks.source,
    announce: (text) => said.push(text),
    onExpire: () => {
      expired += 1;
    },
  });
  return { timer, ticks, said, expired: () => expired };
}

describe('timerReducer', () => {
  it.each<[TimerMode, string, number]>([
    ['normal', 'ready', 45_000],
    ['extended', 'ready', 90_000],
    ['off', 'off', 45_000],
  ])('policy %s → %s, %i ms', (policy, status, ms) => {
    expect(initialTimerState(45, policy)).toEqual({ status, remainingMs: ms, totalMs: ms });
  });

  it.each<[TimerStatus, TimerAction, TimerStatus]>([
    ['ready', { type: 'tick', elapsedMs: 1000 }, 'ready'],
    ['ready', { type: 'pause' }, 'ready'],
    ['running', { type: 'resume' }, 'running'],
    ['paused', { type: 'tick', elapsedMs: 1000 }, 'paused'],
    ['off', { type: 'start' }, 'off'],
    ['off', { type: 'extend', seconds: 30 }, 'off'],
    ['expired', { type: 'disable' }, 'expired'],
    ['expired', { type: 'extend', seconds: 30 }, 'expired'],
  ])('%s ignores %j', (status, action, expected) => {
    const state = { status, remainingMs: 5000, totalMs: 10_000 };
    const next = timerReducer(state, action);
    expect(next.status).toBe(expected);
    expect(next).toBe(state);
  });

  it('expires exactly when time runs out, never below zero', () => {
    const running = timerReducer(initialTimerState(5, 'normal'), { type: 'start' });
    expect(timerReducer(running, { type: 'tick', elapsedMs: 4999 })).toMatchObject({
      status: 'running',
      remainingMs: 1,
    });
    expect(timerReducer(running, { type: 'tick', elapsedMs: 7000 })).toMatchObject({
      status: 'expired',
      remainingMs: 0,
    });
  });

  it('property: time left stays within 0 and the (extended) total', () => {
    const action = fc.oneof(
      fc.constant<TimerAction>({ type: 'start' }),
      fc.constant<TimerAction>({ type: 'pause' }),
      fc.constant<TimerAction>({ type: 'resume' }),
      fc.constant<TimerAction>({ type: 'disable' }),
      fc.integer({ min: -10, max: 60 }).map((seconds): TimerAction => ({ type: 'extend', seconds })),
      fc.integer({ min: -1000, max: 20_000 }).map((elapsedMs): TimerAction => ({ type: 'tick', elapsedMs })),
    );
    fc.assert(
      fc.property(fc.array(action, { maxLength: 40 }), (actions) => {
        let state = initialTimerState(30, 'normal');
        for (const next of actions) {
          const before = state;
          state = timerReducer(state, next);
          expect(state.remainingMs).toBeGreaterThanOrEqual(0);
          expect(state.remainingMs).toBeLessThanOrEqual(state.totalMs);
          if (before.status === 'expired') expect(state.status).toBe('expired');
        }
      }),
    );
  });
});

describe('TimerController', () => {
  it('says the thresholds, then expires once and stops ticking', () => {
    const { timer, ticks, said, expired } = setup(75);
    timer.start();
    expect(timerStartText(timer.state)).toBe(
      'Minuteur : 1 min 15 s pour répondre. Vous pouvez le mettre en pause, ajouter du temps ou le désactiver.',
    );
    for (let i = 0; i < 80; i += 1) ticks.advance(1000);
    expect(said).toEqual(['Plus que 1 min.', 'Plus que 30 s.', 'Plus que 10 s.']);
    expect(expired()).toBe(1);
    expect(ticks.listening).toBe(false);
    timer.extend();
    timer.resume();
    expect(expired()).toBe(1);
  });

  it('pause stops the ticks; resume restarts them; time left is kept', () => {
    const { timer, ticks, said } = setup(45);
    timer.start();
    ticks.advance(5000);
    timer.togglePause();
    expect(timer.state).toMatchObject({ status: 'paused', remainingMs: 40_000 });
    expect(ticks.listening).toBe(false);
    timer.togglePause();
    expect(ticks.listening).toBe(true);
    expect(ticks.subscriptions).toBe(2);
    expect(said).toEqual(['Minuteur en pause.', 'Minuteur relancé : il reste 40 s.']);
  });

  it('« +30 s » adds time and says so', () => {
    const { timer, said } = setup(45);
    timer.start();
    timer.extend();
    expect(timer.state.remainingMs).toBe(75_000);
    expect(said.at(-1)).toBe('30 secondes ajoutées : il reste 1 min 15 s.');
  });

  it('« Désactiver » switches the timer off for good: no expiry', () => {
    const { timer, ticks, said, expired } = setup(10);
    timer.start();
    timer.disable();
    ticks.advance(60_000);
    expect(timer.state.status).toBe('off');
    expect(expired()).toBe(0);
    expect(said.at(-1)).toBe('Minuteur désactivé : prenez votre temps.');
  });

  it('with the policy off, start does nothing and nothing is said', () => {
    const { timer, ticks, said } = setup(10, 'off');
    timer.start();
    expect(ticks.listening).toBe(false);
    expect(said).toEqual([]);
    expect(timerStartText(timer.state)).toBeNull();
  });

  it('dispose stops everything', () => {
    const { timer, ticks, expired } = setup(10);
    timer.start();
    timer.dispose();
    expect(ticks.listening).toBe(false);
    ticks.advance(20_000);
    timer.resume();
    expect(expired()).toBe(0);
  });
});

describe('display', () => {
  it.each([
    [75_000, '1 min 15 s', '1:15'],
    [60_000, '1 min', '1:00'],
    [9_001, '10 s', '0:10'],
    [400, '1 s', '0:01'],
    [0, '0 s', '0:00'],
  ])('%i ms → « %s », « %s »', (ms, spoken, clock) => {
    expect(spokenDuration(ms)).toBe(spoken);
    expect(clockText(ms)).toBe(clock);
  });

  it('crossedThresholds', () => {
    expect(crossedThresholds(61_000, 29_000)).toEqual([60, 30]);
    expect(crossedThresholds(30_000, 29_000)).toEqual([]);
  });

  it('presentTimer gives labels and which controls apply', () => {
    const running = timerReducer(initialTimerState(45, 'normal'), { type: 'start' });
    expect(presentTimer(running)).toMatchObject({
      clock: '0:45',
      statusText: 'Temps restant : 45 s',
      pauseLabel: 'Pause',
      canPause: true,
      canExtend: true,
      canDisable: true,
      urgent: false,
    });
    expect(presentTimer(timerReducer(running, { type: 'pause' }))).toMatchObject({ pauseLabel: 'Reprendre' });
    expect(presentTimer(timerReducer(running, { type: 'tick', elapsedMs: 40_000 })).urgent).toBe(true);
    expect(presentTimer(initialTimerState(45, 'off'))).toMatchObject({
      clock: '—',
      canPause: false,
      canExtend: false,
      statusText: 'Minuteur désactivé : prenez votre temps.',
    });
  });
});
