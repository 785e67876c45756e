/**
 * The text table a compilation fills: every inline text of a source file gets a stable id made from where it
 * is (`accueil.1`, `demande-suite.option.completer.why`, `doc.cni.nom.v`), the id the runtime, the future
 * translation table and the debrief use. An id names a place, not a sentence: moving a text keeps its id only
 * if it keeps its place, and two equal sentences in two places get two ids (each can be translated alone).
 */
export class TextTable {
  /** id → French text, in the order of the source file. */
  readonly texts: Record<string, string> = {};
  /** id → the path of the text in the source file, for the errors. */
  readonly paths = new Map<string, string>();

  /** Records a text at a source path under the id made from `segments`; returns the id. */
  put(segments: readonly (string | number)[], sourcePath: string, text: string): string {
    const base = segments.join('.');
    let textId = base;
    // Two places can only share an id when an author wrote an id twice (two options « a »): the validator
    // reports the duplicate; the text table keeps both texts apart meanwhile.
    for (let n = 2; this.paths.has(textId); n += 1) textId = `${base}.${n}`;
    this.texts[textId] = text;
    this.paths.set(textId, sourcePath);
    return textId;
  }

  /** {@link put} for an optional text. */
  putOptional(
    segments: readonly (string | number)[],
    sourcePath: string,
    text: string | undefined,
  ): string | undefined {
    return text === undefined ? undefined : this.put(segments, sourcePath, text);
  }
}
