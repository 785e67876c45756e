import { h } from '../dom';
import { button } from '../views/dom';
import type { YearBilanModel } from './bilan-presenter';
import './year.css';

/** The hooks of the bilan's buttons: the host saves files and opens the print dialog. */
export interface YearBilanHandlers {
  readonly onExportCsv: () => void;
  readonly onExportSave: () => void;
  readonly onPrint: () => void;
}

/** The bilan of the year: marks per bloc, meters week by week (with a sentence each), key moments, scenarios. */
export function renderYearBilan(model: YearBilanModel, handlers: YearBilanHandlers): HTMLElement {
  const actions = [
    [model.exportCsvLabel, handlers.onExportCsv],
    [model.exportSaveLabel, handlers.onExportSave],
    [model.printLabel, handlers.onPrint],
  ] as const;
  return h('article', { class: 'bilan-annee', attrs: { 'aria-labelledby': 'bilan-annee-titre' } }, [
    h('header', { class: 'bilan-annee__entete' }, [
      h('h2', { text: model.heading, attrs: { id: 'bilan-annee-titre', tabindex: '-1' } }),
      h('p', { text: model.subtitle }),
      h('p', { class: 'bilan-annee__note', text: model.overallText }),
      h(
        'div',
        { class: 'bilan-annee__actions' },
        actions.map(([label, action]) => {
          const element = button(label, 'v-button');
          element.addEventListener('click', action);
          return element;
        }),
      ),
    ]),
    h('section', { attrs: { 'aria-labelledby': 'bilan-annee-blocs' } }, [
      h('h3', { text: 'Notes par bloc de compétences', attrs: { id: 'bilan-annee-blocs' } }),
      h(
        'ul',
        { class: 'bilan-annee__blocs' },
        model.blocs.map((bloc) =>
          h('li', {}, [
            h('strong', { text: `${bloc.code} ${bloc.title} : ${bloc.markText}` }),
            h('span', { text: ` — ${bloc.outcome}` }),
          ]),
        ),
      ),
    ]),
    h('section', { attrs: { 'aria-labelledby': 'bilan-annee-jauges' } }, [
      h('h3', { text: 'Les jauges semaine après semaine', attrs: { id: 'bilan-annee-jauges' } }),
      h(
        'ul',
        { class: 'bilan-annee__trajectoires' },
        model.trajectories.map((trajectory) =>
          h('li', { class: `trajectoire${trajectory.burden ? ' trajectoire--charge' : ''}` }, [
            h('p', { class: 'trajectoire__nom', text: trajectory.label }),
            h(
              'span',
              { class: 'trajectoire__courbe', attrs: { 'aria-hidden': 'true' } },
              trajectory.bars.map((value) => {
                const bar = h('span', { class: 'trajectoire__barre' });
                bar.style.height = `${Math.max(2, value)}%`;
                return bar;
              }),
            ),
            h('p', { class: 'trajectoire__resume', text: trajectory.summary }),
          ]),
        ),
      ),
    ]),
    h('section', { attrs: { 'aria-labelledby': 'bilan-annee-moments' } }, [
      h('h3', { text: 'Les moments clés', attrs: { id: 'bilan-annee-moments' } }),
      h(
        'ol',
        { class: 'bilan-annee__moments' },
        model.keyMoments.map((moment) =>
          h('li', { class: 'moment' }, [
            h('p', { class: 'moment__quand', text: `${moment.dateText} — ${moment.source}` }),
            h('p', { class: 'moment__texte', text: moment.text }),
            moment.verdictText || moment.reference
              ? h('p', {
                  class: 'moment__verdict',
                  text: [moment.verdictText, moment.reference].filter((part) => part !== null).join(' · '),
                })
              : null,
          ]),
        ),
      ),
    ]),
    h('section', { attrs: { 'aria-labelledby': 'bilan-annee-scenarios' } }, [
      h('h3', { text: 'Les scénarios de l’année', attrs: { id: 'bilan-annee-scenarios' } }),
      h(
        'ul',
        { class: 'bilan-annee__scenarios' },
        model.scenarios.map((scenario) =>
          h('li', { text: `${scenario.dateText} — ${scenario.title} : ${scenario.statusText}` }),
        ),
      ),
    ]),
  ]);
}
