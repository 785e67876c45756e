import { h } from '../dom';
import type { CalendarModel } from './calendar-presenter';

/** The calendar of deadlines, month by month, the week on screen marked; explanations in disclosure widgets. */
export function renderCalendar(model: CalendarModel): HTMLElement {
  return h('section', { class: 'cal', attrs: { 'aria-labelledby': 'cal-titre' } }, [
    h('h2', { class: 'cal__titre', text: model.heading, attrs: { id: 'cal-titre' } }),
    model.next ? h('p', { class: 'cal__prochaine', text: model.next }) : null,
    ...model.months.map((month) =>
      h('section', { class: 'cal-mois' }, [
        h('h3', { class: 'cal-mois__titre', text: month.heading }),
        h(
          'ul',
          { class: 'cal-liste' },
          month.lines.map((line) =>
            h(
              'li',
              { class: `cal-ligne cal-ligne--${line.status}${line.thisWeek ? ' cal-ligne--semaine' : ''}` },
              [
                h('p', { class: 'cal-ligne__date', text: line.dateText }),
                h('p', { class: 'cal-ligne__libelle' }, [
                  h('span', { class: 'cal-ligne__genre', text: `${line.kindText} : ` }),
                  line.label,
                  line.thisWeek
                    ? h('strong', { class: 'cal-ligne__cette-semaine', text: ' (cette semaine)' })
                    : null,
                ]),
                h('p', { class: 'cal-ligne__statut', text: line.statusText }),
                h('details', { class: 'cal-ligne__details' }, [
                  h('summary', { text: `Pourquoi cette date ? ${line.reference}` }),
                  h('p', { text: line.explanation }),
                ]),
              ],
            ),
          ),
        ),
      ]),
    ),
  ]);
}
