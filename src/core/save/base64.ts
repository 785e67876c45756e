const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUES = new Map([...ALPHABET].map((char, index) => [char, index]));

/** Standard base64 (RFC 4648, padded): pure, so the core runs the same in Node and in the browser. */
export function encodeBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const triple = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += ALPHABET[(triple >> 18) & 63] ?? '';
    out += ALPHABET[(triple >> 12) & 63] ?? '';
    out += b === undefined ? '=' : (ALPHABET[(triple >> 6) & 63] ?? '');
    out += c === undefined ? '=' : (ALPHABET[triple & 63] ?? '');
  }
  return out;
}

/** Decodes strict base64; null when the text is not base64 (bad length, bad character, misplaced padding). */
export function decodeBase64(text: string): Uint8Array | null {
  if (text.length % 4 !== 0) return null;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const body = text.slice(0, text.length - padding);
  const bytes = new Uint8Array((text.length / 4) * 3 - padding);
  let index = 0;
  for (let i = 0; i < text.length; i += 4) {
    let triple = 0;
    for (let j = 0; j < 4; j += 1) {
      const position = i + j;
      const value = position < body.length ? VALUES.get(body.charAt(position)) : 0;
      if (value === undefined) return null;
      triple = (triple << 6) | value;
    }
    for (const shift of [16, 8, 0]) {
      if (index < bytes.length) bytes[index] = (triple >> shift) & 255;
      index += 1;
    }
  }
  return bytes;
}
