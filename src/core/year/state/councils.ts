import { addDays, formatFrenchDate, type IsoDate } from '../../dates';
import type { YearEnv } from '../env';
import { accountsDeadlines, budgetDeadlines, convocationDeadlineOf } from '../config/legal-calendar';
import type { CouncilDef } from '../config/year-schema';
import { earliestMeetingDate } from '../../rules/conseil';
import { withConsequence, withJournal } from './outcome';
import { convocationTaskId, updateTask } from './tasks';
import type { CouncilState, PendingConsequence, YearState } from './types';

/** The configuration of a council meeting of the state. */
export function councilDef(env: YearEnv, id: string): CouncilDef | undefined {
  return env.config.councils.find((council) => council.id === id);
}

/**
 * The date a meeting moves to when its convocation cannot leave in time: the same weekday one week later, or
 * the first later one a convocation sent on `sendableFrom` still allows (CGCT L2121-11).
 */
export function postponedDate(
  env: YearEnv,
  council: CouncilDef,
  from: IsoDate,
  sendableFrom: IsoDate,
): IsoDate {
  const earliest = earliestMeetingDate(sendableFrom, {
    population: env.world.population,
    firstMeetingAfterElection: council.installation === true,
  });
  let candidate = addDays(from, 7);
  while (candidate < earliest) candidate = addDays(candidate, 7);
  return candidate;
}

function withCouncil(state: YearState, id: string, change: Partial<CouncilState>): YearState {
  return { ...state, councils: state.councils.map((c) => (c.id === id ? { ...c, ...change } : c)) };
}

function withPending(state: YearState, pending: PendingConsequence): YearState {
  if (state.pending.some((item) => item.id === pending.id)) return state;
  return { ...state, pending: [...state.pending, pending] };
}

/** Cancels the scenarios held at a meeting, with the reason. */
function cancelBoundActivities(env: YearEnv, state: YearState, councilId: string, why: string): YearState {
  const bound = new Set(
    env.config.scheduled.filter((item) => item.council === councilId).map((item) => item.id),
  );
  return {
    ...state,
    activities: state.activities.map((activity) =>
      bound.has(activity.id) && activity.status === 'a-venir'
        ? { ...activity, status: 'annule', cancelledBecause: why }
        : activity,
    ),
  };
}

/**
 * Moves a meeting to `newDate`, with what follows: the scenarios held there move too; a meeting pushed past the
 * year is cancelled; a budget council pushed past the vote deadline can no longer vote the budget (the préfet
 * refers it to the CRC the day after the limit, CGCT L1612-2); an accounts council pushed past 30 June leaves the
 * accounts late (CGCT L1612-12, when the date is certain).
 */
export function moveCouncil(env: YearEnv, state: YearState, councilId: string, newDate: IsoDate): YearState {
  const council = councilDef(env, councilId);
  const current = state.councils.find((item) => item.id === councilId);
  if (!council || !current) return state;
  if (!newDate.startsWith(`${env.config.year}-`)) {
    const why = `La séance « ${council.label} » ne peut plus se tenir avant la fin de l’année : elle est annulée.`;
    let next = withCouncil(state, councilId, { status: 'annulee' });
    next = { ...next, tasks: updateTask(next.tasks, convocationTaskId(councilId), { status: 'cancelled' }) };
    next = cancelBoundActivities(env, next, councilId, why);
    return withConsequence(env, next, 'councilCancelled', {
      date: current.date,
      step: convocationTaskId(councilId),
      choice: 'Séance reportée au-delà de la fin de l’année.',
      explanation: why,
      journal: why,
    });
  }
  const bound = new Set(
    env.config.scheduled.filter((item) => item.council === councilId).map((item) => item.id),
  );
  const deadline = convocationDeadlineOf(council, newDate, env.world.population);
  let next = withCouncil(state, councilId, { date: newDate, postponements: current.postponements + 1 });
  next = {
    ...next,
    activities: next.activities.map((activity) =>
      bound.has(activity.id) && activity.status === 'a-venir' ? { ...activity, date: newDate } : activity,
    ),
    tasks: next.tasks.map((task) =>
      task.status === 'open' &&
      (task.id === convocationTaskId(councilId) ||
        (council.votesBudget === true && task.kind === 'budget') ||
        (council.votesAccounts === true && task.kind === 'comptes'))
        ? { ...task, deadline: deadline.date }
        : task,
    ),
  };
  const vote = budgetDeadlines(env.config).vote;
  if (council.votesBudget === true && newDate > vote.date) {
    const referral = addDays(vote.date, 1);
    next = cancelBoundActivities(
      env,
      next,
      councilId,
      `Le conseil ne peut plus voter le budget : il n’a pas été voté au ${formatFrenchDate(vote.date)} et la chambre régionale des comptes est saisie (${vote.reference}).`,
    );
    next = {
      ...next,
      tasks: next.tasks.map((task) =>
        task.kind === 'budget' && task.status === 'open' ? { ...task, status: 'cancelled' } : task,
      ),
    };
    next = withPending(next, { id: 'crc-budget', kind: 'crc-budget-non-vote', due: referral, fired: false });
  }
  const accounts = accountsDeadlines(env.config).vote;
  if (council.votesAccounts === true && !accounts.uncertain && newDate > accounts.date)
    next = withPending(next, {
      id: 'comptes-hors-delai',
      kind: 'comptes-hors-delai',
      due: addDays(accounts.date, 1),
      fired: false,
    });
  return withJournal(next, {
    date: current.date,
    text: `La séance « ${council.label} » est reportée au ${formatFrenchDate(newDate)}.`,
    reference: deadline.reference,
    key: false,
    tone: 'alerte',
  });
}
