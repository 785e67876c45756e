// Character busts from a few parameters: skin, hair style and colour, clothes, and one accessory each.
import type { PortraitKey } from '../../src/core/assets';
import { face } from './faces';
import { C } from './palette';
import { circle, line, path, polygon, rect, svg } from './svg';

type Hair = 'short' | 'bald' | 'bun' | 'long' | 'curly' | 'ponytail' | 'cap' | 'beanie' | 'pixie' | 'side';
type Accessory = 'echarpe' | 'tie' | 'badge' | 'hivis' | 'blouse' | 'collar' | 'cardigan' | 'hood' | 'none';

export interface PortraitSpec {
  readonly background: string;
  readonly skin: string;
  readonly hair: Hair;
  readonly hairColor: string;
  readonly clothes: string;
  readonly accessory: Accessory;
  readonly glasses?: boolean;
  readonly beard?: boolean;
  readonly moustache?: boolean;
}

const SKIN = {
  light: '#f3d2b3',
  rosy: '#eec0a2',
  tan: '#d9a578',
  brown: '#a86f48',
  deep: '#7a4b2f',
} as const;

export const SPECS: Readonly<Record<PortraitKey, PortraitSpec>> = {
  maire: {
    background: '#dbe7f5',
    skin: SKIN.rosy,
    hair: 'short',
    hairColor: '#b8b8bf',
    clothes: C.navy,
    accessory: 'echarpe',
  },
  'adjoint-finances': {
    background: '#f2e2cf',
    skin: SKIN.light,
    hair: 'side',
    hairColor: '#5a4032',
    clothes: '#e8eef5',
    accessory: 'tie',
    glasses: true,
  },
  adjointe: {
    background: '#e3efe0',
    skin: SKIN.brown,
    hair: 'bun',
    hairColor: '#2e211b',
    clothes: C.green,
    accessory: 'cardigan',
  },
  conseillere: {
    background: '#f7e3d6',
    skin: SKIN.light,
    hair: 'long',
    hairColor: '#b5562b',
    clothes: C.ochre,
    accessory: 'collar',
  },
  sgm: {
    background: '#e4ecf7',
    skin: SKIN.tan,
    hair: 'pixie',
    hairColor: '#3b2a22',
    clothes: '#9cc3e6',
    accessory: 'badge',
  },
  'habitant-retraite': {
    background: '#ece6dc',
    skin: SKIN.rosy,
    hair: 'bald',
    hairColor: '#e6e6e6',
    clothes: '#8c96a3',
    accessory: 'collar',
    moustache: true,
  },
  'habitante-parent': {
    background: '#fbe4dc',
    skin: SKIN.deep,
    hair: 'curly',
    hairColor: '#1f1612',
    clothes: C.coral,
    accessory: 'none',
  },
  'habitant-artisan': {
    background: '#e8e2d3',
    skin: SKIN.tan,
    hair: 'cap',
    hairColor: '#4a3428',
    clothes: '#6c7a4f',
    accessory: 'collar',
    beard: true,
  },
  'habitante-etudiante': {
    background: '#ebe2f3',
    skin: SKIN.light,
    hair: 'pixie',
    hairColor: '#d9b35c',
    clothes: C.plum,
    accessory: 'hood',
    glasses: true,
  },
  'agent-technique': {
    background: '#f6ead2',
    skin: SKIN.brown,
    hair: 'beanie',
    hairColor: '#2b2b33',
    clothes: '#f08a24',
    accessory: 'hivis',
  },
  atsem: {
    background: '#e0f0ee',
    skin: SKIN.tan,
    hair: 'ponytail',
    hairColor: '#6b3f26',
    clothes: '#f4b6c2',
    accessory: 'blouse',
  },
  scrutateur: {
    background: '#dce6f0',
    skin: SKIN.light,
    hair: 'short',
    hairColor: '#c4c4cc',
    clothes: '#5d6d7e',
    accessory: 'badge',
    glasses: true,
  },
};

export const CX = 128;
export const HEAD_Y = 108;

export function hairBack(spec: PortraitSpec): string[] {
  if (spec.hair === 'long')
    return [path('M70 110 Q64 40 128 40 Q192 40 186 110 L196 210 Q128 226 60 210 Z', spec.hairColor)];
  if (spec.hair === 'ponytail') return [path('M170 86 Q214 100 200 176 Q190 150 172 126 Z', spec.hairColor)];
  if (spec.hair === 'curly') {
    return [...Array(11).keys()].map((i) => {
      const a = Math.PI * (0.95 + (i / 10) * 1.1);
      return circle(CX + Math.cos(a) * 52, HEAD_Y - 4 + Math.sin(a) * 56, 20, spec.hairColor);
    });
  }
  return [];
}

export function hairFront(spec: PortraitSpec): string[] {
  const h = spec.hairColor;
  switch (spec.hair) {
    case 'short':
      return [path('M80 104 Q78 52 128 50 Q180 52 176 104 Q168 78 128 76 Q92 76 80 104 Z', h)];
    case 'side':
      return [path('M80 108 Q76 50 130 50 Q182 54 176 108 Q172 80 150 72 Q120 92 84 84 Z', h)];
    case 'bald':
      return [path('M78 96 Q76 120 84 132 L88 108 Z', h), path('M178 96 Q180 120 172 132 L168 108 Z', h)];
    case 'bun':
      return [
        circle(CX, 44, 22, h),
        path('M78 108 Q76 54 128 52 Q180 54 178 108 Q170 76 128 72 Q86 76 78 108 Z', h),
      ];
    case 'long':
      return [path('M78 112 Q76 50 130 50 Q180 52 178 112 Q166 70 120 74 Q96 80 78 112 Z', h)];
    case 'curly':
      return [...Array(6).keys()].map((i) => circle(92 + i * 14, 62 + (i % 2) * 6, 15, h));
    case 'ponytail':
      return [path('M78 106 Q78 52 128 50 Q178 52 178 106 Q168 74 128 72 Q88 74 78 106 Z', h)];
    case 'pixie':
      return [path('M78 112 Q72 50 130 48 Q186 52 178 100 Q150 66 100 86 Q88 96 78 112 Z', h)];
    case 'cap':
      return [
        path('M78 96 Q80 46 128 44 Q176 46 178 96 Z', C.navy),
        path('M120 92 L200 88 Q206 100 178 102 L120 100 Z', C.navy),
        rect(78, 90, 100, 8, '#1b2540'),
      ];
    case 'beanie':
      return [
        path('M76 100 Q74 36 128 36 Q182 36 180 100 Z', '#c0392b'),
        rect(74, 88, 108, 18, '#a93226', { rx: 6 }),
        circle(CX, 34, 12, '#e6e6e6'),
      ];
  }
}

export function clothes(spec: PortraitSpec): string[] {
  const body = path('M26 256 Q30 196 92 182 L164 182 Q226 196 230 256 Z', spec.clothes);
  const out = [body];
  switch (spec.accessory) {
    case 'echarpe':
      out.push(
        polygon(
          [
            [70, 190],
            [92, 182],
            [190, 256],
            [160, 256],
          ],
          C.france,
        ),
        polygon(
          [
            [92, 182],
            [110, 182],
            [212, 256],
            [190, 256],
          ],
          C.white,
        ),
        polygon(
          [
            [110, 182],
            [126, 186],
            [226, 250],
            [212, 256],
          ],
          C.red,
        ),
        path('M112 182 L128 204 L144 182 Z', C.white),
      );
      break;
    case 'tie':
      out.push(
        path('M104 182 L128 212 L152 182 Z', C.white),
        path('M122 196 L134 196 L140 250 L128 256 L116 250 Z', '#8e2d3c'),
      );
      break;
    case 'badge':
      out.push(
        path('M108 182 L128 206 L148 182 Z', C.white),
        rect(150, 214, 40, 26, C.white, { rx: 4 }),
        rect(156, 220, 28, 5, C.blue),
        rect(156, 229, 20, 4, C.greyLight),
      );
      break;
    case 'hivis':
      out.push(
        rect(40, 220, 176, 12, '#e9f0f5'),
        rect(40, 242, 176, 10, '#e9f0f5'),
        rect(96, 182, 10, 74, '#e9f0f5'),
        rect(150, 182, 10, 74, '#e9f0f5'),
      );
      break;
    case 'blouse':
      out.push(
        ...[...Array(12).keys()].map((i) =>
          circle(52 + (i % 6) * 30, 214 + Math.floor(i / 6) * 26, 5, C.white, { opacity: 0.8 }),
        ),
        path('M108 182 L128 202 L148 182 Z', C.white),
      );
      break;
    case 'collar':
      out.push(path('M98 182 L128 210 L158 182 L146 180 L128 196 L110 180 Z', C.white, { opacity: 0.9 }));
      break;
    case 'cardigan':
      out.push(
        path('M110 182 L128 250 L146 182 Z', C.paper),
        line(128, 210, 128, 256, C.greenDark, 3),
        ...[222, 240].map((y) => circle(136, y, 3, C.paper)),
      );
      break;
    case 'hood':
      out.push(
        path('M80 188 Q128 230 176 188 L168 180 Q128 212 88 180 Z', '#5f3a70'),
        line(116, 204, 112, 236, C.white, 3),
        line(140, 204, 144, 236, C.white, 3),
      );
      break;
    case 'none':
      out.push(path('M104 182 Q128 206 152 182 Z', spec.skin));
      break;
  }
  return out;
}

export function portraitSvg(key: PortraitKey): string {
  const spec = SPECS[key];
  return svg(256, 256, [
    rect(0, 0, 256, 256, spec.background, { rx: 24 }),
    circle(CX, 120, 100, C.white, { opacity: 0.35 }),
    ...hairBack(spec),
    ...clothes(spec),
    ...face(spec),
    ...hairFront(spec),
  ]);
}
