import '../styles/borne.css';
import { h } from '../dom';
import type { Screen } from '../screens/screen-host';
import type { EndingModel } from './ending-presenter';
import { qrCodeElement } from './qr-code';

/** The accessibility settings, reachable on every screen of the kiosk. */
function settingsButton(onSettings: () => void): HTMLButtonElement {
  return h('button', {
    class: 'bouton borne-reglages',
    text: 'Confort de lecture',
    attrs: { type: 'button', 'aria-label': 'Confort de lecture : taille du texte, contraste, animations' },
    on: { click: onSettings },
  });
}

export interface AttractActions {
  readonly invitation: string;
  /** What happens on stage now; the flow changes it as the loop turns. */
  readonly caption: () => string;
  /** Who stands on stage now, for screen readers (the canvas's accessible mirror). */
  readonly mirror: () => string;
  readonly subscribeCaption: (listener: () => void) => () => void;
  readonly onStart: () => void;
  readonly onSettings: () => void;
}

/** The attract loop's overlay: one invitation over the living mairie, the whole screen a button. */
export function attractScreen(actions: AttractActions): Screen {
  return {
    id: 'borne-accueil',
    title: 'Découvrir le métier',
    mount(root) {
      const caption = h('p', { class: 'borne-legende', text: actions.caption() });
      const mirror = h('p', { class: 'visuellement-masque', text: actions.mirror() });
      const start = h(
        'button',
        {
          class: 'borne-invitation',
          attrs: { type: 'button', 'data-autofocus': true, 'data-action': 'commencer' },
          on: { click: () => actions.onStart() },
        },
        [h('span', { class: 'borne-invitation-texte', text: actions.invitation })],
      );
      root.append(
        h('section', { class: 'ecran borne borne-accueil', attrs: { 'aria-label': 'Découvrir le métier' } }, [
          h('h1', {
            class: 'visuellement-masque',
            text: 'Découvrir le métier de secrétaire général(e) de mairie',
          }),
          start,
          mirror,
          caption,
          settingsButton(actions.onSettings),
        ]),
      );
      return actions.subscribeCaption(() => {
        caption.textContent = actions.caption();
        mirror.textContent = actions.mirror();
      });
    },
  };
}

export interface EndingActions {
  readonly model: EndingModel;
  readonly onRestart: () => void;
  readonly onSettings: () => void;
}

/** The ending: what the visitor did, a « ce métier est-il fait pour vous ? », and how to get there. */
export function endingScreen(actions: EndingActions): Screen {
  const { model } = actions;
  return {
    id: 'borne-fin',
    title: 'Votre journée en mairie',
    mount(root) {
      const moments = model.moments.map((moment) =>
        h('li', { class: `borne-moment borne-moment--${moment.outcome}` }, [
          h('h3', { text: moment.title }),
          h('p', { class: 'borne-badge', text: moment.badge }),
          h('p', { text: moment.done }),
          h('p', { class: 'borne-explication', text: moment.explanation }),
        ]),
      );
      const traits = model.traits.map((trait) =>
        h('li', { class: 'borne-trait' }, [
          h('h3', { text: `${trait.label} : ${trait.level}` }),
          h('p', { text: trait.sentence }),
        ]),
      );
      const paths = model.paths.map((path) =>
        h('li', {}, [h('h3', { text: path.title }), h('p', { text: path.text })]),
      );
      root.append(
        h('section', { class: 'ecran borne borne-fin', attrs: { 'aria-labelledby': 'borne-fin-titre' } }, [
          h('h1', {
            text: model.heading,
            attrs: { id: 'borne-fin-titre', tabindex: -1, 'data-autofocus': true },
          }),
          moments.length > 0
            ? h('section', { attrs: { 'aria-labelledby': 'borne-fait' } }, [
                h('h2', { text: 'Ce que vous venez de faire', attrs: { id: 'borne-fait' } }),
                h('ul', { class: 'borne-moments' }, moments),
              ])
            : null,
          h('section', { attrs: { 'aria-labelledby': 'borne-pour-vous' } }, [
            h('h2', { text: 'Ce métier est-il fait pour vous ?', attrs: { id: 'borne-pour-vous' } }),
            h('p', { class: 'borne-resume', text: model.summary }),
            h('ul', { class: 'borne-traits' }, traits),
          ]),
          h('section', { attrs: { 'aria-labelledby': 'borne-y-aller' } }, [
            h('h2', { text: 'Comment y arriver', attrs: { id: 'borne-y-aller' } }),
            h('ul', { class: 'borne-chemins' }, paths),
            h('div', { class: 'borne-contact' }, [
              qrCodeElement(model.link.url, `Code QR vers ${model.link.url}`),
              h('p', {}, [model.link.label, h('br'), model.organiser]),
            ]),
          ]),
          h('div', { class: 'borne-actions' }, [
            h('button', {
              class: 'bouton bouton-principal borne-recommencer',
              text: 'Terminer et laisser la place',
              attrs: { type: 'button', 'data-action': 'recommencer' },
              on: { click: () => actions.onRestart() },
            }),
            settingsButton(actions.onSettings),
          ]),
        ]),
      );
      return undefined;
    },
  };
}

/** While the kiosk's pictures and scenario load: the invitation's place, already dark. */
export function kioskLoadingScreen(): Screen {
  return {
    id: 'borne-chargement',
    title: 'Découvrir le métier',
    mount(root) {
      root.append(
        h('section', { class: 'ecran borne borne-accueil' }, [
          h('p', { class: 'borne-legende', attrs: { role: 'status' }, text: 'Chargement de la borne…' }),
        ]),
      );
      return undefined;
    },
  };
}

/** A message in place of the kiosk when its data file is broken: said in French, with the way back. */
export function unavailableScreen(message: string, onMenu: () => void): Screen {
  return {
    id: 'borne-indisponible',
    title: 'Borne indisponible',
    mount(root) {
      root.append(
        h('section', { class: 'ecran borne', attrs: { 'aria-labelledby': 'borne-indisponible' } }, [
          h('h1', {
            text: 'La borne ne peut pas démarrer',
            attrs: { id: 'borne-indisponible', tabindex: -1, 'data-autofocus': true },
          }),
          h('p', { attrs: { role: 'alert' }, text: message }),
          h('button', {
            class: 'bouton',
            text: 'Menu du jeu',
            attrs: { type: 'button' },
            on: { click: onMenu },
          }),
        ]),
      );
      return undefined;
    },
  };
}
