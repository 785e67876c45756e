// Polling station in the salle polyvalente: the transparent ballot box, the booths, the ballot table.
import { C } from '../palette';
import { clockFace, clockHands, frenchFlag } from '../furniture';
import { group, line, path, rect, roundRect, shadow, svg, text } from '../svg';
import { HEIGHT, WIDTH, roomShell, shellDefs } from './shell';

const FLOOR = 540;

function urne(cx: number, baseY: number): string {
  const w = 130;
  const h = 120;
  const x = cx - w / 2;
  const y = baseY - h;
  const envelopes = [...Array(9).keys()].map((i) =>
    rect(
      x + 14 + (i % 4) * 26,
      baseY - 18 - Math.floor(i / 4) * 12,
      30,
      14,
      i % 2 === 0 ? '#c7d7ee' : '#b9cbe6',
      {
        transform: `rotate(${((i * 17) % 30) - 15} ${x + 29 + (i % 4) * 26} ${baseY - 11 - Math.floor(i / 4) * 12})`,
      },
    ),
  );
  return group([
    ...envelopes,
    rect(x, y, w, h, C.glass, { opacity: 0.45 }),
    rect(x, y, w, h, 'none', { stroke: C.metal, 'stroke-width': 6 }),
    rect(x - 6, y - 12, w + 12, 14, C.metal, { rx: 3 }),
    rect(cx - 30, y - 9, 60, 6, C.ink),
    roundRect(x + w - 40, y + 10, 30, 18, 3, C.ink),
    text(x + w - 25, y + 24, '042', 11, '#7CFC9A'),
    path(`M${x + 10} ${y + 10} l30 0 l-30 50 Z`, C.white, { opacity: 0.4 }),
  ]);
}

function booth(x: number): string {
  return group([
    shadow(x + 90, FLOOR + 4, 100),
    rect(x, 220, 180, 12, C.greyDark),
    rect(x, 220, 8, FLOOR - 220, C.greyDark),
    rect(x + 172, 220, 8, FLOOR - 220, C.greyDark),
    path(
      `M${x + 8} 232 L${x + 172} 232 L${x + 172} 470 Q${x + 130} 482 ${x + 90} 470 Q${x + 50} 482 ${x + 8} 470 Z`,
      C.blue,
    ),
    ...[0, 1, 2, 3].map((i) => line(x + 40 + i * 36, 240, x + 40 + i * 36, 464, C.navy, 2, { opacity: 0.5 })),
  ]);
}

function ballotTable(): string {
  const piles = [C.white, '#fde2d6', '#dcecf7', '#fff3b0'].map((color, i) =>
    group(
      [...Array(5).keys()].map((k) =>
        rect(110 + i * 62 + (k % 2) * 2, 452 - k * 4, 50, 4, color, {
          stroke: C.greyLight,
          'stroke-width': 0.5,
        }),
      ),
    ),
  );
  return group([
    shadow(220, FLOOR + 4, 170),
    rect(80, 456, 290, 16, C.honey),
    rect(94, 472, 10, FLOOR - 472, C.woodDark),
    rect(346, 472, 10, FLOOR - 472, C.woodDark),
    ...piles,
  ]);
}

function pollingTable(): string {
  return group([
    shadow(640, FLOOR + 10, 260),
    rect(420, 452, 440, 14, C.navy),
    rect(430, 466, 420, 110, C.navy),
    rect(430, 466, 420, 6, '#000', { opacity: 0.15 }),
    roundRect(530, 486, 220, 44, 4, C.paper),
    text(640, 515, 'BUREAU DE VOTE N° 1', 17, C.navy),
    urne(640, 452),
    group([
      rect(450, 432, 110, 20, C.paper),
      rect(505, 432, 2, 20, C.greyLight),
      ...[0, 1, 2].map((i) => rect(458, 436 + i * 5, 40, 2, C.greyLight)),
      ...[0, 1, 2].map((i) => rect(512, 436 + i * 5, 40, 2, C.greyLight)),
    ]),
    line(740, 446, 790, 436, C.ink, 3),
    ...[0, 1, 2, 3].map((k) => rect(770, 448 - k * 4, 60, 4, k % 2 === 0 ? '#c7d7ee' : '#b9cbe6')),
  ]);
}

function courtLines(): string {
  return group([
    path(`M0 ${FLOOR + 90} L${WIDTH} ${FLOOR + 90}`, 'none', {
      stroke: C.ochre,
      'stroke-width': 5,
      opacity: 0.7,
    }),
    path(`M400 ${HEIGHT} Q640 ${FLOOR + 110} 880 ${HEIGHT}`, 'none', {
      stroke: C.red,
      'stroke-width': 5,
      opacity: 0.55,
    }),
  ]);
}

export function bureauDeVoteSvg(): string {
  const highWindows = [...Array(6).keys()].map((i) =>
    group([rect(90 + i * 190, 60, 150, 70, C.white), rect(96 + i * 190, 66, 138, 58, C.sky)]),
  );
  return svg(
    WIDTH,
    HEIGHT,
    [
      roomShell({ floorY: FLOOR, wainscotHeight: 120, floor: C.floorLight }),
      ...highWindows,
      clockFace(640, 196, 30),
      clockHands(640, 196, 30, 8, 0),
      frenchFlag(400, FLOOR, 280),
      courtLines(),
      ballotTable(),
      pollingTable(),
      booth(900),
      booth(1080),
    ],
    shellDefs(),
  );
}
