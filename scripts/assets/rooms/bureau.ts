// The secretariat's own office: shelves of binders, a desk under the lamp, the window on the square.
import { C } from '../palette';
import { binders, communeMap, monitor, mug, officeChair, paperStack, plant, windowView } from '../furniture';
import { circle, group, line, path, rect, roundRect, shadow, svg } from '../svg';
import { HEIGHT, WIDTH, roomShell, shellDefs } from './shell';

const FLOOR = 560;

function shelves(x: number, width: number): string {
  return group([
    shadow(x + width / 2, FLOOR + 4, width * 0.6),
    rect(x - 10, 90, width + 20, FLOOR - 90, C.woodDark),
    rect(x, 100, width, FLOOR - 110, C.wood),
    binders(x + 4, 110, width - 8, 90, 0),
    binders(x + 4, 218, width - 8, 90, 3),
    binders(x + 4, 326, width - 8, 90, 5),
    rect(x, 434, width, 8, C.woodDark),
    rect(x + 10, 450, width - 20, FLOOR - 470, C.woodLight, { rx: 4, opacity: 0.55 }),
    circle(x + width / 2, 500, 5, C.woodDark),
  ]);
}

function deskLamp(x: number, baseY: number): string {
  return group([
    lampBase(x, baseY - 4, 26, 6),
    line(x, baseY - 6, x + 30, baseY - 90, C.greyDark, 5),
    line(x + 30, baseY - 90, x - 10, baseY - 140, C.greyDark, 5),
    path(`M${x - 40} ${baseY - 140} L${x + 6} ${baseY - 160} L${x + 20} ${baseY - 126} Z`, C.ochre),
    path(
      `M${x - 34} ${baseY - 132} L${x + 16} ${baseY - 124} L${x + 60} ${baseY} L${x - 120} ${baseY} Z`,
      '#fff8dc',
      {
        opacity: 0.25,
      },
    ),
  ]);
}

function lampBase(cx: number, cy: number, rx: number, ry: number): string {
  return roundRect(cx - rx, cy - ry, rx * 2, ry * 2, ry, C.greyDark);
}

function desk(): string {
  const top = 470;
  return group([
    shadow(760, FLOOR + 6, 300),
    rect(480, top, 560, 22, C.honey),
    rect(492, top + 22, 180, FLOOR - top - 14, C.wood),
    rect(860, top + 22, 170, FLOOR - top - 14, C.wood),
    ...[0, 1, 2].map((i) => rect(504, top + 34 + i * 22, 156, 16, C.woodLight, { rx: 3, opacity: 0.6 })),
    monitor(640, 300, 220, 140),
    roundRect(660, top - 12, 180, 11, 3, C.greyLight),
    deskLamp(950, top),
    paperStack(500, top, 90, 8),
    paperStack(870, top, 70, 5),
    mug(610, top, C.red),
    roundRect(540, top - 52, 50, 10, 2, C.blue),
  ]);
}

export function bureauSvg(): string {
  return svg(
    WIDTH,
    HEIGHT,
    [
      roomShell({ floorY: FLOOR }),
      shelves(50, 330),
      windowView(860, 80, 300, 240),
      communeMap(500, 110, 180, 120),
      desk(),
      officeChair(760, 690, C.teal),
      plant(1190, FLOOR + 4, 1.2),
      rect(420, 610, 700, 90, C.blue, { rx: 6, opacity: 0.3 }),
    ],
    shellDefs(),
  );
}
