import { err, ok, type Result } from '../../core/result';
import type { InputProblem, RankView, SubmittedValue } from '../../core/scenario';
import { formatFrenchNumber } from '../../core/french-format';
import { parseFrenchNumber } from './french-number';

/** What the player typed in each cell, keyed `offerId.criterionId`. */
export type RankRaw = Readonly<Record<string, string>>;

export interface RankCellModel {
  readonly key: string;
  readonly criterionId: string;
  /** Accessible name of the input: « Note de Offre A pour Prix ». */
  readonly label: string;
  readonly score: number | null;
  readonly error: string | null;
}

export interface RankRowModel {
  readonly offerId: string;
  readonly label: string;
  readonly facts: readonly { readonly label: string; readonly value: string }[];
  readonly cells: readonly RankCellModel[];
  /** Weighted average on the scale, null until every cell of the row holds a valid score. */
  readonly total: number | null;
  readonly totalText: string;
  readonly rank: number | null;
  readonly rankText: string;
}

export interface RankModel {
  readonly heading: string;
  readonly scaleText: string;
  readonly criteria: readonly { readonly id: string; readonly label: string; readonly weightText: string }[];
  /** Said when the weights do not add up to 100 %: totals are then normalised by their sum. */
  readonly weightWarning: string | null;
  readonly rows: readonly RankRowModel[];
  readonly submitLabel: string;
}

/** The key of a cell in `user.submit`. */
export function cellKey(offerId: string, criterionId: string): string {
  return `${offerId}.${criterionId}`;
}

/** « 1er », « 2e », « 3e »… */
export function frenchOrdinal(rank: number): string {
  return rank === 1 ? '1er' : `${rank}e`;
}

/** Reads one score: an integer within the scale. */
export function parseScore(raw: string | undefined, scale: RankView['scale']): Result<number, string> | null {
  if (raw === undefined || raw.trim() === '') return null;
  const expected = `Note entière de ${scale.min} à ${scale.max} attendue.`;
  const parsed = parseFrenchNumber(raw);
  if (!parsed.ok || !Number.isInteger(parsed.value) || parsed.value < scale.min || parsed.value > scale.max) {
    return err(expected);
  }
  return ok(parsed.value);
}

/**
 * Ranks by descending total; equal totals share a rank (1, 1, 3); rows without a total get none.
 * Totals are compared with a small tolerance because weights may be decimal.
 */
export function ranksOf(totals: readonly (number | null)[]): readonly (number | null)[] {
  return totals.map((total) =>
    total === null ? null : 1 + totals.filter((other) => other !== null && other - total > 1e-9).length,
  );
}

/** View-model of the ranking grid: scores, weighted totals and the resulting ranks. */
export function presentRank(view: RankView, raw: RankRaw): RankModel {
  const weightSum = view.criteria.reduce((sum, criterion) => sum + criterion.weight, 0);
  const rowsWithoutRank = view.offers.map((offer) => {
    const cells = view.criteria.map((criterion): RankCellModel => {
      const key = cellKey(offer.id, criterion.id);
      const parsed = parseScore(raw[key], view.scale);
      return {
        key,
        criterionId: criterion.id,
        label: `Note de « ${offer.label} » pour « ${criterion.label} »`,
        score: parsed?.ok ? parsed.value : null,
        error: parsed && !parsed.ok ? parsed.error : null,
      };
    });
    const complete = weightSum > 0 && cells.every((cell) => cell.score !== null);
    const total = complete
      ? cells.reduce((sum, cell, index) => sum + (cell.score ?? 0) * (view.criteria[index]?.weight ?? 0), 0) /
        weightSum
      : null;
    return { offer, cells, total };
  });
  const ranks = ranksOf(rowsWithoutRank.map((row) => row.total));
  return {
    heading: view.prompt,
    scaleText: `Notez chaque offre de ${view.scale.min} à ${view.scale.max} sur chaque critère.`,
    criteria: view.criteria.map((criterion) => ({
      id: criterion.id,
      label: criterion.label,
      weightText: `${formatFrenchNumber(criterion.weight, 2)} %`,
    })),
    weightWarning:
      Math.abs(weightSum - 100) > 1e-9
        ? `Les pondérations totalisent ${formatFrenchNumber(weightSum, 2)} % au lieu de 100 % : les totaux sont ramenés à leur somme.`
        : null,
    rows: rowsWithoutRank.map((row, index) => {
      const rank = ranks[index] ?? null;
      const tied = rank !== null && ranks.filter((other) => other === rank).length > 1;
      return {
        offerId: row.offer.id,
        label: row.offer.label,
        facts: row.offer.facts.map((fact) => ({ label: fact.label, value: fact.value })),
        cells: row.cells,
        total: row.total,
        totalText:
          row.total === null ? 'incomplet' : `${formatFrenchNumber(row.total, 2)} / ${view.scale.max}`,
        rank,
        rankText: rank === null ? '—' : `${frenchOrdinal(rank)}${tied ? ' ex æquo' : ''}`,
      };
    }),
    submitLabel: 'Valider le classement',
  };
}

/** The answers of `user.submit` (`offerId.criterionId` → score), or the cells missing or invalid. */
export function rankSubmission(
  view: RankView,
  raw: RankRaw,
): Result<Readonly<Record<string, SubmittedValue>>, readonly InputProblem[]> {
  const cells = presentRank(view, raw).rows.flatMap((row) => row.cells);
  const problems = cells.flatMap((cell) =>
    cell.score !== null
      ? []
      : [{ key: cell.key, message: `${cell.label} : ${cell.error ?? 'note manquante.'}` }],
  );
  if (problems.length > 0) return err(problems);
  return ok(Object.fromEntries(cells.map((cell) => [cell.key, cell.score ?? 0])));
}
