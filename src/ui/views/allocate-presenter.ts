import { formatFrenchCents } from '../../core/french-format';
import { fromCents, toCents } from '../../core/money';
import { err, ok, type Result } from '../../core/result';
import { sectionBalance } from '../../core/rules/budget';
import type { AllocateView, InputProblem, SubmittedValue } from '../../core/scenario';
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

/** One section as the budget engine judges it: the left group is its spending, the right group its revenue. */
export interface BalanceModel {
  readonly label: string;
  readonly leftLabel: string;
  readonly rightLabel: string;
  readonly leftText: string;
  readonly rightText: string;
  /** Revenue minus spending, in cents: negative when the section is short. */
  readonly soldeCents: number;
  /** Revenue covers spending: a surplus is no imbalance (CGCT L1612-6 et L1612-7). */
  readonly balanced: boolean;
  /**
   * « équilibré », « équilibré avec un excédent de 300 € » or « déséquilibré de 1 200 € (le total « A » dépasse le
   * total « B ») »: words, not colour only.
   */
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
        line.initial === undefined ? '' : formatFrenchCents(toCents(line.initial), ''),
      ]),
    ),
  );
}

function lineCents(raw: string | undefined): { cents: number | null; error: string | null } {
  if (raw === undefined || raw.trim() === '') return { cents: 0, error: null };
  const parsed = parseFrenchAmountCents(raw);
  return parsed.ok ? { cents: parsed.value, error: null } : { cents: null, error: parsed.error };
}

/** A group's readable lines as euros by line id, the form the budget engine sums. */
function amountsOf(group: AllocateGroupModel | undefined): Record<string, number> {
  return Object.fromEntries((group?.lines ?? []).map((line) => [line.id, fromCents(line.cents ?? 0)]));
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
    // The budget engine, not a sum of its own, says whether the section balances: the table and the debrief agree.
    const section = sectionBalance({ depenses: amountsOf(left), recettes: amountsOf(right) });
    const soldeCents = toCents(section.solde);
    const leftLabel = left?.label ?? balance.left;
    const rightLabel = right?.label ?? balance.right;
    const gap = formatFrenchCents(Math.abs(soldeCents), view.unit);
    let statusText = 'équilibré';
    if (!section.equilibre) {
      statusText = `déséquilibré de ${gap} (le total « ${leftLabel} » dépasse le total « ${rightLabel} »)`;
    } else if (soldeCents > 0) statusText = `équilibré avec un excédent de ${gap}`;
    return {
      label: balance.label,
      leftLabel,
      rightLabel,
      leftText: formatFrenchCents(toCents(section.depenses), view.unit),
      rightText: formatFrenchCents(toCents(section.recettes), view.unit),
      soldeCents,
      balanced: section.equilibre,
      statusText,
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
  return ok(Object.fromEntries(lines.map((line) => [line.id, fromCents(line.cents ?? 0)])));
}
