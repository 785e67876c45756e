import { describe, expect, it } from 'vitest';
import { autoplay, openScenarioSession, type ScenarioCue } from '../../../../src/core/scenario';
import {
  openYearSession,
  playYearWithBot,
  stepYear,
  worldVarsOf,
  type YearEvent,
  type YearState,
} from '../../../../src/core/year';
import { yearEnv } from './year-fixtures';

const env = yearEnv();
const setup = { configId: env.config.id, seed: 5, post: 'temps-plein' };

function session(log: readonly YearEvent[] = []) {
  const opened = openYearSession(env, setup, log);
  if (!opened.ok) throw new Error(opened.error);
  return opened.value;
}

describe('a year session, as the hub drives it', () => {
  it('notifies after every accepted event (the autosave hook) and never after a refused one', () => {
    const year = session();
    const seen: string[] = [];
    year.subscribe((_state, event) => seen.push(event.type));
    expect(year.send({ type: 'activity.open', activityId: 'premier-jour' }).ok).toBe(false);
    expect(year.send({ type: 'week.plan', slots: [['guichet.0.0', 0]] }).ok).toBe(true);
    expect(year.send({ type: 'week.end' }).ok).toBe(true);
    expect(seen).toEqual(['week.plan', 'week.end']);
    expect(year.view().week).toBe(2);
  });

  it('opens the week’s scenario as a ScenarioSessionPort whose events go through the year', () => {
    const year = session();
    year.send({ type: 'week.end' });
    year.send({ type: 'week.plan', slots: [] });
    const port = year.openActivity('premier-jour');
    if (!port.ok) throw new Error(port.error);
    expect(port.value.title).toBe('Premier jour en mairie');
    expect(port.value.view().kind).toBe('dialogue');
    const views: string[] = [];
    port.value.subscribe((view) => views.push(view.stepId));
    expect(port.value.send({ type: 'user.advance' })).toEqual({ accepted: true });
    expect(views).toEqual([port.value.view().stepId]);
    const refused = port.value.send({ type: 'user.submit', values: {} });
    expect(refused.accepted).toBe(false);
    expect(year.state().log.at(-1)).toEqual({ type: 'activity.event', event: { type: 'user.advance' } });
    expect(year.view().cannotEndBecause).toBe('Terminez d’abord « Premier jour en mairie ».');
  });

  it('refuses through its port as a practice session does: the same French problems, nothing logged', () => {
    const year = session();
    year.send({ type: 'week.end' });
    year.send({ type: 'week.plan', slots: [] });
    const port = year.openActivity('premier-jour');
    if (!port.ok) throw new Error(port.error);
    const logged = year.state().log.length;
    expect(port.value.send({ type: 'user.submit', values: {} })).toEqual({
      accepted: false,
      problems: [{ key: null, message: 'Cette étape n’attend pas de formulaire.' }],
    });
    expect(port.value.send({ type: 'user.choose', optionId: 'inconnue' })).toEqual({
      accepted: false,
      problems: [{ key: null, message: 'Cette action n’est pas possible à cette étape.' }],
    });
    expect(year.state().log).toHaveLength(logged);
  });

  it('comes back at the same step after a reload in the middle of a scenario', () => {
    const year = session();
    year.send({ type: 'week.end' });
    year.send({ type: 'week.plan', slots: [] });
    const port = year.openActivity('premier-jour');
    if (!port.ok) throw new Error(port.error);
    port.value.send({ type: 'user.advance' });
    const before = port.value.view();
    const reloaded = session(year.state().log);
    expect(reloaded.state()).toEqual(year.state());
    const again = reloaded.openActivity('premier-jour');
    if (!again.ok) throw new Error(again.error);
    expect(again.value.view()).toEqual(before);
    expect(reloaded.state().log).toHaveLength(year.state().log.length);
  });

  it('refuses a log that does not replay, in French', () => {
    const opened = openYearSession(env, setup, [{ type: 'activity.open', activityId: 'premier-jour' }]);
    expect(opened.ok).toBe(false);
    if (!opened.ok)
      expect(opened.error).toBe(
        'La partie ne se rejoue pas : l’événement n° 1 est refusé (Validez d’abord le planning de la semaine.).',
      );
  });

  it('gives the bilan at any time', () => {
    const bilan = session().bilan('2026-11-23');
    expect(bilan.ok && bilan.value.over).toBe(false);
    expect(bilan.ok && bilan.value.report.overall.mark).toBeNull();
  });

  it('announces the cues of its scenario once each, in order, as a practice session on the same run does', () => {
    const year = session();
    year.send({ type: 'week.end' });
    year.send({ type: 'week.plan', slots: [] });
    const port = year.openActivity('premier-jour');
    if (!port.ok) throw new Error(port.error);
    const activity = year.state().activities.find((item) => item.id === 'premier-jour');
    const program = activity && env.program(activity.scenarioId);
    if (!activity || !program) throw new Error('premier-jour introuvable');
    const input = { seed: activity.seed, date: activity.date, worldVars: worldVarsOf(env.world) };
    const played = autoplay(program, input, 'good', 1);
    const practice = openScenarioSession(program, input);
    const fromYear: ScenarioCue[] = [];
    const fromPractice: ScenarioCue[] = [];
    port.value.onCue((cue) => fromYear.push(cue));
    practice.onCue((cue) => fromPractice.push(cue));
    for (const event of played.log) {
      expect(port.value.send(event)).toEqual({ accepted: true });
      practice.send(event);
    }
    expect(port.value.isDone()).toBe(true);
    expect(fromYear.length).toBeGreaterThan(0);
    expect(fromYear).toEqual(fromPractice);
  });
});

describe('stepYear, the reducer with the cues', () => {
  it('gives the cues of scenario events only, and the very state applyYearEvent gives (replays stay identical)', () => {
    const played = playYearWithBot(env, setup, 'good', 2);
    if (!played.ok) throw new Error(played.error);
    const reopened = session();
    let state: YearState = reopened.state();
    let cueCount = 0;
    for (const event of played.value.log) {
      const step = stepYear(env, state, event);
      if (!step.ok) throw new Error(step.error.message);
      if (event.type !== 'activity.event') expect(step.value.cues).toEqual([]);
      cueCount += step.value.cues.length;
      state = step.value.state;
    }
    expect(cueCount).toBeGreaterThan(0);
    expect(state).toEqual(played.value.state);
    expect(session(played.value.log).state()).toEqual(played.value.state);
  });
});
