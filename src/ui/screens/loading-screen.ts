import { h } from '../dom';
import type { Screen } from './screen-host';

/** Shown while Phaser loads: the canvas draws the bar; this gives it a name and a value for assistive tech. */
export function loadingScreen(): Screen & { setProgress(fraction: number): void } {
  const bar = h('progress', {
    class: 'chargement-barre',
    attrs: { max: 100, value: 0, 'aria-labelledby': 'titre-chargement' },
  });
  return {
    id: 'chargement',
    title: 'Chargement',
    mount(root) {
      root.append(
        h('section', { class: 'ecran ecran-chargement', attrs: { 'aria-labelledby': 'titre-chargement' } }, [
          h('h1', {
            class: 'visuellement-masque',
            text: 'Chargement du jeu',
            attrs: { id: 'titre-chargement', tabindex: -1 },
          }),
          bar,
        ]),
      );
    },
    setProgress(fraction) {
      bar.value = Math.round(Math.min(1, Math.max(0, fraction)) * 100);
    },
  };
}
