// The guichet seen from the agent's chair: the counter in the foreground, the glass, the waiting hall beyond.
import { C } from '../palette';
import { chair, clockFace, clockHands, paperStack, plant } from '../furniture';
import { circle, group, line, path, rect, roundRect, svg, text } from '../svg';
import { HEIGHT, WIDTH, shellDefs } from './shell';

const HALL_FLOOR = 500;
const COUNTER = 540;

function poster(x: number, y: number, w: number, h: number, color: string): string {
  return group([
    rect(x + 3, y + 4, w, h, '#000', { opacity: 0.1 }),
    rect(x, y, w, h, C.paper),
    rect(x, y, w, h * 0.24, color),
    ...[0.36, 0.48, 0.6, 0.72].map((f) => rect(x + w * 0.12, y + h * f, w * 0.76, 4, C.greyLight)),
  ]);
}

function hall(): string {
  return group([
    rect(0, 0, WIDTH, HALL_FLOOR, 'url(#wallLight)'),
    rect(0, HALL_FLOOR - 40, WIDTH, 40, C.wainscot),
    rect(0, HALL_FLOOR, WIDTH, COUNTER - HALL_FLOOR, C.floorLight),
    poster(170, 130, 110, 150, C.blue),
    poster(300, 150, 96, 130, C.teal),
    poster(880, 140, 104, 140, C.red),
    clockFace(640, 110, 34),
    clockHands(640, 110, 34, 9, 35),
    roundRect(1050, 120, 150, 340, 4, C.woodDark),
    rect(1062, 132, 126, 328, C.wood),
    circle(1170, 300, 6, C.ochre),
    roundRect(1075, 84, 100, 26, 4, C.green),
    text(1125, 103, 'SORTIE', 15, C.white),
    chair(120, HALL_FLOOR + 10, C.teal, 50),
    chair(190, HALL_FLOOR + 10, C.teal, 50),
    chair(260, HALL_FLOOR + 10, C.teal, 50),
    plant(990, HALL_FLOOR + 8, 0.9),
  ]);
}

function glass(): string {
  return group([
    rect(0, 40, WIDTH, COUNTER - 40, C.glass, { opacity: 0.28 }),
    path('M140 60 L260 60 L60 440 L0 440 L0 320 Z', C.white, { opacity: 0.18 }),
    path('M760 60 L820 60 L620 440 L560 440 Z', C.white, { opacity: 0.14 }),
    rect(0, 0, WIDTH, 40, C.navy),
    rect(0, 0, 30, COUNTER, C.navy),
    rect(WIDTH - 30, 0, 30, COUNTER, C.navy),
    rect(420, 40, 14, COUNTER - 40, C.navy),
    rect(846, 40, 14, COUNTER - 40, C.navy),
    circle(640, 360, 44, C.white, { opacity: 0.35 }),
    circle(640, 360, 44, 'none', { stroke: C.greyDark, 'stroke-width': 3, opacity: 0.5 }),
    ...[-16, 0, 16].flatMap((dx) =>
      [-16, 0, 16].map((dy) => circle(640 + dx, 360 + dy, 3, C.greyDark, { opacity: 0.5 })),
    ),
    rect(520, COUNTER - 26, 240, 26, C.navy, { opacity: 0.85 }),
  ]);
}

function counter(): string {
  return group([
    rect(0, COUNTER, WIDTH, 30, C.honey),
    rect(0, COUNTER + 26, WIDTH, 6, C.woodDark, { opacity: 0.4 }),
    rect(0, COUNTER + 32, WIDTH, HEIGHT - COUNTER - 32, C.woodLight),
    rect(0, COUNTER + 32, WIDTH, 10, '#000', { opacity: 0.08 }),
    roundRect(470, 620, 340, 70, 6, C.greyLight),
    ...[0, 1, 2, 3].flatMap((r) =>
      [...Array(12).keys()].map((c) => roundRect(482 + c * 27, 628 + r * 15, 22, 11, 2, C.white)),
    ),
    group([
      rect(150, 620, 230, 84, C.paper, { transform: 'rotate(-4 265 662)' }),
      ...[0, 1, 2, 3, 4].map((i) =>
        rect(170, 640 + i * 12, 180 - (i % 2) * 40, 4, C.greyLight, { transform: 'rotate(-4 265 662)' }),
      ),
    ]),
    paperStack(40, 700, 90, 7),
    roundRect(900, 640, 120, 50, 6, C.ink),
    roundRect(908, 646, 104, 38, 4, C.red, { opacity: 0.8 }),
    group([
      roundRect(1060, 612, 46, 30, 6, C.woodDark),
      rect(1078, 580, 10, 34, C.woodDark),
      circle(1083, 574, 14, C.woodDark),
      rect(1052, 640, 62, 14, C.greyDark, { rx: 3 }),
    ]),
    roundRect(1150, 604, 80, 70, 6, C.greyDark),
    ...[0, 1, 2].map((i) =>
      line(1165 + i * 18, 604, 1160 + i * 22, 560, [C.blue, C.red, C.ink][i] ?? C.ink, 5),
    ),
  ]);
}

export function guichetSvg(): string {
  return svg(WIDTH, HEIGHT, [hall(), glass(), counter()], shellDefs());
}
