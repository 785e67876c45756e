import { describe, expect, it } from 'vitest';
import { buildYearBilan, openYearSession, playYearWithBot, weekViewOf } from '../../../../src/core/year';
import { draftSlots, initialDraft, moveTask, presentAgenda } from '../../../../src/ui/year/agenda-presenter';
import { presentCalendar } from '../../../../src/ui/year/calendar-presenter';
import { hoursText, deltaText, relativeDays } from '../../../../src/ui/year/format';
import { presentInbox } from '../../../../src/ui/year/inbox-presenter';
import { presentMeters } from '../../../../src/ui/year/meters-presenter';
import { presentYearBilan } from '../../../../src/ui/year/bilan-presenter';
import { newYear, playWeeks, yearEnv } from '../../core/year/year-fixtures';

const env = yearEnv();

describe('formatting', () => {
  it.each([
    [2, '2 h'],
    [1.5, '1 h 30'],
    [0.5, '30 min'],
  ])('%d hours read « %s »', (hours, text) => expect(hoursText(hours)).toBe(text));

  it.each([
    [3, '+3'],
    [-2, '−2'],
    [0, '0'],
  ])('a change of %d reads « %s »', (delta, text) => expect(deltaText(delta)).toBe(text));

  it('counts days in words', () => {
    expect(relativeDays('2027-04-05', '2027-04-15')).toBe('dans 10 jours');
    expect(relativeDays('2027-04-05', '2027-04-06')).toBe('demain');
  });
});

describe('agenda presenter', () => {
  const week5 = weekViewOf(env, playWeeks(env, newYear(env), 4));

  it('starts from the counter slots on their days and shows the time budget', () => {
    const first = weekViewOf(env, newYear(env));
    const draft = initialDraft(first);
    expect(draftSlots(draft)).toEqual([
      ['guichet.0.0', 0],
      ['guichet.0.1', 2],
      ['guichet.0.2', 4],
    ]);
    const model = presentAgenda(first, draft, null);
    expect(model.heading).toBe('Semaine 1 sur 52 — du lundi 4 janvier au dimanche 10 janvier 2027');
    expect(model.budgetText).toBe('9 h prévues sur 35 h disponibles (dont 0 h de rendez-vous)');
    expect(model.days.map((day) => day.loadText)).toEqual([
      '3 h sur 7 h libres',
      '0 h sur 7 h libres',
      '3 h sur 7 h libres',
      '0 h sur 7 h libres',
      '3 h sur 7 h libres',
    ]);
    expect(model.unplanned).toEqual([]);
    expect(model.locked).toBe(false);
  });

  it('plans with the keyboard and says so, refusing a day the task cannot take', () => {
    const draft = initialDraft(week5);
    const budget = week5.tasks.find((task) => task.id === 'budget.1');
    expect(budget).toBeDefined();
    const moved = moveTask(week5, draft, 'budget.1', 1);
    expect(moved.message).toBe(
      '« Préparer le budget primitif (1/2) : section de fonctionnement » planifiée le mardi 2 février.',
    );
    const counter = moveTask(week5, moved.draft, 'guichet.4.0', 3);
    expect(counter.message).toBe('« Permanence du guichet (lundi) » ne peut pas être planifiée le jeudi.');
    expect(counter.draft).toBe(moved.draft);
    const removed = moveTask(week5, moved.draft, 'budget.1', null);
    expect(removed.draft['budget.1']).toBeUndefined();
  });

  it('warns on a task planned after its deadline and on one waiting for another', () => {
    const model = presentAgenda(week5, { 'budget.2': 0 }, 'erreur du cœur');
    const card = model.days[0]?.tasks.find((task) => task.id === 'budget.2');
    expect(card?.notes).toContainEqual({
      text: 'À faire d’abord : Préparer le budget primitif (1/2) : section de fonctionnement.',
      tone: 'alerte',
    });
    expect(card?.deadlineText).toMatch(/^Avant le /);
    expect(model.problem).toBe('erreur du cœur');
    const counter = model.unplanned.find((task) => task.id === 'guichet.4.0');
    expect(counter?.urgency).toBe('proche');
    expect(counter?.notes).toEqual([
      { text: 'Échéance cette semaine : non planifiée, elle sera manquée.', tone: 'alerte' },
      { text: 'Se tient le lundi seulement.', tone: 'info' },
    ]);
  });

  it('marks a public holiday closed', () => {
    const easter = weekViewOf(env, playWeeks(env, newYear(env), 12));
    expect(easter.monday).toBe('2027-03-29');
    const model = presentAgenda(easter, initialDraft(easter), null);
    expect(model.days[0]?.closedText).toBe('Jour férié : mairie fermée');
    expect(model.unplanned.find((task) => task.id.startsWith('guichet.12.'))).toBeUndefined();
  });
});

describe('calendar, inbox and meters presenters', () => {
  const state = playWeeks(env, newYear(env), 5, (task) => task.id === 'evenement.courrier-deces');
  const week = weekViewOf(env, state);

  it('groups the deadlines by month and names the next one', () => {
    const model = presentCalendar(week.calendar, week.monday, week.sunday);
    expect(model.months[0]?.heading).toBe('Février 2027');
    // The convocation of February left early (good bot): the next one is the first quarter's council.
    expect(model.next).toBe(
      'Prochaine échéance : Au moins une séance du conseil au 1er trimestre, le mercredi 31 mars 2027 (dans 51 jours).',
    );
    const budget = model.months.flatMap((month) => month.lines).find((line) => line.id === 'budget-vote');
    expect(budget).toMatchObject({
      statusText: 'À venir',
      reference: 'CGCT L1612-2',
      dateText: 'jeudi 15 avril 2027',
    });
    const cfu = model.months.flatMap((month) => month.lines).find((line) => line.id === 'comptes-vote');
    expect(cfu?.statusText).toBe('Date à vérifier (non notée)');
  });

  it('lists the short events with their status and what can be done now', () => {
    const model = presentInbox(week.inbox, week.appointments);
    const missed = model.items.find((item) => item.id === 'courrier-deces');
    expect(missed).toMatchObject({ statusText: 'Resté sans réponse', actionLabel: null, icon: 'courriel' });
    expect(missed?.heading).toBe('Courrier : Demande de copie d’un acte de décès');
    expect(model.items.find((item) => item.id === 'chaudiere')?.statusText).toBe('Traité');
  });

  it('explains every meter change with its cause', () => {
    const meters = presentMeters(week.meters);
    const satisfaction = meters.find((meter) => meter.id === 'satisfactionUsagers');
    expect(satisfaction?.whyLabel).toMatch(/^Pourquoi \? \(\d+ changements?\)$/);
    const missed = satisfaction?.why.find((line) => line.cause.startsWith('Échéance : Demande de copie'));
    expect(missed).toMatchObject({ deltaText: '−3', tone: 'defavorable' });
    const charge = meters.find((meter) => meter.id === 'chargeDeTravail');
    expect(charge?.levelText).toMatch(/légère|soutenue|excessive/);
    expect(charge?.why[0]?.cause).toBe('Organisation de la semaine 5');
  });
});

describe('bilan presenter', () => {
  it('presents a careless year: marks per bloc, meters in words, key moments with references', () => {
    const played = playYearWithBot(
      env,
      { configId: env.config.id, seed: 2, post: 'temps-plein' },
      'careless',
      2,
    );
    if (!played.ok) throw new Error(played.error);
    const bilan = buildYearBilan(env, played.value.state, '2026-11-23');
    if (!bilan.ok) throw new Error(bilan.error);
    const model = presentYearBilan(bilan.value);
    expect(model.heading).toBe('Bilan de l’année : Année 2027 d’essai : le tutoriel seul');
    expect(model.blocs.map((bloc) => bloc.code)).toEqual(['BC01', 'BC02', 'BC03']);
    expect(model.trajectories).toHaveLength(5);
    expect(model.trajectories[0]?.bars).toHaveLength(52);
    expect(model.trajectories[4]?.summary).toMatch(/plus elle est basse, mieux c’est/);
    expect(model.keyMoments.some((moment) => moment.reference === 'CGCT L1612-2')).toBe(true);
    expect([model.exportCsvLabel, model.exportSaveLabel, model.printLabel]).toEqual([
      'Exporter le bilan (CSV)',
      'Exporter la sauvegarde',
      'Imprimer le bilan',
    ]);
  });

  it('checks a draft through the session, so the view never re-implements the rules', () => {
    const opened = openYearSession(env, { configId: env.config.id, seed: 1, post: 'temps-plein' });
    if (!opened.ok) throw new Error(opened.error);
    expect(opened.value.planProblem([['guichet.0.0', 3]])).toBe(
      '« Permanence du guichet (lundi) » se tient le lundi, pas le jeudi.',
    );
    expect(opened.value.planProblem(draftSlots(initialDraft(opened.value.view())))).toBeNull();
  });
});
