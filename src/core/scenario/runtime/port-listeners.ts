import type { ScenarioCue, ScenarioSessionPort } from '../session-port';
import type { StepView } from '../step-view';

/** The listener half of a {@link ScenarioSessionPort}. */
export interface PortListeners extends Pick<ScenarioSessionPort, 'subscribe' | 'onCue'> {
  /** Tells the listeners about an accepted event: its new cues first, then the new view. */
  notify(cues: readonly ScenarioCue[], view: StepView): void;
}

/** Creates the view and cue listener sets of a scenario port. */
export function createPortListeners(): PortListeners {
  const viewListeners = new Set<(view: StepView) => void>();
  const cueListeners = new Set<(cue: ScenarioCue) => void>();
  return {
    notify(cues, view) {
      for (const cue of cues) for (const listener of cueListeners) listener(cue);
      for (const listener of viewListeners) listener(view);
    },
    subscribe(listener) {
      viewListeners.add(listener);
      return () => viewListeners.delete(listener);
    },
    onCue(listener) {
      cueListeners.add(listener);
      return () => cueListeners.delete(listener);
    },
  };
}
