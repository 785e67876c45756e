import type { InputProblem } from '../../core/scenario';

/** Where refused-input messages go: next to their field, or in the step's summary. */
export interface ProblemPlacement {
  /** Messages shown next to a field, by key, in the view's field order. */
  readonly inline: ReadonlyMap<string, readonly string[]>;
  /** Messages for the whole step or for keys with no place of their own. `key` lets the summary link to it. */
  readonly summary: readonly { readonly key: string | null; readonly message: string }[];
  /** Key of the first field in error (view order), null when only the summary has messages. */
  readonly firstKey: string | null;
}

/**
 * Sorts problems by place. `keys` lists the view's keys in display order; `inlineKeys` those that have a
 * message slot of their own. A problem on a known key without slot goes to the summary with its key.
 */
export function placeProblems(
  problems: readonly InputProblem[],
  keys: readonly string[],
  inlineKeys: ReadonlySet<string>,
): ProblemPlacement {
  const inline = new Map<string, string[]>();
  const summary: { key: string | null; message: string }[] = [];
  const known = new Set(keys);
  for (const problem of problems) {
    const key = problem.key !== null && known.has(problem.key) ? problem.key : null;
    if (key !== null && inlineKeys.has(key)) inline.set(key, [...(inline.get(key) ?? []), problem.message]);
    else summary.push({ key, message: problem.message });
  }
  const inError = new Set([
    ...inline.keys(),
    ...summary.flatMap((entry) => (entry.key === null ? [] : [entry.key])),
  ]);
  const ordered = new Map(keys.filter((key) => inline.has(key)).map((key) => [key, inline.get(key) ?? []]));
  return { inline: ordered, summary, firstKey: keys.find((key) => inError.has(key)) ?? null };
}
