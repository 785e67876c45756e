import { h } from '../dom';
import type { DashboardLine } from './plan-presenter';

/**
 * The year's dashboard as a table: each meter's name, its value out of 100 and its trend in words, with the last
 * cause. Text only, so that nothing rests on colour.
 */
export function dashboardTable(lines: readonly DashboardLine[], caption: string): HTMLTableElement {
  return h('table', { class: 'binome-tableau-de-bord' }, [
    h('caption', { text: caption }),
    h('thead', {}, [
      h('tr', {}, [
        h('th', { text: 'Jauge', attrs: { scope: 'col' } }),
        h('th', { text: 'Valeur', attrs: { scope: 'col' } }),
        h('th', { text: 'Évolution', attrs: { scope: 'col' } }),
      ]),
    ]),
    h(
      'tbody',
      {},
      lines.map((line) =>
        h('tr', { attrs: { 'data-jauge': line.meter } }, [
          h('th', { text: line.label, attrs: { scope: 'row' } }),
          h('td', { text: line.value }),
          h('td', {}, [
            h('span', { text: line.trend }),
            ...(line.lastReason === ''
              ? []
              : [h('span', { class: 'binome-jauge-cause', text: ` Dernier motif : ${line.lastReason}` })]),
          ]),
        ]),
      ),
    ),
  ]);
}
