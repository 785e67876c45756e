import { describe, expect, it } from 'vitest';
import { createActor, SimulatedClock } from 'xstate';
import { idleMachine, type IdleEmitted } from '../../../../src/ui/borne/idle-machine';

/** Lets `ms` pass second by second: the simulated clock fires the timers due at each step, then the new ones. */
function pass(clock: SimulatedClock, ms: number): void {
  for (let left = ms; left > 0; left -= 1000) clock.increment(Math.min(1000, left));
}

function watch(idleSeconds = 60, countdownSeconds = 20) {
  const clock = new SimulatedClock();
  const actor = createActor(idleMachine, { clock, input: { idleSeconds, countdownSeconds } });
  const heard: IdleEmitted[] = [];
  actor.on('*', (event) => heard.push(event));
  actor.start();
  return { clock, actor, heard, state: () => actor.getSnapshot().value };
}

describe('the kiosk’s idle watch', () => {
  it('does nothing while stopped (the attract loop needs no watch)', () => {
    const { clock, heard, state } = watch();
    pass(clock, 10 * 60_000);
    expect(state()).toBe('stopped');
    expect(heard).toEqual([]);
  });

  it('warns after 60 s without a touch, counts down each second, then forgets the visit at zero', () => {
    const { clock, actor, heard, state } = watch(60, 20);
    actor.send({ type: 'watch.start' });
    pass(clock, 59_999);
    expect(state()).toBe('watching');
    pass(clock, 1);
    expect(heard).toEqual([{ type: 'idle.countdown', remaining: 20 }]);
    pass(clock, 1000);
    expect(heard.at(-1)).toEqual({ type: 'idle.countdown', remaining: 19 });
    pass(clock, 18_000);
    expect(heard.at(-1)).toEqual({ type: 'idle.countdown', remaining: 1 });
    expect(heard.some((event) => event.type === 'idle.reset')).toBe(false);
    pass(clock, 1000);
    expect(heard.at(-1)).toEqual({ type: 'idle.reset' });
    expect(state()).toBe('stopped');
    expect(heard.filter((event) => event.type === 'idle.countdown')).toHaveLength(20);
  });

  it('a touch restarts the 60 s, and a touch during the countdown cancels it', () => {
    const { clock, actor, heard, state } = watch(60, 20);
    actor.send({ type: 'watch.start' });
    pass(clock, 50_000);
    actor.send({ type: 'user.activity' });
    pass(clock, 50_000);
    expect(state()).toBe('watching');
    pass(clock, 15_000);
    expect(state()).toEqual({ warning: 'counting' });
    actor.send({ type: 'user.activity' });
    expect(heard.at(-1)).toEqual({ type: 'idle.cancelled' });
    expect(state()).toBe('watching');
    pass(clock, 59_000);
    expect(heard.some((event) => event.type === 'idle.reset')).toBe(false);
  });

  it('stops watching when the attract loop comes back', () => {
    const { clock, actor, heard } = watch(30, 10);
    actor.send({ type: 'watch.start' });
    pass(clock, 31_000);
    actor.send({ type: 'watch.stop' });
    pass(clock, 60_000);
    expect(heard.some((event) => event.type === 'idle.reset')).toBe(false);
  });
});
