import type { HubHotspotId } from '../../core/assets';
import { h } from '../dom';
import type { Screen } from '../screens/screen-host';
import { HUB_HOTSPOTS } from './hub-hotspots';
import { presentHotspots } from './hub-presenter';

export interface HubActions {
  readonly onHotspot: (id: HubHotspotId, button: HTMLElement) => void;
  /** Hover or focus on a place (null when it leaves): the scene lights the object up. */
  readonly onHighlight: (id: HubHotspotId | null) => void;
  readonly onMenu: () => void;
  readonly onSettings: (opener: HTMLElement) => void;
  readonly communeName: string;
}

function hotspotButton(actions: HubActions, spot: ReturnType<typeof presentHotspots>[number]): HTMLLIElement {
  const button = h(
    'button',
    {
      class: 'lieu',
      attrs: { type: 'button', 'data-hotspot': spot.id },
      style: {
        left: spot.style.left,
        top: spot.style.top,
        width: spot.style.width,
        height: spot.style.height,
      },
    },
    [h('span', { class: 'lieu-plaque', text: spot.label })],
  );
  const light = () => actions.onHighlight(spot.id);
  const unlight = () => actions.onHighlight(null);
  button.addEventListener('click', () => actions.onHotspot(spot.id, button));
  button.addEventListener('focus', light);
  button.addEventListener('pointerenter', light);
  button.addEventListener('blur', unlight);
  button.addEventListener('pointerleave', () => {
    if (document.activeElement !== button) unlight();
  });
  return h('li', {}, [button]);
}

/** The mairie hub: a top bar, then each place as a real button over its area of the illustration. */
export function hubScreen(actions: HubActions): Screen {
  return {
    id: 'hub',
    title: 'La mairie',
    mount(root) {
      const settingsButton = h('button', { class: 'bouton', text: 'Paramètres', attrs: { type: 'button' } });
      settingsButton.addEventListener('click', () => actions.onSettings(settingsButton));
      const menuButton = h('button', { class: 'bouton', text: 'Menu', attrs: { type: 'button' } });
      menuButton.addEventListener('click', () => actions.onMenu());
      root.append(
        h('section', { class: 'ecran ecran-hub', attrs: { 'aria-labelledby': 'titre-hub' } }, [
          h('header', { class: 'barre-hub' }, [
            h('div', { class: 'barre-hub-titre' }, [
              h('h1', {
                text: `Mairie de ${actions.communeName}`,
                attrs: { id: 'titre-hub', tabindex: -1, 'data-autofocus': true },
              }),
              h('p', {
                class: 'consigne',
                attrs: { id: 'consigne-hub' },
                text: 'Choisissez un lieu : cliquez, touchez ou parcourez-les avec la touche Tab.',
              }),
            ]),
            h('div', { class: 'barre-hub-actions' }, [menuButton, settingsButton]),
          ]),
          h('nav', { class: 'lieux', attrs: { 'aria-label': 'Lieux de la mairie' } }, [
            h(
              'ul',
              {},
              presentHotspots(HUB_HOTSPOTS).map((spot) => hotspotButton(actions, spot)),
            ),
          ]),
        ]),
      );
      return () => actions.onHighlight(null);
    },
  };
}
