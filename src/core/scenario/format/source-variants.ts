import type { Scalar } from './schema';
import type { ScenarioSourceFile } from './source-schema';
import type { CompileProblem } from './source-steps';

type Axes = NonNullable<ScenarioSourceFile['axes']>;
type AxisValue = Axes[string][number];

/** A variant of the compiled form, and where its source was written. */
export interface CompiledVariant {
  readonly id: string;
  readonly label: string;
  readonly vars: Record<string, Scalar>;
  readonly closedDayReason?: string;
  /** The source path of this variant, for the errors. */
  readonly sourcePath: string;
}

function product(axes: Axes): { values: AxisValue[]; indexes: number[] }[] {
  let combos: { values: AxisValue[]; indexes: number[] }[] = [{ values: [], indexes: [] }];
  for (const values of Object.values(axes)) {
    combos = combos.flatMap((combo) =>
      values.map((value, index) => ({
        values: [...combo.values, value],
        indexes: [...combo.indexes, index],
      })),
    );
  }
  return combos;
}

function withReason(variant: Omit<CompiledVariant, 'closedDayReason'>, reason: string | undefined) {
  return reason === undefined ? variant : { ...variant, closedDayReason: reason };
}

/**
 * The variants a source compiles to. Written variants stay in their order (saves redraw them from the seed by
 * index), each taking the variables of the axis values it `pick`s, then its own. Without written variants,
 * every combination of the axes is a variant, first axis slowest: a uniform draw among them is an
 * independent draw on each axis.
 */
export function compileVariants(source: ScenarioSourceFile): {
  variants: CompiledVariant[] | undefined;
  problems: CompileProblem[];
} {
  const axes = source.axes ?? {};
  const problems: CompileProblem[] = [];
  if (source.variants) {
    const variants = source.variants.map((variant, i): CompiledVariant => {
      const at = `variants[${i}]`;
      const vars: Record<string, Scalar> = {};
      for (const axis of Object.keys(axes)) {
        const chosen = variant.pick?.[axis];
        const value = axes[axis]?.find((candidate) => candidate.id === chosen);
        if (value) Object.assign(vars, value.vars);
        else
          problems.push({
            path: `${at}.pick.${axis}`,
            message: `La variante ne choisit pas de valeur connue sur l’axe « ${axis} ».`,
            expected: `l’une des valeurs : ${(axes[axis] ?? []).map((candidate) => candidate.id).join(', ')}`,
            found: chosen,
          });
      }
      for (const axis of Object.keys(variant.pick ?? {}))
        if (!(axis in axes))
          problems.push({
            path: `${at}.pick.${axis}`,
            message: 'Axe inconnu.',
            expected: 'un axe de « axes »',
            found: axis,
          });
      return withReason(
        { id: variant.id, label: variant.label, vars: { ...vars, ...variant.vars }, sourcePath: at },
        variant.closedDayReason,
      );
    });
    return { variants, problems };
  }
  if (Object.keys(axes).length === 0) return { variants: undefined, problems };
  const names = Object.keys(axes);
  const variants = product(axes).map(({ values, indexes }) => {
    const vars: Record<string, Scalar> = Object.assign({}, ...values.map((value) => value.vars));
    const reason = values.find((value) => value.closedDayReason !== undefined)?.closedDayReason;
    const sourcePath = `axes.${names[0] ?? ''}[${indexes[0] ?? 0}]`;
    return withReason(
      {
        id: values.map((value) => value.id).join('.'),
        label: values.map((value) => value.label ?? value.id).join(' ; '),
        vars,
        sourcePath,
      },
      reason,
    );
  });
  return { variants, problems };
}
