import { formatFrenchPercent } from '../../french-format';
import { addDays, formatFrenchDate, type IsoDate } from '../../dates';
import { err, ok, type Result } from '../../result';
import { addCalendarMonths, periodicityStatus, quarterOf } from '../../rules/conseil';
import type { YearEnv } from '../env';
import { accountsDeadlines, budgetDeadlines, quarterDeadlines, yearStart } from '../config/legal-calendar';
import { frenchHours } from '../hours';
import { activityTitle } from './activities';
import { dayCapacity, dayDate, isInWeek } from './calendar';
import { councilDef } from './councils';
import { meterValues } from './meters';
import { withConsequence, withJournal, withMeters } from './outcome';
import { commitPlan } from './plan';
import { accountsFollowUpTask, budgetFollowUpTasks, counterTasks } from './tasks';
import { whenTaskMissed } from './task-outcomes';
import type { CouncilState, YearRefusal, YearState } from './types';
import { currentMonday, currentSunday, postOfState, weekAppointments, weekCapacity } from './week';

/** Tasks whose deadline follows their meeting: they are never « missed », the meeting moves instead. */
const FOLLOWS_COUNCIL = new Set(['convocation', 'budget', 'comptes']);

function holdCouncil(env: YearEnv, state: YearState, council: CouncilState): YearState {
  const def = councilDef(env, council.id);
  if (!def) return state;
  let next: YearState = {
    ...state,
    councils: state.councils.map((item) => (item.id === council.id ? { ...item, status: 'tenue' } : item)),
  };
  next = withJournal(next, {
    date: council.date,
    text: `Séance du conseil municipal : ${def.label}.`,
    reference: null,
    key: false,
    tone: 'info',
  });
  const budget = budgetDeadlines(env.config);
  if (def.votesBudget === true && council.date <= budget.vote.date) {
    next = { ...next, tasks: [...next.tasks, ...budgetFollowUpTasks(council.date, budget)] };
    next = withConsequence(env, next, 'budgetVotedInTime', {
      date: council.date,
      step: 'budget-vote',
      choice: `Budget voté le ${formatFrenchDate(council.date)}.`,
      explanation: budget.vote.explanation,
      journal: `Budget primitif voté le ${formatFrenchDate(council.date)}, dans le délai.`,
    });
  }
  if (def.votesAccounts === true) {
    const accounts = accountsDeadlines(env.config);
    next = { ...next, tasks: [...next.tasks, accountsFollowUpTask(council.date, accounts.transmission)] };
    if (!accounts.vote.uncertain && council.date <= accounts.vote.date)
      next = withConsequence(env, next, 'accountsVotedInTime', {
        date: council.date,
        step: 'comptes-vote',
        choice: `${accounts.vote.label} : voté le ${formatFrenchDate(council.date)}.`,
        explanation: accounts.vote.explanation,
        journal: `${accounts.vote.label} : voté dans le délai.`,
      });
  }
  return next;
}

function firePending(env: YearEnv, state: YearState, sunday: IsoDate): YearState {
  let next = state;
  for (const pending of state.pending.filter((item) => !item.fired && item.due <= sunday)) {
    next = {
      ...next,
      pending: next.pending.map((item) => (item.id === pending.id ? { ...item, fired: true } : item)),
    };
    if (pending.kind === 'crc-budget-non-vote') {
      const vote = budgetDeadlines(env.config).vote;
      next = withConsequence(env, next, 'budgetReferredToCrc', {
        date: pending.due,
        step: 'budget-vote',
        choice: `Budget non voté au ${formatFrenchDate(vote.date)}.`,
        explanation: `${vote.explanation} Le préfet saisit sans délai la chambre régionale des comptes, qui formule ses propositions dans le mois ; dès la saisine, le conseil ne peut plus délibérer sur le budget de l’exercice.`,
        journal: 'Le préfet saisit la chambre régionale des comptes : le budget n’a pas été voté à temps.',
      });
      next = {
        ...next,
        pending: [
          ...next.pending,
          {
            id: 'reglement-prefet',
            kind: 'reglement-prefet',
            due: addCalendarMonths(pending.due, 1),
            fired: false,
          },
        ],
      };
    } else if (pending.kind === 'reglement-prefet') {
      next = withConsequence(env, next, 'budgetSettledByPrefect', {
        date: pending.due,
        step: 'budget-reglement',
        choice: 'Budget réglé par le préfet.',
        explanation:
          'Sur l’avis de la chambre régionale des comptes, le préfet règle le budget et le rend exécutoire.',
        journal:
          'Sur avis de la chambre régionale des comptes, le préfet règle le budget : la commune a perdu la main sur ses choix.',
      });
    } else {
      const accounts = accountsDeadlines(env.config).vote;
      const council = env.config.councils.find((item) => item.votesAccounts === true);
      const held = state.councils.find((item) => item.id === council?.id);
      if (held && (held.status !== 'tenue' || held.date > accounts.date))
        next = withConsequence(env, next, 'accountsVotedLate', {
          date: pending.due,
          step: 'comptes-vote',
          choice: `${accounts.label} : non voté au ${formatFrenchDate(accounts.date)}.`,
          explanation: accounts.explanation,
          journal: `${accounts.label} : date limite du ${formatFrenchDate(accounts.date)} dépassée.`,
        });
    }
  }
  return next;
}

function checkQuarters(env: YearEnv, state: YearState, monday: IsoDate): YearState {
  let next = state;
  const held = state.councils.filter((council) => council.status === 'tenue').map((council) => council.date);
  for (const deadline of quarterDeadlines(env.config.year).filter((item) => isInWeek(item.date, monday))) {
    const status = periodicityStatus(held, yearStart(env.config), deadline.date);
    const quarter = quarterOf(deadline.date).quarter;
    next = withConsequence(env, next, status.currentQuarterHasMeeting ? 'quarterMet' : 'quarterMissed', {
      date: deadline.date,
      step: deadline.id,
      choice: status.currentQuarterHasMeeting
        ? `Le conseil s’est réuni au ${quarter === 1 ? '1er' : `${quarter}e`} trimestre.`
        : `Aucune séance du conseil au ${quarter === 1 ? '1er' : `${quarter}e`} trimestre.`,
      explanation: deadline.explanation,
      journal: status.currentQuarterHasMeeting
        ? `${deadline.label} : tenu.`
        : `${deadline.label} : aucune séance, l’obligation n’est pas respectée.`,
    });
  }
  return next;
}

/**
 * Workload of the week: the charge de travail moves half-way towards how full the week was (in percent of the
 * hours available), plus the tasks overdue and a weekend worked; at 85 the SGM takes a day off the next week.
 */
function workload(env: YearEnv, state: YearState, monday: IsoDate, sunday: IsoDate): YearState {
  const capacity = weekCapacity(env, state);
  const planned = Object.keys(state.plan).reduce(
    (sum, id) => sum + (state.tasks.find((task) => task.id === id)?.hours ?? 0),
    0,
  );
  const appointments = weekAppointments(env, state);
  const booked = appointments.reduce((sum, activity) => sum + activity.hours, 0);
  const weekend = appointments.some((activity) => activity.date > addDays(monday, 4));
  const overdue = state.tasks.filter(
    (task) => task.status === 'open' && task.deadline !== null && task.deadline < addDays(sunday, 7),
  ).length;
  const percent = capacity === 0 ? 100 : Math.round(((planned + booked) / capacity) * 100);
  const target = Math.min(100, percent + 5 * overdue + (weekend ? 10 : 0));
  const current = meterValues(state.meterLog).chargeDeTravail;
  const delta = Math.round((target - current) / 2);
  const details = [
    `${frenchHours(planned + booked)} de travail pour ${frenchHours(capacity)} disponibles (${formatFrenchPercent(percent)})`,
    ...(overdue > 0 ? [`${overdue} tâche(s) à échéance la semaine prochaine encore à faire`] : []),
    ...(weekend ? ['un week-end travaillé'] : []),
  ];
  let next = withMeters(state, [
    {
      meter: 'chargeDeTravail',
      delta,
      reason: `Semaine ${state.week + 1} : ${details.join(', ')}.`,
      date: sunday,
      cause: { kind: 'semaine', week: state.week },
    },
  ]);
  if (meterValues(next.meterLog).chargeDeTravail < 85) return next;
  const post = postOfState(env, state);
  const nextMonday = addDays(monday, 7);
  const restDay = [4, 3, 2, 1, 0]
    .map((day) => dayDate(nextMonday, day))
    .find((date) => dayCapacity(post, date, []) > 0);
  if (restDay === undefined) return next;
  next = { ...next, restDays: [...next.restDays, restDay] };
  return withMeters(
    withJournal(next, {
      date: sunday,
      text: `Surmenage : vous prenez le ${formatFrenchDate(restDay)} pour récupérer. Ce jour-là, personne ne tient le secrétariat.`,
      reference: null,
      key: true,
      tone: 'alerte',
    }),
    [
      {
        meter: 'chargeDeTravail',
        delta: -15,
        reason: `Journée de récupération le ${formatFrenchDate(restDay)}.`,
        date: sunday,
        cause: { kind: 'semaine', week: state.week },
      },
    ],
  );
}

/**
 * Closes the week: meetings of the week are held, deadlines passed without the task are missed, delayed
 * consequences fall due, quarters are checked (CGCT L2121-7), the workload moves, and the next week starts.
 */
export function endWeek(env: YearEnv, state: YearState): Result<YearState, YearRefusal> {
  if (state.phase === 'over') return err({ message: 'L’année est terminée.' });
  let next = state;
  if (next.phase === 'planning') {
    const committed = commitPlan(env, next, []);
    if (!committed.ok) return committed;
    next = committed.value;
  }
  const open = next.activities.find((item) => item.id === next.active);
  if (open) return err({ message: `Terminez d’abord « ${activityTitle(env, open)} ».` });
  const pendingAppointment = weekAppointments(env, next).find((item) => item.status !== 'termine');
  if (pendingAppointment)
    return err({
      message: `Il reste à jouer « ${activityTitle(env, pendingAppointment)} » (${formatFrenchDate(pendingAppointment.date)}).`,
    });
  const monday = currentMonday(env, next);
  const sunday = currentSunday(env, next);
  for (const council of next.councils.filter(
    (item) => item.status === 'prevue' && isInWeek(item.date, monday),
  ))
    next = holdCouncil(env, next, council);
  for (const task of next.tasks.filter(
    (item) =>
      item.status === 'open' &&
      item.deadline !== null &&
      item.deadline <= sunday &&
      !FOLLOWS_COUNCIL.has(item.kind),
  ))
    next = whenTaskMissed(env, next, task);
  next = firePending(env, next, sunday);
  next = checkQuarters(env, next, monday);
  next = workload(env, next, monday, sunday);
  next = { ...next, trajectory: [...next.trajectory, meterValues(next.meterLog)] };
  const week = next.week + 1;
  if (week >= next.weekCount) {
    return ok(
      withJournal(
        { ...next, week: next.weekCount - 1, phase: 'over', plan: {} },
        {
          date: sunday,
          text: 'Fin de l’année : le bilan est prêt.',
          reference: null,
          key: true,
          tone: 'info',
        },
      ),
    );
  }
  const nextMonday = addDays(monday, 7);
  return ok({
    ...next,
    week,
    phase: 'planning',
    plan: {},
    tasks: [...next.tasks, ...counterTasks(postOfState(env, next), week, nextMonday, next.restDays)],
  });
}
