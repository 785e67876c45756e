/** Colours the scenes draw with (0xRRGGBB), matching the generated art and the overlay's stylesheet. */
export const SCENE_COLORS = {
  navy: 0x26355a,
  focus: 0xffbf47,
  ink: 0x2b2b33,
  red: 0xd0313a,
  white: 0xffffff,
} as const;
