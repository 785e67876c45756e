import { isResultPack, parseResultFile, RESULT_FILE_MAX_BYTES } from '../../core/binome';
import { binomePacks } from '../../core/binome/packs';
import type { Catalogue, ScenarioFile } from '../../core/scenario';

/** One file the facilitator imported: its code, or why it was refused. */
export type ImportedFile =
  | { readonly name: string; readonly ok: true; readonly code: string; readonly packId: string }
  | { readonly name: string; readonly ok: false; readonly error: string };

/** What the facilitator has entered so far: kept in memory while the mode is open, never stored. */
export interface FacilitatorDraft {
  readonly packId: string;
  /** The textarea's text, one code per line. */
  readonly typed: string;
  readonly files: readonly ImportedFile[];
}

/** A file as the browser hands it over: its name, its size, and its text (null when too big to be read). */
export interface FileToRead {
  readonly name: string;
  readonly text: string | null;
}

/** The packs a facilitator can gather: the binôme packs that give result codes, by title. */
export function facilitatorPacks(catalogue: Pick<Catalogue, 'scenarios' | 'files'>): ScenarioFile[] {
  return binomePacks(catalogue).filter((pack) => isResultPack(pack.id));
}

/** An empty draft on the first pack. */
export function emptyDraft(packs: readonly ScenarioFile[]): FacilitatorDraft {
  return { packId: packs[0]?.id ?? '', typed: '', files: [] };
}

/** A file read and checked against the game's packs. */
export function readImportedFile(file: FileToRead, packs: readonly ScenarioFile[]): ImportedFile {
  if (file.text === null)
    return {
      name: file.name,
      ok: false,
      error: `Fichier trop grand pour être un résultat de binôme (plus de ${RESULT_FILE_MAX_BYTES / 1024} Kio).`,
    };
  const read = parseResultFile(file.text, packs);
  return read.ok
    ? { name: file.name, ok: true, code: read.value.code, packId: read.value.result.packId }
    : { name: file.name, ok: false, error: read.error };
}

const plural = (count: number, one: string, many: string) => `${count} ${count > 1 ? many : one}`;

/**
 * Adds the files just read to the draft, keeping everything entered before; a file imported twice (same name,
 * same code) is counted once. Returns the sentence the narrator says.
 */
export function withImported(
  draft: FacilitatorDraft,
  imported: readonly ImportedFile[],
): { readonly draft: FacilitatorDraft; readonly announcement: string } {
  const sameAs = (a: ImportedFile, b: ImportedFile) => a.name === b.name && a.ok && b.ok && a.code === b.code;
  const kept: ImportedFile[] = [...draft.files];
  let twice = 0;
  for (const file of imported) {
    if (kept.some((other) => sameAs(other, file))) twice += 1;
    else kept.push(file);
  }
  const accepted = imported.filter((file) => file.ok).length - twice;
  const refused = imported.filter((file) => !file.ok).length;
  const parts = [plural(accepted, 'fichier importé', 'fichiers importés')];
  if (refused > 0) parts.push(plural(refused, 'refusé', 'refusés'));
  if (twice > 0) parts.push(plural(twice, 'déjà importé', 'déjà importés'));
  const total = kept.filter((file) => file.ok).length;
  return {
    draft: { ...draft, files: kept },
    announcement: `${parts.join(', ')}. ${plural(total, 'résultat', 'résultats')} en fichier au total.`,
  };
}

/** The draft without the file at `index`. */
export function withoutFile(draft: FacilitatorDraft, index: number): FacilitatorDraft {
  return { ...draft, files: draft.files.filter((_, at) => at !== index) };
}

/** True when nothing was typed nor imported: there is no room to debrief yet. */
export function isEmptyDraft(draft: FacilitatorDraft): boolean {
  return draft.typed.trim() === '' && draft.files.length === 0;
}

/** One line of the file list on the editing screen. */
export interface FileLine {
  readonly name: string;
  readonly ok: boolean;
  /** « Résultat lu » with its pack, or the French reason it was refused. */
  readonly status: string;
}

/** The file list, as the editing screen shows it. */
export function presentFiles(draft: FacilitatorDraft, packs: readonly ScenarioFile[]): FileLine[] {
  const titleOf = (packId: string) => packs.find((pack) => pack.id === packId)?.title ?? packId;
  return draft.files.map((file) => ({
    name: file.name,
    ok: file.ok,
    status: file.ok ? `Résultat lu (« ${titleOf(file.packId)} »).` : `Refusé : ${file.error}`,
  }));
}
