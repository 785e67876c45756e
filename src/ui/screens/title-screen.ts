import { h } from '../dom';
import type { Screen } from './screen-host';
import { GAME_NAME } from './screen-host';

/** What the title menu does; every entry is injected so the composition root decides the flow. */
export interface TitleActions {
  readonly onYear: () => void;
  readonly onPractice: () => void;
  /** « En binôme »: an élu and their SGM together. */
  readonly onBinome: () => void;
  /** « Animer un atelier »: the facilitator gathers the pairs' results into the room's debrief. */
  readonly onFacilitator: () => void;
  readonly onContinue: () => void;
  /** « Sauvegardes »: the slots, export and import of save files. */
  readonly onSaves: () => void;
  readonly onSettings: (opener: HTMLElement) => void;
  /** True when a saved year exists; « Continuer » is disabled otherwise. */
  readonly hasSave: () => boolean;
  /** Said when the disabled « Continuer » is activated. */
  readonly announce: (text: string) => void;
  readonly emblemUrl: string;
}

interface MenuEntry {
  readonly id: string;
  readonly label: string;
  readonly detail: string;
  readonly disabled?: boolean;
  readonly run: (button: HTMLButtonElement) => void;
}

function menuButton(entry: MenuEntry): HTMLLIElement {
  const detailId = `menu-${entry.id}-detail`;
  const button = h(
    'button',
    {
      class: 'bouton-menu',
      attrs: {
        type: 'button',
        'data-menu': entry.id,
        'aria-describedby': detailId,
        'aria-disabled': entry.disabled ? 'true' : undefined,
      },
    },
    [
      h('span', { class: 'bouton-menu-libelle', text: entry.label }),
      h('span', { class: 'bouton-menu-detail', text: entry.detail, attrs: { id: detailId } }),
    ],
  );
  button.addEventListener('click', () => entry.run(button));
  return h('li', {}, [button]);
}

export function titleScreen(actions: TitleActions): Screen {
  return {
    id: 'titre',
    title: 'Accueil',
    mount(root) {
      const saved = actions.hasSave();
      const entries: MenuEntry[] = [
        {
          id: 'annee',
          label: 'Une année',
          detail: 'Douze mois au secrétariat de la mairie',
          run: () => actions.onYear(),
        },
        {
          id: 'situation',
          label: 'Mise en situation',
          detail: 'Un scénario seul, noté sur 20',
          run: () => actions.onPractice(),
        },
        {
          id: 'binome',
          label: 'En binôme',
          detail: 'Un élu et son SGM ensemble, sur un même écran',
          run: () => actions.onBinome(),
        },
        {
          id: 'atelier',
          label: 'Animer un atelier',
          detail: 'Le débrief de la salle, à partir des codes des binômes',
          run: () => actions.onFacilitator(),
        },
        {
          id: 'continuer',
          label: 'Continuer',
          detail: saved ? 'Reprendre l’année en cours' : 'Aucune partie enregistrée',
          disabled: !saved,
          run: () =>
            saved ? actions.onContinue() : actions.announce('Aucune partie enregistrée pour le moment.'),
        },
        {
          id: 'sauvegardes',
          label: 'Sauvegardes',
          detail: 'Reprendre, enregistrer, importer ou exporter une partie',
          run: () => actions.onSaves(),
        },
        {
          id: 'parametres',
          label: 'Paramètres',
          detail: 'Texte, contraste, son, temps limité',
          run: (button) => actions.onSettings(button),
        },
      ];
      root.append(
        h('section', { class: 'ecran ecran-titre', attrs: { 'aria-labelledby': 'titre-jeu' } }, [
          h('div', { class: 'carte-titre' }, [
            h('div', { class: 'titre-entete' }, [
              h('img', {
                class: 'blason',
                attrs: { src: actions.emblemUrl, alt: '', width: 64, height: 64 },
              }),
              h('p', { class: 'surtitre', text: 'Saint-Aubin-sur-Loire · 1 200 habitants' }),
            ]),
            h('h1', { text: GAME_NAME, attrs: { id: 'titre-jeu', tabindex: -1, 'data-autofocus': true } }),
            h('p', {
              class: 'accroche',
              text: 'Une année comme secrétaire général·e de mairie : conseil municipal, état civil, élections, budget, marchés publics.',
            }),
            h('nav', { attrs: { 'aria-label': 'Menu principal' } }, [
              h('ul', { class: 'menu' }, entries.map(menuButton)),
            ]),
          ]),
          h('p', {
            class: 'mention',
            text: 'Jeu sérieux de formation. La commune et ses habitants sont fictifs.',
          }),
        ]),
      );
    },
  };
}
