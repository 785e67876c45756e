/** Keys of the Phaser scenes. The shell starts scenes by these keys only. */
export const SCENE_KEYS = {
  preload: 'preload',
  title: 'title',
  hub: 'hub',
  /** A room illustration behind a scenario step or the debrief (its data names the room key). */
  room: 'room',
} as const;

/** One of {@link SCENE_KEYS}. */
export type SceneKey = (typeof SCENE_KEYS)[keyof typeof SCENE_KEYS];
