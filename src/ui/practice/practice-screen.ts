import '../styles/practice.css';
import { h } from '../dom';
import { sessionCodeField } from '../session-code-field';
import type { Screen } from '../screens/screen-host';
import type { PracticeModel } from './practice-presenter';

/** `data-screen` of the overlay on the practice catalogue. */
export const PRACTICE_SCREEN_ID = 'situations';

export interface PracticeActions {
  readonly model: PracticeModel;
  /** Starts a scenario; `seed` is the session code typed by a trainer, or null for a fresh draw. */
  readonly onStart: (scenarioId: string, seed: number | null) => void;
  readonly onBack: () => void;
}

function scenarioCard(card: PracticeModel['cards'][number], start: (id: string) => void): HTMLLIElement {
  // The visible word is « Commencer »; its accessible name says which scenario (WCAG 2.4.6).
  const button = h(
    'button',
    { class: 'bouton bouton-principal', attrs: { type: 'button', 'data-scenario': card.id } },
    ['Commencer', h('span', { class: 'visuellement-masque', text: ` « ${card.title} »` })],
  );
  button.addEventListener('click', () => start(card.id));
  return h('li', { class: 'situation' }, [
    h('h2', { class: 'situation-titre', text: card.title }),
    h('p', { class: 'situation-meta', text: `${card.blocs} · ${card.duration} · ${card.decisions}` }),
    h('p', { class: 'situation-resume', text: card.summary }),
    button,
  ]);
}

/** « Mise en situation »: choose one scenario and play it alone, marked /20 like an exam. */
export function practiceScreen(actions: PracticeActions): Screen {
  return {
    id: PRACTICE_SCREEN_ID,
    title: 'Mise en situation',
    mount(root) {
      const code = sessionCodeField(
        'code-session',
        'Donné par le formateur : tout le groupe joue alors les mêmes variantes. Laissez vide pour un tirage au hasard.',
      );
      const start = (scenarioId: string) => {
        const seed = code.read();
        if (seed !== undefined) actions.onStart(scenarioId, seed);
      };
      const back = h('button', { class: 'bouton', text: 'Retour à l’accueil', attrs: { type: 'button' } });
      back.addEventListener('click', () => actions.onBack());
      root.append(
        h('section', { class: 'ecran ecran-situations', attrs: { 'aria-labelledby': 'titre-situations' } }, [
          h('header', { class: 'situations-entete' }, [
            h('h1', {
              text: 'Mise en situation',
              attrs: { id: 'titre-situations', tabindex: -1, 'data-autofocus': true },
            }),
            h('p', {
              text: 'Un scénario seul, noté sur 20 par bloc de compétences comme une épreuve de certification : 10/20 valide le bloc.',
            }),
            back,
          ]),
          code.element,
          actions.model.problems.length > 0
            ? h('div', { class: 'situations-problemes', attrs: { role: 'alert' } }, [
                h('p', {
                  text: 'Certains scénarios n’ont pas pu être chargés ; les autres restent jouables.',
                }),
                h(
                  'ul',
                  {},
                  actions.model.problems.map((line) => h('li', { text: line })),
                ),
              ])
            : null,
          h(
            'ul',
            { class: 'situations-liste', attrs: { 'aria-label': 'Scénarios disponibles' } },
            actions.model.cards.map((card) => scenarioCard(card, start)),
          ),
        ]),
      );
      return undefined;
    },
  };
}
