import { h } from '../dom';
import { createModal } from '../modal';

/** The « Vous êtes toujours là ? » countdown: shown, updated each second, closed by any touch. */
export interface IdleCountdown {
  show(remaining: number): void;
  close(): void;
}

export function createIdleCountdown(host: HTMLElement, announce: (text: string) => void): IdleCountdown {
  const seconds = h('span', { class: 'borne-secondes' });
  const modal = createModal(host, {
    id: 'borne-inactivite',
    title: 'Vous êtes toujours là ?',
    className: 'borne-dialogue',
    closeLabel: 'Oui, je continue',
  });
  modal.body.append(
    h('p', {}, ['Sans un geste de votre part, la visite s’arrête dans ', seconds, ' et tout est effacé.']),
  );
  return {
    show(remaining) {
      seconds.textContent = `${remaining} s`;
      if (!modal.isOpen()) {
        modal.open();
        announce(
          `Vous êtes toujours là ? Touchez l’écran pour continuer : la visite s’arrête dans ${remaining} secondes.`,
        );
      }
    },
    close: () => modal.close(),
  };
}

/** How many taps on the hidden corner, within how long, open the operator's code. */
const TAPS = 5;
const WITHIN_MS = 4000;

/**
 * The operator's way out of the kiosk: five taps within four seconds on the top-left corner (or Entrée on it,
 * for a keyboard) ask for the organiser's code; the right code leaves the mode.
 */
export function mountOperatorExit(
  host: HTMLElement,
  dialogs: HTMLElement,
  options: { readonly code: string; readonly now: () => number; readonly leave: () => void },
): () => void {
  const input = h('input', {
    attrs: { id: 'borne-code', type: 'password', inputmode: 'numeric', autocomplete: 'off', maxlength: 8 },
  });
  const error = h('p', { class: 'borne-erreur', attrs: { role: 'alert' } });
  const leaveButton = h('button', {
    class: 'bouton bouton-principal',
    text: 'Quitter la borne',
    attrs: { type: 'button' },
    on: {
      click: () => {
        if (input.value === options.code) options.leave();
        else error.textContent = 'Code incorrect.';
      },
    },
  });
  const modal = createModal(dialogs, {
    id: 'borne-operateur-dialogue',
    title: 'Sortie de la borne (organisateur)',
    closeLabel: 'Annuler',
    actions: [leaveButton],
    onClose: () => {
      input.value = '';
      error.textContent = '';
    },
  });
  modal.body.append(
    h('label', { attrs: { for: 'borne-code' }, text: 'Code de l’organisateur' }),
    input,
    error,
  );
  let taps: number[] = [];
  const corner = h('button', {
    class: 'borne-operateur',
    attrs: { type: 'button', 'aria-label': 'Réservé à l’organisateur : sortie de la borne' },
    on: {
      click: () => {
        const now = options.now();
        taps = [...taps.filter((at) => now - at < WITHIN_MS), now];
        if (taps.length >= TAPS) {
          taps = [];
          modal.open(corner);
        }
      },
    },
  });
  host.append(corner);
  return () => corner.remove();
}
