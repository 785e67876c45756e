import { describe, expect, it } from 'vitest';
import { createActor, fromCallback, fromPromise, initialTransition, transition, waitFor } from 'xstate';
import type { AppEmitted, AppEvent, AppScreen, ResumeOutcome } from '../../../src/app/app-events';
import { appMachine } from '../../../src/app/app-machine';
import { actorEvent, leavesOf, type AppSnapshot } from './app-kit';

/** The screen an executed `emit` action carries, if the action is one. */
function screenOf(action: { readonly params?: unknown }): AppScreen[] {
  const params = action.params;
  if (typeof params !== 'object' || params === null || !('event' in params)) return [];
  const event = params.event as AppEmitted;
  return event.type === 'app.screen' ? [event.screen] : [];
}

/** Plays events from the title; returns the last snapshot and the screens the last step asked to render. */
function play(...events: readonly AppEvent[]): { state: AppSnapshot; screens: AppScreen[] } {
  let [state, actions] = initialTransition(appMachine);
  for (const event of events) [state, actions] = transition(appMachine, state, event);
  return { state, screens: actions.flatMap(screenOf) };
}

const done = actorEvent('done', 'loadFlows');
const resumed = (outcome: ResumeOutcome) => actorEvent('done', 'resumeYear', outcome);

describe('the main transitions of the app statechart', () => {
  it.each<{ name: string; events: AppEvent[]; at: string; screen: AppScreen | null }>([
    { name: 'boot', events: [], at: 'screen.title', screen: { name: 'title' } },
    {
      name: 'a platform launches the tutorial: straight to it, no catalogue',
      events: [{ type: 'lms.scenario', scenarioId: 'premier-jour', seed: null }, done],
      at: 'screen.practice.scenario',
      screen: { name: 'practice.scenario', scenarioId: 'premier-jour', seed: null },
    },
    {
      name: 'a platform launches a binôme pack: the pair’s setup',
      events: [{ type: 'lms.binome' }, done],
      at: 'screen.binome.playing',
      screen: { name: 'binome' },
    },
    {
      name: 'a platform launches the year afresh: its setup',
      events: [{ type: 'lms.year', resume: false }, done],
      at: 'screen.year.setup',
      screen: { name: 'year.setup' },
    },
    {
      name: 'a platform resumes the year: read back, then where it was',
      events: [{ type: 'lms.year', resume: true }, resumed({ ok: true, entry: { at: 'hub' } })],
      at: 'screen.year.playing.hub',
      screen: { name: 'year.hub' },
    },
    {
      name: '« Une année » waits for the flows on the title',
      events: [{ type: 'title.year' }],
      at: 'screen.year.opening',
      screen: null,
    },
    {
      name: '« Une année »',
      events: [{ type: 'title.year' }, done],
      at: 'screen.year.setup',
      screen: { name: 'year.setup' },
    },
    {
      name: 'the flows fail to load',
      events: [{ type: 'title.year' }, actorEvent('error', 'loadFlows')],
      at: 'screen.title',
      screen: { name: 'title' },
    },
    {
      name: 'a year starts at the mairie',
      events: [{ type: 'title.year' }, done, { type: 'year.play', entry: { at: 'hub' } }],
      at: 'screen.year.playing.hub',
      screen: { name: 'year.hub' },
    },
    {
      name: 'a loaded year resumes mid-scenario',
      events: [
        { type: 'title.saves' },
        { type: 'year.play', entry: { at: 'scenario', activityId: 'guichet-s3' } },
      ],
      at: 'screen.year.playing.scenario',
      screen: { name: 'year.scenario', activityId: 'guichet-s3' },
    },
    {
      name: '« Continuer » resumes a finished year at its bilan',
      events: [{ type: 'title.continue' }, resumed({ ok: true, entry: { at: 'bilan' } })],
      at: 'screen.year.playing.bilan',
      screen: { name: 'year.bilan' },
    },
    {
      name: '« Continuer » fails: the saves screen says why',
      events: [{ type: 'title.continue' }, resumed({ ok: false, message: 'Sauvegarde illisible.' })],
      at: 'screen.saves',
      screen: {
        name: 'saves',
        message: { text: 'La partie n’a pas pu être reprise. Sauvegarde illisible.', isError: true },
      },
    },
    {
      name: 'the desk’s saves go back to the desk',
      events: [
        { type: 'title.continue' },
        resumed({ ok: true, entry: { at: 'hub' } }),
        { type: 'year.desk' },
        { type: 'year.saves' },
        { type: 'saves.back' },
      ],
      at: 'screen.year.playing.desk',
      screen: { name: 'year.desk' },
    },
    {
      name: 'the title’s saves go back to the title',
      events: [{ type: 'title.saves' }, { type: 'saves.back' }],
      at: 'screen.title',
      screen: { name: 'title' },
    },
    {
      name: 'a practice scenario with its session code',
      events: [
        { type: 'title.practice' },
        done,
        { type: 'practice.start', scenarioId: 'tutoriel', seed: 42 },
      ],
      at: 'screen.practice.scenario',
      screen: { name: 'practice.scenario', scenarioId: 'tutoriel', seed: 42 },
    },
    {
      name: 'the debrief’s « Rejouer » plays the same scenario with the same code',
      events: [
        { type: 'title.practice' },
        done,
        { type: 'practice.start', scenarioId: 'tutoriel', seed: null },
        { type: 'practice.done' },
        { type: 'practice.replay' },
      ],
      at: 'screen.practice.scenario',
      screen: { name: 'practice.scenario', scenarioId: 'tutoriel', seed: null },
    },
    {
      name: 'the settings open over the hub without leaving it',
      events: [
        { type: 'title.continue' },
        resumed({ ok: true, entry: { at: 'hub' } }),
        { type: 'settings.open' },
      ],
      at: 'screen.year.playing.hub',
      screen: { name: 'settings' },
    },
  ])('$name', ({ events, at, screen }) => {
    const { state, screens } = play(...events);
    expect(leavesOf(state.value)).toContain(at);
    expect(screens).toEqual(screen ? [screen] : []);
  });

  it('closes the settings without rendering the screen behind them again', () => {
    const { state, screens } = play({ type: 'settings.open' }, { type: 'settings.close' });
    expect(state.value).toEqual({ screen: 'title', settings: 'closed' });
    expect(screens).toEqual([]);
  });

  it('ignores an event the current screen does not offer', () => {
    const { state, screens } = play({ type: 'year.desk' });
    expect(state.value).toEqual({ screen: 'title', settings: 'closed' });
    expect(screens).toEqual([]);
  });
});

describe('the app actor with its actors provided', () => {
  it('saves the year only while it is played, and lets a view redirect from a screen it cannot show', async () => {
    const autosaves: string[] = [];
    const actor = createActor(
      appMachine.provide({
        actors: {
          loadFlows: fromPromise(() => Promise.resolve(undefined)),
          resumeYear: fromPromise(() => Promise.resolve<ResumeOutcome>({ ok: true, entry: { at: 'hub' } })),
          autosave: fromCallback(() => {
            autosaves.push('start');
            return () => autosaves.push('stop');
          }),
        },
      }),
    );
    const shown: string[] = [];
    actor.on('app.screen', ({ screen }) => {
      shown.push(screen.name);
      // As the desk of a finished year does: it asks for the bilan instead.
      if (screen.name === 'year.desk') actor.send({ type: 'year.over' });
    });
    actor.start();
    actor.send({ type: 'title.continue' });
    await waitFor(actor, (snapshot) => snapshot.matches({ screen: { year: { playing: 'hub' } } }));
    actor.send({ type: 'year.desk' });
    actor.send({ type: 'app.menu' });
    expect(shown).toEqual(['title', 'year.hub', 'year.desk', 'year.bilan', 'title']);
    expect(autosaves).toEqual(['start', 'stop']);
    actor.stop();
  });
});
