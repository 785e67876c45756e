import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { err, ok, type Result } from '../result';
import { describeIssues, z } from '../validation/schema';
import { decodeBase64, encodeBase64 } from './base64';
import { crc32 } from './checksum';
import { migrate } from './migrations';
import { CURRENT_SAVE_VERSION, payloadV2Schema, type SavePayload } from './payload';

/** The `format` of every save file of the game. */
export const SAVE_FORMAT = 'une-annee-en-mairie/sauvegarde';

/** Bigger than any real save by far: a larger file is refused before it is parsed. */
const MAX_SAVE_CHARS = 200_000;
/** Cap on the decompressed content, against a decompression bomb. */
const MAX_CONTENT_BYTES = 4_000_000;

/** What the player sees of a save without opening it. */
export interface SaveMeta {
  /** Real date and time of the save, given by the caller (the core reads no clock). */
  readonly savedAt: string;
  /** French, e.g. « 2027, semaine 12 ». */
  readonly label: string;
}

/** Why a save could not be read; `message` is French and says what happened to it. */
export interface SaveError {
  readonly code:
    | 'illisible'
    | 'format'
    | 'version-future'
    | 'somme-de-controle'
    | 'decompression'
    | 'contenu'
    | 'migration'
    | 'versions'
    | 'rejeu';
  readonly message: string;
}

const envelopeSchema = z.strictObject({
  format: z.literal(SAVE_FORMAT),
  version: z.number().int().min(1),
  savedAt: z.string().max(40),
  label: z.string().max(200),
  data: z.string().min(4).max(MAX_SAVE_CHARS),
  checksum: z.string().regex(/^[0-9a-f]{8}$/),
});

function fail(code: SaveError['code'], message: string): Result<never, SaveError> {
  return err({ code, message });
}

/** JSON → deflate → base64: the compressed form of a save's content (what must fit in 4 096 characters). */
export function compressContent(content: unknown): string {
  return encodeBase64(deflateSync(strToU8(JSON.stringify(content)), { level: 9 }));
}

/** A save file's text in format `version` (the current one unless a test writes an older file). */
export function writeEnvelope(version: number, content: unknown, meta: SaveMeta): string {
  const data = compressContent(content);
  return JSON.stringify({
    format: SAVE_FORMAT,
    version,
    savedAt: meta.savedAt,
    label: meta.label,
    data,
    checksum: crc32(data),
  });
}

/** A save file's text for a payload of the current format. */
export function writeSave(payload: SavePayload, meta: SaveMeta): string {
  return writeEnvelope(CURRENT_SAVE_VERSION, payload, meta);
}

/** base64 → inflate → JSON: a save's content back from its compressed form; never throws. */
export function decompressContent(data: string): Result<unknown, SaveError> {
  const bytes = decodeBase64(data);
  if (!bytes) return fail('decompression', 'La sauvegarde est corrompue : son contenu n’est pas lisible.');
  let text: string;
  try {
    const out = inflateSync(bytes, { out: new Uint8Array(MAX_CONTENT_BYTES + 1) });
    if (out.length > MAX_CONTENT_BYTES)
      return fail('decompression', 'La sauvegarde est anormalement volumineuse une fois décompressée.');
    text = strFromU8(out);
  } catch {
    return fail('decompression', 'La sauvegarde est tronquée ou corrompue : impossible de la décompresser.');
  }
  try {
    return ok(JSON.parse(text) as unknown);
  } catch {
    return fail('contenu', 'La sauvegarde est corrompue : son contenu n’est pas du JSON.');
  }
}

/**
 * Reads a save file: its envelope, its checksum, its compressed content, migrated from an older format if
 * needed. Never throws: anything wrong is a French {@link SaveError}.
 */
export function readSave(
  text: string,
): Result<
  { readonly payload: SavePayload; readonly meta: SaveMeta; readonly migratedFrom: number | null },
  SaveError
> {
  if (text.length > MAX_SAVE_CHARS)
    return fail('illisible', 'Le fichier est trop volumineux pour être une sauvegarde du jeu.');
  let raw: unknown;
  try {
    raw = JSON.parse(text) as unknown;
  } catch {
    return fail(
      'illisible',
      'Le fichier de sauvegarde est illisible : ce n’est pas du JSON (il est peut-être tronqué).',
    );
  }
  if (typeof raw !== 'object' || raw === null || !('format' in raw) || raw.format !== SAVE_FORMAT)
    return fail('format', 'Ce fichier n’est pas une sauvegarde d’« Une année en mairie ».');
  if ('version' in raw && typeof raw.version === 'number' && raw.version > CURRENT_SAVE_VERSION)
    return fail(
      'version-future',
      `Cette sauvegarde vient d’une version plus récente du jeu (format ${raw.version}) : mettez le jeu à jour pour la reprendre.`,
    );
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success)
    return fail(
      'format',
      `La sauvegarde est incomplète ou abîmée : ${describeIssues(envelope.error).join(' ; ')}.`,
    );
  const { version, data, checksum, savedAt, label } = envelope.data;
  if (crc32(data) !== checksum)
    return fail(
      'somme-de-controle',
      'La sauvegarde est corrompue : sa somme de contrôle ne correspond pas à son contenu.',
    );
  const content = decompressContent(data);
  if (!content.ok) return content;
  const migrated = migrate(content.value, version);
  if (!migrated.ok)
    return fail(
      'migration',
      `La sauvegarde est dans un ancien format que cette version ne sait pas reprendre : ${migrated.error}.`,
    );
  const payload = payloadV2Schema.safeParse(migrated.value);
  if (!payload.success)
    return fail(
      'contenu',
      `La sauvegarde est corrompue : ${describeIssues(payload.error).slice(0, 3).join(' ; ')}.`,
    );
  return ok({
    payload: payload.data,
    meta: { savedAt, label },
    migratedFrom: version < CURRENT_SAVE_VERSION ? version : null,
  });
}
