import { h } from '../dom';
import { button } from '../views/dom';
import type { InboxModel } from './inbox-presenter';

/** What the inbox does when the player opens a scenario or a short event. */
export interface InboxHandlers {
  readonly onOpen: (activityId: string) => void;
  /** URL of an icon of the assets registry (decorative), if the host has them. */
  readonly iconUrl?: (key: string) => string | undefined;
}

/** The week's rendez-vous and the inbox of mail, calls, visits, requests of the maire and incidents. */
export function renderInbox(model: InboxModel, handlers: InboxHandlers): HTMLElement {
  const action = (label: string | null, id: string) => {
    if (label === null) return null;
    const open = button(label, 'v-button v-button--small', { 'data-activite': id });
    open.addEventListener('click', () => handlers.onOpen(id));
    return open;
  };
  return h('section', { class: 'bal', attrs: { 'aria-labelledby': 'bal-titre' } }, [
    h('h2', { class: 'bal__titre', text: 'Rendez-vous de la semaine', attrs: { id: 'bal-titre' } }),
    model.appointments.length === 0
      ? h('p', { class: 'bal__vide', text: 'Aucun rendez-vous cette semaine.' })
      : h(
          'ul',
          { class: 'bal-liste' },
          model.appointments.map((item) =>
            h('li', { class: 'bal-element bal-element--rdv' }, [
              h('h3', { class: 'bal-element__titre', text: item.heading }),
              h('p', { class: 'bal-element__meta', text: item.meta }),
              item.note ? h('p', { class: 'bal-element__statut', text: item.note }) : null,
              action(item.actionLabel, item.id),
            ]),
          ),
        ),
    h('h2', { class: 'bal__titre', text: 'Ce qui s’est passé' }),
    model.news.length === 0
      ? h('p', { class: 'bal__vide', text: 'L’année commence.' })
      : h(
          'ul',
          { class: 'bal-nouvelles' },
          model.news.map((line) =>
            h('li', { class: `bal-nouvelle bal-nouvelle--${line.tone}` }, [
              h('span', { class: 'bal-nouvelle__date', text: `${line.dateText} : ` }),
              line.text,
            ]),
          ),
        ),
    h('h2', { class: 'bal__titre', text: `${model.heading} — ${model.summary}` }),
    model.items.length === 0
      ? h('p', { class: 'bal__vide', text: 'Rien pour le moment.' })
      : h(
          'ul',
          { class: 'bal-liste' },
          model.items.map((item) => {
            const icon = handlers.iconUrl?.(item.icon);
            return h('li', { class: `bal-element bal-element--${item.status}` }, [
              icon ? h('img', { class: 'bal-element__icone', attrs: { src: icon, alt: '' } }) : null,
              h('h3', { class: 'bal-element__titre', text: item.heading }),
              h('p', { class: 'bal-element__de', text: item.from }),
              h('p', { class: 'bal-element__meta', text: item.meta }),
              h('p', { class: 'bal-element__statut', text: item.statusText }),
              action(item.actionLabel, item.id),
            ]);
          }),
        ),
  ]);
}
