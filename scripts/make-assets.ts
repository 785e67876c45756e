// `npm run assets`: writes every image (SVG) and sound (WAV) of the game into assets/, from code only.
// Deterministic: the same files byte for byte on every run (noise comes from the project's seeded RNG).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import {
  DOCUMENTS,
  EXPRESSIONS,
  ICONS,
  PEOPLE,
  PORTRAITS,
  personKey,
  ROOMS,
  SOUNDS,
  type DocumentKey,
  type IconKey,
  type PortraitKey,
  type RoomKey,
  type SoundKey,
} from '../src/core/assets';
import { documentSvg } from './assets/documents';
import { iconSvg } from './assets/icons';
import { personSvg } from './assets/people';
import { portraitSvg } from './assets/portraits';
import { assetsReadme } from './assets/readme';
import { bureauSvg } from './assets/rooms/bureau';
import { bureauDeVoteSvg } from './assets/rooms/bureau-de-vote';
import { conseilSvg } from './assets/rooms/conseil';
import { facadeSvg } from './assets/rooms/facade';
import { guichetSvg } from './assets/rooms/guichet';
import { mairieSvg } from './assets/rooms/mairie';
import { synthesise } from './assets/synth';
import { encodeWav } from './assets/wav';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets');

const ROOM_ART: Readonly<Record<RoomKey, () => string>> = {
  facade: facadeSvg,
  mairie: mairieSvg,
  guichet: guichetSvg,
  'salle-du-conseil': conseilSvg,
  'bureau-de-vote': bureauDeVoteSvg,
  bureau: bureauSvg,
};

const keys = <K extends string>(record: Readonly<Record<K, unknown>>) => Object.keys(record) as K[];

let total = 0;
function write(file: string, content: string | Buffer): void {
  const target = join(ROOT, file);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, content);
  const bytes = typeof content === 'string' ? Buffer.byteLength(content) : content.length;
  total += bytes;
  console.log(`${file.padEnd(40)} ${(bytes / 1024).toFixed(1).padStart(7)} Kio`);
}

for (const key of keys<RoomKey>(ROOMS)) write(ROOMS[key].file, ROOM_ART[key]());
for (const key of keys<PortraitKey>(PORTRAITS)) write(PORTRAITS[key].file, portraitSvg(key));
for (const key of keys<PortraitKey>(PORTRAITS))
  for (const expression of EXPRESSIONS)
    write(PEOPLE[personKey(key, expression)].file, personSvg(key, expression));
for (const key of keys<DocumentKey>(DOCUMENTS)) write(DOCUMENTS[key].file, documentSvg(key));
for (const key of keys<IconKey>(ICONS)) write(ICONS[key].file, iconSvg(key));
for (const key of keys<SoundKey>(SOUNDS))
  write(SOUNDS[key].file, encodeWav(synthesise(key, SOUNDS[key].loop)));
// Formatted like the rest of the repository so `prettier --check .` passes on the generated file.
const readmePath = join(ROOT, 'README.md');
write(
  'README.md',
  await format(assetsReadme(), { ...(await resolveConfig(readmePath)), filepath: readmePath }),
);
console.log(`Total : ${(total / 1024).toFixed(1)} Kio`);
