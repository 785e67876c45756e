type Scalar = string | number | boolean;
interface Variant {
  readonly id: string;
  readonly label: string;
  readonly vars: Record<string, Scalar>;
  readonly closedDayReason?: string;
}

/** The family of a variable: its name up to its first capital (`famEpoux` → `fam`). */
function familyOf(name: string): string {
  return /^[a-z0-9]+/.exec(name)?.[0] ?? name;
}

/**
 * Factors hand-combined variants into axes: the variables of one family (`famEpoux`, `famMotif`…) that take
 * fewer combinations than there are variants become an axis, whose values the variants `pick`. The variants
 * keep their order and ids (saves and years name them) and only their own variables.
 */
export function factorAxes(variants: readonly Variant[]): {
  axes: Record<string, unknown[]>;
  variants: unknown[];
} {
  const names = [...new Set(variants.flatMap((variant) => Object.keys(variant.vars)))];
  const families = new Map<string, string[]>();
  for (const name of names) families.set(familyOf(name), [...(families.get(familyOf(name)) ?? []), name]);
  const axes: Record<string, unknown[]> = {};
  const picks = variants.map(() => ({}) as Record<string, string>);
  const factored = new Set<string>();
  const tupleKeys = (members: readonly string[]) =>
    variants.map((variant) => JSON.stringify(members.map((name) => variant.vars[name])));
  const countOf = (members: readonly string[]) => new Set(tupleKeys(members)).size;
  for (const [family, all] of families) {
    if (!variants.every((variant) => all.every((name) => name in variant.vars))) continue;
    // The axis is the variables that vary together: a variable with more values than the family's first
    // varying one (a date of its own) stays with each variant.
    let members: string[] = [];
    for (const name of [...all].sort((a, b) => countOf([a]) - countOf([b]))) {
      const limit = Math.max(1, countOf(members));
      if (countOf([...members, name]) <= limit || countOf(members) === 1) members.push(name);
    }
    // Variables that never vary together one by one (a place said, written, and its kind) still make one axis.
    if (members.length < 2) members = all;
    if (members.length < 2) continue;
    const keys = tupleKeys(members);
    const distinct = [...new Set(keys)];
    if (distinct.length >= variants.length) continue;
    axes[family] = distinct.map((key, index) => ({
      id: `${family}-${index + 1}`,
      vars: Object.fromEntries(members.map((name, i) => [name, (JSON.parse(key) as Scalar[])[i]])),
    }));
    keys.forEach((key, i) => {
      const pick = picks[i];
      if (pick) pick[family] = `${family}-${distinct.indexOf(key) + 1}`;
    });
    for (const name of members) factored.add(name);
  }
  return {
    axes,
    variants: variants.map((variant, i) => ({
      id: variant.id,
      label: variant.label,
      pick: picks[i],
      vars: Object.fromEntries(Object.entries(variant.vars).filter(([name]) => !factored.has(name))),
      ...(variant.closedDayReason ? { closedDayReason: variant.closedDayReason } : {}),
    })),
  };
}
