import type { IsoDate } from '../../dates';

/** The requests a mairie receives (code de l’urbanisme): déclaration préalable, permits, certificats d’urbanisme. */
export const DEMANDES = ['DP', 'PCMI', 'PC', 'PA', 'PD', 'CUa', 'CUb'] as const;
/** A kind of request: DP, PCMI (maison individuelle), PC, PA (aménager), PD (démolir), CUa or CUb. */
export type Demande = (typeof DEMANDES)[number];

/** The planning document covering the commune; RNU when it has none. */
export const DOCUMENTS = ['PLU', 'carte-communale', 'RNU'] as const;
/** A commune’s planning document. */
export type DocumentUrbanisme = (typeof DOCUMENTS)[number];

/** In whose name the decision is taken (code de l’urbanisme L422-1). */
export type Autorite = 'commune' | 'etat';

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

/** True for certificats d’urbanisme, whose délais come from R410-12, not from R423-23. */
export function isCertificat(demande: Demande): boolean {
  return demande === 'CUa' || demande === 'CUb';
}

/** A case of `npm run cli -- rules urbanisme case.json`, once parsed. */
export interface UrbanismeCase {
  readonly demande: Demande;
  /** The case file's « document » field (issue 22's contract): the PLU, carte communale or RNU, not the DOM. */
  readonly document: DocumentUrbanisme;
  readonly depotDate: IsoDate;
  readonly abordsMonumentHistorique: boolean;
  readonly majorationNotifieeDate?: IsoDate;
  readonly piecesDemandeesDate?: IsoDate;
}
