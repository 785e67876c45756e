import { h } from '../dom';
import { documentReturns, printableScreen } from '../printable-screen';
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
  return printableScreen({
    id: 'binome-plan',
    title: options.model.heading,
    heading: options.model.heading,
    headingId: 'binome-plan-titre',
    sheetClass: 'binome-impression',
    body: () => planBody(options.model),
    actions: (print) => [
      { label: 'Imprimer le plan', action: 'imprimer-plan', run: print, primary: true },
      ...documentReturns(options),
    ],
    print: options.print,
  });
}
