// A tiny SVG writer: every generated image is a string built from these helpers, so the art stays reviewable code.

/** Attribute values; numbers are rounded to keep the files small. */
export type Attrs = Readonly<Record<string, string | number | undefined>>;

const round = (value: number): string => String(Math.round(value * 10) / 10);

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function attrs(values: Attrs): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${typeof value === 'number' ? round(value) : escapeXml(value)}"`)
    .join('');
}

export function el(name: string, values: Attrs, children: readonly string[] = []): string {
  return children.length === 0
    ? `<${name}${attrs(values)}/>`
    : `<${name}${attrs(values)}>${children.join('')}</${name}>`;
}

export function svg(
  width: number,
  height: number,
  children: readonly string[],
  defs: readonly string[] = [],
): string {
  const head = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`;
  const defsBlock = defs.length > 0 ? `<defs>${defs.join('')}</defs>` : '';
  return `${head}${defsBlock}${children.join('')}</svg>\n`;
}

export const rect = (x: number, y: number, width: number, height: number, fill: string, extra: Attrs = {}) =>
  el('rect', { x, y, width, height, fill, ...extra });

export const circle = (cx: number, cy: number, r: number, fill: string, extra: Attrs = {}) =>
  el('circle', { cx, cy, r, fill, ...extra });

export const ellipse = (cx: number, cy: number, rx: number, ry: number, fill: string, extra: Attrs = {}) =>
  el('ellipse', { cx, cy, rx, ry, fill, ...extra });

export const path = (d: string, fill: string, extra: Attrs = {}) => el('path', { d, fill, ...extra });

export const line = (
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  stroke: string,
  width = 2,
  extra: Attrs = {},
) => el('line', { x1, y1, x2, y2, stroke, 'stroke-width': width, 'stroke-linecap': 'round', ...extra });

export const polygon = (points: readonly (readonly [number, number])[], fill: string, extra: Attrs = {}) =>
  el('polygon', { points: points.map(([x, y]) => `${round(x)},${round(y)}`).join(' '), fill, ...extra });

export const group = (children: readonly string[], extra: Attrs = {}) => el('g', extra, children);

/** Decorative lettering only (signs, plates): readable text of the game lives in the DOM overlay. */
export const text = (x: number, y: number, content: string, size: number, fill: string, extra: Attrs = {}) =>
  el(
    'text',
    {
      x,
      y,
      'font-family': 'Atkinson Hyperlegible, DejaVu Sans, Arial, sans-serif',
      'font-size': size,
      'font-weight': 700,
      'text-anchor': 'middle',
      fill,
      ...extra,
    },
    [escapeXml(content)],
  );

export const linearGradient = (id: string, stops: readonly (readonly [number, string])[], vertical = true) =>
  el(
    'linearGradient',
    vertical ? { id, x1: 0, y1: 0, x2: 0, y2: 1 } : { id, x1: 0, y1: 0, x2: 1, y2: 0 },
    stops.map(([offset, color]) => el('stop', { offset, 'stop-color': color })),
  );

/** Rounded rectangle. */
export const roundRect = (
  x: number,
  y: number,
  width: number,
  height: number,
  r: number,
  fill: string,
  extra: Attrs = {},
) => rect(x, y, width, height, fill, { rx: r, ...extra });

/** A soft floor shadow under furniture. */
export const shadow = (cx: number, cy: number, rx: number, ry = rx / 6) =>
  ellipse(cx, cy, rx, ry, '#000', { opacity: 0.16 });
