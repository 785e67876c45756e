import { h } from '../dom';
import { button } from './dom';

export interface ZoomControl {
  readonly root: HTMLElement;
  /** Shows the current zoom and which buttons apply. */
  update(percent: number, canZoomIn: boolean, canZoomOut: boolean): void;
}

/** « − 100 % + » buttons for the document viewer; the status says the zoom in words. */
export function zoomControl(onZoomIn: () => void, onZoomOut: () => void): ZoomControl {
  const out = button('−', 'v-button v-button--icon', { 'aria-label': 'Réduire le zoom (touche −)' });
  const inn = button('+', 'v-button v-button--icon', { 'aria-label': 'Agrandir le zoom (touche +)' });
  const status = h('span', { class: 'v-zoom__status', attrs: { 'aria-live': 'polite' } });
  out.addEventListener('click', onZoomOut);
  inn.addEventListener('click', onZoomIn);
  const root = h('div', { class: 'v-zoom', attrs: { role: 'group', 'aria-label': 'Zoom des documents' } }, [
    out,
    status,
    inn,
  ]);
  return {
    root,
    update(percent, canZoomIn, canZoomOut) {
      status.textContent = `Zoom : ${percent} %`;
      // aria-disabled keeps the button focusable, so focus is not lost at the end of the range.
      inn.setAttribute('aria-disabled', String(!canZoomIn));
      out.setAttribute('aria-disabled', String(!canZoomOut));
    },
  };
}

/** Zoom shortcuts on a container: « + » / « = » to enlarge, « - » / « − » to reduce, outside text inputs. */
export function zoomKeys(container: HTMLElement, onZoomIn: () => void, onZoomOut: () => void): void {
  container.addEventListener('keydown', (event) => {
    const target = event.target;
    if (
      target instanceof HTMLInputElement ||
      target instanceof HTMLSelectElement ||
      target instanceof HTMLTextAreaElement
    ) {
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === '+' || event.key === '=') {
      event.preventDefault();
      onZoomIn();
    } else if (event.key === '-' || event.key === '−') {
      event.preventDefault();
      onZoomOut();
    }
  });
}
