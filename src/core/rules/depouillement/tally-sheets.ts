import { fr, plural } from './french-text';
import type { RuleCheck } from './legal-rule';
import { check } from './process-rules';

/** Fewest tally sheets kept at a table (code électoral L65, R66). */
export const MIN_TALLY_SHEETS = 2;

/** One feuille de pointage: the votes a scrutateur noted for each candidate or list as the ballots were read. */
export interface TallySheet {
  readonly keptBy: string;
  readonly signed: boolean;
  readonly voix: Readonly<Record<string, number>>;
}

/** A candidate whose totals differ between sheets, with each sheet's figure in order. */
export interface TallyDifference {
  readonly candidate: string;
  readonly values: readonly number[];
}

/** The comparison of a table's tally sheets. */
export interface TallyComparison {
  readonly agree: boolean;
  readonly differences: readonly TallyDifference[];
  readonly checks: readonly RuleCheck[];
}

/**
 * Compares the tally sheets of one table (code électoral L65, R66): at least two sheets, each signed, and the
 * same figure for every candidate (a name missing from a sheet counts 0). Candidates noted on a sheet but not in
 * `candidates` are compared too.
 */
export function compareTallySheets(
  sheets: readonly TallySheet[],
  candidates: readonly string[],
): TallyComparison {
  const names = [...new Set([...candidates, ...sheets.flatMap((s) => Object.keys(s.voix))])];
  const differences = names.flatMap((candidate) => {
    const values = sheets.map((s) => s.voix[candidate] ?? 0);
    return new Set(values).size > 1 ? [{ candidate, values }] : [];
  });
  const unsigned = sheets.filter((s) => !s.signed).map((s) => s.keptBy);
  const enough = sheets.length >= MIN_TALLY_SHEETS;
  const agree = enough && differences.length === 0;
  const checks = [
    check(
      'pointage.feuilles',
      enough && unsigned.length === 0,
      !enough
        ? fr`${plural(sheets.length, 'feuille')} de pointage : il en faut au moins ${MIN_TALLY_SHEETS}, tenues par deux scrutateurs.`
        : unsigned.length > 0
          ? fr`Feuille(s) de pointage non signée(s) : ${unsigned.join(', ')}.`
          : fr`${plural(sheets.length, 'feuille')} de pointage signées.`,
    ),
    check(
      'pointage.concordance',
      agree,
      differences.length > 0
        ? fr`Feuilles discordantes : ${differences.map((d) => `${d.candidate} (${d.values.join(' / ')})`).join(', ')} ; recomptez avant de les remettre au bureau.`
        : agree
          ? fr`Les feuilles de pointage concordent.`
          : fr`Une seule feuille de pointage ne permet aucun contrôle.`,
    ),
  ];
  return { agree, differences, checks };
}
