import type { HubHotspotId, RoomKey } from '../core/assets';
import type { Signal } from './signal';

/** Read at any time by scenes: the player's reduced-motion setting. */
export interface MotionPreference {
  reduced(): boolean;
}

export interface PreloadData {
  /** Rooms to load before the title: the façade and the hub. */
  readonly rooms: readonly { readonly key: RoomKey; readonly url: string }[];
  readonly onProgress: (fraction: number) => void;
  readonly onComplete: () => void;
}

export interface TitleData {
  readonly motion: MotionPreference;
}

export interface HubData {
  readonly motion: MotionPreference;
  /** The place under the pointer or the keyboard focus, lit on the canvas. */
  readonly highlight: Signal<HubHotspotId | null>;
}

export interface RoomData {
  readonly room: RoomKey;
  readonly url: string;
  readonly motion: MotionPreference;
}

/** Texture key of a room illustration. */
export const roomTexture = (room: RoomKey) => `room:${room}`;
