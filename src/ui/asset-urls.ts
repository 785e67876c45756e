// Built URLs of the generated assets, keyed like the registries.
import {
  DOCUMENTS,
  ICONS,
  PEOPLE,
  PORTRAITS,
  ROOMS,
  SOUNDS,
  isDocumentKey,
  isPortraitKey,
  type DocumentKey,
  type IconKey,
  type ImageAsset,
  type PersonKey,
  type PortraitKey,
  type RoomKey,
  type SoundKey,
} from '../core/assets';
import { IMAGE_FILES as images, SOUND_FILES as sounds } from './asset-files';

function resolve(files: Readonly<Record<string, string>>, file: string): string {
  const url = files[`../../assets/${file}`];
  if (url === undefined) throw new Error(`Fichier absent de assets/ : ${file} (lancez « npm run assets »).`);
  return url;
}

// Object.keys widens to string[]: the registries are closed records, so their keys are exactly K.
function urlsOf<K extends string>(
  registry: Readonly<Record<K, ImageAsset | { file: string }>>,
  files: Readonly<Record<string, string>>,
): Readonly<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const key of Object.keys(registry) as K[]) out[key] = resolve(files, registry[key].file);
  return out as Record<K, string>;
}

export const ROOM_URLS: Readonly<Record<RoomKey, string>> = urlsOf(ROOMS, images);
export const PORTRAIT_URLS: Readonly<Record<PortraitKey, string>> = urlsOf(PORTRAITS, images);
export const PEOPLE_URLS: Readonly<Record<PersonKey, string>> = urlsOf(PEOPLE, images);
export const DOCUMENT_URLS: Readonly<Record<DocumentKey, string>> = urlsOf(DOCUMENTS, images);
export const ICON_URLS: Readonly<Record<IconKey, string>> = urlsOf(ICONS, images);
export const SOUND_URLS: Readonly<Record<SoundKey, string>> = urlsOf(SOUNDS, sounds);

/** Portrait key → URL, or undefined for a key the registry does not know (the views' `ImageResolver`). */
export const resolvePortrait = (key: string): string | undefined =>
  isPortraitKey(key) ? PORTRAIT_URLS[key] : undefined;

/** Document family → paper URL, or undefined (the views' `ImageResolver`). */
export const resolveDocumentImage = (key: string): string | undefined =>
  isDocumentKey(key) ? DOCUMENT_URLS[key] : undefined;
