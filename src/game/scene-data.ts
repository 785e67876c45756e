import type { HubHotspotId, RoomKey } from '../core/assets';
import type { Signal } from './signal';

/** Read at any time by scenes: the player's reduced-motion setting. */
export interface MotionPreference {
  reduced(): boolean;
}

/** A room illustration and its built URL. */
export interface RoomImage {
  readonly key: RoomKey;
  readonly url: string;
}

export interface PreloadData {
  /** What the first picture needs: the façade behind the title. */
  readonly rooms: readonly RoomImage[];
  readonly onProgress: (fraction: number) => void;
  readonly onComplete: () => void;
}

export interface TitleData {
  readonly motion: MotionPreference;
  /** Illustrations fetched in the background while the player reads the title (the hub). */
  readonly prefetch: readonly RoomImage[];
}

export interface HubData {
  readonly motion: MotionPreference;
  readonly room: RoomImage;
  /** The place under the pointer or the keyboard focus, lit on the canvas. */
  readonly highlight: Signal<HubHotspotId | null>;
  /** The month the wall calendar shows, as printed on it (« JANVIER »). */
  readonly month: string;
}

export interface RoomData {
  readonly room: RoomImage;
  readonly motion: MotionPreference;
  /** The month on the mairie's wall calendar, when the room is the mairie (« JANVIER »). */
  readonly month: string;
}

/** Texture key of a room illustration. */
export const roomTexture = (room: RoomKey) => `room:${room}`;
