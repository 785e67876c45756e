import { h } from '../dom';
import { createSheetPrinter } from '../print-sheet';
import type { Screen } from '../screens/screen-host';
import { dashboardTable } from './dashboard-view';
import type { PlanModel, PlanStepLine } from './plan-presenter';

export interface BinomePlanOptions {
  readonly model: PlanModel;
  /** Back to the pair's debrief. */
  readonly onDebrief: () => void;
  readonly onMenu: () => void;
  /** Opens the print dialog (`window.print` in the game). */
  readonly print: () => void;
}

function step(line: PlanStepLine, level: 'h3' | 'h4' = 'h4'): HTMLElement {
  return h('li', { class: `binome-etape binome-etape--${line.status}` }, [
    h(level, { text: line.heading }),
    ...(line.statusLabel === '' ? [] : [h('p', { class: 'binome-clause-statut', text: line.statusLabel })]),
    h('p', { text: line.text }),
    ...(line.note === ''
      ? []
      : [h('p', { class: 'binome-clause-note', text: `Ce que dit le droit\u00a0: ${line.note}` })]),
    h('p', { class: 'binome-clause-ref', text: `Référence\u00a0: ${line.reference}` }),
  ]);
}

/** The part that prints: the budget, the quarters with their projects and legal steps, the dashboard. */
function planBody(model: PlanModel): HTMLElement {
  return h('div', { class: 'binome-plan' }, [
    h('p', { class: 'binome-contrat-parties', text: model.parties }),
    h('p', { text: model.preamble }),
    ...(model.reviewLine === '' ? [] : [h('p', { class: 'binome-contrat-alerte', text: model.reviewLine })]),
    h('h2', { text: 'Le budget de l’année' }),
    h('ul', { class: 'binome-etapes' }, [step(model.budget, 'h3')]),
    h('h2', { text: 'Les projets et les étapes, trimestre par trimestre' }),
    ...model.quarters.map((quarter) =>
      h('section', { class: 'binome-trimestre', attrs: { 'data-trimestre': quarter.id } }, [
        h('h3', { text: quarter.label }),
        quarter.projects.length === 0
          ? h('p', { text: 'Aucun projet ce trimestre.' })
          : h(
              'ul',
              { class: 'binome-projets' },
              quarter.projects.map((project) => h('li', { text: project })),
            ),
        ...(quarter.steps.length === 0
          ? []
          : [
              h(
                'ul',
                { class: 'binome-etapes', attrs: { 'aria-label': `Étapes du droit, ${quarter.label}` } },
                quarter.steps.map((line) => step(line)),
              ),
            ]),
      ]),
    ),
    ...(model.deferredLine === '' ? [] : [h('p', { text: model.deferredLine })]),
    ...(model.undecidedLine === '' ? [] : [h('p', { text: model.undecidedLine })]),
    h('h2', { text: 'Le tableau de bord de l’année' }),
    dashboardTable(model.dashboard, 'Les jauges de l’année après vos choix (sur 100)'),
  ]);
}

/** The pair's plan of the year, after the debrief of « Co-piloter l’année »: printed alone. */
export function binomePlanScreen(options: BinomePlanOptions): Screen {
  return {
    id: 'binome-plan',
    title: options.model.heading,
    mount(root) {
      const { printSheet, endPrinting } = createSheetPrinter(options.print);
      const print = () =>
        printSheet(
          h('article', { class: 'binome-impression' }, [
            h('h1', { text: options.model.heading }),
            planBody(options.model),
          ]),
        );
      root.append(
        h('section', { class: 'ecran binome debrief', attrs: { 'aria-labelledby': 'binome-plan-titre' } }, [
          h('div', { class: 'binome-carte binome-carte--large' }, [
            h('h1', {
              class: 'debrief-title',
              text: options.model.heading,
              attrs: { id: 'binome-plan-titre', tabindex: -1, 'data-autofocus': true },
            }),
            planBody(options.model),
            h('p', { class: 'binome-actions' }, [
              h('button', {
                class: 'v-button v-button--primary',
                text: 'Imprimer le plan',
                attrs: { type: 'button', 'data-action': 'imprimer-plan' },
                on: { click: print },
              }),
              h('button', {
                class: 'v-button',
                text: 'Revenir au bilan',
                attrs: { type: 'button', 'data-action': 'bilan' },
                on: { click: () => options.onDebrief() },
              }),
              h('button', {
                class: 'v-button',
                text: 'Retour au menu',
                attrs: { type: 'button', 'data-action': 'menu' },
                on: { click: () => options.onMenu() },
              }),
            ]),
          ]),
        ]),
      );
      return endPrinting;
    },
  };
}
