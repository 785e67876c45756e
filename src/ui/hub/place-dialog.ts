import type { HubHotspotId } from '../../core/assets';
import { h } from '../dom';
import { createModal, type Modal } from '../modal';
import { HUB_HOTSPOTS } from './hub-hotspots';

/**
 * The default answer to a hotspot until a scenario takes the place over: what the place is for.
 * One dialog, refilled for each place.
 */
export function createPlaceDialog(host: HTMLElement): {
  open(id: HubHotspotId, opener: HTMLElement): void;
  modal: Modal;
} {
  const modal = createModal(host, { id: 'dialogue-lieu', title: 'Lieu', className: 'dialogue-lieu' });
  const heading = modal.element.querySelector('h2');
  return {
    modal,
    open(id, opener) {
      const place = HUB_HOTSPOTS.find((hotspot) => hotspot.id === id);
      if (!place) return;
      if (heading) heading.textContent = place.label;
      modal.body.replaceChildren(
        h('p', { text: place.purpose }),
        h('p', {
          class: 'note',
          text: 'Les mises en situation de ce lieu s’ouvriront ici au fil de l’année.',
        }),
      );
      modal.open(opener);
    },
  };
}
