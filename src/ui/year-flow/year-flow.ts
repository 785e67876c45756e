import type { AppEvent, ResumeOutcome, SavesMessage, YearEntry } from '../../app/app-events';
import type { HubHotspotId } from '../../core/assets';
import type { IsoDate } from '../../core/dates';
import { reportToCsv } from '../../core/report';
import {
  AUTOSAVE_SLOT,
  exportSaveFile,
  loadSaveText,
  loadYearFromSlot,
  saveLabel,
  saveYear,
  type LoadedSave,
  type SaveStore,
} from '../../core/save';
import {
  activityAtPlace,
  createYearEnv,
  openYearSession,
  resumeYearSession,
  type YearEnv,
  type YearLibrary,
  type YearSession,
} from '../../core/year';
import { savesScreen } from '../saves/saves-screen';
import { showScenario, type GameServices } from '../scenario-screen';
import { bilanScreen, deskScreen } from './year-screens';
import { yearSetupScreen } from './year-setup-screen';
import { castRoles, confidenceTrend } from '../stage/stage-sources';
import type { LmsLink } from '../../lms/scorm12';
import { takeYearResume, trackYear } from '../../lms/track';
import type { XapiLink } from '../../lms/xapi-link';
import { trackYearXapi } from '../../lms/xapi-track';

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
  /** The player's navigation, sent to the app machine. */
  readonly send: (event: AppEvent) => void;
  /** The learning platform that launched the game on the year (SCORM), or null. */
  readonly lms?: LmsLink | null;
  /** The cmi5 platform that launched the game, which hears the year as xAPI statements, or null. */
  readonly xapi?: XapiLink | null;
}

/** The screens of the year, rendered when the app machine enters their state, and the year's services. */
export interface YearFlow {
  /** True when a year is in progress (« Continuer » then resumes it). */
  isPlaying(): boolean;
  /** The month of the year's current week (0 = January), or null when no year is open. */
  month(): number | null;
  /** « Une année »: the setup screen; starting sends `year.play`. */
  showSetup(): void;
  /** « Continuer »: reloads the autosave and says where the year resumes (the `resumeYear` actor). */
  resume(): Promise<ResumeOutcome>;
  /** Keeps the year in progress on the device after every accepted event; returns the unsubscription. */
  autosave(): () => void;
  /** The SGM's desk for the week (the computer of the hub); a finished year sends `year.over` instead. */
  showDesk(): void;
  /** One activity of the week in the scenario host; its end sends `year.desk`. */
  showActivity(activityId: string): void;
  showBilan(): void;
  /** « Les sauvegardes »: slots, export and import of save files; « Retour » sends `saves.back`. */
  showSaves(message: SavesMessage | null): void;
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
  const { shell, library, narrator, send } = deps;
  let current: { env: YearEnv; session: YearSession } | null = null;
  /** Stops reporting the previous year to the learning platform. */
  let untrack: () => void = () => undefined;

  /**
   * What changed in the game since the year in progress was saved (an activity added to its year, a scenario
   * updated), shown on the desk until the player has read it.
   */
  let resumeNotes: readonly string[] = [];

  /** A year brought back from a save: its notes are said now and shown on the desk. */
  function noteResume(warnings: readonly string[]): void {
    resumeNotes = warnings;
    // One announcement: a second one would cut the first short in the live region.
    if (warnings.length > 0) narrator.announce(warnings.join(' '));
  }

  /** Why the last autosave failed, shown on the desk until a save succeeds; null when saved. */
  let saveProblem: string | null = null;
  const saveNotices = new Set<(problem: string | null) => void>();

  function autosave(): () => void {
    if (!current) return () => undefined;
    const { env, session } = current;
    return session.subscribe((state) => {
      void saveYear(deps.store, AUTOSAVE_SLOT, env, state, deps.now()).then((saved) => {
        const problem = saved.ok ? null : saved.error;
        if (problem !== null && saveProblem === null) narrator.announce(problem);
        saveProblem = problem;
        for (const notify of saveNotices) notify(problem);
      });
    });
  }

  /**
   * A session becomes the year in progress. Back in the middle of a scenario: straight to the same step;
   * a finished year: its bilan; otherwise the mairie, whose computer opens the desk.
   */
  function play(env: YearEnv, session: YearSession): YearEntry {
    current = { env, session };
    untrack();
    const untrackScorm = deps.lms
      ? trackYear(deps.lms, env, session, (text) => narrator.announce(text))
      : () => undefined;
    const untrackXapi = deps.xapi ? trackYearXapi(deps.xapi, env, session) : () => undefined;
    untrack = () => {
      untrackScorm();
      untrackXapi();
    };
    const { active, phase } = session.state();
    if (active !== null) return { at: 'scenario', activityId: active };
    return phase === 'over' ? { at: 'bilan' } : { at: 'hub' };
  }

  /** A year loaded from a slot or a file becomes the year in progress, and the autosave follows it. */
  function playLoaded(loaded: LoadedSave): void {
    resumeNotes = loaded.warnings;
    void saveYear(deps.store, AUTOSAVE_SLOT, loaded.env, loaded.state, deps.now());
    send({ type: 'year.play', entry: play(loaded.env, resumeYearSession(loaded.env, loaded.state)) });
  }

  function showSaves(message: SavesMessage | null): void {
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
        onBack: () => send({ type: 'saves.back' }),
        onChanged: deps.savesChanged,
        ...(message ? { message } : {}),
      }),
    );
  }

  function showActivity(activityId: string): void {
    if (!current) return;
    const opened = current.session.openActivity(activityId);
    if (!opened.ok) {
      narrator.announce(opened.error);
      send({ type: 'year.desk' });
      return;
    }
    const port = opened.value;
    const scenario = library.catalogue.scenarios[port.scenarioId];
    const { session } = current;
    showScenario(
      deps,
      port,
      () => send({ type: 'year.desk' }),
      scenario && {
        roles: castRoles(scenario),
        confidence: () => confidenceTrend(session.state().meterLog),
      },
    );
  }

  function showBilan(): void {
    if (!current) return;
    const { env, session } = current;
    const bilan = session.bilan(deps.today());
    if (!bilan.ok) {
      narrator.announce(bilan.error);
      send({ type: 'app.menu' });
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
        onBack: () => send({ type: 'app.menu' }),
      }),
    );
  }

  function showDesk(): void {
    if (!current) return;
    const { session } = current;
    if (session.state().phase === 'over') {
      send({ type: 'year.over' });
      return;
    }
    shell.showRoom('bureau');
    shell.screens.show(
      deskScreen({
        session,
        announce: (text) => narrator.announce(text),
        onHub: () => send({ type: 'year.hub' }),
        onSaves: () => send({ type: 'year.saves' }),
        onMenu: () => send({ type: 'app.menu' }),
        onOpenActivity: (activityId) => send({ type: 'year.activity', activityId }),
        onYearOver: () => send({ type: 'year.over' }),
        resumeNotes,
        onResumeNotesRead: () => {
          resumeNotes = [];
        },
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
    month: () => (current ? current.session.view().month : null),
    showSetup() {
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
          onBack: () => send({ type: 'app.menu' }),
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
            resumeNotes = [];
            void saveYear(deps.store, AUTOSAVE_SLOT, env.value, session.value.state(), deps.now());
            send({ type: 'year.play', entry: play(env.value, session.value) });
          },
        }),
      );
    },
    async resume() {
      // Relaunched by the learning platform: its save string wins over the device's (and becomes the autosave).
      const platformText = deps.lms ? takeYearResume(deps.lms, deps.now()) : null;
      if (platformText !== null) {
        const fromPlatform = loadSaveText(platformText, library);
        if (!fromPlatform.ok) return { ok: false, message: fromPlatform.error.message };
        const { env, state, warnings } = fromPlatform.value;
        noteResume(warnings);
        void saveYear(deps.store, AUTOSAVE_SLOT, env, state, deps.now());
        return { ok: true, entry: play(env, resumeYearSession(env, state)) };
      }
      const loaded = await loadYearFromSlot(deps.store, AUTOSAVE_SLOT, library);
      if (!loaded.ok) return { ok: false, message: loaded.error };
      noteResume(loaded.value.warnings);
      return {
        ok: true,
        entry: play(loaded.value.env, resumeYearSession(loaded.value.env, loaded.value.state)),
      };
    },
    autosave,
    showDesk,
    showActivity,
    showBilan,
    showSaves,
    openPlace(place) {
      if (!current) return false;
      if (place === 'ordinateur') {
        send({ type: 'year.desk' });
        return true;
      }
      const activityId = activityAtPlace(current.session.view(), place);
      if (activityId === null) return false;
      send({ type: 'year.activity', activityId });
      return true;
    },
  };
}
