import { createActor } from 'xstate';
import { err, ok, type Result } from '../../result';
import type { ScenarioCue, ScenarioSessionPort, SendOutcome } from '../session-port';
import { createPortListeners } from './port-listeners';
import type { ScenarioEvent, StepView } from '../step-view';
import type { ScenarioInput } from './context';
import {
  refusalOf,
  replayRun,
  viewOf,
  type RunRefusal,
  type RunStep,
  type ScenarioProgram,
  type ScenarioSnapshot,
} from './run';

/** A running scenario as the views see it, plus what the year and the saves need. */
export interface ScenarioSession extends ScenarioSessionPort {
  /** The current snapshot (plain JSON context), for saves and the debrief. */
  snapshot(): ScenarioSnapshot;
}

/**
 * Where the run behind a port lives: its current snapshot, and how an event is sent to it. A practice session
 * holds its own run; the year holds it in its state, so that every event is logged and saved with the year.
 */
export interface RunHolder {
  snapshot(): ScenarioSnapshot;
  /**
   * Sends the event as {@link sendToRun} does: a refused one changes nothing; an accepted one moves the run and
   * gives the cues it emitted, each once.
   */
  send(event: ScenarioEvent): Result<RunStep, RunRefusal>;
}

const LOST_VIEW: StepView = {
  kind: 'end',
  stepId: 'inconnu',
  role: 'sgm',
  title: 'Étape introuvable',
  lines: ['Le scénario est arrivé dans un état inattendu. Vos décisions sont conservées.'],
};

/**
 * The one {@link ScenarioSessionPort}, over a run held by practice or by the year. Every accepted event notifies
 * the subscribers; cues are announced once each.
 */
export function scenarioPort(program: ScenarioProgram, run: RunHolder): ScenarioSessionPort {
  const listeners = createPortListeners();
  const view = (): StepView => viewOf(program, run.snapshot()) ?? LOST_VIEW;
  return {
    scenarioId: program.scenario.id,
    title: program.scenario.title,
    currentDate: () => run.snapshot().context.date,
    view,
    evidence: () => run.snapshot().context.evidence,
    isDone: () => run.snapshot().status === 'done',
    send(event): SendOutcome {
      const result = run.send(event);
      if (!result.ok)
        return {
          accepted: false,
          problems: result.error.problems ?? [{ key: null, message: result.error.message }],
        };
      listeners.notify(result.value.cues, view());
      return { accepted: true };
    },
    subscribe: listeners.subscribe,
    onCue: listeners.onCue,
  };
}

/**
 * Opens a session on a program, optionally resuming from a saved event log (replayed from the seed, purely: the
 * cues of a replay were announced when they were played). The run then lives in an XState actor, whose emitted
 * `cue` events are the cues announced by the port.
 */
export function openScenarioSession(
  program: ScenarioProgram,
  input: ScenarioInput,
  savedLog: readonly ScenarioEvent[] = [],
): ScenarioSession {
  // The replayed snapshot wins over the input (XState restores it as it is); the input is the run's own.
  const actor = createActor(program.machine, {
    input,
    snapshot: replayRun(program, input, savedLog).snapshot,
  });
  const emitted: ScenarioCue[] = [];
  actor.on('cue', ({ cue }) => emitted.push(cue));
  // An action that throws (a bug, never a player's input) puts the actor in error: `send` rethrows it at once,
  // as the pure path of the year does, instead of XState reporting it later on its own.
  actor.subscribe({ error: () => undefined });
  actor.start();
  const snapshot = (): ScenarioSnapshot => actor.getSnapshot();
  const port = scenarioPort(program, {
    snapshot,
    send(event) {
      // Refused before the actor sees it: an actor silently ignores what its state does not wait for.
      const refusal = refusalOf(program, snapshot(), event);
      if (refusal) return err(refusal);
      actor.send(event);
      const after = snapshot();
      if (after.status === 'error') throw after.error;
      // The actor emits synchronously while it processes the event: `emitted` holds this event's cues only.
      return ok({ snapshot: after, cues: emitted.splice(0) });
    },
  });
  return { ...port, snapshot };
}
