import type { LegalRule } from './legal-basis';

/** L2121-2: the legal size of the council follows the authenticated municipal population. */
export const COUNCIL_SIZE_RULE: LegalRule = {
  reference: 'CGCT L2121-2',
  confidence: 'C',
  statement:
    'L’effectif légal du conseil municipal est fixé par strate de population municipale authentifiée : ' +
    '7 sous 100 habitants, 11 de 100 à 499, 15 de 500 à 1 499, 19 de 1 500 à 2 499, 23 de 2 500 à 3 499, etc.',
};

/** One line of the L2121-2 table: from this population (inclusive) on, the council has `members` members. */
export interface CouncilSizeStratum {
  readonly fromPopulation: number;
  readonly members: number;
}

/**
 * The 19 strata of L2121-2 (unchanged by loi 2025-444), lowest first. Paris, Lyon and Marseille have their own
 * rules (code électoral tables), out of the game's scope.
 */
export const COUNCIL_SIZE_STRATA: readonly CouncilSizeStratum[] = [
  { fromPopulation: 0, members: 7 },
  { fromPopulation: 100, members: 11 },
  { fromPopulation: 500, members: 15 },
  { fromPopulation: 1_500, members: 19 },
  { fromPopulation: 2_500, members: 23 },
  { fromPopulation: 3_500, members: 27 },
  { fromPopulation: 5_000, members: 29 },
  { fromPopulation: 10_000, members: 33 },
  { fromPopulation: 20_000, members: 35 },
  { fromPopulation: 30_000, members: 39 },
  { fromPopulation: 40_000, members: 43 },
  { fromPopulation: 50_000, members: 45 },
  { fromPopulation: 60_000, members: 49 },
  { fromPopulation: 80_000, members: 53 },
  { fromPopulation: 100_000, members: 55 },
  { fromPopulation: 150_000, members: 59 },
  { fromPopulation: 200_000, members: 61 },
  { fromPopulation: 250_000, members: 65 },
  { fromPopulation: 300_000, members: 69 },
];

function assertPopulation(population: number): void {
  if (!Number.isInteger(population) || population < 0) {
    throw new RangeError(`Population invalide : ${population} (entier positif ou nul attendu).`);
  }
}

/** The highest stratum whose lower bound the population reaches. */
function stratumOf<T extends { readonly fromPopulation: number }>(
  strata: readonly T[],
  population: number,
): T | undefined {
  let found: T | undefined;
  for (const stratum of strata) if (population >= stratum.fromPopulation) found = stratum;
  return found;
}

/** Legal size of the council for a population (CGCT L2121-2): 1 200 inhabitants → 15. */
export function legalCouncilSize(population: number): number {
  assertPopulation(population);
  // The first stratum starts at 0, so a valid population always finds one.
  return stratumOf(COUNCIL_SIZE_STRATA, population)?.members ?? 7;
}

/** L2121-2-1 (rewritten by loi 2025-444 art. 5): a council under 1 000 inhabitants may be « réputé complet ». */
export const DEEMED_COMPLETE_RULE: LegalRule = {
  reference: 'CGCT L2121-2-1',
  confidence: 'C',
  statement:
    'Sous 1 000 habitants, le conseil est réputé complet à l’issue du renouvellement s’il compte au moins ' +
    '5 membres (moins de 100 habitants), 9 (100 à 499) ou 13 (500 à 999).',
};

const DEEMED_COMPLETE_STRATA: readonly { readonly fromPopulation: number; readonly minimum: number }[] = [
  { fromPopulation: 0, minimum: 5 },
  { fromPopulation: 100, minimum: 9 },
  { fromPopulation: 500, minimum: 13 },
];

/** Minimum number of elected members for the council to be « réputé complet »; null from 1 000 inhabitants. */
export function deemedCompleteMinimum(population: number): number | null {
  assertPopulation(population);
  if (population >= 1_000) return null;
  return stratumOf(DEEMED_COMPLETE_STRATA, population)?.minimum ?? null;
}

/**
 * True when a council with `elected` members is complete: the full legal size, or, under 1 000 inhabitants,
 * at least the L2121-2-1 minimum. (That the size then counts as the number elected, quorum included, is only
 * [P] after the 2025 rewrite: the engine does not build on it.)
 */
export function isCouncilDeemedComplete(population: number, elected: number): boolean {
  const minimum = deemedCompleteMinimum(population);
  return elected >= (minimum ?? legalCouncilSize(population));
}
