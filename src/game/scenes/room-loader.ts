import type Phaser from 'phaser';
import { STAGE } from '../../core/assets';
import { roomTexture, type RoomImage } from '../scene-data';

/**
 * Queues a room illustration on the scene's loader unless it is already a texture. SVGs are rasterised at the
 * stage size. Returns true when something was queued.
 */
export function queueRoom(scene: Phaser.Scene, room: RoomImage): boolean {
  const key = roomTexture(room.key);
  if (scene.textures.exists(key)) return false;
  scene.load.svg(key, room.url, { width: STAGE.width, height: STAGE.height });
  return true;
}
