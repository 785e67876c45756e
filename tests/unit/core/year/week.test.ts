import { describe, expect, it } from 'vitest';
import {
  applyYearEvent,
  firstMonday,
  mondayOf,
  monthOfWeek,
  weekCountOf,
  weekViewOf,
} from '../../../../src/core/year';
import { dayCapacity } from '../../../../src/core/year/state/calendar';
import { apply, newYear, playWeeks, yearEnv } from './year-fixtures';

const env = yearEnv();

describe('weeks of the year', () => {
  it.each([
    [2026, '2026-01-05', 52],
    [2027, '2027-01-04', 52],
  ])('%i starts on Monday %s and has %i weeks', (year, monday, weeks) => {
    expect(firstMonday(year)).toBe(monday);
    expect(weekCountOf(year)).toBe(weeks);
  });

  it.each([
    ['2027-03-29', 'temps-plein', 0, 'Easter Monday'],
    ['2027-03-30', 'temps-plein', 7, 'a Tuesday'],
    ['2027-03-31', 'temps-partage', 0, 'Wednesday of the shared post'],
    ['2027-04-01', 'temps-partage', 4, 'Thursday morning of the shared post'],
    ['2027-04-03', 'temps-plein', 0, 'a Saturday'],
  ])('%s (%s) offers %i hours: %s', (date, postId, hours) => {
    const post = env.world.posts.find((candidate) => candidate.id === postId);
    if (!post) throw new Error('poste absent');
    expect(dayCapacity(post, date, [])).toBe(hours);
  });
});

describe('the month of a week', () => {
  it.each([
    ['2027-01-04', 0, 'a week wholly in January'],
    ['2027-03-29', 3, 'Thursday 1 April: three of its working days are in April'],
    ['2027-04-26', 3, 'Thursday 29 April: April, though Friday is in May'],
    ['2026-12-28', 11, 'Thursday 31 December: still December'],
    ['2027-05-31', 5, 'Thursday 3 June'],
  ])('the week of Monday %s is in month %i (%s)', (monday, month) => {
    expect(monthOfWeek(monday)).toBe(month);
  });

  it('the week view carries it, the month the wall calendar shows', () => {
    const view = weekViewOf(env, newYear(env));
    expect(view.month).toBe(monthOfWeek(view.monday));
  });
});

describe('planning the week', () => {
  const state = newYear(env);

  it('shows the first week: the counter slots, the time budget, the calendar', () => {
    const view = weekViewOf(env, state);
    expect(view).toMatchObject({
      week: 1,
      weekCount: 52,
      monday: '2027-01-04',
      capacity: 35,
      phase: 'planning',
    });
    expect(view.tasks.map((task) => task.id)).toEqual(['guichet.0.0', 'guichet.0.1', 'guichet.0.2']);
    expect(view.calendar.find((entry) => entry.id === 'budget-vote')).toMatchObject({
      date: '2027-04-15',
      status: 'a-venir',
    });
    expect(view.cannotEndBecause).toBeNull();
  });

  it.each([
    [[['guichet.0.0', 2]], /se tient le lundi, pas le mercredi/],
    [
      [
        ['guichet.0.0', 0],
        ['guichet.0.0', 0],
      ],
      /planifiée deux fois/,
    ],
    [[['inconnue', 0]], /Tâche inconnue ou déjà traitée : « inconnue »/],
    [[['convocation.conseil-fevrier', 0]], /n’arrive que le vendredi 5 février 2027/],
    [[['guichet.0.0', 7]], /Jour invalide/],
  ] as const)('refuses the plan %j in French', (slots, message) => {
    const result = applyYearEvent(env, state, { type: 'week.plan', slots });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(message);
  });

  it('refuses more hours than the day offers', () => {
    const later = playWeeks(env, state, 4);
    expect(later.week).toBe(4);
    const slots = [
      ['budget.1', 0],
      ['budget.2', 0],
    ] as const;
    const result = applyYearEvent(env, later, { type: 'week.plan', slots });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error.message).toMatch(
        /Trop de travail le lundi : 1[0-9] h planifiées pour [0-9]+ h disponibles/,
      );
  });

  it('refuses a task before the one it waits for', () => {
    const later = playWeeks(env, state, 4);
    const result = applyYearEvent(env, later, { type: 'week.plan', slots: [['budget.2', 1]] });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error.message).toMatch(
        /suppose d’avoir d’abord fait « Préparer le budget primitif \(1\/2\)/,
      );
  });

  it('keeps the committed agenda in view after planning: done tasks stay on their day', () => {
    const before = weekViewOf(env, state).tasks.map((task) => task.id);
    const planned = apply(env, state, { type: 'week.plan', slots: [['guichet.0.0', 0]] });
    const tasks = weekViewOf(env, planned).tasks;
    expect(tasks.map((task) => task.id).sort()).toEqual([...before].sort());
    expect(tasks.find((task) => task.id === 'guichet.0.0')).toMatchObject({
      status: 'done',
      plannedDay: 0,
      doneOn: '2027-01-04',
    });
    expect(tasks.find((task) => task.id === 'guichet.0.1')).toMatchObject({
      status: 'open',
      plannedDay: null,
    });
  });

  it('commits once a week, then opens the week’s scenarios', () => {
    const planned = apply(env, state, { type: 'week.plan', slots: [['guichet.0.0', 0]] });
    expect(planned.phase).toBe('execution');
    const again = applyYearEvent(env, planned, { type: 'week.plan', slots: [] });
    expect(again.ok || again.error.message).toBe('Le planning de la semaine est déjà validé.');
    const early = applyYearEvent(env, state, { type: 'activity.open', activityId: 'premier-jour' });
    expect(early.ok || early.error.message).toBe('Validez d’abord le planning de la semaine.');
  });

  it('refuses a short day on the shared post', () => {
    const shared = newYear(env, 1, 'temps-partage');
    const result = applyYearEvent(env, shared, {
      type: 'week.plan',
      slots: [
        ['guichet.0.0', 0],
        ['guichet.0.1', 3],
      ],
    });
    expect(result.ok).toBe(true);
    expect(weekViewOf(env, shared).capacity).toBe(18);
    expect(weekViewOf(env, shared).days.map((day) => day.capacity)).toEqual([7, 7, 0, 4, 0]);
  });

  it('does not end a week while its scheduled scenario waits', () => {
    const week2 = playWeeks(env, state, 1);
    expect(mondayOf(2027, week2.week)).toBe('2027-01-11');
    const planned = apply(env, week2, { type: 'week.plan', slots: [] });
    const ended = applyYearEvent(env, planned, { type: 'week.end' });
    expect(ended.ok || ended.error.message).toBe(
      `Il reste à jouer « Premier jour en mairie » (${planned.activities[0]?.date === '2027-01-11' ? 'lundi 11 janvier 2027' : 'mardi 12 janvier 2027'}).`,
    );
    expect(weekViewOf(env, planned).cannotEndBecause).toBe('Il reste à jouer « Premier jour en mairie ».');
  });
});
