import type { ExecutableActionObject } from 'xstate';
import type { ScenarioCue } from '../session-port';

/**
 * The event a scenario machine emits for each cue of an effect (`emit` in its actions): what a live actor's
 * `actor.on('cue', …)` receives. Cues are never kept in the context: they are announced once, when they happen,
 * and a replay (which runs the same transitions) has nobody to announce them to.
 */
export interface CueEmitted {
  readonly type: 'cue';
  readonly cue: ScenarioCue;
}

function isCueKind(kind: unknown): kind is ScenarioCue['kind'] {
  return kind === 'sfx' || kind === 'ambience' || kind === 'narration';
}

/** The cue an emitted event carries, read back from the plain object XState hands over. */
function cueOfEmitted(emitted: unknown): ScenarioCue | null {
  if (typeof emitted !== 'object' || emitted === null) return null;
  if (!('type' in emitted) || emitted.type !== 'cue' || !('cue' in emitted)) return null;
  const cue = emitted.cue;
  if (typeof cue !== 'object' || cue === null || !('kind' in cue) || !('text' in cue)) return null;
  const { kind, text } = cue;
  const sound = 'sound' in cue ? cue.sound : undefined;
  if (!isCueKind(kind) || typeof text !== 'string') return null;
  return typeof sound === 'string' ? { kind, sound, text } : { kind, text };
}

/**
 * The cues among the actions XState's pure `transition()` returns, in order. An emitted event shows there as an
 * action of type `xstate.emit` whose params hold `{ event }` (XState 5): that is how the pure paths (the year's
 * reducer) learn the cues of an event without an actor.
 */
export function cuesOf(actions: readonly ExecutableActionObject[]): ScenarioCue[] {
  const cues: ScenarioCue[] = [];
  for (const action of actions) {
    if (action.type !== 'xstate.emit') continue;
    const params: unknown = action.params;
    const emitted = typeof params === 'object' && params !== null && 'event' in params ? params.event : null;
    const cue = cueOfEmitted(emitted);
    if (cue) cues.push(cue);
  }
  return cues;
}
