import {
  DOCUMENTS,
  ICONS,
  PORTRAITS,
  ROOMS,
  type DocumentKey,
  type IconKey,
  type PortraitKey,
  type RoomKey,
} from './images';
import { SOUNDS, type SoundKey } from './sounds';
import { HUB_HOTSPOT_IDS, type HubHotspotId } from './hub-places';

const hasKey = (record: object, key: string): boolean => Object.prototype.hasOwnProperty.call(record, key);

/** True when `key` names a room illustration (scenario `scene` fields). */
export function isRoomKey(key: string): key is RoomKey {
  return hasKey(ROOMS, key);
}

/** True when `key` names a character portrait (scenario speakers). */
export function isPortraitKey(key: string): key is PortraitKey {
  return hasKey(PORTRAITS, key);
}

/** True when `key` names a document paper (document `kind` families). */
export function isDocumentKey(key: string): key is DocumentKey {
  return hasKey(DOCUMENTS, key);
}

/** True when `key` names an interface icon. */
export function isIconKey(key: string): key is IconKey {
  return hasKey(ICONS, key);
}

/** True when `key` names a sound of the registry (scenario cues). */
export function isSoundKey(key: string): key is SoundKey {
  return hasKey(SOUNDS, key);
}

/** True when `id` names a place of the hub. */
export function isHubHotspotId(id: string): id is HubHotspotId {
  return Object.values<string>(HUB_HOTSPOT_IDS).includes(id);
}
