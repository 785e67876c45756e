// The common frame of an interior: ceiling band, plaster wall, wainscot and a plank floor.
import { C } from '../palette';
import { group, line, linearGradient, rect } from '../svg';

export interface ShellOptions {
  readonly floorY: number;
  readonly wall?: string;
  readonly floor?: string;
  readonly wainscotHeight?: number;
}

export const WIDTH = 1280;
export const HEIGHT = 720;

/** Gradients the shell uses; put them in the image's defs. */
export const shellDefs = (wall: string = C.wall) => [
  linearGradient('wallLight', [
    [0, C.ceiling],
    [0.5, wall],
    [1, C.wallShade],
  ]),
  linearGradient('floorShade', [
    [0, '#000000'],
    [1, '#000000'],
  ]),
];

export function roomShell({ floorY, floor = C.floor, wainscotHeight = 90 }: ShellOptions): string {
  const planks: string[] = [];
  for (let y = floorY + 18, i = 0; y < HEIGHT; y += 22 + i * 3, i += 1) {
    planks.push(line(0, y, WIDTH, y, C.floorDark, 2, { opacity: 0.6 }));
    for (let x = (i * 173) % 240; x < WIDTH; x += 240) {
      planks.push(line(x, y, x, y - 18 - i * 3, C.floorDark, 1.5, { opacity: 0.45 }));
    }
  }
  const panels: string[] = [];
  for (let x = 20; x < WIDTH; x += 128) {
    panels.push(
      rect(x, floorY - wainscotHeight + 16, 104, wainscotHeight - 30, C.wainscotDark, {
        rx: 3,
        opacity: 0.55,
      }),
    );
  }
  return group([
    rect(0, 0, WIDTH, floorY, 'url(#wallLight)'),
    rect(0, 0, WIDTH, 26, C.wallDeep),
    rect(0, 26, WIDTH, 8, C.ceiling),
    rect(0, floorY - wainscotHeight, WIDTH, wainscotHeight, C.wainscot),
    rect(0, floorY - wainscotHeight, WIDTH, 8, C.woodLight),
    ...panels,
    rect(0, floorY, WIDTH, HEIGHT - floorY, floor),
    rect(0, floorY, WIDTH, 10, C.woodDark, { opacity: 0.6 }),
    ...planks,
    rect(0, HEIGHT - 60, WIDTH, 60, '#000', { opacity: 0.08 }),
  ]);
}
