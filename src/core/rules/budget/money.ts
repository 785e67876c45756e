import { formatFrenchCents } from '../../french-format';
import { fromCents, toCents } from '../../money';
import type { ChapterAmounts } from './types';

/** Sum of the chapters of `amounts` that `include` keeps (all by default), in cents. */
export function sumChapterCents(
  amounts: ChapterAmounts,
  include: (code: string) => boolean = () => true,
): number {
  let cents = 0;
  for (const [code, euros] of Object.entries(amounts)) if (include(code)) cents += toCents(euros);
  return cents;
}

/** Sum of the chapters of `amounts` that `include` keeps (all by default), in euros. */
export function sumChapters(amounts: ChapterAmounts, include?: (code: string) => boolean): number {
  return fromCents(sumChapterCents(amounts, include));
}

/** The credit of one chapter, 0 when absent. */
export function chapterAmount(amounts: ChapterAmounts, code: string): number {
  return amounts[code] ?? 0;
}

/** An amount as a French reader expects it: « 318 000 € », « 1 234,50 € » (espaces fines insécables). */
export function formatEuros(euros: number): string {
  return formatFrenchCents(toCents(euros));
}
