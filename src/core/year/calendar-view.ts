import type { IsoDate } from '../dates';
import type { YearEnv } from './env';
import { convocationDeadlineOf, staticDeadlines, type YearDeadline } from './config/legal-calendar';
import { councilDef } from './state/councils';
import type { YearState } from './state/types';

/** Where a deadline of the calendar stands. */
export type DeadlineStatus = 'a-venir' | 'tenue' | 'manquee' | 'a-verifier' | 'annulee';

/** One line of the calendar of deadlines. */
export interface CalendarEntry extends YearDeadline {
  readonly kind: 'echeance' | 'seance' | 'scrutin';
  readonly status: DeadlineStatus;
}

function statusFromEvidence(
  state: YearState,
  step: string,
  date: IsoDate,
  uncertain: boolean,
  today: IsoDate,
): DeadlineStatus {
  const last = [...state.evidence].reverse().find((item) => item.step === step);
  if (last) return last.verdict === 'conforme' ? 'tenue' : 'manquee';
  const task = state.tasks.find((item) => item.id === step);
  if (task?.status === 'done') return task.doneOn !== null && task.doneOn <= date ? 'tenue' : 'manquee';
  if (task?.status === 'missed') return 'manquee';
  if (uncertain) return 'a-verifier';
  return date < today ? 'manquee' : 'a-venir';
}

/**
 * The calendar of the year as it stands on `today`: the legal deadlines computed by the rule engines (budget,
 * tax rates, transmissions, accounts, one council a quarter), each council meeting with its convocation
 * deadline, and the election rounds. In date order.
 */
export function yearCalendar(env: YearEnv, state: YearState, today: IsoDate): CalendarEntry[] {
  // A static deadline's id is also the step of its evidence or the id of its task (see task-outcomes.ts).
  const entries: CalendarEntry[] = staticDeadlines(env.config).map((deadline) => ({
    ...deadline,
    kind: 'echeance',
    status: statusFromEvidence(state, deadline.id, deadline.date, deadline.uncertain, today),
  }));
  for (const council of state.councils) {
    const def = councilDef(env, council.id);
    if (!def) continue;
    const convocation = convocationDeadlineOf(def, council.date, env.world.population);
    entries.push({
      ...convocation,
      kind: 'echeance',
      status:
        council.status === 'annulee'
          ? 'annulee'
          : statusFromEvidence(state, convocation.id, convocation.date, false, today),
    });
    entries.push({
      id: `seance.${council.id}`,
      label: `Conseil municipal : ${def.label}${council.postponements > 0 ? ' (reportée)' : ''}`,
      date: council.date,
      reference: convocation.reference,
      explanation: `Ordre du jour : ${def.agenda}.`,
      uncertain: false,
      kind: 'seance',
      status: council.status === 'tenue' ? 'tenue' : council.status === 'annulee' ? 'annulee' : 'a-venir',
    });
  }
  env.config.election?.rounds.forEach((date, index) => {
    entries.push({
      id: `scrutin.${index + 1}`,
      label: `${env.config.election?.label ?? 'Scrutin'} : ${index === 0 ? '1er' : '2d'} tour`,
      date,
      reference: 'décret de convocation des électeurs',
      explanation: env.config.election?.datesNote ?? 'Bureau de vote unique, à la salle des fêtes.',
      uncertain: env.config.election?.datesNote !== undefined,
      kind: 'scrutin',
      status: date < today ? 'tenue' : 'a-venir',
    });
  });
  return entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
}
