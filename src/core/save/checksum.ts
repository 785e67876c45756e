import { strToU8 } from 'fflate';

const TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 (the zip polynomial) of a text's UTF-8 bytes, as 8 lowercase hex digits. */
export function crc32(text: string): string {
  let crc = 0xffffffff;
  for (const byte of strToU8(text)) crc = (TABLE[(crc ^ byte) & 255] ?? 0) ^ (crc >>> 8);
  return ((crc ^ 0xffffffff) >>> 0).toString(16).padStart(8, '0');
}
