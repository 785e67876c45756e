import '../styles/practice.css';
import { h } from '../dom';
import { sessionCodeField } from '../session-code-field';
import type { Screen } from '../screens/screen-host';

/** A choice offered on the setup screen. */
export interface SetupOption {
  readonly id: string;
  readonly label: string;
  readonly detail: string;
}

export interface YearSetupActions {
  readonly years: readonly SetupOption[];
  readonly posts: readonly SetupOption[];
  /** Problems of the data files, shown so a trainer can fix them; the other years stay playable. */
  readonly problems: readonly string[];
  readonly onStart: (choice: { configId: string; post: string; seed: number | null }) => void;
  readonly onBack: () => void;
}

function radioGroup(name: string, legend: string, options: readonly SetupOption[]): HTMLFieldSetElement {
  return h('fieldset', { class: 'situations-code annee-choix' }, [
    h('legend', { text: legend }),
    ...options.map((option, index) =>
      h('label', { class: 'annee-option' }, [
        h('input', {
          attrs: {
            type: 'radio',
            name,
            value: option.id,
            checked: index === 0,
            'data-choix': `${name}:${option.id}`,
          },
        }),
        h('span', {}, [
          h('strong', { text: option.label }),
          h('span', { class: 'aide', text: ` — ${option.detail}` }),
        ]),
      ]),
    ),
  ]);
}

function checkedValue(root: HTMLElement, name: string): string {
  return root.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value ?? '';
}

/** « Une année » : choose the year, the post and the group's code, then start. */
export function yearSetupScreen(actions: YearSetupActions): Screen {
  return {
    id: 'nouvelle-annee',
    title: 'Une année',
    mount(root) {
      const code = sessionCodeField(
        'code-annee',
        'Donné par le formateur : tout le groupe vit alors la même année. Laissez vide pour un tirage au hasard.',
      );
      const start = h('button', {
        class: 'bouton bouton-principal',
        text: 'Commencer l’année',
        attrs: { type: 'button', 'data-action': 'commencer-annee' },
      });
      const back = h('button', { class: 'bouton', text: 'Retour à l’accueil', attrs: { type: 'button' } });
      back.addEventListener('click', () => actions.onBack());
      const section = h(
        'section',
        { class: 'ecran ecran-situations', attrs: { 'aria-labelledby': 'titre-annee' } },
        [
          h('header', { class: 'situations-entete' }, [
            h('h1', {
              text: 'Une année en mairie',
              attrs: { id: 'titre-annee', tabindex: -1, 'data-autofocus': true },
            }),
            h('p', {
              text: 'De janvier à décembre : les échéances légales, l’agenda de la semaine, le public, le conseil, le budget, les élections et les marchés. La partie est enregistrée après chaque action.',
            }),
            back,
          ]),
          actions.problems.length > 0
            ? h('div', { class: 'situations-problemes', attrs: { role: 'alert' } }, [
                h(
                  'ul',
                  {},
                  actions.problems.map((line) => h('li', { text: line })),
                ),
              ])
            : null,
          radioGroup('annee', 'Année', actions.years),
          radioGroup('poste', 'Votre poste', actions.posts),
          code.element,
          start,
        ],
      );
      start.addEventListener('click', () => {
        const seed = code.read();
        if (seed === undefined) return;
        actions.onStart({
          configId: checkedValue(section, 'annee'),
          post: checkedValue(section, 'poste'),
          seed,
        });
      });
      root.append(section);
      return undefined;
    },
  };
}
