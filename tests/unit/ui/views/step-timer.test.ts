import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createActor, SimulatedClock } from 'xstate';
import {
  clockText,
  crossedThresholds,
  presentTimer,
  spokenDuration,
  timerStartText,
  type TimerStatus,
} from '../../../../src/ui/views/timer-presenter';
import {
  stepTimerMachine,
  timerStateOf,
  type StepTimerEvent,
} from '../../../../src/ui/views/step-timer-machine';
import type { TimerMode } from '../../../../src/ui/settings/settings';

/**
 * One step's timer on a simulated clock: `clock.increment(ms)` makes time pass. SimulatedClock fires the
 * timers due at the new time but not the ones they schedule, so time passes here in small steps, as it does.
 */
function setup(seconds = 45, mode: TimerMode = 'normal') {
  const simulated = new SimulatedClock();
  const clock = {
    increment(ms: number) {
      for (let left = ms; left > 0; left -= 250) simulated.increment(Math.min(250, left));
    },
  };
  const actor = createActor(stepTimerMachine, { input: { seconds, mode }, clock: simulated });
  const said: string[] = [];
  let expired = 0;
  actor.on('timer.announce', ({ text }) => said.push(text));
  actor.on('timer.expired', () => {
    expired += 1;
  });
  actor.start();
  const state = () => timerStateOf(actor.getSnapshot());
  return { actor, clock, said, state, expired: () => expired };
}

describe('the step timer machine', () => {
  it.each<[TimerMode, TimerStatus, number]>([
    ['normal', 'running', 45_000],
    ['extended', 'running', 90_000],
    ['off', 'off', 0],
  ])('setting %s → %s with %i ms', (mode, status, ms) => {
    const { state } = setup(45, mode);
    expect(state()).toEqual({ status, remainingMs: ms, totalMs: ms });
  });

  it('says the thresholds, then expires once; nothing acts on it afterwards', () => {
    const { actor, clock, said, state, expired } = setup(75);
    expect(timerStartText(state())).toBe(
      'Minuteur : 1 min 15 s pour répondre. Vous pouvez le mettre en pause, ajouter du temps ou le désactiver.',
    );
    clock.increment(74_999);
    expect(state()).toMatchObject({ status: 'running', remainingMs: 1000 });
    clock.increment(1);
    expect(said).toEqual(['Plus que 1 min.', 'Plus que 30 s.', 'Plus que 10 s.']);
    expect(state()).toMatchObject({ status: 'expired', remainingMs: 0 });
    expect(expired()).toBe(1);
    actor.send({ type: 'user.extend' });
    actor.send({ type: 'user.resume' });
    clock.increment(60_000);
    expect(expired()).toBe(1);
    expect(state().status).toBe('expired');
  });

  it('pause keeps the time left, and the slice interrupted by the pause is not counted', () => {
    const { actor, clock, said, state } = setup(45);
    clock.increment(5_500);
    actor.send({ type: 'user.pause' });
    expect(state()).toMatchObject({ status: 'paused', remainingMs: 40_000 });
    clock.increment(600_000);
    expect(state()).toMatchObject({ status: 'paused', remainingMs: 40_000 });
    actor.send({ type: 'user.resume' });
    clock.increment(1000);
    expect(state()).toMatchObject({ status: 'running', remainingMs: 39_000 });
    expect(said).toEqual(['Minuteur en pause.', 'Minuteur relancé : il reste 40 s.']);
  });

  it('pauses by itself while the page is hidden and resumes when it is shown again', () => {
    const { actor, clock, said, state, expired } = setup(20);
    clock.increment(2_000);
    actor.send({ type: 'page.hidden' });
    clock.increment(3_600_000);
    expect(state()).toMatchObject({ status: 'paused', remainingMs: 18_000 });
    expect(expired()).toBe(0);
    actor.send({ type: 'page.visible' });
    clock.increment(3_000);
    expect(state()).toMatchObject({ status: 'running', remainingMs: 15_000 });
    expect(said).toEqual([]);
  });

  it('a timer the player paused stays paused when a hidden page is shown again', () => {
    const { actor, clock, state } = setup(20);
    actor.send({ type: 'user.pause' });
    actor.send({ type: 'page.hidden' });
    actor.send({ type: 'page.visible' });
    clock.increment(30_000);
    expect(state()).toMatchObject({ status: 'paused', remainingMs: 20_000 });
  });

  it('« +30 s » adds time and says so, also while paused', () => {
    const { actor, said, state } = setup(45);
    actor.send({ type: 'user.extend' });
    expect(state()).toMatchObject({ remainingMs: 75_000, totalMs: 75_000 });
    expect(said.at(-1)).toBe('30 secondes ajoutées : il reste 1 min 15 s.');
    actor.send({ type: 'user.pause' });
    actor.send({ type: 'user.extend', seconds: 10 });
    expect(state()).toMatchObject({ status: 'paused', remainingMs: 85_000 });
  });

  it('« Désactiver » switches the timer off for good: no expiry', () => {
    const { actor, clock, said, state, expired } = setup(10);
    actor.send({ type: 'user.disable' });
    clock.increment(60_000);
    expect(state().status).toBe('off');
    expect(expired()).toBe(0);
    expect(said.at(-1)).toBe('Minuteur désactivé : prenez votre temps.');
  });

  it('with the setting off, nothing runs and nothing is said', () => {
    const { clock, said, state, expired } = setup(10, 'off');
    clock.increment(60_000);
    expect(said).toEqual([]);
    expect(expired()).toBe(0);
    expect(timerStartText(state())).toBeNull();
  });

  it('stopping the actor stops everything', () => {
    const { actor, clock, expired } = setup(10);
    actor.stop();
    clock.increment(20_000);
    expect(expired()).toBe(0);
  });

  it('property: time left stays within 0 and the total; expiry is said at most once and only at 0', () => {
    const event = fc.oneof(
      fc.constantFrom<StepTimerEvent>(
        { type: 'user.pause' },
        { type: 'user.resume' },
        { type: 'user.disable' },
        { type: 'page.hidden' },
        { type: 'page.visible' },
      ),
      fc.integer({ min: -10, max: 60 }).map((seconds): StepTimerEvent => ({ type: 'user.extend', seconds })),
      fc.integer({ min: 0, max: 20_000 }).map((ms) => ms),
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), (steps) => {
        const { actor, clock, state, expired } = setup(30);
        for (const step of steps) {
          if (typeof step === 'number') clock.increment(step);
          else actor.send(step);
          const now = state();
          expect(now.remainingMs).toBeGreaterThanOrEqual(0);
          expect(now.remainingMs).toBeLessThanOrEqual(now.totalMs);
          expect(expired()).toBe(now.status === 'expired' ? 1 : 0);
        }
      }),
    );
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
    const running = { status: 'running' as const, remainingMs: 45_000, totalMs: 45_000 };
    expect(presentTimer(running)).toMatchObject({
      clock: '0:45',
      statusText: 'Temps restant : 45 s',
      pauseLabel: 'Pause',
      canPause: true,
      canExtend: true,
      canDisable: true,
      urgent: false,
    });
    expect(presentTimer({ ...running, status: 'paused' })).toMatchObject({ pauseLabel: 'Reprendre' });
    expect(presentTimer({ ...running, remainingMs: 5_000 }).urgent).toBe(true);
    expect(presentTimer({ status: 'off', remainingMs: 0, totalMs: 0 })).toMatchObject({
      clock: '—',
      canPause: false,
      canExtend: false,
      statusText: 'Minuteur désactivé : prenez votre temps.',
    });
  });
});
