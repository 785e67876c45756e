import { describe, expect, it } from 'vitest';
import {
  advanceRun,
  autoplay,
  openScenarioSession,
  replayRun,
  startRun,
  type ScenarioCue,
  type ScenarioEvent,
  type ScenarioFile,
} from '../../../../src/core/scenario';
import { repoScenario } from '../../scenarios/scenario-kit';

/**
 * The kind and sound of the cues a run should announce, read from the file alone: the effects of the option
 * chosen, then the step effects of the step entered, for each event of the log.
 */
function cuesFromData(scenario: ScenarioFile, log: readonly ScenarioEvent[], visited: readonly string[]) {
  const expected: { kind: string; sound?: string }[] = [];
  const push = (effects: readonly { type: string; kind?: string; sound?: string }[] | undefined) => {
    for (const effect of effects ?? [])
      if (effect.type === 'cue' && effect.kind)
        expected.push({ kind: effect.kind, ...(effect.sound ? { sound: effect.sound } : {}) });
  };
  log.forEach((event, index) => {
    const before = visited[index] ?? '';
    const after = visited[index + 1] ?? '';
    const step = scenario.steps[before];
    if (event.type === 'user.choose' && step?.type === 'choice')
      push(step.options.find((option) => option.id === event.optionId)?.effects);
    const entered = scenario.steps[after];
    if (after !== before && entered && 'effects' in entered) push(entered.effects);
  });
  return expected;
}

/** The cues of each event of a log, by XState's pure `transition()` (the year's path). */
function pureCues(
  program: ReturnType<typeof repoScenario>['program'],
  seed: number,
  log: readonly ScenarioEvent[],
) {
  let snapshot = startRun(program, { seed });
  const cues: ScenarioCue[] = [];
  for (const event of log) {
    const step = advanceRun(program, snapshot, event);
    if (!step.accepted) throw new Error(`refusé : ${JSON.stringify(event)}`);
    cues.push(...step.cues);
    snapshot = step.snapshot;
  }
  return cues;
}

describe('cues are emitted events, announced once each, in order', () => {
  it.each([
    ['marche-public', 2],
    ['premier-jour', 0],
    ['conseil-municipal', 5],
  ])(
    '%s (seed %i): the practice session announces what the file cues on the path, as the pure path reads it',
    (id, seed) => {
      const { scenario, program } = repoScenario(id);
      const played = autoplay(program, { seed }, 'good', 1);
      expect(played.stoppedBecause).toBeNull();
      const session = openScenarioSession(program, { seed });
      const announced: ScenarioCue[] = [];
      session.onCue((cue) => announced.push(cue));
      for (const event of played.log) expect(session.send(event)).toEqual({ accepted: true });
      const expected = cuesFromData(scenario, played.log, played.visited);
      expect(expected.length).toBeGreaterThan(0);
      expect(announced.map(({ kind, sound }) => ({ kind, ...(sound ? { sound } : {}) }))).toEqual(expected);
      expect(announced).toEqual(pureCues(program, seed, played.log));
      for (const cue of announced) expect(cue.text).not.toMatch(/^cue\.|\{/);
    },
  );

  it('announces the cues of each event as it is sent, never again, and nothing for a refused event', () => {
    const { program } = repoScenario('marche-public');
    const played = autoplay(program, { seed: 2 }, 'good', 1);
    const session = openScenarioSession(program, { seed: 2 });
    const perEvent: number[] = [];
    let count = 0;
    session.onCue(() => (count += 1));
    for (const event of played.log) {
      count = 0;
      session.send(event);
      expect(session.send({ type: 'user.choose', optionId: 'inconnue' }).accepted).toBe(false);
      perEvent.push(count);
    }
    let snapshot = startRun(program, { seed: 2 });
    const expected = played.log.map((event) => {
      const step = advanceRun(program, snapshot, event);
      snapshot = step.snapshot;
      return step.accepted ? step.cues.length : -1;
    });
    expect(perEvent).toEqual(expected);
  });

  it('keeps no cue in the context; a resumed session does not announce the cues of the replayed log', () => {
    const { program } = repoScenario('marche-public');
    const played = autoplay(program, { seed: 2 }, 'good', 1);
    expect(played.snapshot.context).not.toHaveProperty('cues');
    const cut = played.log.length - 1;
    const resumed = openScenarioSession(program, { seed: 2 }, played.log.slice(0, cut));
    const announced: ScenarioCue[] = [];
    resumed.onCue((cue) => announced.push(cue));
    const last = played.log[cut];
    if (!last) throw new Error('journal vide');
    resumed.send(last);
    const before = replayRun(program, { seed: 2 }, played.log.slice(0, cut)).snapshot;
    const step = advanceRun(program, before, last);
    expect(announced).toEqual(step.accepted ? step.cues : ['refusé']);
    expect(resumed.snapshot().context).toEqual(played.snapshot.context);
  });
});
