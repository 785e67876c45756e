import { h } from '../dom';
import { button } from '../views/dom';
import type { AgendaDayModel, AgendaModel, AgendaTaskModel } from './agenda-presenter';

/** What the agenda does with the player's intents. */
export interface AgendaHandlers {
  /** A task goes to a weekday (0 = Monday) or back to « à planifier » (null). */
  readonly onMove: (taskId: string, day: number | null) => void;
  readonly onCommit: () => void;
}

/** Data type of a dragged task card. */
const DRAG_TYPE = 'text/x-tache';

function dropZone(
  element: HTMLElement,
  day: number | null,
  handlers: AgendaHandlers,
  locked: boolean,
): HTMLElement {
  if (locked) return element;
  element.addEventListener('dragover', (event) => {
    if (event.dataTransfer?.types.includes(DRAG_TYPE)) {
      event.preventDefault();
      element.classList.add('an-zone--survol');
    }
  });
  element.addEventListener('dragleave', () => element.classList.remove('an-zone--survol'));
  element.addEventListener('drop', (event) => {
    element.classList.remove('an-zone--survol');
    const taskId = event.dataTransfer?.getData(DRAG_TYPE);
    if (taskId) {
      event.preventDefault();
      handlers.onMove(taskId, day);
    }
  });
  return element;
}

function taskCard(task: AgendaTaskModel, handlers: AgendaHandlers, locked: boolean): HTMLElement {
  const selectId = `an-jour-${task.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  const select = h(
    'select',
    { class: 'an-tache__jour', attrs: { id: selectId, disabled: locked } },
    task.options.map((option) =>
      h('option', {
        text: option.label,
        attrs: {
          value: option.value,
          disabled: option.disabled,
          selected: option.value === (task.day === null ? '' : String(task.day)),
        },
      }),
    ),
  );
  select.addEventListener('change', () =>
    handlers.onMove(task.id, select.value === '' ? null : Number(select.value)),
  );
  const card = h(
    'li',
    {
      class: `an-tache an-tache--p${task.priority}${task.urgency ? ` an-tache--${task.urgency}` : ''}`,
      attrs: { draggable: locked ? undefined : 'true', 'data-tache': task.id },
    },
    [
      h('p', { class: 'an-tache__genre', text: `${task.kindText} · ${task.priorityText}` }),
      h('h4', { class: 'an-tache__titre', text: task.title }),
      h('p', { class: 'an-tache__meta', text: `${task.hoursText} · ${task.deadlineText}` }),
      ...task.notes.map((note) =>
        h('p', { class: `an-tache__note an-tache__note--${note.tone}`, text: note.text }),
      ),
      h('details', { class: 'an-tache__details' }, [
        h('summary', { text: 'Détails' }),
        h('p', { text: task.detail }),
      ]),
      h('div', { class: 'an-tache__commande' }, [
        h('label', { text: 'Jour', attrs: { for: selectId } }),
        select,
      ]),
    ],
  );
  if (!locked) {
    card.addEventListener('dragstart', (event) => {
      event.dataTransfer?.setData(DRAG_TYPE, task.id);
      card.classList.add('an-tache--tiree');
    });
    card.addEventListener('dragend', () => card.classList.remove('an-tache--tiree'));
  }
  return card;
}

function dayColumn(day: AgendaDayModel, handlers: AgendaHandlers, locked: boolean): HTMLElement {
  const bar = h('span', { class: 'an-jour__remplissage' });
  bar.style.width = `${day.percent}%`;
  return dropZone(
    h(
      'section',
      {
        class: `an-jour an-zone${day.closedText ? ' an-jour--ferme' : ''}${day.over ? ' an-jour--plein' : ''}`,
        attrs: { 'aria-labelledby': `an-jour-titre-${day.index}` },
      },
      [
        h('h3', { class: 'an-jour__titre', text: day.heading, attrs: { id: `an-jour-titre-${day.index}` } }),
        h('p', { class: 'an-jour__charge', text: day.closedText ?? day.loadText }),
        h('span', { class: 'an-jour__barre', attrs: { 'aria-hidden': 'true' } }, [bar]),
        ...day.appointments.map((item) =>
          h('p', { class: 'an-rdv', text: `Rendez-vous : ${item.title} (${item.hoursText})` }),
        ),
        h(
          'ul',
          { class: 'an-liste', attrs: { 'aria-label': `Tâches du ${day.heading}` } },
          day.tasks.map((task) => taskCard(task, handlers, locked)),
        ),
      ],
    ),
    day.index,
    handlers,
    locked,
  );
}

/**
 * The agenda of the week: « à planifier » on the left, one column per weekday. Tasks move by drag and drop, or
 * with the « Jour » selector of each card (the keyboard way). Built with createElement only.
 */
export function renderAgenda(model: AgendaModel, handlers: AgendaHandlers): HTMLElement {
  const budgetBar = h('span', { class: 'an-budget__remplissage' });
  budgetBar.style.width = `${model.budgetPercent}%`;
  const commit = button(model.commitLabel, 'v-button v-button--primary an-valider', {
    ...(model.problem !== null || model.locked ? { 'aria-disabled': 'true' } : {}),
    'aria-describedby': 'an-etat',
  });
  commit.addEventListener('click', () => {
    if (model.problem === null && !model.locked) handlers.onCommit();
  });
  return h('section', { class: 'an', attrs: { 'aria-labelledby': 'an-titre' } }, [
    h('header', { class: 'an__entete' }, [
      h('h2', { class: 'an__titre', text: model.heading, attrs: { id: 'an-titre', tabindex: '-1' } }),
      h('p', { class: 'an__poste', text: model.postLabel }),
      h('p', { class: `an-budget${model.overBudget ? ' an-budget--depasse' : ''}` }, [
        h('span', { class: 'an-budget__texte', text: model.budgetText }),
        h('span', { class: 'an-budget__barre', attrs: { 'aria-hidden': 'true' } }, [budgetBar]),
      ]),
    ]),
    h('div', { class: 'an__grille' }, [
      dropZone(
        h('section', { class: 'an-a-planifier an-zone', attrs: { 'aria-labelledby': 'an-a-planifier' } }, [
          h('h3', { class: 'an-jour__titre', text: 'À planifier', attrs: { id: 'an-a-planifier' } }),
          model.unplanned.length === 0
            ? h('p', { class: 'an-vide', text: 'Tout est planifié.' })
            : h(
                'ul',
                { class: 'an-liste' },
                model.unplanned.map((task) => taskCard(task, handlers, model.locked)),
              ),
        ]),
        null,
        handlers,
        model.locked,
      ),
      ...model.days.map((day) => dayColumn(day, handlers, model.locked)),
    ]),
    h('footer', { class: 'an__pied' }, [
      h('p', {
        class: `an__etat${model.problem ? ' an__etat--probleme' : ''}`,
        text: model.locked
          ? 'Planning validé : jouez les rendez-vous et les demandes de la semaine, puis terminez la semaine.'
          : (model.problem ?? 'Planning possible : validez-le pour commencer la semaine.'),
        attrs: { id: 'an-etat', role: 'status' },
      }),
      commit,
    ]),
  ]);
}
