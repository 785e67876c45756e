import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DOCUMENTS,
  ICONS,
  PEOPLE,
  PORTRAITS,
  ROOMS,
  SOUNDS,
  isPortraitKey,
  isRoomKey,
  isSoundKey,
} from '../../../../src/core/assets';

const ASSETS = join(process.cwd(), 'assets');
const registered = [ROOMS, PORTRAITS, PEOPLE, DOCUMENTS, ICONS, SOUNDS].flatMap((registry) =>
  Object.values(registry).map((asset) => asset.file),
);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [relative(ASSETS, join(dir, entry.name))],
  );
}

describe('asset registries', () => {
  it.each(registered)('%s exists in assets/', (file) => {
    expect(existsSync(join(ASSETS, file))).toBe(true);
  });

  it('lists every generated file (no orphan in assets/)', () => {
    const onDisk = filesUnder(ASSETS).filter((file) => file !== 'README.md');
    expect(onDisk.sort()).toEqual([...registered].sort());
  });

  it('documents every asset in assets/README.md', () => {
    const readme = readFileSync(join(ASSETS, 'README.md'), 'utf8');
    for (const file of registered) expect(readme).toContain(file);
  });

  it('gives every sound a bracketed French subtitle', () => {
    for (const sound of Object.values(SOUNDS)) expect(sound.subtitle).toMatch(/^\[.+\]$/);
  });

  it('keeps the WAV files mono 16-bit at 22 050 Hz', () => {
    for (const sound of Object.values(SOUNDS)) {
      const header = readFileSync(join(ASSETS, sound.file)).subarray(0, 44);
      expect(header.toString('ascii', 0, 4)).toBe('RIFF');
      expect(header.readUInt16LE(22)).toBe(1);
      expect(header.readUInt32LE(24)).toBe(22_050);
      expect(header.readUInt16LE(34)).toBe(16);
    }
  });

  it.each([
    [isRoomKey, 'salle-du-conseil', true],
    [isRoomKey, 'cave', false],
    [isPortraitKey, 'maire', true],
    [isPortraitKey, 'toString', false],
    [isSoundKey, 'telephone', true],
    [isSoundKey, 'klaxon', false],
  ])('guard %#: %s → %s', (guard, key, expected) => {
    expect(guard(key)).toBe(expected);
  });
});
