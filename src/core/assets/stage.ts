/**
 * The logical stage every scene is drawn on and every overlay position is expressed in: 16:9, scaled to fit
 * the window by the shell. Room illustrations are generated at this size.
 */
export const STAGE = { width: 1280, height: 720 } as const;

/** A rectangle in stage coordinates (pixels of the 1280×720 stage). */
export interface StageRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}
