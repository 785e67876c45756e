import type { DecisionSite } from './source-steps';

/** Where the compiled scoring's answers were written on the source step. */
const LISTS = new Map([
  ['options', 'options'],
  ['fields', 'fields'],
  ['answers', 'items'],
]);

/**
 * The way back from a path of the compiled form to the place an author wrote it, so that every error of the
 * validators points into the source file: `texts.<id>` goes to the text's place, `scoring.<decision>…` to
 * the step that measures it (an option's verdict, a timer, a field's score, an item's bin), a document
 * field to its pair, a variant to its line.
 */
export class SourcePaths {
  private readonly decisions: readonly string[];

  constructor(
    private readonly texts: ReadonlyMap<string, string>,
    private readonly sites: ReadonlyMap<string, DecisionSite>,
    private readonly variants: readonly string[],
  ) {
    // Longest first: a decision id may hold dots and be the prefix of another.
    this.decisions = [...sites.keys()].sort((a, b) => b.length - a.length);
  }

  /** The source path of a compiled path (unchanged where both forms agree). */
  toSource(path: string): string {
    if (path.startsWith('texts.')) return this.texts.get(path.slice('texts.'.length)) ?? path;
    if (path.startsWith('scoring.')) return this.scoring(path.slice('scoring.'.length)) ?? path;
    const field = /^(documents\.[^.[]+\.fields\[\d+\])\.(?:id|label|value)$/.exec(path);
    if (field?.[1]) return field[1];
    const variant = /^variants\[(\d+)\](.*)$/.exec(path);
    if (variant) return `${this.variants[Number(variant[1])] ?? 'variants'}${variant[2] ?? ''}`;
    return path;
  }

  private scoring(rest: string): string | undefined {
    const decision = this.decisions.find((id) => rest === id || rest.startsWith(`${id}.`));
    const site = decision === undefined ? undefined : this.sites.get(decision);
    if (decision === undefined || site === undefined) return undefined;
    const at = `steps.${site.stepId}`;
    const inner = rest.slice(decision.length + 1);
    const [section = '', key, ...tail] = inner.split('.');
    const suffix = tail.length > 0 ? `.${tail.join('.')}` : '';
    if (section === 'options' && key === 'timeout') return `${at}.timer${suffix}`;
    const list = LISTS.get(section);
    if (list !== undefined) {
      const index = key === undefined ? undefined : site.answerIndex.get(key);
      if (index === undefined) return `${at}.${list}`;
      return `${at}.${list}[${index}]${section === 'fields' ? '.score' : ''}${suffix}`;
    }
    return inner === '' ? `${at}.decision` : `${at}.decision.${inner}`;
  }
}
