// Faces of the cast, shared by the portraits (neutral) and the standing figures (every expression).
import type { Expression } from '../../src/core/assets';
import { C } from './palette';
import { CX, HEAD_Y, type PortraitSpec } from './portraits';
import { circle, ellipse, line, path, rect } from './svg';

const stroke = (color: string, width = 3.5) => ({
  stroke: color,
  'stroke-width': width,
  'stroke-linecap': 'round',
});

/** Brows as [left, right] paths: the inner ends rise when worried and drop when annoyed. */
const BROWS: Readonly<Record<Expression, readonly [string, string]>> = {
  neutral: ['M99 98 Q110 92 120 97', 'M136 97 Q146 92 157 98'],
  speaking: ['M99 96 Q110 90 120 95', 'M136 95 Q146 90 157 96'],
  pleased: ['M99 94 Q110 87 120 92', 'M136 92 Q146 87 157 94'],
  worried: ['M99 99 Q111 95 120 89', 'M136 89 Q145 95 157 99'],
  annoyed: ['M99 93 Q111 96 121 102', 'M135 102 Q145 96 157 93'],
};

function eyes(spec: PortraitSpec, expression: Expression): string[] {
  if (expression === 'pleased')
    // Eyes closed in a smile.
    return [
      path('M103 114 Q110 105 117 114', 'none', stroke(C.ink)),
      path('M139 114 Q146 105 153 114', 'none', stroke(C.ink)),
    ];
  const open = [
    ellipse(110, 112, 4.5, 5.5, C.ink),
    ellipse(146, 112, 4.5, 5.5, C.ink),
    circle(111.5, 110, 1.5, C.white),
    circle(147.5, 110, 1.5, C.white),
  ];
  // Half-closed lids under frowning brows.
  if (expression === 'annoyed') open.push(rect(103, 104, 15, 6, spec.skin), rect(139, 104, 15, 6, spec.skin));
  return open;
}

function mouth(expression: Expression): string {
  switch (expression) {
    case 'neutral':
      return path('M114 142 Q128 152 142 142', 'none', {
        stroke: '#8c3b3b',
        'stroke-width': 3,
        'stroke-linecap': 'round',
      });
    case 'speaking':
      return path('M116 140 Q128 139 140 140 Q136 156 128 156 Q120 156 116 140 Z', '#8c3b3b');
    case 'pleased':
      return path('M108 138 Q128 141 148 138 Q142 160 128 160 Q114 160 108 138 Z', '#8c3b3b', {
        stroke: C.white,
        'stroke-width': 1.5,
      });
    case 'worried':
      return path('M115 147 Q121 141 128 145 Q135 149 141 143', 'none', stroke('#8c3b3b', 3));
    case 'annoyed':
      return path('M114 148 Q128 140 142 148', 'none', stroke('#8c3b3b', 3));
  }
}

export function face(spec: PortraitSpec, expression: Expression = 'neutral'): string[] {
  const shade = '#000';
  const [leftBrow, rightBrow] = BROWS[expression];
  const out = [
    rect(112, 146, 32, 44, spec.skin),
    rect(112, 146, 32, 16, shade, { opacity: 0.12 }),
    circle(80, 114, 10, spec.skin),
    circle(176, 114, 10, spec.skin),
    ellipse(CX, HEAD_Y, 48, 56, spec.skin),
    ellipse(104, 130, 9, 6, '#e46f6f', { opacity: expression === 'pleased' ? 0.4 : 0.2 }),
    ellipse(152, 130, 9, 6, '#e46f6f', { opacity: expression === 'pleased' ? 0.4 : 0.2 }),
    ...eyes(spec, expression),
    path(leftBrow, 'none', {
      stroke: spec.hairColor,
      'stroke-width': 3.5,
      'stroke-linecap': 'round',
    }),
    path(rightBrow, 'none', {
      stroke: spec.hairColor,
      'stroke-width': 3.5,
      'stroke-linecap': 'round',
    }),
    path('M128 116 Q124 130 130 132', 'none', {
      stroke: shade,
      'stroke-opacity': 0.3,
      'stroke-width': 2.5,
      'stroke-linecap': 'round',
    }),
    mouth(expression),
  ];
  if (spec.beard)
    out.push(
      path('M82 120 Q84 170 128 172 Q172 170 174 120 Q166 150 128 152 Q90 150 82 120 Z', spec.hairColor),
    );
  if (spec.moustache || spec.beard)
    out.push(
      path('M110 138 Q128 128 146 138 Q128 136 110 138 Z', spec.hairColor, {
        stroke: spec.hairColor,
        'stroke-width': 4,
      }),
    );
  if (spec.glasses) {
    out.push(
      circle(110, 112, 13, 'none', { stroke: C.ink, 'stroke-width': 3 }),
      circle(146, 112, 13, 'none', { stroke: C.ink, 'stroke-width': 3 }),
      line(123, 112, 133, 112, C.ink, 3),
    );
  }
  return out;
}
