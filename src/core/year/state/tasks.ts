import { addDays, formatFrenchDate, type IsoDate } from '../../dates';
import type { YearEnv } from '../env';
import { convocationDeadlineOf } from '../config/legal-calendar';
import type { Channel, CouncilDef } from '../config/year-schema';
import type { Post } from '../world/world-schema';
import { dayCapacity, dayDate, WORKDAY_LABELS } from './calendar';
import type { Task } from './types';

/** How each channel is named in the inbox. */
export const CHANNEL_LABELS: Readonly<Record<Channel, string>> = {
  courrier: 'Courrier',
  telephone: 'Appel téléphonique',
  visiteur: 'Visite au guichet',
  maire: 'Demande de la maire',
  incident: 'Incident',
};

function task(
  fields: Omit<Task, 'status' | 'doneOn' | 'requires' | 'fixedDay' | 'subject' | 'uncertain'> &
    Partial<Pick<Task, 'requires' | 'fixedDay' | 'subject' | 'uncertain'>>,
): Task {
  return {
    requires: [],
    fixedDay: null,
    subject: null,
    uncertain: false,
    ...fields,
    status: 'open',
    doneOn: null,
  };
}

/** The id of the convocation task of a council meeting. */
export function convocationTaskId(councilId: string): string {
  return `convocation.${councilId}`;
}

/** The convocation task of a meeting on `date`, with the deadline the rule engine gives. */
export function convocationTask(env: YearEnv, council: CouncilDef, date: IsoDate, yearStart: IsoDate): Task {
  const deadline = convocationDeadlineOf(council, date, env.world.population);
  const arrives = addDays(date, -21) < yearStart ? yearStart : addDays(date, -21);
  const requires = council.votesBudget ? ['budget.2'] : council.votesAccounts ? ['comptes'] : [];
  return task({
    id: convocationTaskId(council.id),
    kind: 'convocation',
    title: `Convoquer le conseil : ${council.label}`,
    detail: `Ordre du jour : ${council.agenda}. ${deadline.explanation}`,
    hours: 2,
    priority: 3,
    arrives: council.installation ? addDays(date, -5) : arrives,
    deadline: deadline.date,
    reference: deadline.reference,
    requires,
    subject: council.id,
  });
}

/** The tasks known from the start: convocations, budget, accounts, election, short events. */
export function initialTasks(env: YearEnv, yearStart: IsoDate): Task[] {
  const { config } = env;
  const budgetCouncil = config.councils.find((council) => council.votesBudget === true);
  const accountsCouncil = config.councils.find((council) => council.votesAccounts === true);
  const budgetDeadline = budgetCouncil
    ? convocationDeadlineOf(budgetCouncil, budgetCouncil.date, env.world.population).date
    : null;
  const accountsDeadline = accountsCouncil
    ? convocationDeadlineOf(accountsCouncil, accountsCouncil.date, env.world.population).date
    : null;
  const halfBudget = config.budget.preparationHours / 2;
  const tasks: Task[] = [
    ...config.councils.map((council) => convocationTask(env, council, council.date, yearStart)),
    task({
      id: 'budget.1',
      kind: 'budget',
      title: 'Préparer le budget primitif (1/2) : section de fonctionnement',
      detail:
        'Reprendre les résultats de l’an passé, chiffrer les dépenses et les recettes de fonctionnement avec l’adjoint aux finances. Le projet doit être prêt quand la convocation de la séance du budget part.',
      hours: halfBudget,
      priority: 3,
      arrives: config.budget.preparationArrives,
      deadline: budgetDeadline,
      reference: null,
    }),
    task({
      id: 'budget.2',
      kind: 'budget',
      title: 'Préparer le budget primitif (2/2) : investissement et équilibre réel',
      detail:
        'Inscrire les opérations d’investissement, le remboursement de la dette et vérifier l’équilibre réel de chaque section avant que la convocation de la séance du budget parte.',
      hours: halfBudget,
      priority: 3,
      arrives: config.budget.preparationArrives,
      deadline: budgetDeadline,
      reference: null,
      requires: ['budget.1'],
    }),
    task({
      id: 'comptes',
      kind: 'comptes',
      title: `Préparer l’arrêté des comptes ${config.year - 1}`,
      detail:
        'Rapprocher les écritures avec le comptable public et préparer le document que le conseil arrête ; il doit être prêt quand la convocation de la séance part.',
      hours: config.accounts.preparationHours,
      priority: 2,
      arrives: config.accounts.preparationArrives,
      deadline: accountsDeadline,
      reference: null,
    }),
    ...config.events.map((event) =>
      task({
        id: `evenement.${event.id}`,
        kind: 'evenement',
        title: event.subject,
        detail: `${CHANNEL_LABELS[event.channel]} : ${event.from}. À traiter avant le ${formatFrenchDate(addDays(event.arrives, event.dueDays))}.`,
        hours: event.hours,
        priority: event.priority,
        arrives: event.arrives,
        deadline: addDays(event.arrives, event.dueDays),
        reference: null,
        subject: event.id,
      }),
    ),
  ];
  const firstRound = config.election?.rounds[0];
  if (config.election && firstRound) {
    tasks.push(
      task({
        id: 'election',
        kind: 'election',
        title: `Préparer le bureau de vote : ${config.election.label}`,
        detail: `Composer le bureau (président, au moins deux assesseurs, un secrétaire), prévoir le matériel et les listes d’émargement avant le scrutin du ${formatFrenchDate(firstRound)}.`,
        hours: config.election.preparationHours,
        priority: 3,
        arrives: addDays(firstRound, -21),
        deadline: addDays(firstRound, -2),
        reference: null,
      }),
    );
  }
  return tasks;
}

/** The counter slots of a week: one task per opening, on its weekday, except on days off. */
export function counterTasks(
  post: Post,
  week: number,
  monday: IsoDate,
  restDays: readonly IsoDate[],
): Task[] {
  return post.counter.flatMap((slot, index) => {
    const date = dayDate(monday, slot.day);
    if (dayCapacity(post, date, restDays) === 0) return [];
    return [
      task({
        id: `guichet.${week}.${index}`,
        kind: 'guichet',
        title: `Permanence du guichet (${WORKDAY_LABELS[slot.day] ?? ''})`,
        detail:
          'Accueil du public : actes d’état civil, inscriptions, renseignements. Fermer le guichet mécontente les usagers.',
        hours: slot.hours,
        priority: 2,
        arrives: monday,
        deadline: date,
        reference: null,
        fixedDay: slot.day,
      }),
    ];
  });
}

/** After the budget vote: notify the tax rates and send the budget to the préfet, each by its legal date. */
export function budgetFollowUpTasks(
  heldOn: IsoDate,
  deadlines: {
    readonly taxRates: { date: IsoDate; reference: string; explanation: string };
    readonly transmission: { date: IsoDate; reference: string; explanation: string };
  },
): Task[] {
  return [
    task({
      id: 'taux',
      kind: 'taux',
      title: 'Notifier les taux votés aux services fiscaux (par la préfecture)',
      detail: deadlines.taxRates.explanation,
      hours: 1,
      priority: 3,
      arrives: heldOn,
      deadline: deadlines.taxRates.date,
      reference: deadlines.taxRates.reference,
    }),
    task({
      id: 'budget-transmission',
      kind: 'budget-transmission',
      title: 'Transmettre le budget primitif au préfet',
      detail: deadlines.transmission.explanation,
      hours: 1,
      priority: 3,
      arrives: heldOn,
      deadline: deadlines.transmission.date,
      reference: deadlines.transmission.reference,
    }),
  ];
}

/** After the accounts are voted: send them to the préfet (CGCT L1612-13; dates uncertain for the CFU). */
export function accountsFollowUpTask(
  heldOn: IsoDate,
  deadline: { date: IsoDate; reference: string; explanation: string; uncertain: boolean; label: string },
): Task {
  return task({
    id: 'comptes-transmission',
    kind: 'comptes-transmission',
    title: deadline.label,
    detail: deadline.uncertain
      ? `${deadline.explanation} Date indicative, à vérifier : elle n’entraîne aucune conséquence dans le jeu.`
      : deadline.explanation,
    hours: 1,
    priority: 2,
    arrives: heldOn,
    deadline: deadline.date,
    reference: deadline.reference,
    uncertain: deadline.uncertain,
  });
}

/** Replaces one task by id. */
export function updateTask(tasks: readonly Task[], id: string, change: Partial<Task>): Task[] {
  return tasks.map((item) => (item.id === id ? { ...item, ...change } : item));
}
