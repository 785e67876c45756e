import type { ClassifyView } from '../../core/scenario';
import { h } from '../dom';
import { createClassifyStore, type ClassifyStore } from '../views/classify-store';
import { actionOf, presentClassifyStage, type ClassifyStage, type StageIntent } from './classify-stage';
import { createObjectsMirror } from './objects-mirror';

/** The handled objects as the canvas receives them: the model to draw and where to send the player's intents. */
export interface StagedObjects {
  readonly stage: ClassifyStage;
  act(intent: StageIntent): void;
}

/** What the shell gives a scenario host to put a step's objects on the canvas. */
export interface ObjectsStage {
  /** False when the canvas cannot take them (no WebGL): the step stays a panel. */
  available(): boolean;
  show(objects: StagedObjects | null): void;
}

export interface ClassifyStaging {
  /** The arrangement shared with the classify view. */
  readonly store: ClassifyStore;
  /** The mirror buttons, laid over the canvas (append it to the screen). */
  readonly mirror: HTMLElement;
  /** How to handle the objects (append it to the step's panel). */
  readonly instructions: HTMLElement;
  /** Takes the objects off the canvas. */
  destroy(): void;
}

/**
 * Puts a staged classify step's objects on the canvas and their mirror over it: one store, redrawn on both at
 * every change; an intent from the canvas or the mirror becomes the classify view's own action or submission.
 */
export function stageClassify(
  view: ClassifyView & { readonly stage: NonNullable<ClassifyView['stage']> },
  canvas: ObjectsStage,
): ClassifyStaging {
  const store = createClassifyStore(view);
  const act = (intent: StageIntent) => {
    const action = actionOf(intent, store.state());
    if (action === 'submit') store.requestSubmit();
    else if (action !== null) store.dispatch(action);
  };
  const mirror = createObjectsMirror(act);
  const first = presentClassifyStage(view, store.state(), view.stage.objects);
  const instructions = h('p', { class: 'v-stage-instructions', text: first.instructions });
  const show = (stage: ClassifyStage) => {
    mirror.render(stage);
    canvas.show({ stage, act });
  };
  show(first);
  const unsubscribe = store.subscribe((state) => show(presentClassifyStage(view, state, view.stage.objects)));
  return {
    store,
    mirror: mirror.element,
    instructions,
    destroy() {
      unsubscribe();
      mirror.element.remove();
      canvas.show(null);
    },
  };
}
