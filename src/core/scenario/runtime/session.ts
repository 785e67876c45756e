import type { Result } from '../../result';
import type { ScenarioSessionPort, SendOutcome } from '../session-port';
import { createPortListeners } from './port-listeners';
import type { ScenarioEvent, StepView } from '../step-view';
import type { ScenarioInput } from './context';
import {
  replayRun,
  sendToRun,
  viewOf,
  type RunRefusal,
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
  /** Sends the event as {@link sendToRun} does; an accepted one moves the run. */
  send(event: ScenarioEvent): Result<ScenarioSnapshot, RunRefusal>;
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
      const before = run.snapshot();
      const result = run.send(event);
      if (!result.ok)
        return {
          accepted: false,
          problems: result.error.problems ?? [{ key: null, message: result.error.message }],
        };
      listeners.notify(result.value.context.cues.slice(before.context.cues.length), view());
      return { accepted: true };
    },
    subscribe: listeners.subscribe,
    onCue: listeners.onCue,
  };
}

/** Opens a session on a program, optionally resuming from a saved event log (replayed from the seed). */
export function openScenarioSession(
  program: ScenarioProgram,
  input: ScenarioInput,
  savedLog: readonly ScenarioEvent[] = [],
): ScenarioSession {
  let current = replayRun(program, input, savedLog).snapshot;
  const port = scenarioPort(program, {
    snapshot: () => current,
    send(event) {
      const sent = sendToRun(program, current, event);
      if (sent.ok) current = sent.value;
      return sent;
    },
  });
  return { ...port, snapshot: () => current };
}
