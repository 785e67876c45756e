import { FRENCH_MONTHS } from '../core/dates';
import { ROOMS, ROOM_KEYS, SOUND_KEYS, type HubHotspotId, type RoomKey } from '../core/assets';
import { h } from './dom';
import { createPlaceDialog } from './hub/place-dialog';
import { hubScreen } from './hub/hub-screen';
import { createModal } from './modal';
import type { Narrator } from './narrator';
import { createScreenHost, type ScreenHost } from './screens/screen-host';
import { titleScreen } from './screens/title-screen';
import { createSettingsDialog } from './settings/settings-dialog';
import type { SettingsStore } from './settings/settings-store';
import type { CuePlayer } from './sound/cue-player';

/** What the shell needs of the Phaser stage (implemented by `createGameStage`). */
export interface ShellStage {
  showTitle(): void;
  /** The mairie, its wall calendar open on `month` (0 = January). */
  showHub(month: number): void;
  /** A room; the mairie's wall calendar, if shown, is open on `month` (0 = January). */
  showRoom(room: RoomKey, month: number): void;
  highlightHotspot(id: HubHotspotId | null): void;
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
  /** True when a saved year exists (provided later by the save layer). */
  readonly hasSave?: () => boolean;
  /** « Une année »; default: the hub. */
  readonly onYear?: () => void;
  /** « Mise en situation »; default: a dialog saying the catalogue comes later. */
  readonly onPractice?: (opener: HTMLElement | null) => void;
  /** « Continuer »; default: the hub. */
  readonly onContinue?: () => void;
  /** « Sauvegardes »; default: the hub. */
  readonly onSaves?: () => void;
  /** The month the hub's wall calendar shows (0 = January): the year's week, or today. */
  readonly hubMonth: () => number;
  /**
   * A place of the hub; returns true when it handled it (a year in progress opens the desk), false to show
   * the default dialog telling what the place is for.
   */
  readonly onHotspot?: (id: HubHotspotId, opener: HTMLElement) => boolean;
}

/** Navigation between the shell's screens, and the services other screens plug into. */
export interface Shell {
  readonly screens: ScreenHost;
  showTitle(): void;
  showHub(): void;
  /** Puts a room illustration behind the overlay and describes it to assistive tech. */
  showRoom(room: RoomKey): void;
  openSettings(opener?: HTMLElement | null): void;
  /** Sets the canvas's text alternative (what the scene shows). */
  describeScene(text: string): void;
}

export function createShell(options: ShellOptions): Shell {
  const screens = createScreenHost(options.overlay, options.page);
  const settingsDialog = createSettingsDialog(options.dialogs, options.settings, () =>
    options.cues.play(SOUND_KEYS.mail),
  );
  const placeDialog = createPlaceDialog(options.dialogs);
  const practiceDialog = createModal(options.dialogs, {
    id: 'dialogue-situation',
    title: 'Mise en situation',
  });
  practiceDialog.body.append(
    h('p', {
      text: 'Choisissez un scénario et jouez-le seul, comme un examen : la note sur 20 détaille chaque bloc de compétences.',
    }),
    h('p', { class: 'note', text: 'Le catalogue des mises en situation sera bientôt disponible ici.' }),
  );
  const describeScene = (text: string) =>
    options.sceneFrame.setAttribute('aria-label', `Illustration : ${text}`);
  const openSettings = (opener?: HTMLElement | null) => settingsDialog.open(opener);

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
          if (!options.onHotspot?.(id, button)) placeDialog.open(id, button);
        },
        onHighlight: (id) => options.stage.highlightHotspot(id),
        onMenu: () => showTitle(),
        onSettings: openSettings,
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
        hasSave: options.hasSave ?? (() => false),
        onYear: options.onYear ?? showHub,
        onPractice: () => (options.onPractice ? options.onPractice(null) : practiceDialog.open()),
        onContinue: options.onContinue ?? showHub,
        onSaves: options.onSaves ?? showHub,
        onSettings: openSettings,
        announce: (text) => options.narrator.announce(text),
      }),
    );
  };

  return {
    screens,
    showTitle,
    showHub,
    showRoom(room) {
      const month = options.hubMonth();
      options.stage.showRoom(room, month);
      describeRoom(room, month);
    },
    openSettings,
    describeScene,
  };
}
