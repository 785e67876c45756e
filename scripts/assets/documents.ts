// Paper backgrounds for the document viewer: the view writes the fields over them in the DOM.
import type { DocumentKey } from '../../src/core/assets';
import { C } from './palette';
import { circle, group, line, linearGradient, path, rect, svg, text } from './svg';

/** The commune's arms: a silver tower over a blue wave, on a red shield. Original design. */
export function blasonShape(x: number, y: number, size: number): string {
  const s = size / 64;
  const p = (px: number, py: number) => `${x + px * s} ${y + py * s}`;
  return group([
    path(
      `M${p(6, 6)} L${p(58, 6)} L${p(58, 30)} Q${p(58, 52)} ${p(32, 60)} Q${p(6, 52)} ${p(6, 30)} Z`,
      C.red,
    ),
    path(
      `M${p(6, 38)} Q${p(19, 32)} ${p(32, 38)} T${p(58, 38)} L${p(58, 44)} Q${p(50, 56)} ${p(32, 60)} Q${p(14, 56)} ${p(6, 44)} Z`,
      C.france,
    ),
    path(`M${p(6, 42)} Q${p(19, 36)} ${p(32, 42)} T${p(58, 42)}`, 'none', {
      stroke: C.white,
      'stroke-width': 2.5 * s,
    }),
    rect(x + 24 * s, y + 18 * s, 16 * s, 18 * s, C.white),
    ...[0, 1, 2].map((i) => rect(x + (23 + i * 6) * s, y + 13 * s, 4 * s, 6 * s, C.white)),
    rect(x + 30 * s, y + 27 * s, 4 * s, 9 * s, C.red),
    path(
      `M${p(6, 6)} L${p(58, 6)} L${p(58, 30)} Q${p(58, 52)} ${p(32, 60)} Q${p(6, 52)} ${p(6, 30)} Z`,
      'none',
      {
        stroke: C.ochre,
        'stroke-width': 3 * s,
      },
    ),
  ]);
}

/** Faint fibres so the paper does not look like a flat fill. */
function fibres(width: number, height: number, color: string, seed: number): string {
  const out: string[] = [];
  for (let i = 0; i < 26; i += 1) {
    const x = ((i * 97 + seed * 31) % 1000) / 1000;
    const y = ((i * 57 + seed * 13) % 1000) / 1000;
    out.push(line(x * width, y * height, x * width + 18, y * height + 3, color, 1, { opacity: 0.18 }));
  }
  return group(out);
}

function sheet(
  width: number,
  height: number,
  fill: string,
  children: readonly string[],
  seed: number,
  defs: readonly string[] = [],
): string {
  return svg(
    width,
    height,
    [rect(0, 0, width, height, fill), fibres(width, height, C.wallDeep, seed), ...children],
    defs,
  );
}

const lines = (x: number, from: number, to: number, step: number, width: number, color: string) => {
  const out: string[] = [];
  for (let y = from; y <= to; y += step) out.push(rect(x, y, width, 1.5, color));
  return out;
};

export function documentSvg(key: DocumentKey): string {
  switch (key) {
    case 'identite':
      return svg(
        428,
        270,
        [
          rect(0, 0, 428, 270, 'url(#card)', { rx: 16 }),
          path(
            'M0 190 Q110 150 214 190 T428 180 L428 254 Q428 270 412 270 L16 270 Q0 270 0 254 Z',
            '#f3c7d6',
            { opacity: 0.6 },
          ),
          path('M0 60 Q140 20 260 70 T428 40', 'none', { stroke: C.white, 'stroke-width': 8, opacity: 0.5 }),
          rect(20, 20, 388, 30, C.france, { rx: 6, opacity: 0.85 }),
          rect(24, 66, 110, 140, '#e8eef5', { rx: 8 }),
          circle(79, 118, 28, C.greyLight),
          path('M37 206 Q40 160 79 156 Q118 160 121 206 Z', C.greyLight),
          ...[0, 1, 2, 3, 4].map((i) =>
            rect(152, 74 + i * 26, 200 - (i % 2) * 50, 6, C.blueLight, { opacity: 0.6, rx: 3 }),
          ),
        ],
        [
          linearGradient(
            'card',
            [
              [0, '#dceaf7'],
              [1, '#f6e4ee'],
            ],
            false,
          ),
        ],
      );
    case 'acte':
      return sheet(
        600,
        800,
        '#fbf5e6',
        [
          rect(24, 24, 552, 752, 'none', { stroke: C.france, 'stroke-width': 3 }),
          rect(34, 34, 532, 732, 'none', { stroke: C.france, 'stroke-width': 1 }),
          rect(140, 34, 1.5, 732, C.blueLight),
          blasonShape(268, 50, 64),
        ],
        1,
      );
    case 'courrier':
      return sheet(
        600,
        800,
        C.paper,
        [
          blasonShape(40, 36, 56),
          text(190, 62, 'Mairie de', 14, C.navy, { 'text-anchor': 'start', 'font-weight': 400 }),
          text(190, 84, 'Saint-Aubin-sur-Loire', 18, C.navy, { 'text-anchor': 'start' }),
          rect(40, 116, 520, 2, C.red),
          rect(40, 760, 520, 1, C.greyLight),
        ],
        2,
      );
    case 'formulaire':
      return sheet(
        600,
        800,
        C.white,
        [
          rect(0, 0, 600, 60, '#e3e7ec'),
          rect(24, 16, 70, 28, C.greyDark, { rx: 3 }),
          ...[0, 1, 2, 3, 4, 5, 6, 7].map((i) =>
            rect(30, 90 + i * 78, 540, 56, 'none', { stroke: C.greyLight, 'stroke-width': 1.5, rx: 3 }),
          ),
        ],
        3,
      );
    case 'tableau': {
      const grid: string[] = [];
      for (let x = 20; x <= 780; x += 20) grid.push(rect(x, 0, 1, 600, '#cfe0ef'));
      for (let y = 20; y <= 580; y += 20) grid.push(rect(0, y, 800, 1, '#cfe0ef'));
      return sheet(800, 600, C.white, grid, 4);
    }
    case 'pv':
      return sheet(
        600,
        800,
        C.paper,
        [
          ...lines(0, 120, 780, 28, 600, '#cfe0ef'),
          rect(80, 0, 2, 800, '#e88b8b'),
          rect(0, 0, 600, 80, C.paperShade, { opacity: 0.5 }),
        ],
        5,
      );
    case 'note':
      return sheet(
        600,
        800,
        '#fff6c9',
        [
          ...lines(40, 100, 760, 32, 520, '#e9d98c'),
          rect(250, -10, 100, 34, '#ffffff', { opacity: 0.5, transform: 'rotate(-3 300 7)' }),
        ],
        6,
      );
  }
}
