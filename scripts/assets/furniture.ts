// Furniture and props shared by the rooms. Each returns SVG markup placed by its top-left (or centre) corner.
import { C } from './palette';
import { circle, ellipse, group, line, path, polygon, rect, roundRect, shadow } from './svg';

/** A window with a view: sky, a roofline and a tree; `frame` is the frame colour. */
export function windowView(
  x: number,
  y: number,
  width: number,
  height: number,
  frame: string = C.white,
): string {
  const inner = [
    rect(x, y, width, height, C.sky),
    rect(x, y + height * 0.55, width, height * 0.45, C.skyDeep, { opacity: 0.35 }),
    path(
      `M${x} ${y + height * 0.78} L${x + width * 0.25} ${y + height * 0.64} L${x + width * 0.42} ${y + height * 0.72} ` +
        `L${x + width * 0.42} ${y + height} L${x} ${y + height} Z`,
      C.roof,
      { opacity: 0.55 },
    ),
    rect(x + width * 0.55, y + height * 0.66, width * 0.3, height * 0.34, C.stoneShade),
    polygon(
      [
        [x + width * 0.52, y + height * 0.67],
        [x + width * 0.7, y + height * 0.52],
        [x + width * 0.88, y + height * 0.67],
      ],
      C.roofDark,
    ),
    circle(x + width * 0.2, y + height * 0.62, width * 0.16, C.greenLight),
    circle(x + width * 0.3, y + height * 0.58, width * 0.12, C.green),
  ];
  const border = Math.max(6, width * 0.05);
  return group([
    rect(x - border, y - border, width + border * 2, height + border * 2, frame),
    ...inner,
    rect(x + width / 2 - border / 3, y, (border * 2) / 3, height, frame),
    rect(x, y + height * 0.45 - border / 3, width, (border * 2) / 3, frame),
    rect(x - border * 1.6, y + height + border, width + border * 3.2, border * 1.2, C.stoneShade),
  ]);
}

/** A potted plant standing on the floor at (cx, floorY). */
export function plant(cx: number, floorY: number, size = 1): string {
  const potH = 56 * size;
  const potW = 50 * size;
  const leaves: string[] = [];
  const angles = [-70, -40, -15, 10, 35, 62, -55, 48];
  angles.forEach((angle, index) => {
    const length = (90 + (index % 3) * 22) * size;
    const rad = ((angle - 90) * Math.PI) / 180;
    const tipX = cx + Math.cos(rad) * length;
    const tipY = floorY - potH + Math.sin(rad) * length;
    const baseY = floorY - potH;
    leaves.push(
      path(
        `M${cx} ${baseY} Q${(cx + tipX) / 2 - 14 * size} ${(baseY + tipY) / 2} ${tipX} ${tipY} ` +
          `Q${(cx + tipX) / 2 + 14 * size} ${(baseY + tipY) / 2} ${cx} ${baseY} Z`,
        index % 2 === 0 ? C.green : C.greenDark,
      ),
    );
  });
  return group([
    shadow(cx, floorY, potW * 0.8),
    ...leaves,
    path(
      `M${cx - potW / 2} ${floorY - potH} L${cx + potW / 2} ${floorY - potH} L${cx + potW * 0.38} ${floorY} ` +
        `L${cx - potW * 0.38} ${floorY} Z`,
      C.coral,
    ),
    rect(cx - potW * 0.56, floorY - potH - 8 * size, potW * 1.12, 12 * size, '#c8664d', { rx: 3 }),
  ]);
}

/** French flag on a pole, the pole's foot at (x, floorY). */
export function frenchFlag(x: number, floorY: number, height = 300): string {
  const top = floorY - height;
  const fx = x + 6;
  const w = 46;
  const h = 96;
  const wave = (dx: number) => `M${fx + dx} ${top + 14} q10 8 0 ${h} l${w / 3} 0 q10 -${h / 2} 0 -${h} Z`;
  return group([
    shadow(x, floorY, 30),
    rect(x - 3, top, 6, height, C.honey),
    circle(x, top - 4, 7, C.ochre),
    path(wave(0), C.france),
    path(wave(w / 3), C.white),
    path(wave((2 * w) / 3), C.red),
    rect(x - 16, floorY - 10, 32, 10, C.woodDark, { rx: 3 }),
  ]);
}

/** European flag on a pole. */
export function europeanFlag(x: number, floorY: number, height = 300): string {
  const top = floorY - height;
  const stars: string[] = [];
  for (let i = 0; i < 12; i += 1) {
    const a = (i / 12) * Math.PI * 2;
    stars.push(circle(x + 30 + Math.cos(a) * 16, top + 50 + Math.sin(a) * 16, 2.6, C.euStar));
  }
  return group([
    shadow(x, floorY, 30),
    rect(x - 3, top, 6, height, C.honey),
    circle(x, top - 4, 7, C.ochre),
    path(`M${x + 6} ${top + 14} q10 8 0 96 l48 0 q10 -48 0 -96 Z`, C.eu),
    ...stars,
    rect(x - 16, floorY - 10, 32, 10, C.woodDark, { rx: 3 }),
  ]);
}

/** A wall clock face without hands (the scene animates the hands). */
export function clockFace(cx: number, cy: number, r: number): string {
  const ticks: string[] = [];
  for (let i = 0; i < 12; i += 1) {
    const a = (i / 12) * Math.PI * 2;
    const inner = i % 3 === 0 ? r * 0.7 : r * 0.8;
    ticks.push(
      line(
        cx + Math.cos(a) * inner,
        cy + Math.sin(a) * inner,
        cx + Math.cos(a) * r * 0.88,
        cy + Math.sin(a) * r * 0.88,
        C.ink,
        i % 3 === 0 ? 3 : 1.6,
      ),
    );
  }
  return group([
    circle(cx + 3, cy + 4, r + 6, '#000', { opacity: 0.12 }),
    circle(cx, cy, r + 6, C.woodDark),
    circle(cx, cy, r, C.paper),
    ...ticks,
  ]);
}

/** Static clock hands, for illustrations that the game does not animate. */
export function clockHands(cx: number, cy: number, r: number, hours = 10, minutes = 10): string {
  const ma = ((minutes / 60) * 360 - 90) * (Math.PI / 180);
  const ha = (((hours % 12) / 12) * 360 + (minutes / 60) * 30 - 90) * (Math.PI / 180);
  return group([
    line(cx, cy, cx + Math.cos(ha) * r * 0.5, cy + Math.sin(ha) * r * 0.5, C.ink, 4),
    line(cx, cy, cx + Math.cos(ma) * r * 0.75, cy + Math.sin(ma) * r * 0.75, C.ink, 3),
    circle(cx, cy, 3, C.red),
  ]);
}

/** A framed picture of the Loire. */
export function loirePicture(x: number, y: number, width: number, height: number): string {
  return group([
    rect(x + 4, y + 5, width, height, '#000', { opacity: 0.12 }),
    rect(x, y, width, height, C.honey),
    rect(x + 8, y + 8, width - 16, height - 16, C.sky),
    path(
      `M${x + 8} ${y + height * 0.62} Q${x + width * 0.4} ${y + height * 0.48} ${x + width - 8} ${y + height * 0.6} ` +
        `L${x + width - 8} ${y + height - 8} L${x + 8} ${y + height - 8} Z`,
      C.greenLight,
    ),
    path(
      `M${x + 8} ${y + height * 0.78} Q${x + width * 0.5} ${y + height * 0.66} ${x + width - 8} ${y + height * 0.8} ` +
        `L${x + width - 8} ${y + height - 8} L${x + 8} ${y + height - 8} Z`,
      C.river,
    ),
    circle(x + width * 0.75, y + height * 0.3, Math.min(width, height) * 0.09, C.ochre),
  ]);
}

/** A cork notice board with pinned sheets. */
export function noticeBoard(x: number, y: number, width: number, height: number): string {
  const sheets = [
    [0.08, 0.12, 0.26, 0.5, C.paper, -3],
    [0.38, 0.1, 0.24, 0.36, '#fff3b0', 2],
    [0.68, 0.14, 0.24, 0.46, C.paper, 4],
    [0.4, 0.52, 0.3, 0.36, '#dcecf7', -2],
    [0.1, 0.66, 0.22, 0.26, '#fde2d6', 3],
  ] as const;
  return group([
    rect(x + 4, y + 5, width, height, '#000', { opacity: 0.12 }),
    rect(x, y, width, height, C.woodDark, { rx: 4 }),
    rect(x + 7, y + 7, width - 14, height - 14, '#c79a66'),
    ...sheets.map(([sx, sy, sw, sh, fill, rot]) => {
      const px = x + 7 + sx * (width - 14);
      const py = y + 7 + sy * (height - 14);
      const w = sw * (width - 14);
      const h = sh * (height - 14);
      return group(
        [
          rect(px, py, w, h, fill),
          ...[0.3, 0.5, 0.7].map((ly) => rect(px + w * 0.12, py + h * ly, w * 0.76, 2.5, C.greyLight)),
          circle(px + w / 2, py + 6, 3.5, C.red),
        ],
        { transform: `rotate(${rot} ${px + w / 2} ${py + h / 2})` },
      );
    }),
  ]);
}

/** A row of binders on a shelf board, spines in varied colours. */
export function binders(x: number, y: number, width: number, height: number, seed = 0): string {
  const colors = [C.blue, C.red, C.ochre, C.teal, C.navy, C.green, C.plum, C.coral];
  const out: string[] = [rect(x, y + height, width, 8, C.woodDark)];
  let cx = x + 4;
  let i = seed;
  while (cx < x + width - 20) {
    const w = 18 + ((i * 7) % 3) * 4;
    const h = height - ((i * 5) % 4) * 6;
    const color = colors[i % colors.length] ?? C.blue;
    out.push(rect(cx, y + height - h, w, h, color, { rx: 2 }));
    out.push(rect(cx + 4, y + height - h + 12, w - 8, 16, C.paper, { rx: 1 }));
    out.push(circle(cx + w / 2, y + height - 18, 3.2, C.paper, { opacity: 0.8 }));
    cx += w + 2;
    i += 1;
  }
  return group(out);
}

/** An office chair seen from behind, centred on cx, its wheels on floorY. */
export function officeChair(cx: number, floorY: number, color: string = C.navy): string {
  return group([
    shadow(cx, floorY, 62),
    rect(cx - 4, floorY - 78, 8, 52, C.greyDark),
    path(`M${cx - 56} ${floorY - 6} L${cx} ${floorY - 26} L${cx + 56} ${floorY - 6}`, 'none', {
      stroke: C.greyDark,
      'stroke-width': 7,
      'stroke-linecap': 'round',
    }),
    circle(cx - 56, floorY - 4, 6, C.ink),
    circle(cx + 56, floorY - 4, 6, C.ink),
    circle(cx, floorY - 6, 6, C.ink),
    roundRect(cx - 58, floorY - 96, 116, 24, 10, color),
    roundRect(cx - 50, floorY - 196, 100, 104, 22, color),
    roundRect(cx - 40, floorY - 186, 80, 80, 16, '#ffffff', { opacity: 0.08 }),
  ]);
}

/** A simple wooden chair facing the viewer (seat at seatY), used in rows. */
export function chair(cx: number, floorY: number, color: string = C.wood, width = 54): string {
  const seatY = floorY - 48;
  return group([
    shadow(cx, floorY, width * 0.6),
    rect(cx - width / 2, seatY - 62, width, 56, color, { rx: 6 }),
    rect(cx - width / 2 + 6, seatY - 56, width - 12, 8, '#fff', { opacity: 0.12 }),
    rect(cx - width / 2 - 2, seatY - 6, width + 4, 12, C.woodDark, { rx: 3 }),
    rect(cx - width / 2 + 2, seatY + 6, 6, floorY - seatY - 6, C.woodDark),
    rect(cx + width / 2 - 8, seatY + 6, 6, floorY - seatY - 6, C.woodDark),
  ]);
}

/** A pendant lamp hanging from the ceiling. */
export function pendantLamp(cx: number, length: number, color: string = C.navy): string {
  return group([
    line(cx, 0, cx, length, C.greyDark, 2),
    path(`M${cx - 34} ${length + 30} Q${cx} ${length - 12} ${cx + 34} ${length + 30} Z`, color),
    ellipse(cx, length + 30, 34, 6, '#fff4c2'),
    ellipse(cx, length + 120, 150, 90, '#fff8dc', { opacity: 0.1 }),
  ]);
}

/** A computer screen showing a mail client and an agenda, on a stand; (x, y) is the screen's top-left. */
export function monitor(x: number, y: number, width: number, height: number): string {
  const sx = x + 8;
  const sy = y + 8;
  const sw = width - 16;
  const sh = height - 16;
  const rows = [0, 1, 2, 3, 4].map((i) =>
    group([
      circle(sx + 14, sy + 34 + i * 18, 4, i === 0 ? C.red : C.blueLight),
      rect(sx + 24, sy + 30 + i * 18, sw * 0.38, 7, i === 0 ? C.navy : C.greyLight, { rx: 2 }),
    ]),
  );
  const agenda = [0, 1, 2].map((i) =>
    rect(sx + sw * 0.6, sy + 30 + i * 28, sw * 0.34, 20, [C.ochre, C.teal, C.coral][i] ?? C.teal, {
      rx: 3,
      opacity: 0.85,
    }),
  );
  return group([
    rect(x + width / 2 - 8, y + height, 16, 24, C.greyDark),
    rect(x + width / 2 - 40, y + height + 20, 80, 8, C.greyDark, { rx: 3 }),
    rect(x, y, width, height, C.ink, { rx: 8 }),
    rect(sx, sy, sw, sh, '#f4f7fb'),
    rect(sx, sy, sw, 18, C.blue),
    circle(sx + 10, sy + 9, 3, C.white),
    ...rows,
    rect(sx + sw * 0.56, sy + 24, 1.5, sh - 30, C.greyLight),
    ...agenda,
  ]);
}

/** A desk telephone seen from the front, its base on baseY. */
export function deskPhone(cx: number, baseY: number, color: string = C.red): string {
  return group([
    ellipse(cx, baseY + 2, 56, 6, '#000', { opacity: 0.18 }),
    path(
      `M${cx - 48} ${baseY} L${cx - 38} ${baseY - 40} L${cx + 38} ${baseY - 40} L${cx + 48} ${baseY} Z`,
      color,
    ),
    roundRect(cx - 22, baseY - 34, 44, 26, 4, C.paper, { opacity: 0.9 }),
    ...[0, 1, 2].flatMap((r) =>
      [0, 1, 2].map((c) => circle(cx - 12 + c * 12, baseY - 28 + r * 8, 2.6, C.greyDark)),
    ),
    path(
      `M${cx - 52} ${baseY - 44} Q${cx - 56} ${baseY - 66} ${cx - 36} ${baseY - 64} L${cx + 36} ${baseY - 64} ` +
        `Q${cx + 56} ${baseY - 66} ${cx + 52} ${baseY - 44} L${cx + 34} ${baseY - 44} L${cx + 30} ${baseY - 52} ` +
        `L${cx - 30} ${baseY - 52} L${cx - 34} ${baseY - 44} Z`,
      color,
    ),
    path(`M${cx - 44} ${baseY - 60} L${cx + 44} ${baseY - 60}`, 'none', {
      stroke: '#fff',
      'stroke-opacity': 0.25,
      'stroke-width': 3,
    }),
    path(`M${cx + 48} ${baseY - 20} q26 10 10 40`, 'none', { stroke: C.ink, 'stroke-width': 2.5 }),
  ]);
}

/** A stack of papers on a surface at baseY. */
export function paperStack(x: number, baseY: number, width: number, sheets = 5): string {
  const out: string[] = [];
  for (let i = 0; i < sheets; i += 1) {
    out.push(
      rect(x + ((i * 3) % 7) - 3, baseY - (i + 1) * 4, width, 4, i % 2 === 0 ? C.paper : C.paperShade),
    );
  }
  return group(out);
}

/** A coffee mug on a surface at baseY. */
export function mug(cx: number, baseY: number, color: string = C.teal): string {
  return group([
    path(`M${cx + 10} ${baseY - 22} q14 0 12 10 q-2 8 -12 6`, 'none', { stroke: color, 'stroke-width': 4 }),
    roundRect(cx - 13, baseY - 28, 26, 28, 4, color),
    rect(cx - 13, baseY - 28, 26, 5, '#fff', { opacity: 0.25 }),
  ]);
}

/** A framed map of the commune: the Loire, roads and the village blocks. */
export function communeMap(x: number, y: number, width: number, height: number): string {
  const blocks = [
    [0.18, 0.22, 0.12, 0.1],
    [0.34, 0.18, 0.1, 0.14],
    [0.3, 0.4, 0.14, 0.1],
    [0.5, 0.3, 0.1, 0.12],
    [0.62, 0.2, 0.14, 0.1],
    [0.16, 0.44, 0.1, 0.1],
    [0.56, 0.48, 0.1, 0.08],
  ] as const;
  return group([
    rect(x + 4, y + 5, width, height, '#000', { opacity: 0.12 }),
    rect(x, y, width, height, C.woodDark),
    rect(x + 7, y + 7, width - 14, height - 14, '#f4efdc'),
    path(
      `M${x + 7} ${y + height * 0.72} C${x + width * 0.3} ${y + height * 0.6} ${x + width * 0.6} ${y + height * 0.9} ` +
        `${x + width - 7} ${y + height * 0.7} L${x + width - 7} ${y + height * 0.84} C${x + width * 0.6} ` +
        `${y + height} ${x + width * 0.3} ${y + height * 0.74} ${x + 7} ${y + height * 0.86} Z`,
      C.riverLight,
    ),
    line(x + 10, y + height * 0.35, x + width - 10, y + height * 0.28, C.ochre, 3),
    line(x + width * 0.45, y + 10, x + width * 0.42, y + height * 0.68, C.ochre, 3),
    ...blocks.map(([bx, by, bw, bh]) =>
      rect(x + bx * width, y + by * height, bw * width, bh * height, C.coral, { opacity: 0.7 }),
    ),
    circle(x + width * 0.44, y + height * 0.33, 6, C.red),
    rect(x + width * 0.72, y + height * 0.42, width * 0.18, height * 0.2, C.greenLight, { opacity: 0.8 }),
  ]);
}
