// Title background: the mairie of Saint-Aubin-sur-Loire on its square, the Loire and its bridge on the left.
import { C } from '../palette';
import {
  circle,
  ellipse,
  group,
  line,
  linearGradient,
  path,
  polygon,
  rect,
  roundRect,
  shadow,
  svg,
  text,
} from '../svg';
import { clockHands } from '../furniture';
import { HEIGHT, WIDTH } from './shell';

const GROUND = 580;

function sky(): string {
  return group([
    rect(0, 0, WIDTH, GROUND, 'url(#sky)'),
    circle(250, 150, 60, '#fff6d8', { opacity: 0.9 }),
    circle(250, 150, 110, '#fff6d8', { opacity: 0.25 }),
    path('M0 470 Q160 400 330 450 T700 430 T1280 440 L1280 560 L0 560 Z', '#9cc3a4'),
    path('M0 500 Q220 450 420 490 T900 480 T1280 490 L1280 560 L0 560 Z', '#7fb08a'),
  ]);
}

function riverAndBridge(): string {
  const arches = [0, 1, 2, 3].map((i) => {
    const x = 40 + i * 120;
    return path(`M${x} 560 L${x} 530 Q${x + 50} 490 ${x + 100} 530 L${x + 100} 560 Z`, C.riverLight);
  });
  return group([
    rect(0, 520, 600, 60, C.river),
    rect(20, 500, 520, 30, C.stoneShade),
    rect(20, 494, 520, 8, C.stone),
    ...arches,
    ...[0, 1, 2, 3, 4].map((i) => line(40 + i * 110, 568, 90 + i * 110, 568, C.white, 2, { opacity: 0.6 })),
  ]);
}

function window(x: number, y: number, w: number, h: number): string {
  return group([
    rect(x - 20, y, 16, h, C.blue),
    rect(x + w + 4, y, 16, h, C.blue),
    ...[0.25, 0.5, 0.75].map((f) => rect(x - 18, y + h * f, 12, 3, C.navy, { opacity: 0.6 })),
    ...[0.25, 0.5, 0.75].map((f) => rect(x + w + 6, y + h * f, 12, 3, C.navy, { opacity: 0.6 })),
    rect(x - 6, y - 6, w + 12, h + 12, C.stoneShade),
    rect(x, y, w, h, C.skyDeep),
    rect(x, y, w, h * 0.5, C.glass, { opacity: 0.5 }),
    rect(x + w / 2 - 2, y, 4, h, C.white),
    rect(x, y + h / 3, w, 3, C.white),
    rect(x, y + (2 * h) / 3, w, 3, C.white),
    rect(x - 10, y + h + 4, w + 20, 8, C.stoneShade),
  ]);
}

/** A flag hanging from a slanted pole: stripes parallel to the pole, hoist colour nearest to it. */
function hangingFlag(
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  stripes: readonly string[],
  drop: number,
): string {
  const step = drop / stripes.length;
  const out = stripes.map((color, i) =>
    polygon(
      [
        [x1, y1 + i * step],
        [x2, y2 + i * step],
        [x2, y2 + (i + 1) * step],
        [x1, y1 + (i + 1) * step],
      ],
      color,
    ),
  );
  return group([...out, line(x1, y1, x2 + (x2 - x1) * 0.15, y2 + (y2 - y1) * 0.15, C.honey, 4)]);
}

function flags(cx: number, y: number): string {
  const eu = hangingFlag(cx + 44, y - 44, cx + 118, y - 112, [C.eu], 66);
  const stars = [...Array(12).keys()].map((i) => {
    const a = (i / 12) * Math.PI * 2;
    return circle(cx + 81 + Math.cos(a) * 14, y - 45 + Math.sin(a) * 14, 2.2, C.euStar);
  });
  return group([
    line(cx - 20, y, cx - 44, y - 44, C.honey, 4),
    line(cx + 20, y, cx + 44, y - 44, C.honey, 4),
    hangingFlag(cx - 44, y - 44, cx - 118, y - 112, [C.france, C.white, C.red], 72),
    eu,
    ...stars,
  ]);
}

function building(): string {
  const left = 560;
  const right = 1220;
  const top = 260;
  const cx = 890;
  const windows: string[] = [];
  for (const x of [598, 694, 1036, 1132]) {
    windows.push(window(x, 300, 46, 100), window(x, 446, 46, 104));
  }
  return group([
    shadow(cx, GROUND + 4, 340, 14),
    polygon(
      [
        [left - 10, top],
        [left + 30, top - 70],
        [right - 30, top - 70],
        [right + 10, top],
      ],
      C.roof,
    ),
    ...[660, 1120].map((x) =>
      group([
        rect(x - 22, top - 64, 44, 50, C.stone),
        path(`M${x - 28} ${top - 62} L${x} ${top - 86} L${x + 28} ${top - 62} Z`, C.roofDark),
        rect(x - 12, top - 54, 24, 34, C.skyDeep),
      ]),
    ),
    rect(left, top, right - left, GROUND - top, C.stone),
    ...windows,
    rect(left, top, right - left, 14, C.stoneShade),
    rect(left, 420, right - left, 10, C.stoneShade),
    ...[0, 1, 2, 3, 4, 5, 6].map((i) =>
      rect(left, 440 + i * 20, right - left, 1.5, C.stoneShade, { opacity: 0.7 }),
    ),
    rect(cx - 110, top - 80, 220, GROUND - top + 80, C.stone),
    rect(cx - 110, top - 80, 10, GROUND - top + 80, C.stoneShade),
    rect(cx + 100, top - 80, 10, GROUND - top + 80, C.stoneShade),
    polygon(
      [
        [cx - 130, top - 78],
        [cx, top - 150],
        [cx + 130, top - 78],
      ],
      C.stoneShade,
    ),
    polygon(
      [
        [cx - 112, top - 84],
        [cx, top - 140],
        [cx + 112, top - 84],
      ],
      C.stone,
    ),
    rect(cx - 14, top - 228, 28, 80, C.stone),
    path(`M${cx - 24} ${top - 226} L${cx} ${top - 262} L${cx + 24} ${top - 226} Z`, C.roofDark),
    path(`M${cx - 8} ${top - 196} q8 -14 16 0 l0 14 l-16 0 Z`, C.ochre),
    circle(cx, top - 104, 26, C.woodDark),
    circle(cx, top - 104, 21, C.paper),
    clockHands(cx, top - 104, 21, 9, 0),
    roundRect(cx - 84, top - 60, 168, 40, 4, C.stoneShade),
    text(cx, top - 30, 'MAIRIE', 30, C.navy, { 'letter-spacing': 8 }),
    window(cx - 32, 300, 64, 110),
    rect(cx - 62, 410, 124, 10, C.greyDark),
    ...[0, 1, 2, 3, 4, 5].map((i) => rect(cx - 56 + i * 22, 384, 3, 26, C.greyDark)),
    rect(cx - 62, 382, 124, 4, C.greyDark),
    flags(cx, 400),
    text(cx, 452, 'LIBERTÉ · ÉGALITÉ · FRATERNITÉ', 12, C.greyDark, { 'letter-spacing': 1.5 }),
    path(
      `M${cx - 46} ${GROUND - 16} L${cx - 46} 500 Q${cx} 462 ${cx + 46} 500 L${cx + 46} ${GROUND - 16} Z`,
      C.woodDark,
    ),
    rect(cx - 2, 490, 4, GROUND - 506, C.ink, { opacity: 0.5 }),
    circle(cx - 10, 530, 3.5, C.ochre),
    circle(cx + 10, 530, 3.5, C.ochre),
    rect(cx - 70, GROUND - 16, 140, 8, C.stoneShade),
    rect(cx - 84, GROUND - 8, 168, 8, C.stoneShade),
  ]);
}

function tree(cx: number, scale: number): string {
  const trunkTop = GROUND - 150 * scale;
  return group([
    shadow(cx, GROUND + 6, 70 * scale),
    rect(cx - 9 * scale, trunkTop, 18 * scale, GROUND - trunkTop, C.woodDark),
    circle(cx, trunkTop - 40 * scale, 86 * scale, C.greenDark),
    circle(cx - 50 * scale, trunkTop - 10 * scale, 56 * scale, C.green),
    circle(cx + 48 * scale, trunkTop - 20 * scale, 60 * scale, C.green),
    circle(cx + 10 * scale, trunkTop - 80 * scale, 56 * scale, C.greenLight),
  ]);
}

function square(): string {
  const cobbles: string[] = [];
  for (let y = GROUND + 16, r = 0; y < HEIGHT; y += 18 + r * 2, r += 1) {
    cobbles.push(line(0, y, WIDTH, y, C.stoneShade, 1.5));
  }
  return group([
    rect(0, GROUND, WIDTH, HEIGHT - GROUND, '#e7dcc4'),
    rect(0, GROUND, WIDTH, 6, C.stoneShade),
    ...cobbles,
    group([
      shadow(560, 664, 70),
      rect(500, 628, 120, 10, C.woodDark, { rx: 3 }),
      rect(500, 608, 120, 8, C.wood, { rx: 3 }),
      rect(508, 636, 6, 28, C.greyDark),
      rect(606, 636, 6, 28, C.greyDark),
    ]),
    group([
      rect(1246, 420, 6, 250, C.greyDark),
      path('M1234 420 L1264 420 L1256 396 L1242 396 Z', C.greyDark),
      ellipse(1249, 416, 10, 5, '#fff4c2'),
    ]),
    ...[700, 1080].map((x) =>
      group([
        shadow(x, GROUND + 40, 50),
        rect(x - 44, GROUND + 8, 88, 30, C.greyDark, { rx: 4 }),
        ...[-26, 0, 26].map((dx) => circle(x + dx, GROUND + 6, 16, dx === 0 ? C.red : C.coral)),
      ]),
    ),
  ]);
}

export function facadeSvg(): string {
  return svg(
    WIDTH,
    HEIGHT,
    [sky(), riverAndBridge(), tree(1270, 1.1), building(), tree(492, 1), square()],
    [
      linearGradient('sky', [
        [0, '#8fc1e8'],
        [0.7, '#d8e9f2'],
        [1, '#f6e7c8'],
      ]),
    ],
  );
}
