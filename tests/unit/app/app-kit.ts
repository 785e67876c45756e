import type { SnapshotFrom } from 'xstate';
import type { AppEvent, ResumeOutcome } from '../../../src/app/app-events';
import type { appMachine } from '../../../src/app/app-machine';

export type AppSnapshot = SnapshotFrom<typeof appMachine>;

/**
 * XState's own events, as the runtime sends them when an invoked actor settles. They are not in `AppEvent`
 * (no view sends them), hence the one cast.
 */
export function actorEvent(
  kind: 'done' | 'error',
  id: 'loadFlows' | 'resumeYear',
  payload?: ResumeOutcome,
): AppEvent {
  const event =
    kind === 'done'
      ? { type: `xstate.done.actor.${id}`, output: payload }
      : { type: `xstate.error.actor.${id}`, error: new Error('échec') };
  return event as unknown as AppEvent;
}

/** Leaf paths of a state value: `{ screen: { year: 'setup' }, settings: 'closed' }` → screen.year.setup, settings.closed. */
export function leavesOf(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [`${prefix}${value}`];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => leavesOf(child, `${prefix}${key}.`));
}
