import { addDays, formatFrenchDate, type IsoDate } from '../../dates';
import type { YearEnv } from '../env';
import type { ConsequenceId } from './consequences';
import { councilDef, moveCouncil, postponedDate } from './councils';
import { withConsequence, withJournal } from './outcome';
import { updateTask } from './tasks';
import type { Task, YearState } from './types';

/** Consequences of a task done on time and done late, for the kinds whose deadline is legal. */
const TIMED: Partial<Record<Task['kind'], { readonly inTime: ConsequenceId; readonly late: ConsequenceId }>> =
  {
    taux: { inTime: 'taxRatesInTime', late: 'taxRatesMissed' },
    'budget-transmission': { inTime: 'transmissionInTime', late: 'transmissionMissed' },
    'comptes-transmission': { inTime: 'accountsTransmittedInTime', late: 'accountsTransmissionMissed' },
    election: { inTime: 'electionPrepared', late: 'electionUnprepared' },
  };

function deadlineText(task: Task): string {
  return task.deadline === null ? '' : ` (au plus tard le ${formatFrenchDate(task.deadline)})`;
}

/** A convocation sent on `sentOn`: the meeting holds, or it is postponed (the installation cannot move). */
function convocationSent(env: YearEnv, state: YearState, task: Task, sentOn: IsoDate): YearState {
  const council = task.subject === null ? undefined : councilDef(env, task.subject);
  const current = state.councils.find((item) => item.id === task.subject);
  if (!council || !current || task.deadline === null) return state;
  const base = { date: sentOn, step: task.id, taskId: task.id };
  if (sentOn <= task.deadline) {
    return withConsequence(env, state, 'convocationInTime', {
      ...base,
      choice: `Convocation envoyée le ${formatFrenchDate(sentOn)}.`,
      explanation: task.detail,
      journal: `Convocation envoyée à temps pour la séance du ${formatFrenchDate(current.date)}.`,
    });
  }
  if (council.installation === true) {
    return withConsequence(env, state, 'installationLate', {
      ...base,
      choice: `Convocation envoyée le ${formatFrenchDate(sentOn)}, après le ${formatFrenchDate(task.deadline)}.`,
      explanation: `${task.detail} La séance d’installation ne peut pas être déplacée : elle se tient sans que les conseillers aient eu les trois jours francs exigés.`,
      journal: `Installation du conseil convoquée hors délai : la séance est irrégulière.`,
    });
  }
  const newDate = postponedDate(env, council, current.date, sentOn);
  const moved = moveCouncil(env, state, council.id, newDate);
  return withConsequence(env, moved, 'convocationLate', {
    ...base,
    choice: `Convocation envoyée le ${formatFrenchDate(sentOn)}, après le ${formatFrenchDate(task.deadline)}.`,
    explanation: `${task.detail} Envoyée trop tard, elle ne permet pas de tenir la séance : reportée au ${formatFrenchDate(newDate)}.`,
    journal: `Convocation envoyée trop tard : la séance du ${formatFrenchDate(current.date)} est reportée au ${formatFrenchDate(newDate)}.`,
  });
}

/** What follows a task done (committed in the week's plan) on `doneOn`. */
export function whenTaskDone(env: YearEnv, state: YearState, task: Task, doneOn: IsoDate): YearState {
  const done = { ...state, tasks: updateTask(state.tasks, task.id, { status: 'done', doneOn }) };
  if (task.kind === 'convocation') return convocationSent(env, done, task, doneOn);
  const timed = TIMED[task.kind];
  if (!timed || task.deadline === null) return done;
  if (task.uncertain)
    return withJournal(done, {
      date: doneOn,
      text: `${task.title} : fait le ${formatFrenchDate(doneOn)} (date limite indicative, non notée).`,
      reference: task.reference,
      key: false,
      tone: 'info',
    });
  const inTime = doneOn <= task.deadline;
  return withConsequence(env, done, inTime ? timed.inTime : timed.late, {
    date: doneOn,
    step: task.id,
    taskId: task.id,
    choice: `${task.title} : fait le ${formatFrenchDate(doneOn)}.`,
    explanation: `${task.detail}${deadlineText(task)}`,
    journal: inTime
      ? `${task.title} : fait dans le délai.`
      : `${task.title} : fait après la date limite du ${formatFrenchDate(task.deadline)}.`,
  });
}

/**
 * A convocation whose deadline passes this week without being sent: the meeting is postponed to a date whose
 * convocation can still leave next week (the installation is held anyway, irregularly).
 */
export function whenConvocationNotSent(
  env: YearEnv,
  state: YearState,
  task: Task,
  nextMonday: IsoDate,
): YearState {
  const council = task.subject === null ? undefined : councilDef(env, task.subject);
  const current = state.councils.find((item) => item.id === task.subject);
  if (!council || !current || task.deadline === null) return state;
  const base = { date: task.deadline, step: task.id, taskId: task.id };
  if (council.installation === true) {
    const missed = { ...state, tasks: updateTask(state.tasks, task.id, { status: 'missed' }) };
    return withConsequence(env, missed, 'installationLate', {
      ...base,
      choice: 'Convocation de la séance d’installation non envoyée.',
      explanation: task.detail,
      journal: 'La séance d’installation n’a pas été convoquée dans le délai : elle est irrégulière.',
    });
  }
  const newDate = postponedDate(env, council, current.date, nextMonday);
  const moved = moveCouncil(env, state, council.id, newDate);
  return withConsequence(env, moved, 'convocationLate', {
    ...base,
    choice: `Convocation non envoyée au ${formatFrenchDate(task.deadline)}.`,
    explanation: `${task.detail} Sans convocation à temps, la séance est reportée au ${formatFrenchDate(newDate)}.`,
    journal: `Convocation non envoyée : la séance du ${formatFrenchDate(current.date)} est reportée au ${formatFrenchDate(newDate)}.`,
  });
}

/** What follows a task whose deadline passed without it being done (at the end of the week). */
export function whenTaskMissed(env: YearEnv, state: YearState, task: Task): YearState {
  const missed = { ...state, tasks: updateTask(state.tasks, task.id, { status: 'missed' }) };
  const date = task.deadline ?? addDays(task.arrives, 7);
  if (task.kind === 'guichet')
    return withConsequence(env, missed, 'counterClosed', {
      date,
      step: task.id,
      taskId: task.id,
      choice: 'Guichet fermé.',
      explanation: task.detail,
      journal: `${task.title} : guichet fermé, des usagers sont repartis sans réponse.`,
    });
  if (task.kind === 'evenement') {
    const event = env.config.events.find((item) => item.id === task.subject);
    const scenario = event ? env.scenarios[event.scenario] : undefined;
    return withConsequence(env, missed, 'eventMissed', {
      date,
      step: task.id,
      taskId: task.id,
      choice: 'Resté sans réponse.',
      explanation: `« ${task.title} » attendait une réponse avant le ${formatFrenchDate(date)} : une demande laissée sans suite dégrade le service rendu et la confiance.`,
      journal: `« ${task.title} » est resté sans réponse.`,
      ...(scenario?.competences[0]
        ? {
            competences: [scenario.competences[0]],
            reference: scenario.competences[0].replace('RNCP41781-', 'RNCP41781 '),
          }
        : {}),
      meters: event?.channel === 'maire' ? { confianceMaire: -3 } : { satisfactionUsagers: -3 },
    });
  }
  const timed = TIMED[task.kind];
  if (!timed || task.uncertain)
    return withJournal(missed, {
      date,
      text: `${task.title} : non fait à la date prévue${task.uncertain ? ' (date indicative, non notée)' : ''}.`,
      reference: task.reference,
      key: false,
      tone: 'info',
    });
  return withConsequence(env, missed, timed.late, {
    date,
    step: task.id,
    taskId: task.id,
    choice: `${task.title} : non fait.`,
    explanation: `${task.detail}${deadlineText(task)}`,
    journal: `${task.title} : date limite du ${formatFrenchDate(date)} dépassée.`,
  });
}
