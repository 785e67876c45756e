import { err, ok, type Result } from '../../core/result';
import type { AllocateView, InputProblem, SubmittedValue } from '../../core/scenario';
import { formatFrenchCents } from '../../core/french-format';
import { parseFrenchAmountCents } from './french-number';

/** What the player typed in each line, by line id. */
export type AllocateRaw = Readonly<Record<string, string>>;

export interface AllocateLineModel {
  readonly id: string;
  readonly label: string;
  readonly hint: string | null;
  /** Cents, null while the input is unreadable; an empty line counts as zero. */
  readonly cents: number | null;
  /** French message when the input cannot be read. */
  readonly error: string | null;
}

export interface AllocateGroupModel {
  readonly id: string;
  readonly label: string;
  readonly lines: readonly AllocateLineModel[];
  readonly totalCents: number;
  readonly totalText: string;
  /** True when an unreadable line is left out of the total. */
  readonly partial: boolean;
}

export interface BalanceModel {
  readonly label: string;
  readonly leftLabel: string;
  readonly rightLabel: string;
  readonly leftText: string;
  readonly rightText: string;
  /** Left minus right, in cents. */
  readonly differenceCents: number;
  readonly balanced: boolean;
  /** « équilibré » or « déséquilibré de 1 200 € (le total « A » dépasse le total « B ») »: words, not colour only. */
  readonly statusText: string;
}

export interface AllocateModel {
  readonly heading: string;
  readonly unit: string;
  readonly groups: readonly AllocateGroupModel[];
  readonly balances: readonly BalanceModel[];
  readonly submitLabel: string;
}

/** The inputs as first shown: pre-filled amounts written the French way, other lines empty. */
export function initialAllocateRaw(view: AllocateView): AllocateRaw {
  return Object.fromEntries(
    view.groups.flatMap((group) =>
      group.lines.map((line) => [
        line.id,
        line.initial === undefined ? '' : formatFrenchCents(Math.round(line.initial * 100), ''),
      ]),
    ),
  );
}

function lineCents(raw: string | undefined): { cents: number | null; error: string | null } {
  if (raw === undefined || raw.trim() === '') return { cents: 0, error: null };
  const parsed = parseFrenchAmountCents(raw);
  return parsed.ok ? { cents: parsed.value, error: null } : { cents: null, error: parsed.error };
}

/** View-model of the allocation table: live totals per group and the balances, all in exact cents. */
export function presentAllocate(view: AllocateView, raw: AllocateRaw): AllocateModel {
  const groups = view.groups.map((group): AllocateGroupModel => {
    const lines = group.lines.map((line) => ({
      id: line.id,
      label: line.label,
      hint: line.hint ?? null,
      ...lineCents(raw[line.id]),
    }));
    const totalCents = lines.reduce((sum, line) => sum + (line.cents ?? 0), 0);
    return {
      id: group.id,
      label: group.label,
      lines,
      totalCents,
      totalText: formatFrenchCents(totalCents, view.unit),
      partial: lines.some((line) => line.cents === null),
    };
  });
  const byId = new Map(groups.map((group) => [group.id, group]));
  const balances = view.balances.map((balance): BalanceModel => {
    const left = byId.get(balance.left);
    const right = byId.get(balance.right);
    const differenceCents = (left?.totalCents ?? 0) - (right?.totalCents ?? 0);
    const leftLabel = left?.label ?? balance.left;
    const rightLabel = right?.label ?? balance.right;
    const balanced = differenceCents === 0;
    const [larger, smaller] = differenceCents > 0 ? [leftLabel, rightLabel] : [rightLabel, leftLabel];
    return {
      label: balance.label,
      leftLabel,
      rightLabel,
      leftText: formatFrenchCents(left?.totalCents ?? 0, view.unit),
      rightText: formatFrenchCents(right?.totalCents ?? 0, view.unit),
      differenceCents,
      balanced,
      statusText: balanced
        ? 'équilibré'
        : `déséquilibré de ${formatFrenchCents(Math.abs(differenceCents), view.unit)} ` +
          `(le total « ${larger} » dépasse le total « ${smaller} »)`,
    };
  });
  return { heading: view.prompt, unit: view.unit, groups, balances, submitLabel: 'Valider' };
}

/** The answers of `user.submit` (line id → amount in euros), or the lines that cannot be read. */
export function allocateSubmission(
  view: AllocateView,
  raw: AllocateRaw,
): Result<Readonly<Record<string, SubmittedValue>>, readonly InputProblem[]> {
  const model = presentAllocate(view, raw);
  const lines = model.groups.flatMap((group) => group.lines);
  const problems = lines.flatMap((line) =>
    line.error === null ? [] : [{ key: line.id, message: line.error }],
  );
  if (problems.length > 0) return err(problems);
  return ok(Object.fromEntries(lines.map((line) => [line.id, (line.cents ?? 0) / 100])));
}
