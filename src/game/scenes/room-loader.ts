import Phaser from 'phaser';
import { STAGE } from '../../core/assets';
import { roomTexture, type RoomImage } from '../scene-data';

/**
 * Room textures some scene's loader is fetching, per texture manager. The title prefetches the mairie while the
 * player may already open a room that needs it: a second loader queueing the same key would add the texture
 * twice, which Phaser refuses (« Texture key already in use »).
 */
const inFlight = new WeakMap<Phaser.Textures.TextureManager, Set<string>>();

function inFlightOf(scene: Phaser.Scene): Set<string> {
  const known = inFlight.get(scene.textures);
  if (known) return known;
  const keys = new Set<string>();
  inFlight.set(scene.textures, keys);
  return keys;
}

/**
 * Queues a room illustration on the scene's loader unless it is already a texture or being fetched by another
 * scene. SVGs are rasterised at the stage size. Returns true when something was queued.
 */
export function queueRoom(scene: Phaser.Scene, room: RoomImage): boolean {
  const key = roomTexture(room.key);
  const fetching = inFlightOf(scene);
  if (scene.textures.exists(key) || fetching.has(key)) return false;
  fetching.add(key);
  // Loaded or failed, the key is no longer in flight once this loader's queue is done.
  scene.load.once(Phaser.Loader.Events.COMPLETE, () => fetching.delete(key));
  scene.load.svg(key, room.url, { width: STAGE.width, height: STAGE.height });
  return true;
}

/**
 * The room's illustration at the top left of the scene. When another scene's loader is still fetching it, the
 * image takes its texture as soon as it is added.
 */
export function addRoomImage(scene: Phaser.Scene, room: RoomImage): Phaser.GameObjects.Image {
  const key = roomTexture(room.key);
  const image = scene.add.image(0, 0, key).setOrigin(0, 0);
  if (!scene.textures.exists(key)) {
    const event = `${Phaser.Textures.Events.ADD_KEY}${key}`;
    const onAdded = () => image.setTexture(key);
    scene.textures.once(event, onAdded);
    scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => scene.textures.off(event, onAdded));
  }
  return image;
}
