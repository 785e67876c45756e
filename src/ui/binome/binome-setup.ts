import '../styles/views.css';
import '../styles/binome.css';
import { h } from '../dom';
import type { Screen } from '../screens/screen-host';
import { sessionCodeField } from '../session-code-field';
import { MANDATE_LABELS, type Mandate, type Pair } from './binome-presenter';

/** The longest first name the pair may type: it must fit the hand-over screens. */
const NAME_MAX = 40;

export interface BinomeSetupOptions {
  readonly packTitle: string;
  readonly packSummary: string;
  /** The pair, and the session code typed (null: a fresh draw). */
  readonly onStart: (pair: Pair, seed: number | null) => void;
  readonly onBack: () => void;
}

function nameField(id: string, label: string): { field: HTMLElement; input: HTMLInputElement } {
  const input = h('input', {
    class: 'binome-prenom',
    attrs: { id, type: 'text', autocomplete: 'off', maxlength: NAME_MAX },
  });
  return {
    field: h('p', { class: 'binome-champ' }, [h('label', { text: label, attrs: { for: id } }), input]),
    input,
  };
}

/** « En binôme »: the pair enters the élu's mandate and, if they wish, their first names; then the pack. */
export function binomeSetupScreen(options: BinomeSetupOptions): Screen {
  return {
    id: 'binome-accueil',
    title: 'En binôme',
    mount(root) {
      const mandates = (Object.keys(MANDATE_LABELS) as Mandate[]).map((mandate, index) =>
        h('label', { class: 'binome-radio' }, [
          h('input', {
            attrs: { type: 'radio', name: 'binome-mandat', value: mandate, checked: index === 0 },
          }),
          ` ${MANDATE_LABELS[mandate]}`,
        ]),
      );
      const elu = nameField('binome-prenom-elu', 'Prénom de l’élu(e) (facultatif)');
      const sgm = nameField('binome-prenom-sgm', 'Prénom du ou de la SGM (facultatif)');
      const code = sessionCodeField(
        'binome-code',
        'Le même code tire les mêmes situations pour toutes les tables de l’atelier.',
      );
      const form = h('form', { class: 'binome-formulaire', attrs: { novalidate: true } }, [
        h('fieldset', {}, [h('legend', { text: 'L’élu(e) : son mandat' }), ...mandates, elu.field]),
        h('fieldset', {}, [
          h('legend', { text: 'Le ou la secrétaire général(e) de mairie (SGM)' }),
          sgm.field,
        ]),
        code.element,
        h('p', { class: 'binome-actions' }, [
          h('button', {
            class: 'v-button v-button--primary',
            text: 'Commencer l’atelier',
            attrs: { type: 'submit', 'data-action': 'commencer' },
          }),
          h('button', {
            class: 'v-button',
            text: 'Retour au menu',
            attrs: { type: 'button', 'data-action': 'menu' },
            on: { click: () => options.onBack() },
          }),
        ]),
      ]);
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        const seed = code.read();
        if (seed === undefined) return;
        const checked = form.querySelector<HTMLInputElement>('input[name="binome-mandat"]:checked');
        const mandate = (checked?.value ?? 'maire') as Mandate;
        options.onStart({ mandate, eluName: elu.input.value.trim(), sgmName: sgm.input.value.trim() }, seed);
      });
      root.append(
        h('section', { class: 'ecran binome debrief', attrs: { 'aria-labelledby': 'binome-titre' } }, [
          h('div', { class: 'binome-carte' }, [
            h('h1', {
              text: 'En binôme',
              attrs: { id: 'binome-titre', tabindex: -1, 'data-autofocus': true },
            }),
            h('p', {
              text: 'Un élu et son SGM jouent ensemble, sur cet écran. Chacun reçoit des cartes que l’autre ne voit pas ; le SGM conseille, l’élu décide, le droit juge.',
            }),
            h('h2', { text: options.packTitle }),
            h('p', { text: options.packSummary }),
            form,
          ]),
        ]),
      );
      return undefined;
    },
  };
}
