// The council chamber: panelled walls, Marianne between the flags, the long table and the public's chairs.
import { C } from '../palette';
import { chair, clockFace, clockHands, europeanFlag, frenchFlag, paperStack } from '../furniture';
import { circle, ellipse, group, path, rect, roundRect, shadow, svg } from '../svg';
import { HEIGHT, WIDTH, roomShell, shellDefs } from './shell';

const FLOOR = 520;

function tallWindow(x: number): string {
  return group([
    rect(x - 8, 70, 136, 300, C.white),
    rect(x, 78, 120, 284, C.sky),
    rect(x, 230, 120, 132, C.skyDeep, { opacity: 0.3 }),
    rect(x + 58, 78, 4, 284, C.white),
    rect(x, 176, 120, 4, C.white),
    rect(x, 270, 120, 4, C.white),
    path(`M${x - 30} 60 L${x + 10} 60 Q${x + 20} 220 ${x - 10} 390 L${x - 34} 390 Z`, C.red, {
      opacity: 0.85,
    }),
    path(
      `M${x + 110} 60 L${x + 150} 60 L${x + 154} 390 L${x + 130} 390 Q${x + 100} 220 ${x + 110} 60 Z`,
      C.red,
      { opacity: 0.85 },
    ),
    rect(x - 40, 54, 200, 10, C.woodDark, { rx: 4 }),
  ]);
}

function marianne(cx: number): string {
  return group([
    shadow(cx, FLOOR, 50),
    rect(cx - 34, 330, 68, FLOOR - 330, C.stone),
    rect(cx - 44, 320, 88, 16, C.stoneShade),
    rect(cx - 44, FLOOR - 16, 88, 16, C.stoneShade),
    path(`M${cx - 56} 320 Q${cx - 50} 270 ${cx} 262 Q${cx + 50} 270 ${cx + 56} 320 Z`, C.white),
    rect(cx - 10, 236, 20, 30, C.white),
    ellipse(cx, 214, 28, 34, C.white),
    path(
      `M${cx - 30} 206 Q${cx - 24} 160 ${cx + 12} 170 Q${cx + 44} 178 ${cx + 30} 214 Q${cx + 20} 190 ${cx} 192 Q${cx - 22} 194 ${cx - 30} 206 Z`,
      C.red,
    ),
    path(`M${cx + 18} 172 q20 -8 24 8 q-12 -2 -18 4 Z`, C.red),
    ellipse(cx - 8, 216, 3, 2, C.greyLight),
    ellipse(cx + 10, 216, 3, 2, C.greyLight),
  ]);
}

function councilTable(): string {
  const chairs = [...Array(9).keys()].map((i) => {
    const x = 330 + i * 78;
    return i === 4 ? roundRect(x - 34, 330, 68, 110, 10, C.red) : roundRect(x - 28, 360, 56, 80, 8, C.navy);
  });
  const items = [...Array(9).keys()].flatMap((i) => {
    const x = 330 + i * 78;
    return [
      rect(x - 22, 428, 36, 8, C.paper),
      path(`M${x + 14} 432 l10 -34`, 'none', { stroke: C.ink, 'stroke-width': 2.5 }),
      circle(x + 24, 396, 4, C.ink),
    ];
  });
  return group([
    shadow(640, FLOOR + 80, 440, 20),
    ...chairs,
    rect(250, 436, 780, 22, C.honey),
    rect(262, 458, 756, 110, C.wood),
    ...[0, 1, 2, 3, 4].map((i) => rect(286 + i * 150, 474, 120, 78, C.woodLight, { rx: 4, opacity: 0.5 })),
    ...items,
    circle(520, 424, 8, C.glass),
    rect(512, 404, 16, 24, C.glass, { opacity: 0.8, rx: 4 }),
    paperStack(620, 436, 50, 4),
    path('M70 470 L250 436 L250 458 L70 500 Z', C.honey),
    path('M70 500 L250 458 L250 568 L70 640 Z', C.wood),
    path('M1210 470 L1030 436 L1030 458 L1210 500 Z', C.honey),
    path('M1210 500 L1030 458 L1030 568 L1210 640 Z', C.wood),
  ]);
}

function publicRow(): string {
  return group([...Array(10).keys()].map((i) => chair(100 + i * 120, 760, C.teal, 70)));
}

export function conseilSvg(): string {
  return svg(
    WIDTH,
    HEIGHT,
    [
      roomShell({ floorY: FLOOR, wainscotHeight: 170 }),
      tallWindow(120),
      tallWindow(1040),
      clockFace(640, 96, 34),
      clockHands(640, 96, 34, 8, 55),
      frenchFlag(540, FLOOR, 300),
      europeanFlag(740, FLOOR, 300),
      marianne(640),
      councilTable(),
      publicRow(),
    ],
    shellDefs(),
  );
}
