import { h } from '../dom';
import type { CastStage } from './cast-presenter';
import './stage.css';

export interface StageMirror {
  /** Visually hidden text of what the canvas shows of the people (read in the page's order). */
  readonly element: HTMLElement;
  /**
   * Writes the model's mirror text and anchors the speech box on `host` (`data-speech` and the speaker's
   * position as CSS custom properties in stage units). Returns the mirror text when it changed, for the narrator.
   */
  render(host: HTMLElement, model: CastStage | null): string | null;
}

export function createStageMirror(): StageMirror {
  const element = h('p', { class: 'v-sr-only', attrs: { 'data-stage-mirror': '' } });
  return {
    element,
    render(host, model) {
      const text = model?.mirror ?? '';
      const changed = text !== element.textContent;
      element.textContent = text;
      element.hidden = text === '';
      const speech = model?.speech ?? null;
      if (speech) {
        host.dataset.speech = speech.side;
        host.style.setProperty('--speech-x', String(Math.round(speech.x)));
        host.style.setProperty('--speech-y', String(Math.round(speech.y)));
      } else {
        delete host.dataset.speech;
        host.style.removeProperty('--speech-x');
        host.style.removeProperty('--speech-y');
      }
      return changed && text !== '' ? text : null;
    },
  };
}
