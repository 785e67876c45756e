/**
 * Typed registries of scene, room, portrait, document, icon and sound keys, plus the ids of the hub's places.
 * Pure data: the shell maps keys to built files; scenario validation checks keys with the guards below.
 */
export { STAGE, type StageRect } from './stage';
export { SCENE_KEYS, type SceneKey } from './scene-keys';
export {
  ROOM_KEYS,
  ROOMS,
  PORTRAIT_KEYS,
  PORTRAITS,
  DOCUMENT_KEYS,
  DOCUMENTS,
  ICON_KEYS,
  ICONS,
  type ImageAsset,
  type RoomKey,
  type PortraitKey,
  type DocumentKey,
  type IconKey,
} from './images';
export {
  AUDIO_CHANNELS,
  SOUND_KEYS,
  SOUNDS,
  type AudioChannel,
  type SoundAsset,
  type SoundKey,
} from './sounds';
export { EXPRESSIONS, PEOPLE, PERSON_SIZE, personKey, type Expression, type PersonKey } from './people';
export { HUB_HOTSPOT_IDS, type HubHotspotId } from './hub-places';
export { isRoomKey, isPortraitKey, isDocumentKey, isIconKey, isSoundKey, isHubHotspotId } from './guards';
