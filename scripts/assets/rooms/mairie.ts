// The hub: the mairie's front office. Every hotspot object is drawn inside its area from the hub's hotspots.
import type { HubHotspotId, StageRect } from '../../../src/core/assets';
import { HUB_HOTSPOTS } from '../../../src/ui/hub/hub-hotspots';
import { C } from '../palette';
import {
  clockFace,
  communeMap,
  deskPhone,
  loirePicture,
  monitor,
  mug,
  noticeBoard,
  officeChair,
  paperStack,
  pendantLamp,
  plant,
  windowView,
} from '../furniture';
import { circle, group, line, path, rect, roundRect, shadow, svg, text } from '../svg';
import { HEIGHT, WIDTH, roomShell, shellDefs } from './shell';

const FLOOR = 560;

function area(id: HubHotspotId): StageRect {
  const found = HUB_HOTSPOTS.find((hotspot) => hotspot.id === id);
  if (!found) throw new Error(`Lieu inconnu : ${id}`);
  return found.area;
}

function guichet(a: StageRect): string {
  const counterTop = 428;
  const right = a.x + a.width;
  return group([
    shadow(a.x + a.width / 2, FLOOR + 4, a.width * 0.55),
    roundRect(a.x + 6, a.y, a.width - 12, 38, 6, C.navy),
    text(a.x + a.width / 2, a.y + 27, 'ACCUEIL', 22, C.white, { 'letter-spacing': 4 }),
    rect(a.x + 10, a.y + 38, 10, counterTop - a.y - 38, C.woodDark),
    rect(right - 20, a.y + 38, 10, counterTop - a.y - 38, C.woodDark),
    rect(a.x + 20, a.y + 44, a.width - 40, counterTop - a.y - 50, C.glass, { opacity: 0.75 }),
    path(`M${a.x + 40} ${a.y + 60} l60 0 l-90 120 l-0 -60 Z`, C.white, { opacity: 0.35 }),
    circle(a.x + a.width / 2, a.y + 150, 26, C.white, { opacity: 0.5 }),
    ...[0, 1, 2, 3].map((i) => circle(a.x + a.width / 2, a.y + 138 + i * 8, 2, C.greyDark, { opacity: 0.6 })),
    rect(a.x, counterTop, a.width, 22, C.honey),
    rect(a.x, counterTop + 18, a.width, 4, C.woodDark, { opacity: 0.4 }),
    rect(a.x + 8, counterTop + 22, a.width - 16, FLOOR - counterTop - 22, C.wood),
    ...[0, 1, 2].map((i) =>
      rect(a.x + 22 + i * ((a.width - 44) / 3), counterTop + 40, (a.width - 44) / 3 - 12, 100, C.woodLight, {
        rx: 4,
        opacity: 0.6,
      }),
    ),
    paperStack(a.x + 30, counterTop, 70, 4),
    rect(a.x + 200, counterTop - 30, 46, 30, C.greyDark, { rx: 4 }),
    ...[0, 1, 2].map((i) =>
      rect(a.x + 205 + i * 14, counterTop - 46, 10, 20, [C.blueLight, C.paper, '#fde2d6'][i] ?? C.paper),
    ),
    circle(a.x + 140, counterTop - 8, 12, C.ochre),
    rect(a.x + 138, counterTop - 22, 4, 6, C.greyDark),
  ]);
}

function councilDoor(a: StageRect): string {
  const x = a.x + 6;
  const w = a.width - 12;
  const top = a.y + 6;
  const half = w / 2;
  const leaf = (lx: number) =>
    group([
      rect(lx, top + 14, half - 6, FLOOR - top - 14, C.wood),
      rect(lx + 12, top + 30, half - 30, 150, C.woodDark, { rx: 4, opacity: 0.45 }),
      rect(lx + 12, top + 196, half - 30, 150, C.woodDark, { rx: 4, opacity: 0.45 }),
    ]);
  return group([
    rect(x - 12, top - 12, w + 24, FLOOR - top + 12, C.woodDark),
    rect(x - 4, top, w + 8, FLOOR - top, C.ink, { opacity: 0.5 }),
    leaf(x + 2),
    leaf(x + half + 4),
    circle(x + half - 12, top + 206, 6, C.ochre),
    circle(x + half + 16, top + 206, 6, C.ochre),
    roundRect(x + 18, top + 60, w - 36, 44, 4, C.paper),
    text(x + w / 2, top + 79, 'SALLE', 15, C.navy),
    text(x + w / 2, top + 97, 'DU CONSEIL', 15, C.navy),
    rect(x - 20, top - 20, w + 40, 12, C.woodLight),
  ]);
}

function calendar(a: StageRect): string {
  const x = a.x + 14;
  const y = a.y + 18;
  const w = a.width - 28;
  const h = a.height - 30;
  const cells: string[] = [];
  const cellW = (w - 20) / 7;
  const cellH = (h - 70) / 5;
  for (let r = 0; r < 5; r += 1) {
    for (let c = 0; c < 7; c += 1) {
      const cx = x + 10 + c * cellW;
      const cy = y + 60 + r * cellH;
      cells.push(rect(cx + 1, cy + 1, cellW - 2, cellH - 2, c >= 5 ? '#f2e6e0' : C.white));
    }
  }
  const mark = (r: number, c: number, color: string) =>
    circle(
      x + 10 + c * cellW + cellW / 2,
      y + 60 + r * cellH + cellH / 2,
      Math.min(cellW, cellH) * 0.42,
      'none',
      {
        stroke: color,
        'stroke-width': 2.5,
      },
    );
  return group([
    rect(x + 5, y + 6, w, h, '#000', { opacity: 0.14 }),
    rect(x, y, w, h, C.paper),
    // The month is written on this band by the hub scene: it follows the year's week.
    rect(x, y, w, 50, C.red),
    ...[0.2, 0.4, 0.6, 0.8].map((f) => circle(x + w * f, y, 5, C.greyDark)),
    ...cells,
    mark(1, 2, C.red),
    mark(2, 4, C.blue),
    mark(3, 1, C.red),
    rect(x + 10 + 3 * cellW + 4, y + 60 + 3 * cellH + cellH / 2 - 2, cellW * 2 - 8, 4, C.teal, { rx: 2 }),
  ]);
}

function desk(computer: StageRect, phone: StageRect): string {
  const top = 478;
  const left = computer.x - 34;
  const right = phone.x + phone.width + 20;
  return group([
    shadow((left + right) / 2, FLOOR + 6, (right - left) * 0.55),
    rect(left, top, right - left, 20, C.honey),
    rect(left, top + 16, right - left, 4, C.woodDark, { opacity: 0.35 }),
    rect(left + 10, top + 20, 150, FLOOR - top - 8, C.wood),
    rect(right - 160, top + 20, 150, FLOOR - top - 8, C.wood),
    ...[0, 1, 2].map((i) =>
      rect(left + 20, top + 30 + i * 24, 130, 18, C.woodLight, { rx: 3, opacity: 0.6 }),
    ),
    ...[0, 1, 2].map((i) => circle(left + 85, top + 39 + i * 24, 3, C.woodDark)),
    rect(left + 160, top + 20, right - left - 320, 12, C.woodDark, { opacity: 0.4 }),
    monitor(computer.x + 20, computer.y + 18, computer.width - 40, 138),
    roundRect(computer.x + 36, top - 14, computer.width - 72, 12, 3, C.greyLight),
    roundRect(computer.x + computer.width - 30, top - 12, 18, 10, 5, C.greyDark),
    deskPhone(phone.x + phone.width / 2, top, C.red),
    mug(left + 120, top, C.teal),
    paperStack(left + 6, top, 50, 6),
  ]);
}

export function mairieSvg(): string {
  const computer = area('ordinateur');
  const phone = area('telephone');
  return svg(
    WIDTH,
    HEIGHT,
    [
      roomShell({ floorY: FLOOR }),
      pendantLamp(346, 56),
      pendantLamp(960, 50, C.red),
      windowView(1088, 90, 150, 196),
      clockFace(486, 108, 36),
      loirePicture(1000, 118, 70, 54),
      noticeBoard(628, 318, 156, 120),
      communeMap(96, 78, 200, 132),
      guichet(area('guichet')),
      councilDoor(area('salle-du-conseil')),
      calendar(area('calendrier')),
      plant(604, FLOOR + 2, 1.05),
      desk(computer, phone),
      officeChair(1006, 676, C.navy),
      rect(330, 612, 520, 88, C.red, { rx: 6, opacity: 0.35 }),
      rect(344, 622, 492, 68, 'none', { rx: 4, stroke: C.ochre, 'stroke-width': 3, opacity: 0.6 }),
      line(0, FLOOR, WIDTH, FLOOR, C.woodDark, 3, { opacity: 0.5 }),
    ],
    shellDefs(),
  );
}
