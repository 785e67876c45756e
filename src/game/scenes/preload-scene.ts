import Phaser from 'phaser';
import { SCENE_KEYS, STAGE } from '../../core/assets';
import { SCENE_COLORS } from '../palette';
import type { PreloadData } from '../scene-data';
import { queueRoom } from './room-loader';

/** Loads the first illustration while drawing a progress bar; the shell announces slow progress. */
export class PreloadScene extends Phaser.Scene {
  constructor() {
    super(SCENE_KEYS.preload);
  }

  private data_: PreloadData | null = null;

  /** Phaser passes scene data to init and create, not to preload. */
  init(data: PreloadData): void {
    this.data_ = data;
  }

  preload(): void {
    const data = this.data_;
    if (!data) return;
    const { width, height } = STAGE;
    const barWidth = 520;
    const x = (width - barWidth) / 2;
    const y = height / 2 + 40;
    this.cameras.main.setBackgroundColor(SCENE_COLORS.navy);
    const frame = this.add.graphics();
    frame.fillStyle(SCENE_COLORS.white, 0.14);
    frame.fillRoundedRect(x - 6, y - 6, barWidth + 12, 32, 16);
    const bar = this.add.graphics();
    const emblem = this.add.graphics();
    emblem.fillStyle(SCENE_COLORS.red, 1);
    emblem.fillRoundedRect(width / 2 - 34, y - 150, 68, 80, { tl: 8, tr: 8, bl: 34, br: 34 });
    emblem.fillStyle(SCENE_COLORS.white, 1);
    emblem.fillRect(width / 2 - 12, y - 128, 24, 28);
    const draw = (fraction: number) => {
      bar.clear();
      bar.fillStyle(SCENE_COLORS.focus, 1);
      bar.fillRoundedRect(x, y, Math.max(20, barWidth * fraction), 20, 10);
    };
    draw(0);
    const onProgress = (fraction: number) => {
      draw(fraction);
      data.onProgress(fraction);
    };
    this.load.on(Phaser.Loader.Events.PROGRESS, onProgress);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () =>
      this.load.off(Phaser.Loader.Events.PROGRESS, onProgress),
    );
    this.load.once(Phaser.Loader.Events.COMPLETE, () => data.onComplete());
    for (const room of data.rooms) queueRoom(this, room);
  }
}
