import type { HubHotspotId, PersonKey, RoomKey } from '../core/assets';
import type { CastStage, StageBounds } from '../ui/stage/cast-presenter';
import type { StagedObjects } from '../ui/stage/classify-staging';
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
  /** Who stands in the room (the stage presenter's model), null when nobody does. */
  readonly cast: Signal<CastStage | null>;
  /** Built URL of a standing figure. */
  readonly personUrl: (key: PersonKey) => string;
  /** Called once the cast is drawn, with what was drawn (the shell writes it where tests read it). */
  readonly onCastDrawn: (report: CastReport) => void;
  /** The handled objects of a staged step (the ballots of the count, the mail), or null. */
  readonly objects: Signal<StagedObjects | null>;
  /** Called once the objects are drawn, with what lies where (`table:3 blanc:1 nul:0`). */
  readonly onObjectsDrawn: (report: string) => void;
}

/** What the cast layer drew: the figures' keys in slot order, and the speaker's bounds on the stage. */
export interface CastReport {
  readonly keys: readonly PersonKey[];
  readonly speaker: StageBounds | null;
}

/** Texture key of a room illustration. */
export const roomTexture = (room: RoomKey) => `room:${room}`;
