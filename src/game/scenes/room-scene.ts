import Phaser from 'phaser';
import { ROOM_KEYS, SCENE_KEYS } from '../../core/assets';
import { roomTexture, type RoomData } from '../scene-data';
import { addCalendarMonth } from './calendar-month';
import { CastLayer } from './cast-layer';
import { ObjectsLayer } from './objects-layer';
import { addRoomImage, queueRoom } from './room-loader';

/**
 * A room behind a scenario step or the debrief, and the people the stage presenter puts in it; its
 * illustration is loaded the first time it is needed.
 */
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
    const image = addRoomImage(this, data.room);
    const month = data.room.key === ROOM_KEYS.mairie ? addCalendarMonth(this, data.month) : null;
    if (!data.motion.reduced()) {
      const targets = month ? [image, month] : [image];
      for (const target of targets) target.setAlpha(0);
      this.tweens.add({ targets, alpha: 1, duration: 350 });
    }
    const cast = new CastLayer(this, {
      room: data.room.key,
      roomTexture: roomTexture(data.room.key),
      motion: data.motion,
      personUrl: data.personUrl,
      onDrawn: data.onCastDrawn,
    });
    const unsubscribe = data.cast.subscribe((stage) => cast.show(stage));
    cast.show(data.cast.current());
    const objects = new ObjectsLayer(this, { onDrawn: data.onObjectsDrawn });
    const unsubscribeObjects = data.objects.subscribe((staged) => objects.show(staged));
    objects.show(data.objects.current());
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      unsubscribe();
      unsubscribeObjects();
      cast.destroy();
      objects.destroy();
    });
  }
}
