import Phaser from 'phaser';
import { ROOM_KEYS, SCENE_KEYS, STAGE, type HubHotspotId, type RoomKey } from '../core/assets';
import { SCENE_COLORS } from './palette';
import type { HubData, MotionPreference, PreloadData, RoomData, TitleData } from './scene-data';
import { HubScene } from './scenes/hub-scene';
import { PreloadScene } from './scenes/preload-scene';
import { RoomScene } from './scenes/room-scene';
import { TitleScene } from './scenes/title-scene';
import { createSignal } from './signal';

/** The Phaser side as the shell sees it: which picture is behind the overlay. */
export interface GameStage {
  /** Resolves once the title and hub illustrations are loaded. */
  readonly loaded: Promise<void>;
  showTitle(): void;
  showHub(): void;
  showRoom(room: RoomKey): void;
  highlightHotspot(id: HubHotspotId | null): void;
  destroy(): void;
}

export interface GameStageOptions {
  /** The labelled container (role="img"); receives the canvas and `data-renderer`. */
  readonly parent: HTMLElement;
  readonly roomUrls: Readonly<Record<RoomKey, string>>;
  readonly motion: MotionPreference;
  readonly onProgress: (fraction: number) => void;
}

/**
 * Starts Phaser. AUTO picks WebGL and silently falls back to the deprecated Canvas renderer, so the renderer
 * in use is written to `data-renderer` on the container, where tests read it. Phaser's own audio and input
 * are off: Howler plays the sound, and every control is a DOM element of the overlay.
 */
export function createGameStage(options: GameStageOptions): GameStage {
  const highlight = createSignal<HubHotspotId | null>(null);
  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent: options.parent,
    backgroundColor: SCENE_COLORS.navy,
    banner: false,
    audio: { noAudio: true },
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
    scale: {
      mode: Phaser.Scale.FIT,
      autoCenter: Phaser.Scale.CENTER_BOTH,
      width: STAGE.width,
      height: STAGE.height,
    },
    scene: [],
  });
  game.events.once(Phaser.Core.Events.READY, () => {
    options.parent.dataset.renderer = game.renderer.type === Phaser.WEBGL ? 'webgl' : 'canvas';
  });
  game.scene.add(SCENE_KEYS.title, TitleScene);
  game.scene.add(SCENE_KEYS.hub, HubScene);
  game.scene.add(SCENE_KEYS.room, RoomScene);

  const loaded = new Promise<void>((resolve) => {
    const data: PreloadData = {
      rooms: [ROOM_KEYS.facade, ROOM_KEYS.mairie].map((key) => ({ key, url: options.roomUrls[key] })),
      onProgress: options.onProgress,
      onComplete: resolve,
    };
    game.scene.add(SCENE_KEYS.preload, PreloadScene, true, data);
  });

  const only = (key: string, data: TitleData | HubData | RoomData) => {
    for (const scene of game.scene.getScenes(false)) {
      if (scene.sys.settings.key !== key && scene.sys.isActive()) game.scene.stop(scene.sys.settings.key);
    }
    game.scene.start(key, data);
  };

  return {
    loaded,
    showTitle: () => only(SCENE_KEYS.title, { motion: options.motion }),
    showHub: () => only(SCENE_KEYS.hub, { motion: options.motion, highlight }),
    showRoom: (room) => only(SCENE_KEYS.room, { room, url: options.roomUrls[room], motion: options.motion }),
    highlightHotspot: (id) => highlight.emit(id),
    destroy: () => game.destroy(true),
  };
}
