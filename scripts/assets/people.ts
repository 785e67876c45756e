// Standing figures of the cast: the portrait's head, hair and clothes on a body, one pose per expression.
import { PERSON_SIZE, type Expression, type PortraitKey } from '../../src/core/assets';
import { face } from './faces';
import { C } from './palette';
import { SPECS, clothes, hairBack, hairFront, type PortraitSpec } from './portraits';
import { circle, ellipse, path, rect, svg } from './svg';

const TROUSERS = '#3b4354';
const SHOES = C.ink;

/** An arm as one thick rounded stroke along `points`, with the hand at its end. */
function arm(spec: PortraitSpec, points: readonly (readonly [number, number])[]): string[] {
  const d = points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x} ${y}`).join(' ');
  const sleeve = { 'stroke-width': 30, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' } as const;
  const last = points[points.length - 1] ?? [0, 0];
  return [
    path(d, 'none', { stroke: spec.clothes, ...sleeve }),
    // A touch darker than the chest, so an arm across the body still reads as an arm.
    path(d, 'none', { stroke: '#000', 'stroke-opacity': 0.14, ...sleeve }),
    circle(last[0], last[1], 14, spec.skin),
  ];
}

const LEFT_SHOULDER = [40, 222] as const;
const RIGHT_SHOULDER = [216, 222] as const;

/** The pose says the mood from afar: a gesture when speaking, clasped hands, a hand at the chin, crossed arms. */
function arms(spec: PortraitSpec, expression: Expression): string[] {
  const hangingLeft = arm(spec, [LEFT_SHOULDER, [34, 300], [36, 384]]);
  const hangingRight = arm(spec, [RIGHT_SHOULDER, [222, 300], [220, 384]]);
  switch (expression) {
    case 'neutral':
      return [...hangingLeft, ...hangingRight];
    case 'speaking':
      return [...hangingLeft, ...arm(spec, [RIGHT_SHOULDER, [230, 316], [196, 262]])];
    case 'pleased':
      return [
        ...arm(spec, [LEFT_SHOULDER, [44, 330], [118, 348]]),
        ...arm(spec, [RIGHT_SHOULDER, [212, 330], [138, 348]]),
      ];
    case 'worried':
      return [...hangingLeft, ...arm(spec, [RIGHT_SHOULDER, [210, 306], [154, 180]])];
    case 'annoyed':
      return [
        ...arm(spec, [LEFT_SHOULDER, [40, 316], [182, 298]]),
        ...arm(spec, [RIGHT_SHOULDER, [216, 316], [74, 298]]),
      ];
  }
}

function body(spec: PortraitSpec): string[] {
  const out = [
    rect(62, 392, 68, 214, TROUSERS, { rx: 12 }),
    rect(126, 392, 68, 214, TROUSERS, { rx: 12 }),
    rect(127, 410, 2, 196, '#000', { opacity: 0.3 }),
    ellipse(88, 618, 40, 16, SHOES),
    ellipse(168, 618, 40, 16, SHOES),
    path('M26 256 L38 404 L218 404 L230 256 Z', spec.clothes),
    rect(38, 392, 180, 12, '#000', { opacity: 0.18 }),
    ...clothes(spec),
  ];
  // The maire's sash ends in a gold fringe at the hip instead of stopping at the bust's edge.
  if (spec.accessory === 'echarpe') out.push(rect(188, 250, 40, 14, C.ochre, { rx: 3 }));
  return out;
}

export function personSvg(key: PortraitKey, expression: Expression): string {
  const spec = SPECS[key];
  return svg(PERSON_SIZE.width, PERSON_SIZE.height, [
    ...hairBack(spec),
    ...body(spec),
    ...arms(spec, expression),
    ...face(spec, expression),
    ...hairFront(spec),
  ]);
}
