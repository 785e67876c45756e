import { ROOM_KEYS, type RoomKey } from '../../core/assets';

/** Where a person stands on the 1 280 × 720 stage: the middle of their feet, and their size. */
export interface Slot {
  readonly x: number;
  readonly feetY: number;
  /** Of the figure's SVG (256 × 640). */
  readonly scale: number;
}

export interface RoomStaging {
  /** Slot 0 is the first person in the room (usually the speaker), then whoever joins. */
  readonly slots: readonly Slot[];
  /**
   * Top of the room's foreground (the counter of the guichet), redrawn over the people so that they stand
   * behind it; null when people stand in front of everything.
   */
  readonly foregroundTop: number | null;
}

/** The most people drawn at once: a room has that many slots. */
export const MAX_ON_STAGE = 3;

// The slots keep clear of what the rooms tell (the accueil sign, the doors, the desk's screen) and leave the
// right-hand part free for the speech box when the first person speaks.
const STAGING: Readonly<Record<RoomKey, RoomStaging>> = {
  [ROOM_KEYS.facade]: {
    slots: [
      { x: 300, feetY: 712, scale: 0.7 },
      { x: 1000, feetY: 712, scale: 0.7 },
      { x: 640, feetY: 706, scale: 0.66 },
    ],
    foregroundTop: null,
  },
  [ROOM_KEYS.mairie]: {
    slots: [
      { x: 250, feetY: 714, scale: 0.7 },
      { x: 1080, feetY: 714, scale: 0.7 },
      { x: 660, feetY: 700, scale: 0.64 },
    ],
    foregroundTop: null,
  },
  // Behind the counter: the feet are hidden, the glass panes frame the faces.
  [ROOM_KEYS.guichet]: {
    slots: [
      { x: 560, feetY: 690, scale: 0.74 },
      { x: 250, feetY: 640, scale: 0.62 },
      { x: 1020, feetY: 640, scale: 0.62 },
    ],
    foregroundTop: 540,
  },
  [ROOM_KEYS.salleDuConseil]: {
    slots: [
      { x: 260, feetY: 714, scale: 0.7 },
      { x: 1040, feetY: 714, scale: 0.7 },
      { x: 660, feetY: 700, scale: 0.64 },
    ],
    foregroundTop: null,
  },
  [ROOM_KEYS.bureauDeVote]: {
    slots: [
      { x: 260, feetY: 714, scale: 0.7 },
      { x: 1040, feetY: 714, scale: 0.7 },
      { x: 660, feetY: 700, scale: 0.64 },
    ],
    foregroundTop: null,
  },
  [ROOM_KEYS.bureau]: {
    slots: [
      { x: 240, feetY: 716, scale: 0.7 },
      { x: 1090, feetY: 716, scale: 0.7 },
      { x: 640, feetY: 700, scale: 0.62 },
    ],
    foregroundTop: null,
  },
};

/** The staging of a room; a step without a known room is staged like the mairie's hall. */
export function stagingOf(room: string | null): RoomStaging {
  const known = Object.values(ROOM_KEYS).find((key) => key === room);
  return STAGING[known ?? ROOM_KEYS.mairie];
}
