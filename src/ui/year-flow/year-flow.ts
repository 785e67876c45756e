import type { HubHotspotId } from '../../core/assets';
import { addDays, type IsoDate } from '../../core/dates';
import { reportToCsv } from '../../core/report';
import {
  AUTOSAVE_SLOT,
  exportSaveFile,
  loadYearFromSlot,
  saveLabel,
  saveYear,
  type LoadedSave,
  type SaveStore,
} from '../../core/save';
import {
  createYearEnv,
  openYearSession,
  resumeYearSession,
  type YearEnv,
  type YearLibrary,
  type YearSession,
} from '../../core/year';
import { savesScreen } from '../saves/saves-screen';
import { showScenario, type GameServices } from '../scenario-screen';
import { activityAtPlace } from './place-routing';
import { bilanScreen, deskScreen } from './year-screens';
import { yearSetupScreen } from './year-setup-screen';

export interface YearFlowDeps extends GameServices {
  readonly library: YearLibrary;
  readonly store: SaveStore;
  readonly today: () => IsoDate;
  /** Date and time of a save, for its label (ISO). */
  readonly now: () => string;
  readonly drawSeed: () => number;
  /** Saves a file on the device (the bilan's exports); nothing goes to the network. */
  readonly download: (fileName: string, blob: Blob) => void;
  readonly print: () => void;
  /** The saves on the device changed (a save kept aside, imported, deleted). */
  readonly savesChanged: () => void;
}

export interface YearFlow {
  /** True when a year is in progress (the hub's places then open the desk). */
  isPlaying(): boolean;
  /** The month of the year's current week (0 = January), or null when no year is open. */
  month(): number | null;
  /** « Une année »: the setup screen. */
  setup(): void;
  /** « Continuer »: reloads the autosave and resumes at the same step. */
  resume(): Promise<void>;
  /** The SGM's desk for the week (the computer of the hub). */
  showDesk(): void;
  /** « Les sauvegardes »: slots, export and import of save files; `onBack` leaves the screen. */
  showSaves(onBack: () => void, message?: { text: string; isError: boolean }): void;
  /**
   * A place of the hub during a year: the computer opens the desk; the guichet and the salle du conseil open the
   * week's activity played there. False when the place has nothing to open (the hub then describes it).
   */
  openPlace(place: HubHotspotId): boolean;
}

/**
 * The year in the browser: setup, the week's desk, the scenarios of the week in the scenario host, an autosave
 * after every accepted event, and the bilan. Every rule, deadline and mark comes from the core.
 */
export function createYearFlow(deps: YearFlowDeps): YearFlow {
  const { shell, library, narrator } = deps;
  let current: { env: YearEnv; session: YearSession } | null = null;

  /** Why the last autosave failed, shown on the desk until a save succeeds; null when saved. */
  let saveProblem: string | null = null;
  const saveNotices = new Set<(problem: string | null) => void>();

  function autosave(env: YearEnv, session: YearSession): void {
    session.subscribe((state) => {
      void saveYear(deps.store, AUTOSAVE_SLOT, env, state, deps.now()).then((saved) => {
        const problem = saved.ok ? null : saved.error;
        if (problem !== null && saveProblem === null) narrator.announce(problem);
        saveProblem = problem;
        for (const notify of saveNotices) notify(problem);
      });
    });
  }

  function play(env: YearEnv, session: YearSession): void {
    current = { env, session };
    autosave(env, session);
    const active = session.state().active;
    // Back in the middle of a scenario: straight to the same step. Otherwise, the mairie, whose computer
    // opens the desk.
    if (active !== null) openActivity(active);
    else if (session.state().phase === 'over') showBilan();
    else shell.showHub();
  }

  /** A year loaded from a slot or a file becomes the year in progress, and the autosave follows it. */
  function playLoaded(loaded: LoadedSave): void {
    void saveYear(deps.store, AUTOSAVE_SLOT, loaded.env, loaded.state, deps.now());
    play(loaded.env, resumeYearSession(loaded.env, loaded.state));
  }

  function showSaves(onBack: () => void, message?: { text: string; isError: boolean }): void {
    shell.showRoom('bureau');
    shell.screens.show(
      savesScreen({
        store: deps.store,
        library,
        now: deps.now,
        download: deps.download,
        announce: (text) => narrator.announce(text),
        current: () => {
          if (!current) return null;
          const state = current.session.state();
          return { env: current.env, state, label: saveLabel(current.env, state) };
        },
        play: playLoaded,
        onBack,
        onChanged: deps.savesChanged,
        ...(message ? { message } : {}),
      }),
    );
  }

  function openActivity(activityId: string): void {
    if (!current) return;
    const opened = current.session.openActivity(activityId);
    if (!opened.ok) {
      narrator.announce(opened.error);
      showDesk();
      return;
    }
    showScenario(deps, opened.value, () => showDesk());
  }

  function showBilan(): void {
    if (!current) return;
    const { env, session } = current;
    const bilan = session.bilan(deps.today());
    if (!bilan.ok) {
      narrator.announce(bilan.error);
      return;
    }
    shell.showRoom('bureau');
    shell.screens.show(
      bilanScreen({
        bilan: bilan.value,
        onExportCsv: () =>
          deps.download(
            `bilan-${env.config.id}.csv`,
            new Blob([reportToCsv(bilan.value.report, { bom: true })], { type: 'text/csv;charset=utf-8' }),
          ),
        onExportSave: () => {
          const file = exportSaveFile(env, session.state(), deps.now());
          deps.download(file.fileName, new Blob([file.text], { type: 'application/json' }));
        },
        onPrint: () => deps.print(),
        onBack: () => shell.showTitle(),
      }),
    );
  }

  function showDesk(): void {
    if (!current) return;
    const { session } = current;
    if (session.state().phase === 'over') {
      showBilan();
      return;
    }
    shell.showRoom('bureau');
    shell.screens.show(
      deskScreen({
        session,
        announce: (text) => narrator.announce(text),
        onHub: () => shell.showHub(),
        onSaves: () => showSaves(showDesk),
        onMenu: () => shell.showTitle(),
        onOpenActivity: openActivity,
        onYearOver: showBilan,
        watchSaveProblem: (listener) => {
          listener(saveProblem);
          saveNotices.add(listener);
          return () => saveNotices.delete(listener);
        },
      }),
    );
  }

  return {
    isPlaying: () => current !== null,
    // The week's Thursday decides its month, as for ISO weeks: most of its working days are in it.
    month: () => (current ? Number(addDays(current.session.view().monday, 3).slice(5, 7)) - 1 : null),
    setup() {
      const years = Object.values(library.years).sort((a, b) => b.year - a.year);
      const world = years[0] ? library.worlds[years[0].world] : undefined;
      shell.showRoom('bureau');
      shell.screens.show(
        yearSetupScreen({
          years: years.map((year) => ({ id: year.id, label: year.title, detail: year.summary })),
          posts: (world?.posts ?? []).map((post) => ({
            id: post.id,
            label: post.label,
            detail: `${post.weekHours.reduce((sum, hours) => sum + hours, 0)} h par semaine`,
          })),
          problems: [
            ...library.errors,
            ...library.catalogue.errors.map((e) => `${e.file} › ${e.path} : ${e.message}`),
          ],
          onBack: () => shell.showTitle(),
          onStart: ({ configId, post, seed }) => {
            const config = library.years[configId];
            const commune = config ? library.worlds[config.world] : undefined;
            if (!config || !commune) {
              narrator.announce('Cette année n’est pas disponible.');
              return;
            }
            const env = createYearEnv(commune, config, library.catalogue.scenarios);
            if (!env.ok) {
              narrator.announce(env.error);
              return;
            }
            const session = openYearSession(env.value, { configId, post, seed: seed ?? deps.drawSeed() });
            if (!session.ok) {
              narrator.announce(session.error);
              return;
            }
            void saveYear(deps.store, AUTOSAVE_SLOT, env.value, session.value.state(), deps.now());
            play(env.value, session.value);
          },
        }),
      );
    },
    async resume() {
      const loaded = await loadYearFromSlot(deps.store, AUTOSAVE_SLOT, library);
      if (!loaded.ok) {
        // Said on the saves screen, where the save kept aside is listed and can be exported for a trainer.
        showSaves(() => shell.showTitle(), {
          text: `La partie n’a pas pu être reprise. ${loaded.error}`,
          isError: true,
        });
        return;
      }
      for (const warning of loaded.value.warnings) narrator.announce(warning);
      play(loaded.value.env, resumeYearSession(loaded.value.env, loaded.value.state));
    },
    showDesk,
    showSaves,
    openPlace(place) {
      if (!current) return false;
      if (place === 'ordinateur') {
        showDesk();
        return true;
      }
      const activity = activityAtPlace(current.session.view(), place);
      if (activity === null) return false;
      openActivity(activity);
      return true;
    },
  };
}
