import { h, focusElement } from '../dom';
import type { ChoiceView, DialogueView, ScenarioSession, StepView } from '../../core/scenario';
import type { Screen } from '../screens/screen-host';
import { ofSeat, seatName, type Pair } from './binome-presenter';
import { dashboardTable } from './dashboard-view';
import { presentDashboard } from './plan-presenter';

export interface BinomePlayOptions {
  readonly session: ScenarioSession;
  readonly pair: Pair;
  /** Shows the year's dashboard beside the play (« Co-piloter l’année »), as the pair's choices move it. */
  readonly dashboard?: boolean;
  /** The end step's « Voir le bilan du binôme ». */
  readonly onEnd: () => void;
  readonly onMenu: () => void;
}

/** Where a private card's hand-over stands: the screen turned to its seat, the card shown, the screen given back. */
type HandoverPhase = 'tourner' | 'carte' | 'rendre';

const HEADING_ID = 'binome-etape-titre';

function heading(text: string): HTMLHeadingElement {
  return h('h2', {
    class: 'binome-etape-titre',
    text,
    attrs: { id: HEADING_ID, tabindex: -1, 'data-autofocus': true },
  });
}

function action(label: string, run: () => void, name: string, primary = true): HTMLButtonElement {
  return h('button', {
    class: primary ? 'v-button v-button--primary' : 'v-button',
    text: label,
    attrs: { type: 'button', 'data-action': name },
    on: { click: run },
  });
}

function lines(texts: readonly string[]): HTMLElement[] {
  return texts.map((text) => h('p', { class: 'binome-ligne', text }));
}

/** The options of a choice as radio buttons in a fieldset whose legend is the question. */
function optionsField(view: ChoiceView, name: string, legend: string): HTMLFieldSetElement {
  return h('fieldset', { class: 'binome-options' }, [
    h('legend', { text: legend }),
    ...view.options.map((option) =>
      h('label', { class: 'binome-option' }, [
        h('input', { attrs: { type: 'radio', name, value: option.id } }),
        ` ${option.label}`,
      ]),
    ),
  ]);
}

const checkedIn = (root: HTMLElement, name: string) =>
  root.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value;

/**
 * The pair plays on one screen. A private card is never in the page while the other seat could see it: the
 * screen first asks to be turned to the card's seat, shows the card, then asks to be given back, and only then
 * goes on. The SGM advises (an option, an optional explanation), then the élu decides.
 */
export function binomePlayScreen(options: BinomePlayOptions): Screen {
  const { session, pair } = options;
  return {
    id: 'binome-jeu',
    title: 'En binôme',
    mount(root) {
      const stage = h('section', { class: 'ecran binome debrief', attrs: { 'aria-labelledby': HEADING_ID } });
      const card = h('div', { class: 'binome-carte' });
      stage.append(card);
      // The shared dashboard: the meters only, which no private card moves, so both seats may see it.
      const board = options.dashboard
        ? h('aside', {
            class: 'binome-carte binome-jauges',
            attrs: { 'aria-label': 'Tableau de bord de l’année' },
          })
        : null;
      if (board) stage.append(board);
      root.append(stage);
      let handover: { step: string; phase: HandoverPhase } | null = null;

      const show = (children: readonly (HTMLElement | string)[]) => {
        card.replaceChildren(...children);
        focusElement(card.querySelector<HTMLElement>('[data-autofocus]'));
      };
      const problem = h('p', { class: 'binome-erreur', attrs: { role: 'alert' } });
      const refuse = (message: string) => {
        problem.textContent = message;
      };

      const privateCard = (view: DialogueView, seat: 'maire' | 'sgm'): HTMLElement[] => {
        const who = seatName(pair, seat);
        const phase = handover?.step === view.stepId ? handover.phase : 'tourner';
        const go = (next: HandoverPhase) => () => {
          handover = { step: view.stepId, phase: next };
          render();
        };
        if (phase === 'tourner')
          return [
            heading(`Tournez l’écran vers ${who}`),
            h('p', { text: `Une carte privée attend ${who}. L’autre joueur ne regarde pas l’écran.` }),
            action(`Afficher la carte ${ofSeat(pair, seat)}`, go('carte'), 'afficher-carte'),
          ];
        if (phase === 'carte')
          return [
            heading(`Carte privée ${ofSeat(pair, seat)}`),
            h('div', { class: `binome-carte-privee binome-carte-privee--${seat}` }, lines(view.lines)),
            h('p', {
              class: 'binome-aide',
              text: 'Libre à vous de la lire à voix haute, ou de la garder pour vous.',
            }),
            action('J’ai lu ma carte : cacher la carte', go('rendre'), 'cacher-carte'),
          ];
        return [
          heading('Rendez l’écran'),
          h('p', { text: 'La carte est cachée. Tournez l’écran vers vous deux pour continuer ensemble.' }),
          action(
            'Continuer ensemble',
            () => {
              handover = null;
              session.send({ type: 'user.advance' });
            },
            'continuer',
          ),
        ];
      };

      const advice = (view: ChoiceView): HTMLElement[] => {
        const why = h('textarea', { attrs: { id: 'binome-explication', rows: 3, maxlength: 1000 } });
        return [
          heading(`Le conseil ${ofSeat(pair, 'sgm')}`),
          h('p', { class: 'binome-sujet', text: view.advice?.topic ?? '' }),
          optionsField(view, 'binome-conseil', view.advice?.prompt ?? view.prompt),
          h('p', { class: 'binome-champ' }, [
            h('label', {
              text: 'Votre explication, à dire ou à écrire (facultatif)',
              attrs: { for: 'binome-explication' },
            }),
            why,
          ]),
          problem,
          action(
            'Donner ce conseil',
            () => {
              const conseil = checkedIn(card, 'binome-conseil');
              if (conseil === undefined) return refuse('Choisissez l’option que vous conseillez.');
              const explication = why.value.trim();
              const sent = session.send({
                type: 'user.submit',
                values: explication === '' ? { conseil } : { conseil, explication },
              });
              if (!sent.accepted) refuse(sent.problems.map((item) => item.message).join(' '));
            },
            'conseiller',
          ),
        ];
      };

      const decision = (view: ChoiceView): HTMLElement[] => {
        const given = view.advice?.given;
        return [
          heading(`La décision ${ofSeat(pair, 'maire')}`),
          h('p', { class: 'binome-sujet', text: view.advice?.topic ?? '' }),
          h('div', { class: 'binome-conseil-donne' }, [
            h('p', { text: `${seatName(pair, 'sgm')} conseille : ${given?.label ?? ''}` }),
            h('p', {
              text: given?.explanation
                ? `Son explication : ${given.explanation}`
                : 'Conseil donné sans explication.',
            }),
          ]),
          optionsField(view, 'binome-decision', view.prompt),
          problem,
          action(
            'Décider',
            () => {
              const optionId = checkedIn(card, 'binome-decision');
              if (optionId === undefined) return refuse('Choisissez votre décision.');
              const sent = session.send({ type: 'user.choose', optionId });
              if (!sent.accepted) refuse(sent.problems.map((item) => item.message).join(' '));
            },
            'decider',
          ),
        ];
      };

      // A choice without advice is the pair's joint choice (a point of organisation): no seat, no verdict.
      const joint = (view: ChoiceView): HTMLElement[] => [
        heading('À choisir ensemble'),
        optionsField(view, 'binome-ensemble', view.prompt),
        problem,
        action(
          'Valider notre choix',
          () => {
            const optionId = checkedIn(card, 'binome-ensemble');
            if (optionId === undefined) return refuse('Choisissez ensemble une option.');
            const sent = session.send({ type: 'user.choose', optionId });
            if (!sent.accepted) refuse(sent.problems.map((item) => item.message).join(' '));
          },
          'valider-ensemble',
        ),
      ];

      const content = (view: StepView): HTMLElement[] => {
        problem.textContent = '';
        switch (view.kind) {
          case 'dialogue':
            if (view.privateTo) return privateCard(view, view.privateTo);
            return [
              heading(view.speaker?.name ?? 'Ensemble'),
              ...lines(view.lines),
              action('Continuer', () => session.send({ type: 'user.advance' }), 'continuer'),
            ];
          case 'choice':
            if (!view.advice) return joint(view);
            return view.advice.phase === 'conseil' ? advice(view) : decision(view);
          case 'end':
            return [
              heading(view.title),
              ...lines(view.lines),
              action('Voir le bilan du binôme', options.onEnd, 'bilan'),
            ];
          default:
            return [
              heading('Étape non prévue en binôme'),
              h('p', { text: 'Cette étape ne se joue pas en binôme.' }),
              action('Retour au menu', options.onMenu, 'menu', false),
            ];
        }
      };

      function render(): void {
        board?.replaceChildren(
          dashboardTable(
            presentDashboard(session.snapshot().context.meterChanges),
            'Le tableau de bord de l’année',
          ),
        );
        show(content(session.view()));
      }
      const unsubscribe = session.subscribe(() => render());
      render();
      return unsubscribe;
    },
  };
}
