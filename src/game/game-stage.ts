import Phaser from 'phaser';
import {
  ROOM_KEYS,
  SCENE_KEYS,
  STAGE,
  type HubHotspotId,
  type PersonKey,
  type RoomKey,
  type SceneKey,
} from '../core/assets';
import { FRENCH_MONTHS } from '../core/dates';
import type { CastStage } from '../ui/stage/cast-presenter';
import type { StagedObjects } from '../ui/stage/classify-staging';
import { SCENE_COLORS } from './palette';
import type {
  CastReport,
  HubData,
  MotionPreference,
  PreloadData,
  RoomData,
  RoomImage,
  TitleData,
} from './scene-data';
import { HubScene } from './scenes/hub-scene';
import { PreloadScene } from './scenes/preload-scene';
import { RoomScene } from './scenes/room-scene';
import { TitleScene } from './scenes/title-scene';
import { createSignal } from './signal';

/** The Phaser side as the shell sees it: which picture is behind the overlay. */
export interface GameStage {
  /** Resolves once the first illustration (the façade) is loaded. */
  readonly loaded: Promise<void>;
  /** Each `show…` may be called at any time: before the first load completes, the latest request waits. */
  showTitle(): void;
  /** The mairie; its wall calendar shows `month` (0 = January). */
  showHub(month: number): void;
  /** A room; the mairie's wall calendar shows `month` (0 = January). */
  showRoom(room: RoomKey, month: number): void;
  highlightHotspot(id: HubHotspotId | null): void;
  /** The people in the room (drawn by the room scene; kept for the next room shown), or nobody. */
  showCast(stage: CastStage | null): void;
  /** True when the canvas can take handled objects (WebGL runs: the Canvas fallback keeps the panels). */
  canStageObjects(): boolean;
  /** The handled objects of a staged step, drawn in the room with pointer and touch input, or none. */
  showObjects(objects: StagedObjects | null): void;
  destroy(): void;
}

export interface GameStageOptions {
  /** The labelled container (role="img"); receives the canvas, `data-renderer` and `data-scene`. */
  readonly parent: HTMLElement;
  readonly roomUrls: Readonly<Record<RoomKey, string>>;
  readonly personUrls: Readonly<Record<PersonKey, string>>;
  readonly motion: MotionPreference;
  readonly onProgress: (fraction: number) => void;
}

/** The month as printed on the wall calendar: « JANVIER ». */
const monthLabel = (month: number) => (FRENCH_MONTHS[month] ?? '').toUpperCase();

/**
 * Starts Phaser. AUTO picks WebGL and silently falls back to the deprecated Canvas renderer, so the renderer
 * in use is written to `data-renderer` on the container, where tests read it; `data-scene` names the scene
 * whose first frame is drawn, `data-cast` the standing figures drawn (`maire-speaking …`) and
 * `data-speaker` the speaker's bounds on the 1280 × 720 stage (`x y width height`), `data-objects` the game objects
 * of the running scenes (the kiosk's soak test watches it), `data-handled` what lies where among the handled objects
 * drawn (`table:3 blanc:1 nul:0`). Phaser's audio and keyboard are off: Howler plays the sound, and the keyboard
 * acts on the overlay (the handled objects' mirrors); the pointer and touch reach the handled objects.
 */
export function createGameStage(options: GameStageOptions): GameStage {
  const { parent, motion } = options;
  const highlight = createSignal<HubHotspotId | null>(null);
  const cast = createSignal<CastStage | null>(null);
  const objects = createSignal<StagedObjects | null>(null);
  const room = (key: RoomKey): RoomImage => ({ key, url: options.roomUrls[key] });
  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent,
    backgroundColor: SCENE_COLORS.navy,
    banner: false,
    audio: { noAudio: true },
    input: { keyboard: false, mouse: true, touch: true, gamepad: false },
    scale: {
      mode: Phaser.Scale.FIT,
      autoCenter: Phaser.Scale.CENTER_BOTH,
      width: STAGE.width,
      height: STAGE.height,
    },
    scene: [],
  });
  game.events.once(Phaser.Core.Events.READY, () => {
    parent.dataset.renderer = game.renderer.type === Phaser.WEBGL ? 'webgl' : 'canvas';
  });
  game.scene.add(SCENE_KEYS.title, TitleScene);
  game.scene.add(SCENE_KEYS.hub, HubScene);
  game.scene.add(SCENE_KEYS.room, RoomScene);

  let ready = false;
  let pending: (() => void) | null = null;
  const loaded = new Promise<void>((resolve) => {
    const data: PreloadData = {
      rooms: [room(ROOM_KEYS.facade)],
      onProgress: options.onProgress,
      onComplete: resolve,
    };
    game.scene.add(SCENE_KEYS.preload, PreloadScene, true, data);
  });
  void loaded.then(() => {
    ready = true;
    pending?.();
    pending = null;
  });

  /** Game objects on the display lists of the running scenes: a kiosk running all day must not pile them up. */
  const countObjects = () => {
    parent.dataset.objects = String(
      game.scene.getScenes(true).reduce((count, scene) => count + scene.children.length, 0),
    );
  };
  const start = (key: SceneKey, data: TitleData | HubData | RoomData) => {
    for (const scene of game.scene.getScenes(false)) {
      if (scene.sys.settings.key !== key && scene.sys.isActive()) game.scene.stop(scene.sys.settings.key);
    }
    delete parent.dataset.scene;
    delete parent.dataset.cast;
    delete parent.dataset.speaker;
    game.scene.getScene(key)?.events.once(Phaser.Scenes.Events.CREATE, () => {
      game.events.once(Phaser.Core.Events.POST_RENDER, () => {
        parent.dataset.scene = key;
        countObjects();
      });
    });
    game.scene.start(key, data);
  };
  const show = (key: SceneKey, data: TitleData | HubData | RoomData) => {
    if (ready) start(key, data);
    else pending = () => start(key, data);
  };

  const onCastDrawn = (report: CastReport) => {
    game.events.once(Phaser.Core.Events.POST_RENDER, () => {
      parent.dataset.cast = report.keys.join(' ');
      const b = report.speaker;
      if (b) parent.dataset.speaker = [b.x, b.y, b.width, b.height].map(Math.round).join(' ');
      else delete parent.dataset.speaker;
      countObjects();
    });
  };
  const onObjectsDrawn = (report: string) => {
    game.events.once(Phaser.Core.Events.POST_RENDER, () => {
      if (report === '') delete parent.dataset.handled;
      else parent.dataset.handled = report;
      countObjects();
    });
  };
  const roomData = (key: RoomKey, month: number): RoomData => ({
    motion,
    room: room(key),
    month: monthLabel(month),
    cast,
    personUrl: (person) => options.personUrls[person],
    onCastDrawn,
    objects,
    onObjectsDrawn,
  });

  return {
    loaded,
    showTitle: () => show(SCENE_KEYS.title, { motion, prefetch: [room(ROOM_KEYS.mairie)] }),
    showHub: (month) =>
      show(SCENE_KEYS.hub, { motion, room: room(ROOM_KEYS.mairie), highlight, month: monthLabel(month) }),
    showRoom: (key, month) => show(SCENE_KEYS.room, roomData(key, month)),
    highlightHotspot: (id) => highlight.emit(id),
    showCast: (stage) => cast.emit(stage),
    canStageObjects: () => parent.dataset.renderer === 'webgl',
    showObjects: (staged) => objects.emit(staged),
    destroy: () => game.destroy(true),
  };
}
