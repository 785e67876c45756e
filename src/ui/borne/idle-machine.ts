/**
 * The kiosk's idle watch (RGAA 2.2.1: a visitor is warned before a time limit and can extend it with one touch).
 * After `idleSeconds` without a touch, a countdown of `countdownSeconds` (« Vous êtes toujours là ? ») is shown;
 * any touch cancels it; at zero the visit is forgotten (`idle.reset`). Time passes only through `after` delays,
 * so a test drives it with XState's SimulatedClock and the browser with its real clock.
 */
import { assign, emit, setup } from 'xstate';

export interface IdleInput {
  readonly idleSeconds: number;
  readonly countdownSeconds: number;
}

interface IdleContext extends IdleInput {
  /** Seconds left on the countdown, while it is shown. */
  readonly remaining: number;
}

export type IdleEvent =
  /** A touch, a click or a key: the visitor is there. */
  | { readonly type: 'user.activity' }
  /** The attract loop is on screen: nobody to watch for. */
  | { readonly type: 'watch.stop' }
  | { readonly type: 'watch.start' };

export type IdleEmitted =
  | { readonly type: 'idle.countdown'; readonly remaining: number }
  | { readonly type: 'idle.cancelled' }
  | { readonly type: 'idle.reset' };

/** The idle watch; one actor for the kiosk's whole day. */
export const idleMachine = setup({
  types: {
    input: {} as IdleInput,
    context: {} as IdleContext,
    events: {} as IdleEvent,
    emitted: {} as IdleEmitted,
  },
  delays: {
    idle: ({ context }) => context.idleSeconds * 1000,
  },
  guards: {
    isOver: ({ context }) => context.remaining <= 1,
  },
}).createMachine({
  id: 'idle',
  context: ({ input }) => ({ ...input, remaining: input.countdownSeconds }),
  initial: 'stopped',
  states: {
    stopped: { on: { 'watch.start': 'watching' } },
    watching: {
      after: { idle: 'warning' },
      on: { 'user.activity': { target: 'watching', reenter: true }, 'watch.stop': 'stopped' },
    },
    warning: {
      entry: [
        assign(({ context }) => ({ remaining: context.countdownSeconds })),
        emit(({ context }) => ({ type: 'idle.countdown' as const, remaining: context.countdownSeconds })),
      ],
      initial: 'counting',
      states: {
        counting: {
          after: {
            1000: [
              { guard: 'isOver', target: '#idle.stopped', actions: emit({ type: 'idle.reset' as const }) },
              {
                target: 'counting',
                reenter: true,
                actions: [
                  assign(({ context }) => ({ remaining: context.remaining - 1 })),
                  emit(({ context }) => ({ type: 'idle.countdown' as const, remaining: context.remaining })),
                ],
              },
            ],
          },
        },
      },
      on: {
        'user.activity': { target: 'watching', actions: emit({ type: 'idle.cancelled' as const }) },
        'watch.stop': 'stopped',
      },
    },
  },
});
