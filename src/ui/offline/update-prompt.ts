// « Nouvelle version disponible » : offered, never forced. The player reloads when a game can be left, since
// reloading drops what is on screen (a half-filled form); the saved game is kept either way.
import { h } from '../dom';
import type { Narrator } from '../narrator';
import './update-prompt.css';

/**
 * Shows, at the bottom of the page, the notice that a new version waits, with « Recharger » (switch to it now)
 * and « Plus tard » (close the notice; the new version opens at the next launch). Focus stays where it is: the
 * narrator says it once, and the notice is a landmark reachable with the keyboard.
 */
export function showUpdatePrompt(parent: HTMLElement, narrator: Narrator, apply: () => void): void {
  if (parent.querySelector('.mise-a-jour')) return;
  const notice = h('aside', { class: 'mise-a-jour', attrs: { 'aria-label': 'Mise à jour du jeu' } }, [
    h('p', { class: 'mise-a-jour-texte', text: 'Nouvelle version disponible.' }),
    h('button', {
      class: 'bouton bouton-principal',
      text: 'Recharger',
      attrs: { type: 'button', 'data-action': 'recharger' },
      on: { click: apply },
    }),
    h('button', {
      class: 'bouton',
      text: 'Plus tard',
      attrs: { type: 'button', 'data-action': 'plus-tard' },
      on: { click: () => notice.remove() },
    }),
  ]);
  parent.append(notice);
  narrator.announce(
    'Nouvelle version du jeu disponible : « Recharger », en bas de la page, l’ouvre maintenant ; sinon elle s’ouvrira au prochain lancement.',
  );
}
