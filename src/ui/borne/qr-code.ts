import { encode } from 'uqr';

/** A QR code as one SVG path of its dark modules, drawn here from the address: no network, no image. */
export interface QrDrawing {
  /** Modules per side, quiet zone included. */
  readonly size: number;
  /** `M x y h1v1h-1z` for each dark module, in module units. */
  readonly path: string;
}

/** The QR code of an address (error correction M: a printed or filmed screen still reads). Pure. */
export function qrDrawing(address: string): QrDrawing {
  const { data, size } = encode(address, { ecc: 'M', border: 2 });
  const path = data.flatMap((row, y) => row.map((dark, x) => (dark ? `M${x} ${y}h1v1h-1z` : ''))).join('');
  return { size, path };
}

const SVG = 'http://www.w3.org/2000/svg';

/** The QR code as an SVG image, its address as its text alternative. */
export function qrCodeElement(address: string, label: string): SVGSVGElement {
  const { size, path } = qrDrawing(address);
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('class', 'borne-qr');
  svg.setAttribute('shape-rendering', 'crispEdges');
  const background = document.createElementNS(SVG, 'rect');
  background.setAttribute('width', String(size));
  background.setAttribute('height', String(size));
  background.setAttribute('fill', '#fff');
  const modules = document.createElementNS(SVG, 'path');
  modules.setAttribute('d', path);
  modules.setAttribute('fill', '#000');
  svg.append(background, modules);
  return svg;
}
