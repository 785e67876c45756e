import type { ScenarioSessionPort, SendOutcome } from '../session-port';
import { createPortListeners } from './port-listeners';
import type { ScenarioEvent, StepView } from '../step-view';
import type { ScenarioInput } from './context';
import { advanceRun, replayRun, viewOf, type ScenarioProgram, type ScenarioSnapshot } from './run';
import { locateStep, leafPath } from './step-path';
import { checkSubmission } from './submission';

/** A running scenario as the views see it, plus what the year and the saves need. */
export interface ScenarioSession extends ScenarioSessionPort {
  /** The current snapshot (plain JSON context), for saves and the debrief. */
  snapshot(): ScenarioSnapshot;
}

const REFUSED_HERE: SendOutcome = {
  accepted: false,
  problems: [{ key: null, message: 'Cette action n’est pas possible à cette étape.' }],
};

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
    send(event) {
      if (event.type === 'user.submit') {
        const located = locateStep(program.scenario, program.library, leafPath(current.value));
        if (!located) return REFUSED_HERE;
        const problems = checkSubmission(located.scenario, located.step, event.values);
        if (problems.length > 0) return { accepted: false, problems };
      }
      const before = current;
      const result = advanceRun(program, current, event);
      if (!result.accepted) return REFUSED_HERE;
      current = result.snapshot;
      listeners.notify(current.context.cues.slice(before.context.cues.length), view());
      return { accepted: true };
    },
    subscribe: listeners.subscribe,
    onCue: listeners.onCue,
  };
}
