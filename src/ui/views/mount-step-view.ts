import type { StepView } from '../../core/scenario';
import { mountAllocate } from './allocate-view';
import { mountChoice } from './choice-view';
import type { ClassifyStore } from './classify-store';
import { mountClassify } from './classify-view';
import { mountDialogue, mountEnd } from './dialogue-view';
import { mountForm } from './form-view';
import { mountInspect } from './inspect-view';
import { mountRank } from './rank-view';
import type { MountedView, ViewContext } from './view-types';

/**
 * Mounts the view of any step: the one entry point the ScenarioHost (and the dev gallery) uses. `classify`: the
 * arrangement a classify step shares with its objects on stage.
 */
export function mountStepView(
  container: HTMLElement,
  view: StepView,
  ctx: ViewContext,
  classify?: ClassifyStore,
): MountedView {
  switch (view.kind) {
    case 'dialogue':
      return mountDialogue(container, view, ctx);
    case 'choice':
      return mountChoice(container, view, ctx);
    case 'inspect':
      return mountInspect(container, view, ctx);
    case 'form':
      return mountForm(container, view, ctx);
    case 'classify':
      return mountClassify(container, view, ctx, classify);
    case 'allocate':
      return mountAllocate(container, view, ctx);
    case 'rank':
      return mountRank(container, view, ctx);
    case 'end':
      return mountEnd(container, view, ctx);
  }
}
