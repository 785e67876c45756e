import { describe, expect, it } from 'vitest';
import { openYearSession } from '../../../../src/core/year';
import { activityAtPlace } from '../../../../src/ui/year-flow/place-routing';
import { yearEnv } from '../../core/year/year-fixtures';

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

  it('the activity in progress is the one a place reopens', () => {
    const year = weekTwo();
    expect(year.openActivity('premier-jour').ok).toBe(true);
    expect(activityAtPlace(year.view(), 'guichet')).toBe('premier-jour');
  });
});
