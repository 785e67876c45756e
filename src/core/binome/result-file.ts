import { err, ok, type Result } from '../result';
import type { ScenarioFile } from '../scenario/format/schema';
import { decodeResult, type BinomeResult } from './result-code';

/** What names a pair's result file, so that a save file or any other JSON is told apart from it. */
export const RESULT_FILE_FORMAT = 'une-annee-en-mairie/resultat-binome';
/** The version of the file's shape (not of the pack, which the code carries). */
export const RESULT_FILE_VERSION = 1;
/** A result file holds a code of some thirty characters: anything much bigger is not one. */
export const RESULT_FILE_MAX_BYTES = 4096;

/**
 * The pair's result as a file: the pack and the result code, the day it was saved; never a first name, so that
 * nothing personal leaves the pair's hands when they give the file to the facilitator.
 */
export interface ResultFile {
  readonly format: typeof RESULT_FILE_FORMAT;
  readonly version: typeof RESULT_FILE_VERSION;
  readonly packId: string;
  readonly code: string;
  /** ISO date, `2026-12-08`. */
  readonly savedOn: string;
}

/** A result file read back: its code decoded against the game's packs. */
export interface ReadResultFile {
  readonly code: string;
  readonly result: BinomeResult;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The pair's result file, ready to download: `binome-situations-de-tension-2026-12-08.json` and its JSON text.
 * Null when the pair has no code (no advised decision was taken).
 */
export function resultFileOf(
  packId: string,
  code: string | null,
  savedOn: string,
): { readonly fileName: string; readonly text: string } | null {
  if (code === null) return null;
  const file: ResultFile = {
    format: RESULT_FILE_FORMAT,
    version: RESULT_FILE_VERSION,
    packId,
    code,
    savedOn,
  };
  return { fileName: `binome-${packId}-${savedOn}.json`, text: `${JSON.stringify(file, null, 2)}\n` };
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads a pair's result file imported by the facilitator, against the game's packs. Refused with a French message:
 * a file that is not JSON, a JSON file that is not a binôme result (a save file, say), a newer format, a file whose
 * code is damaged, or whose code belongs to another pack than the one it names.
 */
export function parseResultFile(
  text: string,
  packs: readonly ScenarioFile[],
): Result<ReadResultFile, string> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return err(
      'Fichier illisible : ce n’est pas un fichier de résultat du jeu (il n’est pas au format JSON).',
    );
  }
  if (!isRecord(data) || data.format !== RESULT_FILE_FORMAT)
    return err(
      'Ce fichier n’est pas un résultat de binôme : utilisez le fichier « binome-….json » enregistré depuis le bilan du binôme.',
    );
  if (typeof data.version !== 'number' || data.version > RESULT_FILE_VERSION || data.version < 1)
    return err(
      'Ce fichier de résultat vient d’une version plus récente du jeu : mettez le jeu à jour pour le lire.',
    );
  const { packId, code, savedOn } = data;
  if (
    typeof packId !== 'string' ||
    typeof code !== 'string' ||
    typeof savedOn !== 'string' ||
    !ISO_DATE.test(savedOn)
  )
    return err('Fichier de résultat abîmé : il y manque le pack, le code ou la date.');
  const decoded = decodeResult(code, packs);
  if (!decoded.ok) return err(decoded.error);
  if (decoded.value.packId !== packId)
    return err('Fichier de résultat abîmé : son code ne correspond pas au pack qu’il annonce.');
  return ok({ code: code.replace(/\s+/g, '').toUpperCase(), result: decoded.value });
}
