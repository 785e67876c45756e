// 64×64 interface icons in the same palette (favicon included: the commune's arms).
import type { IconKey } from '../../src/core/assets';
import { blasonShape } from './documents';
import { C } from './palette';
import { circle, group, path, polygon, rect, svg } from './svg';

const BODY: Readonly<Record<IconKey, () => string[]>> = {
  blason: () => [blasonShape(0, 0, 64)],
  courriel: () => [
    rect(6, 16, 52, 34, C.paper, { rx: 4, stroke: C.navy, 'stroke-width': 3 }),
    path('M8 18 L32 36 L56 18', 'none', { stroke: C.navy, 'stroke-width': 3 }),
    circle(52, 16, 8, C.red),
  ],
  agenda: () => [
    rect(10, 8, 44, 50, C.blue, { rx: 4 }),
    rect(16, 14, 34, 38, C.paper, { rx: 2 }),
    ...[0, 1, 2, 3].map((i) => rect(20, 20 + i * 8, 26, 3, C.greyLight)),
    rect(20, 20, 14, 3, C.red),
  ],
  telephone: () => [
    path(
      'M14 10 Q6 12 8 22 Q16 44 42 56 Q52 58 54 50 L46 40 Q42 38 38 42 Q28 36 22 26 Q26 22 24 18 Z',
      C.red,
    ),
  ],
  calendrier: () => [
    rect(8, 12, 48, 44, C.paper, { rx: 4, stroke: C.navy, 'stroke-width': 3 }),
    rect(8, 12, 48, 12, C.red, { rx: 4 }),
    ...[0, 1, 2].flatMap((r) => [0, 1, 2, 3].map((c) => rect(14 + c * 10, 30 + r * 8, 6, 5, C.greyLight))),
    circle(44, 46, 5, 'none', { stroke: C.red, 'stroke-width': 2 }),
  ],
  guichet: () => [
    rect(6, 34, 52, 8, C.honey),
    rect(10, 42, 44, 16, C.wood),
    rect(12, 8, 40, 26, C.glass, { stroke: C.navy, 'stroke-width': 3 }),
    circle(32, 22, 5, C.navy, { opacity: 0.5 }),
  ],
  conseil: () => [
    rect(8, 36, 48, 8, C.honey),
    ...[0, 1, 2, 3].map((i) => rect(10 + i * 12, 20, 8, 16, C.navy, { rx: 2 })),
    rect(26, 14, 12, 22, C.red, { rx: 2 }),
    rect(12, 44, 4, 12, C.woodDark),
    rect(48, 44, 4, 12, C.woodDark),
  ],
  tampon: () => [
    rect(22, 8, 20, 10, C.woodDark, { rx: 5 }),
    rect(28, 18, 8, 16, C.woodDark),
    rect(14, 34, 36, 10, C.greyDark, { rx: 2 }),
    rect(10, 48, 44, 8, C.red, { rx: 2, opacity: 0.8 }),
  ],
  urne: () => [
    rect(12, 20, 40, 36, C.glass, { stroke: C.metal, 'stroke-width': 3 }),
    rect(10, 14, 44, 8, C.metal, { rx: 2 }),
    rect(24, 16, 16, 3, C.ink),
    rect(20, 40, 16, 8, C.blueLight, { transform: 'rotate(-12 28 44)' }),
    rect(30, 44, 16, 8, C.paper, { transform: 'rotate(10 38 48)' }),
  ],
  budget: () => [
    circle(32, 32, 24, C.ochre),
    circle(32, 32, 18, 'none', { stroke: C.paper, 'stroke-width': 2 }),
    path('M38 22 Q30 18 26 26 Q24 34 26 40 Q30 46 38 42 M20 30 L34 30 M20 36 L34 36', 'none', {
      stroke: C.woodDark,
      'stroke-width': 3,
    }),
  ],
  code: () => [
    rect(14, 8, 36, 48, C.red, { rx: 3 }),
    rect(14, 8, 6, 48, '#9e2630'),
    rect(24, 18, 20, 4, C.ochre),
    rect(24, 26, 20, 2, C.ochre),
  ],
  alerte: () => [
    polygon(
      [
        [32, 6],
        [60, 56],
        [4, 56],
      ],
      C.ochre,
    ),
    rect(29, 22, 6, 20, C.ink, { rx: 2 }),
    circle(32, 48, 3.5, C.ink),
  ],
  valide: () => [
    circle(32, 32, 26, C.green),
    path('M20 32 L29 42 L46 22', 'none', {
      stroke: C.white,
      'stroke-width': 6,
      'stroke-linecap': 'round',
      'stroke-linejoin': 'round',
    }),
  ],
};

export function iconSvg(key: IconKey): string {
  return svg(64, 64, [group(BODY[key]())]);
}
