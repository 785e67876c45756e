import { describe, expect, it } from 'vitest';
import { activityAtPlace, openYearSession } from '../../../../src/core/year';
import { yearEnv } from './year-fixtures';

const env = yearEnv();

function weekTwo() {
  const opened = openYearSession(env, { configId: env.config.id, seed: 5, post: 'temps-plein' });
  if (!opened.ok) throw new Error(opened.error);
  const year = opened.value;
  year.send({ type: 'week.end' });
  year.send({ type: 'week.plan', slots: [] });
  return year;
}

describe('places of the hub during a year', () => {
  it('the guichet opens the tutorial of the week; the salle du conseil has nothing this week', () => {
    const year = weekTwo();
    expect(activityAtPlace(year.view(), 'guichet')).toBe('premier-jour');
    expect(activityAtPlace(year.view(), 'salle-du-conseil')).toBeNull();
    expect(activityAtPlace(year.view(), 'telephone')).toBeNull();
  });

  it('nothing opens before the week is planned', () => {
    const opened = openYearSession(env, { configId: env.config.id, seed: 5, post: 'temps-plein' });
    if (!opened.ok) throw new Error(opened.error);
    opened.value.send({ type: 'week.end' });
    expect(activityAtPlace(opened.value.view(), 'guichet')).toBeNull();
  });

  it('a scheduled activity carries the place its scenario names, or none', () => {
    const places = new Map(
      weekTwo()
        .view()
        .appointments.map((activity) => [activity.scenarioId, activity.place]),
    );
    expect(places.get('premier-jour')).toBe('guichet');
    for (const [scenarioId, place] of places) expect(place).toBe(env.scenarios[scenarioId]?.place ?? null);
  });

  it('the activity in progress is the one a place reopens', () => {
    const year = weekTwo();
    expect(year.openActivity('premier-jour').ok).toBe(true);
    expect(activityAtPlace(year.view(), 'guichet')).toBe('premier-jour');
  });
});
