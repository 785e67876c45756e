import { getShortestPaths } from '@xstate/graph';
import { describe, expect, it } from 'vitest';
import type { AnyStateNode } from 'xstate';
import type { AppEvent } from '../../../src/app/app-events';
import { appMachine } from '../../../src/app/app-machine';
import { actorEvent, leavesOf, type AppSnapshot } from './app-kit';

const EVENTS: readonly AppEvent[] = [
  { type: 'title.year' },
  { type: 'title.practice' },
  { type: 'title.continue' },
  { type: 'title.saves' },
  { type: 'title.binome' },
  { type: 'title.facilitator' },
  { type: 'lms.year', resume: false },
  { type: 'lms.year', resume: true },
  { type: 'lms.scenario', scenarioId: 'premier-jour', seed: null },
  { type: 'lms.binome' },
  { type: 'app.menu' },
  { type: 'settings.open' },
  { type: 'settings.close' },
  { type: 'practice.start', scenarioId: 'tutoriel', seed: 42 },
  { type: 'practice.done' },
  { type: 'practice.replay' },
  { type: 'practice.catalogue' },
  { type: 'year.play', entry: { at: 'hub' } },
  { type: 'year.play', entry: { at: 'bilan' } },
  { type: 'year.play', entry: { at: 'scenario', activityId: 'guichet-s3' } },
  { type: 'year.hub' },
  { type: 'year.desk' },
  { type: 'year.activity', activityId: 'conseil-s5' },
  { type: 'year.over' },
  { type: 'year.saves' },
  { type: 'saves.back' },
  { type: 'borne.open' },
  { type: 'borne.start' },
  { type: 'borne.done' },
  { type: 'borne.reset' },
  actorEvent('done', 'loadFlows'),
  actorEvent('error', 'loadFlows'),
  actorEvent('done', 'resumeYear', { ok: true, entry: { at: 'hub' } }),
  actorEvent('done', 'resumeYear', { ok: false, message: 'Sauvegarde illisible.' }),
  actorEvent('error', 'resumeYear'),
];

/** The state value, and the one piece of context that changes where a transition leads (the saves' « Retour »). */
const serializeState = (snapshot: AppSnapshot): string =>
  JSON.stringify({ value: snapshot.value, savesBack: snapshot.context.savesBack });

/** Every atomic state declared in the machine, as a dotted path. */
function declaredLeaves(node: AnyStateNode): string[] {
  const children = Object.values(node.states);
  if (children.length === 0) return [node.path.join('.')];
  return children.flatMap(declaredLeaves);
}

const isTitle = (snapshot: AppSnapshot) => snapshot.matches({ screen: 'title' });
/** Left at once by its `always` transitions: never a resting state. */
const TRANSIENT = ['screen.year.playing.entering'];

describe('the app statechart walked with @xstate/graph', () => {
  const paths = getShortestPaths(appMachine, { events: EVENTS, serializeState });
  const reached = new Set(paths.flatMap((path) => leavesOf(path.state.value)));

  it('starts every path at the title with the xstate.init step', () => {
    for (const path of paths) expect(path.steps[0]?.event.type).toBe('xstate.init');
  });

  it('reaches every declared state from the title, except the transient entry', () => {
    const declared = declaredLeaves(appMachine.root);
    const expected = declared.filter((leaf) => !TRANSIENT.includes(leaf));
    expect([...reached].sort()).toEqual(expected.sort());
    for (const leaf of TRANSIENT) {
      expect(declared).toContain(leaf);
      expect(reached.has(leaf), leaf).toBe(false);
    }
  });

  it('has a way back to the title from every reachable state', () => {
    const stranded = paths
      .map((path) => path.state)
      .filter(
        (state) =>
          getShortestPaths(appMachine, { events: EVENTS, serializeState, fromState: state, toState: isTitle })
            .length === 0,
      )
      .map(serializeState);
    expect(stranded).toEqual([]);
  });

  it('walks one shortest path to each of the 88 states (22 screen states × saves’ « Retour » × settings)', () => {
    // A new screen or event changes this figure on purpose: the architecture notes quote it.
    expect(new Set(paths.map((path) => serializeState(path.state))).size).toBe(88);
    expect(paths).toHaveLength(88);
  });
});
