import { FRENCH_MONTHS } from '../core/dates';
import { ROOMS, ROOM_KEYS, SOUND_KEYS, type HubHotspotId, type RoomKey } from '../core/assets';
import type { AppEvent } from '../app/app-events';
import { createPlaceDialog } from './hub/place-dialog';
import { hubScreen } from './hub/hub-screen';
import type { Narrator } from './narrator';
import { createScreenHost, type ScreenHost } from './screens/screen-host';
import { titleScreen } from './screens/title-screen';
import { createSettingsDialog } from './settings/settings-dialog';
import type { SettingsStore } from './settings/settings-store';
import type { CuePlayer } from './sound/cue-player';
import type { CastStage } from './stage/cast-presenter';
import type { ObjectsStage } from './stage/classify-staging';

/** What the shell needs of the Phaser stage (implemented by `createGameStage`). */
export interface ShellStage {
  showTitle(): void;
  /** The mairie, its wall calendar open on `month` (0 = January). */
  showHub(month: number): void;
  /** A room; the mairie's wall calendar, if shown, is open on `month` (0 = January). */
  showRoom(room: RoomKey, month: number): void;
  highlightHotspot(id: HubHotspotId | null): void;
  /** The people standing in the room shown, or nobody. */
  showCast(stage: CastStage | null): void;
  canStageObjects(): boolean;
  showObjects: ObjectsStage['show'];
}

export interface ShellOptions {
  /** Root of the screens (#overlay). */
  readonly overlay: HTMLElement;
  /** Where dialogs live (outside the overlay, so they survive screen changes). */
  readonly dialogs: HTMLElement;
  /** The labelled canvas container (role="img"): its label follows the scene. */
  readonly sceneFrame: HTMLElement;
  readonly page: { title: string };
  readonly stage: ShellStage;
  readonly settings: SettingsStore;
  readonly cues: CuePlayer;
  readonly narrator: Narrator;
  readonly emblemUrl: string;
  readonly communeName?: string;
  /** True when a saved year exists (the autosave, or a year in progress); « Continuer » is disabled otherwise. */
  readonly hasSave: () => boolean;
  /** Sends the player's navigation to the app machine, which decides the next screen. */
  readonly send: (event: AppEvent) => void;
  /** The month the hub's wall calendar shows (0 = January): the year's week, or today. */
  readonly hubMonth: () => number;
  /**
   * A place of the hub; returns true when it handled it (the computer opens the desk, a place its week's
   * activity), false to show the dialog telling what the place is for.
   */
  readonly onHotspot: (id: HubHotspotId) => boolean;
}

/**
 * The shell's screens and the services other screens plug into. It renders what the app machine asks for and
 * sends the player's navigation back to it; it decides no screen change itself.
 */
export interface Shell {
  readonly screens: ScreenHost;
  showTitle(): void;
  showHub(): void;
  /** Puts a room illustration behind the overlay and describes it to assistive tech. */
  /** Shows a room; the mairie's wall calendar shows `month` (0 = January), the year's month when omitted. */
  showRoom(room: RoomKey, month?: number): void;
  /** Opens the settings dialog over the current screen; its closing is sent to the app machine. */
  openSettings(): void;
  /** Sets the canvas's text alternative (what the scene shows). */
  describeScene(text: string): void;
  /** Puts people in the room shown (the stage presenter's model), or empties it. */
  showCast(stage: CastStage | null): void;
  /** Where a staged step's handled objects are drawn (the canvas, when it runs WebGL). */
  readonly objects: ObjectsStage;
}

export function createShell(options: ShellOptions): Shell {
  const screens = createScreenHost(options.overlay, options.page);
  const settingsDialog = createSettingsDialog(options.dialogs, options.settings, () =>
    options.cues.play(SOUND_KEYS.mail),
  );
  settingsDialog.modal.element.addEventListener('close', () => options.send({ type: 'settings.close' }));
  const placeDialog = createPlaceDialog(options.dialogs);
  const describeScene = (text: string) =>
    options.sceneFrame.setAttribute('aria-label', `Illustration : ${text}`);
  // The button that asked for the settings gets the focus back when they close (a mouse click does not focus a
  // button in every browser, so the opener is kept rather than read from the focused element).
  let settingsOpener: HTMLElement | null = null;
  const askSettings = (opener: HTMLElement) => {
    settingsOpener = opener;
    options.send({ type: 'settings.open' });
  };

  /** A room's text alternative; the mairie's says the month its wall calendar shows. */
  const describeRoom = (room: RoomKey, month: number) =>
    describeScene(
      room === ROOM_KEYS.mairie
        ? `${ROOMS[room].alt} Le calendrier mural est ouvert sur le mois de ${FRENCH_MONTHS[month] ?? ''}.`
        : ROOMS[room].alt,
    );

  const showHub = () => {
    const month = options.hubMonth();
    options.stage.showHub(month);
    describeRoom(ROOM_KEYS.mairie, month);
    options.cues.ambience(SOUND_KEYS.officeAmbience);
    screens.show(
      hubScreen({
        communeName: options.communeName ?? 'Saint-Aubin-sur-Loire',
        onHotspot: (id, button) => {
          if (!options.onHotspot(id)) placeDialog.open(id, button);
        },
        onHighlight: (id) => options.stage.highlightHotspot(id),
        onMenu: () => options.send({ type: 'app.menu' }),
        onSettings: askSettings,
      }),
    );
  };

  const showTitle = () => {
    options.stage.showTitle();
    describeScene(ROOMS[ROOM_KEYS.facade].alt);
    options.cues.stopAmbience();
    screens.show(
      titleScreen({
        emblemUrl: options.emblemUrl,
        hasSave: options.hasSave,
        onYear: () => options.send({ type: 'title.year' }),
        onPractice: () => options.send({ type: 'title.practice' }),
        onBinome: () => options.send({ type: 'title.binome' }),
        onFacilitator: () => options.send({ type: 'title.facilitator' }),
        onContinue: () => options.send({ type: 'title.continue' }),
        onSaves: () => options.send({ type: 'title.saves' }),
        onSettings: askSettings,
        announce: (text) => options.narrator.announce(text),
      }),
    );
  };

  return {
    screens,
    showTitle,
    showHub,
    showRoom(room, scenarioMonth) {
      const month = scenarioMonth ?? options.hubMonth();
      options.stage.showRoom(room, month);
      describeRoom(room, month);
    },
    openSettings() {
      settingsDialog.open(settingsOpener);
      settingsOpener = null;
    },
    describeScene,
    showCast: (stage) => options.stage.showCast(stage),
    objects: {
      available: () => options.stage.canStageObjects(),
      show: (objects) => options.stage.showObjects(objects),
    },
  };
}
