/** The two kinds of election the count knows: one name per ballot, or a municipal list (loi 2025-444). */
export const ELECTIONS = ['presidentielle', 'municipale_liste'] as const;
/** `presidentielle` (one name per ballot) or `municipale_liste` (the candidates are the lists). */
export type Election = (typeof ELECTIONS)[number];

/**
 * What a voter may have done to a ballot, as the count sees it:
 * - `annotation`: a handwritten mention (a sign of recognition);
 * - `signature`: a signature or a name by which the voter makes himself known;
 * - `rature`, `ajout`, `ordre_modifie`: a name crossed out, a name added, the order of the names changed;
 * - `couleur`: coloured paper; `injure`: an insulting mention; `dechire`: a torn ballot.
 */
export const BALLOT_MARKS = [
  'annotation',
  'signature',
  'rature',
  'ajout',
  'ordre_modifie',
  'couleur',
  'injure',
  'dechire',
] as const;
/** One of {@link BALLOT_MARKS}. */
export type BallotMark = (typeof BALLOT_MARKS)[number];

/**
 * One paper found in an envelope or in the urn: a ballot `for` a candidate (or a list, in a municipal election),
 * or a blank paper (`blank: true`). A paper with neither designates nobody.
 */
export interface Ballot {
  readonly for?: string;
  readonly blank?: boolean;
  readonly marks?: readonly BallotMark[];
}

/** One envelope taken from the urn, with the papers it holds. */
export interface Envelope {
  readonly ballots: readonly Ballot[];
  /** True when the envelope is not one of those provided for the election (L66). */
  readonly nonRegulatory?: boolean;
}

/** The election being counted: its kind and the candidates (or lists) in presence, by name. */
export interface CountContext {
  readonly election: Election;
  readonly candidates: readonly string[];
  /**
   * The commune's population: it chooses the text that voids a modified list ballot (L260 and R66-2 from 1 000
   * inhabitants, loi 2025-444 below); absent, both are cited.
   */
  readonly population?: number;
}

/** A name reduced for comparison: trimmed, single spaces, no accents, upper case. */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toUpperCase();
}

/**
 * The candidate (or list) a name designates, spelled as in the context, or null when it designates none.
 * Case, accents and spacing are ignored: « Durand » designates « DURAND ».
 */
export function resolveCandidate(name: string, context: CountContext): string | null {
  const key = nameKey(name);
  return context.candidates.find((candidate) => nameKey(candidate) === key) ?? null;
}

/** Whether a paper is a blank one: `blank: true` and no name. */
export function isBlankPaper(ballot: Ballot): boolean {
  return ballot.blank === true && ballot.for === undefined;
}
