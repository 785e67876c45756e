import type { YearSession } from '../../core/year';
import { h } from '../dom';
import { button } from '../views/dom';
import { draftSlots, initialDraft, moveTask, presentAgenda, type AgendaDraft } from './agenda-presenter';
import { renderAgenda } from './agenda-view';
import { presentCalendar } from './calendar-presenter';
import { renderCalendar } from './calendar-view';
import { presentInbox } from './inbox-presenter';
import { renderInbox } from './inbox-view';
import { presentMeters } from './meters-presenter';
import { renderMeters } from './meters-view';
import './year.css';

/** What the SGM's desk needs from the host. */
export interface YearDeskOptions {
  readonly session: Pick<YearSession, 'view' | 'planProblem' | 'send' | 'subscribe'>;
  /** Says a text in the overlay's live region. */
  readonly announce: (text: string) => void;
  /** Opens a scenario of the week (the host calls `session.openActivity` and shows the scenario host). */
  readonly onOpenActivity: (activityId: string) => void;
  /** The last week has ended: the host shows the bilan. */
  readonly onYearOver?: () => void;
  readonly iconUrl?: (key: string) => string | undefined;
}

/** The desk once mounted. */
export interface YearDesk {
  readonly root: HTMLElement;
  unmount(): void;
}

/**
 * The SGM's week on one screen: the agenda with its time budget, the rendez-vous and the inbox, the meters with
 * their « pourquoi ? », the calendar of deadlines, and « Terminer la semaine ». Re-renders after every accepted
 * event of the session; keeps the keyboard focus on the control that was used.
 */
export function mountYearDesk(container: HTMLElement, options: YearDeskOptions): YearDesk {
  const root = h('div', { class: 'bureau-annee' });
  container.append(root);
  let draft: AgendaDraft = initialDraft(options.session.view());
  let draftWeek = options.session.view().week;
  const openPanels = new Set<string>();

  const render = () => {
    const week = options.session.view();
    if (week.week !== draftWeek || week.phase !== 'planning') {
      draft = initialDraft(week);
      draftWeek = week.week;
    }
    const focused = document.activeElement instanceof HTMLElement ? document.activeElement.id : '';
    const problem = week.phase === 'planning' ? options.session.planProblem(draftSlots(draft)) : null;
    const agenda = renderAgenda(presentAgenda(week, draft, problem), {
      onMove(taskId, day) {
        const moved = moveTask(week, draft, taskId, day);
        draft = moved.draft;
        options.announce(moved.message);
        render();
      },
      onCommit() {
        const sent = options.session.send({ type: 'week.plan', slots: draftSlots(draft) });
        options.announce(sent.ok ? 'Planning validé.' : sent.error.message);
      },
    });
    const end = button('Terminer la semaine', 'v-button v-button--primary bureau-annee__fin', {
      ...(week.cannotEndBecause ? { 'aria-disabled': 'true' } : {}),
      'aria-describedby': 'bureau-annee-fin-raison',
    });
    end.addEventListener('click', () => {
      if (week.cannotEndBecause) {
        options.announce(week.cannotEndBecause);
        return;
      }
      const ended = options.session.send({ type: 'week.end' });
      if (!ended.ok) options.announce(ended.error.message);
      else if (ended.value.phase === 'over') options.onYearOver?.();
      else options.announce(`Semaine ${ended.value.week + 1} : nouvelle semaine.`);
    });
    root.replaceChildren(
      h('header', { class: 'bureau-annee__entete' }, [
        h('p', { class: 'bureau-annee__annee', text: week.yearTitle }),
        h('div', { class: 'bureau-annee__fin-zone' }, [
          end,
          h('p', {
            class: 'bureau-annee__fin-raison',
            text: week.cannotEndBecause ?? 'Tout ce qui n’est pas fait reste à faire, ou sera en retard.',
            attrs: { id: 'bureau-annee-fin-raison' },
          }),
        ]),
      ]),
      agenda,
      h('div', { class: 'bureau-annee__colonnes' }, [
        renderInbox(presentInbox(week.inbox, week.appointments, week.journal), {
          onOpen: options.onOpenActivity,
          ...(options.iconUrl ? { iconUrl: options.iconUrl } : {}),
        }),
        renderMeters(presentMeters(week.meters), {
          open: openPanels,
          onToggle: (id, open) => (open ? openPanels.add(id) : openPanels.delete(id)),
        }),
        renderCalendar(presentCalendar(week.calendar, week.monday, week.sunday)),
      ]),
    );
    if (focused) document.getElementById(focused)?.focus({ preventScroll: true });
  };

  const unsubscribe = options.session.subscribe(() => render());
  render();
  return {
    root,
    unmount() {
      unsubscribe();
      root.remove();
    },
  };
}
