/**
 * The app statechart: every screen of the game is a state, every screen change a transition. Two parallel
 * regions: `screen` (what the overlay shows) and `settings` (the settings dialog, which opens over any screen
 * without leaving it, so a year's autosave keeps running behind it).
 *
 * The machine is pure: no DOM, no Phaser, no storage. It says what to render through the emitted `app.screen`
 * event, and names three actors the composition root provides: `loadFlows` (the lazy chunk of the practice and
 * the year), `resumeYear` (the autosave read back) and `autosave` (keeps the year in progress on the device while
 * it is played).
 */
import { assign, emit, fromCallback, fromPromise, setup } from 'xstate';
import type { AppEmitted, AppEvent, AppScreen, ResumeOutcome, SavesMessage, YearEntry } from './app-events';

/** JSON data only: which scenario, activity or message the screens need. */
export interface AppContext {
  /** The practice scenario and its session code (null: a fresh seed each play); '' before the first choice. */
  readonly scenarioId: string;
  readonly seed: number | null;
  /** Where the year opens on entering `year.playing`; `activityId` is the activity played there. */
  readonly yearAt: YearEntry['at'];
  readonly activityId: string;
  /** Where « Retour » leads from the saves screen, and the message it shows. */
  readonly savesBack: 'title' | 'desk';
  readonly savesMessage: SavesMessage | null;
}

const entryOf = (entry: YearEntry): Pick<AppContext, 'yearAt' | 'activityId'> =>
  entry.at === 'scenario'
    ? { yearAt: 'scenario', activityId: entry.activityId }
    : { yearAt: entry.at, activityId: '' };

/** The app statechart; the composition root gives it its three actors through `appMachine.provide({ actors })`. */
export const appMachine = setup({
  types: {
    context: {} as AppContext,
    events: {} as AppEvent,
    emitted: {} as AppEmitted,
  },
  actions: {
    show: emit((_, screen: AppScreen): AppEmitted => ({ type: 'app.screen', screen })),
  },
  actors: {
    // Placeholders: the composition root provides the real loaders, a test its stubs (`machine.provide`).
    loadFlows: fromPromise<undefined>(() => Promise.reject(new Error('loadFlows non fourni'))),
    resumeYear: fromPromise<ResumeOutcome>(() => Promise.reject(new Error('resumeYear non fourni'))),
    autosave: fromCallback(() => undefined),
  },
  guards: {
    isResumed: (_, outcome: ResumeOutcome) => outcome.ok,
    returnsToDesk: ({ context }) => context.savesBack === 'desk',
    entersAtScenario: ({ context }) => context.yearAt === 'scenario',
    entersAtBilan: ({ context }) => context.yearAt === 'bilan',
    isResume: ({ event }) => event.type === 'lms.year' && event.resume,
  },
}).createMachine({
  id: 'app',
  type: 'parallel',
  context: {
    scenarioId: '',
    seed: null,
    yearAt: 'hub',
    activityId: '',
    savesBack: 'title',
    savesMessage: null,
  },
  states: {
    screen: {
      initial: 'title',
      states: {
        title: {
          id: 'title',
          entry: { type: 'show', params: { name: 'title' } },
          on: {
            'title.year': 'year',
            'title.practice': 'practice',
            'title.continue': 'year.resuming',
            'lms.year': [{ guard: 'isResume', target: 'year.resuming' }, { target: 'year' }],
            'lms.scenario': {
              target: 'practice.launching',
              actions: assign(({ event }) => ({ scenarioId: event.scenarioId, seed: event.seed })),
            },
            'borne.open': 'borne',
            'title.binome': 'binome',
            'lms.binome': 'binome',
            'title.facilitator': 'facilitator',
            'title.saves': {
              target: 'saves',
              actions: assign({ savesBack: 'title', savesMessage: null }),
            },
          },
        },
        practice: {
          initial: 'loading',
          states: {
            // The title stays on screen while the chunk loads (at once when the background preload is done).
            loading: {
              invoke: { id: 'loadFlows', src: 'loadFlows', onDone: 'catalogue', onError: '#title' },
            },
            // Launched by a learning platform on one scenario: straight to it once the chunk is loaded.
            launching: {
              invoke: { id: 'loadFlows', src: 'loadFlows', onDone: 'scenario', onError: '#title' },
            },
            catalogue: {
              entry: { type: 'show', params: { name: 'practice.catalogue' } },
              on: {
                'practice.start': {
                  target: 'scenario',
                  actions: assign(({ event }) => ({ scenarioId: event.scenarioId, seed: event.seed })),
                },
                'app.menu': '#title',
              },
            },
            scenario: {
              entry: {
                type: 'show',
                params: ({ context }) => ({
                  name: 'practice.scenario',
                  scenarioId: context.scenarioId,
                  seed: context.seed,
                }),
              },
              on: { 'practice.done': 'report', 'practice.catalogue': 'catalogue' },
            },
            report: {
              entry: { type: 'show', params: { name: 'practice.report' } },
              on: { 'practice.replay': 'scenario', 'practice.catalogue': 'catalogue' },
            },
          },
        },
        year: {
          initial: 'opening',
          states: {
            opening: {
              invoke: { id: 'loadFlows', src: 'loadFlows', onDone: 'setup', onError: '#title' },
            },
            setup: {
              entry: { type: 'show', params: { name: 'year.setup' } },
              on: {
                'year.play': { target: 'playing', actions: assign(({ event }) => entryOf(event.entry)) },
                'app.menu': '#title',
              },
            },
            resuming: {
              invoke: {
                id: 'resumeYear',
                src: 'resumeYear',
                onDone: [
                  {
                    guard: { type: 'isResumed', params: ({ event }) => event.output },
                    target: 'playing',
                    actions: assign(({ event }) => (event.output.ok ? entryOf(event.output.entry) : {})),
                  },
                  {
                    // Said on the saves screen, where the save kept aside is listed and can be exported.
                    target: '#saves',
                    actions: assign(({ event }) => ({
                      savesBack: 'title' as const,
                      savesMessage: event.output.ok
                        ? null
                        : {
                            text: `La partie n’a pas pu être reprise. ${event.output.message}`,
                            isError: true,
                          },
                    })),
                  },
                ],
                onError: '#title',
              },
            },
            playing: {
              id: 'playing',
              invoke: { src: 'autosave' },
              initial: 'entering',
              states: {
                entering: {
                  always: [
                    { guard: 'entersAtScenario', target: 'scenario' },
                    { guard: 'entersAtBilan', target: 'bilan' },
                    { target: 'hub' },
                  ],
                },
                hub: {
                  entry: { type: 'show', params: { name: 'year.hub' } },
                  on: {
                    'year.desk': 'desk',
                    'year.activity': {
                      target: 'scenario',
                      actions: assign(({ event }) => ({ activityId: event.activityId })),
                    },
                    'app.menu': '#title',
                  },
                },
                desk: {
                  entry: { type: 'show', params: { name: 'year.desk' } },
                  on: {
                    'year.hub': 'hub',
                    'year.activity': {
                      target: 'scenario',
                      actions: assign(({ event }) => ({ activityId: event.activityId })),
                    },
                    'year.over': 'bilan',
                    'year.saves': {
                      target: '#saves',
                      actions: assign({ savesBack: 'desk', savesMessage: null }),
                    },
                    'app.menu': '#title',
                  },
                },
                scenario: {
                  entry: {
                    type: 'show',
                    params: ({ context }) => ({ name: 'year.scenario', activityId: context.activityId }),
                  },
                  on: { 'year.desk': 'desk' },
                },
                bilan: {
                  entry: { type: 'show', params: { name: 'year.bilan' } },
                  on: { 'app.menu': '#title' },
                },
              },
            },
          },
        },
        saves: {
          id: 'saves',
          entry: {
            type: 'show',
            params: ({ context }) => ({ name: 'saves', message: context.savesMessage }),
          },
          on: {
            'saves.back': [{ guard: 'returnsToDesk', target: '#playing.desk' }, { target: 'title' }],
            'year.play': { target: '#playing', actions: assign(({ event }) => entryOf(event.entry)) },
          },
        },
        // The kiosk « Découvrir le métier » (`?mode=borne`): the attract loop, a visit, its ending, and back to
        // the loop (the ending's « Terminer » or the idle reset). « Menu » only where the kiosk cannot start.
        borne: {
          id: 'borne',
          initial: 'loading',
          states: {
            loading: {
              entry: { type: 'show', params: { name: 'borne.loading' } },
              invoke: { id: 'loadFlows', src: 'loadFlows', onDone: 'attract', onError: '#title' },
            },
            attract: {
              entry: { type: 'show', params: { name: 'borne.attract' } },
              on: { 'borne.start': 'visit', 'app.menu': '#title' },
            },
            visit: {
              entry: { type: 'show', params: { name: 'borne.visit' } },
              on: { 'borne.done': 'ending', 'borne.reset': 'attract' },
            },
            ending: {
              entry: { type: 'show', params: { name: 'borne.ending' } },
              on: { 'borne.reset': 'attract' },
            },
          },
        },
        // « En binôme » (issue 18): the pair's setup, the pack and its debrief are screens of the binôme flow.
        binome: {
          initial: 'loading',
          on: { 'app.menu': '#title' },
          states: {
            loading: {
              invoke: { id: 'loadFlows', src: 'loadFlows', onDone: 'playing', onError: '#title' },
            },
            playing: { entry: { type: 'show', params: { name: 'binome' } } },
          },
        },
        // « Animer un atelier » (issue 18): the facilitator's codes and files, then the room's debrief.
        facilitator: {
          initial: 'loading',
          on: { 'app.menu': '#title' },
          states: {
            loading: {
              invoke: { id: 'loadFlows', src: 'loadFlows', onDone: 'showing', onError: '#title' },
            },
            showing: { entry: { type: 'show', params: { name: 'facilitator' } } },
          },
        },
      },
    },
    settings: {
      initial: 'closed',
      states: {
        closed: { on: { 'settings.open': 'open' } },
        open: {
          entry: { type: 'show', params: { name: 'settings' } },
          on: { 'settings.close': 'closed' },
        },
      },
    },
  },
});
