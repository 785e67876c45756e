import type { IsoDate } from '../../dates';

/** The three kinds of funeral case the `rules funeraire` command dispatches on. */
export const FUNERAIRE_KINDS = ['inhumation', 'concession', 'droit-inhumation'] as const;
/** A kind of funeral case. */
export type FuneraireKind = (typeof FUNERAIRE_KINDS)[number];

/**
 * How sure the fact sheet is: C confirmed in the cited source, P partly (core confirmed), M from memory or among
 * the sheet’s uncertain points (§6): shown, never scored.
 */
export type Confidence = 'C' | 'P' | 'M';

const RANK: Readonly<Record<Confidence, number>> = { C: 0, P: 1, M: 2 };

/** True for C and P (core confirmed): a scenario may found a verdict on them; M is shown, never scored. */
export function isScorableAsLaw(confidence: Confidence): boolean {
  return confidence !== 'M';
}

/** The weakest of several marks: a result is only as sure as its least sure part. */
export function weakestConfidence(...marks: readonly Confidence[]): Confidence {
  return marks.reduce<Confidence>((weakest, mark) => (RANK[mark] > RANK[weakest] ? mark : weakest), 'C');
}

/** `kind: "inhumation"`: the last day to bury (or cremate) after a death. */
export interface InhumationCase {
  readonly kind: 'inhumation';
  readonly decesDate: IsoDate;
  /** Optional: a planned date to check against the délai. */
  readonly inhumationPrevueDate?: IsoDate;
}

/** `kind: "concession"`: a grave plot sold for a term, or in perpetuity. */
export interface ConcessionCase {
  readonly kind: 'concession';
  readonly dureeAns: number | 'perpetuelle';
  readonly acteDate: IsoDate;
  /** The day the question is asked (the game’s date). */
  readonly questionDate: IsoDate;
  /** The term as written in the acte; computed from `acteDate` and `dureeAns` when absent. */
  readonly echeanceDate?: IsoDate;
  readonly derniereInhumationDate?: IsoDate;
}

/** `kind: "droit-inhumation"`: is a grave due in the commune’s cemetery? */
export interface DroitInhumationCase {
  readonly kind: 'droit-inhumation';
  readonly decedeDansCommune: boolean;
  readonly domicilieDansCommune: boolean;
  readonly sepultureFamilleDansCommune: boolean;
  readonly francaisEtablisHorsDeFranceInscrit: boolean;
}

/** A parsed `rules funeraire` case. */
export type FuneraireCase = InhumationCase | ConcessionCase | DroitInhumationCase;
