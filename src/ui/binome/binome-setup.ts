import '../styles/views.css';
import '../styles/binome.css';
import { h } from '../dom';
import type { Screen } from '../screens/screen-host';
import { sessionCodeField } from '../session-code-field';
import { MANDATE_LABELS, type Mandate, type Pair } from './binome-presenter';

/** The longest first name the pair may type: it must fit the hand-over screens. */
const NAME_MAX = 40;

/** A pack the pair may choose, as its scenario file describes it. */
export interface PackOption {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly durationMinutes: number;
}

export interface BinomeSetupOptions {
  /** The packs offered, the default first; one pack is shown without a choice. */
  readonly packs: readonly PackOption[];
  /** The pair, the session code typed (null: a fresh draw) and the pack chosen. */
  readonly onStart: (pair: Pair, seed: number | null, packId: string) => void;
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

/** The pack's name without the « (en binôme) » every pack's title ends with, in this screen about binômes. */
const packName = (pack: PackOption) => pack.title.replace(/\s*\(en binôme\)$/, '');

/** The packs as a radio group, each with its summary and duration; a single pack as a plain heading. */
function packChoice(packs: readonly PackOption[]): HTMLElement[] {
  const summary = (pack: PackOption) =>
    h('p', {
      class: 'binome-pack-resume',
      text: `${pack.summary} Durée\u00a0: environ ${pack.durationMinutes} minutes.`,
      attrs: { id: `binome-pack-${pack.id}` },
    });
  const [only] = packs;
  if (packs.length === 1 && only) return [h('h2', { text: packName(only) }), summary(only)];
  return [
    h('fieldset', { class: 'binome-packs' }, [
      h('legend', { text: 'L’atelier' }),
      ...packs.flatMap((pack, index) => [
        h('label', { class: 'binome-radio binome-pack' }, [
          h('input', {
            attrs: {
              type: 'radio',
              name: 'binome-pack',
              value: pack.id,
              checked: index === 0,
              'aria-describedby': `binome-pack-${pack.id}`,
            },
          }),
          ` ${packName(pack)}`,
        ]),
        summary(pack),
      ]),
    ]),
  ];
}

/** « En binôme »: the pair chooses the pack, enters the élu's mandate and, if they wish, their first names. */
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
        ...packChoice(options.packs),
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
        const pack =
          form.querySelector<HTMLInputElement>('input[name="binome-pack"]:checked')?.value ??
          options.packs[0]?.id ??
          '';
        options.onStart(
          { mandate, eluName: elu.input.value.trim(), sgmName: sgm.input.value.trim() },
          seed,
          pack,
        );
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
            form,
          ]),
        ]),
      );
      return undefined;
    },
  };
}
