/**
 * The vocabulary of the app statechart: the events the views and the flows send, the screens the machine asks
 * the views to render, and what its actors return. Plain JSON data only, so that a snapshot can be logged,
 * compared in a test or shown in a visualiser.
 */

/** A message shown at the top of the saves screen (the reason a resume failed). */
export interface SavesMessage {
  readonly text: string;
  readonly isError: boolean;
}

/** Where a year opens once its session exists: the step in progress, the bilan of a finished year, or the mairie. */
export type YearEntry =
  | { readonly at: 'hub' }
  | { readonly at: 'bilan' }
  | { readonly at: 'scenario'; readonly activityId: string };

/** What the `resumeYear` actor returns: where the autosaved year resumes, or why it could not. */
export type ResumeOutcome =
  { readonly ok: true; readonly entry: YearEntry } | { readonly ok: false; readonly message: string };

/** The events of the app machine, named by the screen (or flow) that sends them. */
export type AppEvent =
  | { readonly type: 'title.year' }
  | { readonly type: 'title.practice' }
  | { readonly type: 'title.continue' }
  | { readonly type: 'title.saves' }
  /** « En binôme »: an élu and their SGM play a pack together on one screen (issue 18). */
  | { readonly type: 'title.binome' }
  /** « Animer un atelier »: the facilitator gathers the pairs' result codes into the room's debrief. */
  | { readonly type: 'title.facilitator' }
  /**
   * A learning platform (SCORM) launched one entry point of the package: the year (resumed from the platform's
   * data when `resume`), one practice scenario, or one binôme pack (the binôme flow reads which from the launch).
   * Sent once, at start, from the title.
   */
  | { readonly type: 'lms.year'; readonly resume: boolean }
  | { readonly type: 'lms.scenario'; readonly scenarioId: string; readonly seed: number | null }
  | { readonly type: 'lms.binome' }
  /** « Menu » or « Retour » towards the title, from every screen that offers it. */
  | { readonly type: 'app.menu' }
  | { readonly type: 'settings.open' }
  | { readonly type: 'settings.close' }
  | { readonly type: 'practice.start'; readonly scenarioId: string; readonly seed: number | null }
  /** The scenario's end step (« Voir le bilan »), or a scenario that could not start or be marked. */
  | { readonly type: 'practice.done' }
  | { readonly type: 'practice.replay' }
  | { readonly type: 'practice.catalogue' }
  /** A year session exists (set up, or loaded from a save): open it at `entry`. */
  | { readonly type: 'year.play'; readonly entry: YearEntry }
  | { readonly type: 'year.hub' }
  | { readonly type: 'year.desk' }
  | { readonly type: 'year.activity'; readonly activityId: string }
  | { readonly type: 'year.over' }
  | { readonly type: 'year.saves' }
  | { readonly type: 'saves.back' }
  /** The game was opened as the kiosk « Découvrir le métier » (`?mode=borne`): sent once, at start. */
  | { readonly type: 'borne.open' }
  /** A visitor touched the attract loop; the visit's end step; the ending's « Terminer » or the idle reset. */
  | { readonly type: 'borne.start' }
  | { readonly type: 'borne.done' }
  | { readonly type: 'borne.reset' };

/** The screens the views render, one per state of the machine that shows something. */
export type AppScreen =
  | { readonly name: 'title' }
  | { readonly name: 'practice.catalogue' }
  | { readonly name: 'practice.scenario'; readonly scenarioId: string; readonly seed: number | null }
  | { readonly name: 'practice.report' }
  | { readonly name: 'year.setup' }
  | { readonly name: 'year.hub' }
  | { readonly name: 'year.desk' }
  | { readonly name: 'year.scenario'; readonly activityId: string }
  | { readonly name: 'year.bilan' }
  | { readonly name: 'saves'; readonly message: SavesMessage | null }
  | { readonly name: 'borne.loading' }
  | { readonly name: 'borne.attract' }
  | { readonly name: 'borne.visit' }
  | { readonly name: 'borne.ending' }
  | { readonly name: 'binome' }
  | { readonly name: 'facilitator' }
  | { readonly name: 'settings' };

/** What the machine emits: render this screen (the settings dialog opens over the current one). */
export interface AppEmitted {
  readonly type: 'app.screen';
  readonly screen: AppScreen;
}
