import type { ClassifyView } from '../../core/scenario';
import {
  classifyReducer,
  INITIAL_CLASSIFY_STATE,
  type ClassifyAction,
  type ClassifyState,
} from './classify-presenter';

/** What changed: the action applied and the state before it (to say the move). */
export interface ClassifyChange {
  readonly action: ClassifyAction;
  readonly previous: ClassifyState;
}

/**
 * The arrangement of one classify step, shared by its two hands: the DOM table (the accessible path and the
 * fallback) and the objects on stage with their mirrors. Whoever moves an item, both redraw from here, and
 * « Valider » goes through the one submission of the classify view.
 */
export interface ClassifyStore {
  readonly view: ClassifyView;
  state(): ClassifyState;
  /** Applies an action; listeners hear it only when it changed something. */
  dispatch(action: ClassifyAction): void;
  subscribe(listener: (state: ClassifyState, change: ClassifyChange) => void): () => void;
  /** Asks for the step's submission (the canvas's « Valider »): the classify view answers it. */
  requestSubmit(): void;
  /** The classify view's submission, called by `requestSubmit`. */
  onSubmitRequest(handler: () => void): () => void;
}

export function createClassifyStore(view: ClassifyView): ClassifyStore {
  let state = INITIAL_CLASSIFY_STATE;
  const listeners = new Set<(state: ClassifyState, change: ClassifyChange) => void>();
  let submit: (() => void) | null = null;
  return {
    view,
    state: () => state,
    dispatch(action) {
      const previous = state;
      state = classifyReducer(view, state, action);
      if (state !== previous) for (const listener of [...listeners]) listener(state, { action, previous });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    requestSubmit: () => submit?.(),
    onSubmitRequest(handler) {
      submit = handler;
      return () => {
        if (submit === handler) submit = null;
      };
    },
  };
}
