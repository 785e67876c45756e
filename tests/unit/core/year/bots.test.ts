import { describe, expect, it } from 'vitest';
import { buildYearBilan, playYearWithBot, replayYear, type YearEnv } from '../../../../src/core/year';
import { yearEnv } from './year-fixtures';

function bilanOf(env: YearEnv, seed: number, bot: 'good' | 'random' | 'careless', post = 'temps-plein') {
  const played = playYearWithBot(env, { configId: env.config.id, seed, post }, bot, seed);
  if (!played.ok) throw new Error(played.error);
  const bilan = buildYearBilan(env, played.value.state, '2026-11-23');
  if (!bilan.ok) throw new Error(bilan.error);
  return { ...played.value, bilan: bilan.value };
}

describe('bot years (test year: the tutorial and the short events)', () => {
  const env = yearEnv();

  it.each([1, 2, 3])('seed %i: every bot reaches the bilan, the careless one below the good one', (seed) => {
    const good = bilanOf(env, seed, 'good');
    const random = bilanOf(env, seed, 'random');
    const careless = bilanOf(env, seed, 'careless');
    for (const year of [good, random, careless]) {
      expect(year.state.phase).toBe('over');
      expect(year.bilan.over).toBe(true);
      expect(year.bilan.weeksPlayed).toBe(52);
      expect(year.bilan.meters.every((meter) => meter.weekly.length === 52)).toBe(true);
      expect(year.bilan.report.blocs.map((bloc) => bloc.code)).toEqual(['BC01', 'BC02', 'BC03']);
    }
    expect(good.bilan.report.overall.mark).toBe(20);
    expect(careless.bilan.report.overall.mark ?? 20).toBeLessThan(good.bilan.report.overall.mark ?? 0);
    expect(random.bilan.report.overall.mark ?? 20).toBeLessThan(20);
    expect(careless.bilan.keyDecisions.some((item) => /chambre régionale des comptes/.test(item.text))).toBe(
      true,
    );
  });

  it('the shared post plays the same year in fewer hours', () => {
    const shared = bilanOf(env, 4, 'good', 'temps-partage');
    expect(shared.bilan.report.overall.mark).toBe(20);
    expect(shared.bilan.postLabel).toMatch(/Poste partagé/);
  });

  it('gives every trainee of a group the same year: same seed, same variants, same state', () => {
    const first = playYearWithBot(
      env,
      { configId: env.config.id, seed: 42, post: 'temps-plein' },
      'random',
      5,
    );
    const second = playYearWithBot(
      env,
      { configId: env.config.id, seed: 42, post: 'temps-plein' },
      'random',
      5,
    );
    if (!first.ok || !second.ok) throw new Error('partie impossible');
    expect(second.value.state).toEqual(first.value.state);
    const other = playYearWithBot(
      env,
      { configId: env.config.id, seed: 43, post: 'temps-plein' },
      'random',
      5,
    );
    if (!other.ok) throw new Error('partie impossible');
    expect(other.value.state.activities.map((a) => a.seed)).not.toEqual(
      first.value.state.activities.map((a) => a.seed),
    );
  });

  it.each(['good', 'random', 'careless'] as const)(
    'replays a %s year from its log to the same state and marks',
    (bot) => {
      const played = bilanOf(env, 8, bot);
      const replay = replayYear(env, played.state.setup, played.log);
      if (!replay.ok) throw new Error(replay.error);
      expect(replay.value.refused).toBeNull();
      expect(replay.value.state).toEqual(played.state);
      const bilan = buildYearBilan(yearEnv(), replay.value.state, '2026-11-23');
      expect(bilan.ok && bilan.value.report).toEqual(played.bilan.report);
    },
  );
});

describe.each(['annee-2027', 'annee-2026'])('the repository year %s', (configId) => {
  // A missing scenario makes yearEnv throw with the loader's French message naming it.
  const env = yearEnv(configId);

  it('is played to its bilan by the good bot at 20/20 and by the careless bot lower', () => {
    const good = bilanOf(env, 11, 'good');
    const careless = bilanOf(env, 11, 'careless');
    expect(good.state.activities.every((activity) => activity.status === 'termine')).toBe(true);
    expect(good.bilan.report.overall.mark).toBe(20);
    expect(careless.bilan.report.overall.mark ?? 20).toBeLessThan(good.bilan.report.overall.mark ?? 0);
  });
});
