import Phaser from 'phaser';
import { ROOM_KEYS, SCENE_KEYS } from '../../core/assets';
import { roomTexture, type RoomData } from '../scene-data';
import { addCalendarMonth } from './calendar-month';
import { queueRoom } from './room-loader';

/** A room behind a scenario step or the debrief; its illustration is loaded the first time it is needed. */
export class RoomScene extends Phaser.Scene {
  constructor() {
    super(SCENE_KEYS.room);
  }

  private data_: RoomData | null = null;

  /** Phaser passes scene data to init and create, not to preload. */
  init(data: RoomData): void {
    this.data_ = data;
  }

  preload(): void {
    if (this.data_) queueRoom(this, this.data_.room);
  }

  create(data: RoomData): void {
    const image = this.add.image(0, 0, roomTexture(data.room.key)).setOrigin(0, 0);
    const month = data.room.key === ROOM_KEYS.mairie ? addCalendarMonth(this, data.month) : null;
    if (!data.motion.reduced()) {
      const targets = month ? [image, month] : [image];
      for (const target of targets) target.setAlpha(0);
      this.tweens.add({ targets, alpha: 1, duration: 350 });
    }
  }
}
