import type { ScenarioSessionPort, SendOutcome } from '../session-port';
import { createPortListeners } from './port-listeners';
import type { ScenarioEvent, StepView } from '../step-view';
import type { ScenarioInput } from './context';
import { replayRun, sendToRun, viewOf, type ScenarioProgram, type ScenarioSnapshot } from './run';

/** A running scenario as the views see it, plus what the year and the saves need. */
export interface ScenarioSession extends ScenarioSessionPort {
  /** The current snapshot (plain JSON context), for saves and the debrief. */
  snapshot(): ScenarioSnapshot;
}

/**
 * Opens a session on a program, optionally resuming from a saved event log (replayed from the seed).
 * Every accepted event notifies the subscribers; cues are announced once each.
 */
export function openScenarioSession(
  program: ScenarioProgram,
  input: ScenarioInput,
  savedLog: readonly ScenarioEvent[] = [],
): ScenarioSession {
  let current = replayRun(program, input, savedLog).snapshot;
  const listeners = createPortListeners();

  const view = (): StepView =>
    viewOf(program, current) ?? {
      kind: 'end',
      stepId: 'inconnu',
      role: 'sgm',
      title: 'Étape introuvable',
      lines: ['Le scénario est arrivé dans un état inattendu. Vos décisions sont conservées.'],
    };

  return {
    scenarioId: program.scenario.id,
    title: program.scenario.title,
    currentDate: () => current.context.date,
    view,
    snapshot: () => current,
    evidence: () => current.context.evidence,
    isDone: () => current.status === 'done',
    send(event): SendOutcome {
      const before = current;
      const result = sendToRun(program, current, event);
      if (!result.ok)
        return {
          accepted: false,
          problems: result.error.problems ?? [{ key: null, message: result.error.message }],
        };
      current = result.value;
      listeners.notify(current.context.cues.slice(before.context.cues.length), view());
      return { accepted: true };
    },
    subscribe: listeners.subscribe,
    onCue: listeners.onCue,
  };
}
