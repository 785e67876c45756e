import { h } from '../dom';
import type { PortraitModel } from './dialogue-presenter';

/** A speaker's portrait: the image (alt = speaker name) or, without one, the initials with the same name. */
export function portraitElement(model: PortraitModel, className = 'v-portrait'): HTMLElement {
  const frame = h('figure', { class: className });
  if (model.url !== undefined) {
    frame.append(h('img', { attrs: { src: model.url, alt: model.alt, width: '256', height: '256' } }));
  } else {
    frame.append(
      h('span', {
        class: 'v-portrait__initials',
        text: model.initials,
        attrs: { role: 'img', 'aria-label': model.alt },
      }),
    );
  }
  return frame;
}
