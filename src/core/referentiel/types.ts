/** The three référentiels the game knows. RNCP41781 is the one it scores against. */
export type CertificationId = 'RNCP41781' | 'RNCP41406' | 'DU';

/** The référentiels a result can be re-expressed against through the crosswalk. */
export type CrosswalkTarget = Exclude<CertificationId, 'RNCP41781'>;

/** The référentiels whose blocs list competences (the DU lists topics instead). */
export type RncpCertificationId = Exclude<CertificationId, 'DU'>;

/** One competence of an RNCP fiche, with its wording copied verbatim from the seed. */
export interface Competence {
  /** Stable identifier, `RNCP41781-BC02-03`: fiche, bloc code, rank in the bloc's list (two digits). */
  readonly id: string;
  readonly certification: RncpCertificationId;
  /** Identifier of the bloc that lists it, `RNCP41781-BC02`. */
  readonly blocId: string;
  /** Official wording, as the bloc's « Liste de compétences » gives it. */
  readonly wording: string;
  /**
   * The same competence as the fiche's « Compétences attestées » summary words it, only when that wording
   * differs from the bloc's (France Compétences fiches are not always consistent with themselves).
   */
  readonly summaryWording?: string;
}

/** One bloc of a référentiel: competences for an RNCP fiche, topics for the DU. */
export interface Bloc {
  /** Stable identifier: `RNCP41781-BC01`, `RNCP41406-BC03`, `DU-ARTOIS-B2`. */
  readonly id: string;
  readonly certification: CertificationId;
  /** Code as the source prints it: `BC01` for an RNCP fiche, `B1` for the DU. */
  readonly code: string;
  /** Official title, verbatim. */
  readonly title: string;
  /** Competences, in the order of the source (empty for the DU). */
  readonly competences: readonly Competence[];
  /** Topics, verbatim and in order (DU only; empty for an RNCP fiche). */
  readonly topics: readonly string[];
  /** Teaching hours (DU only; null for an RNCP fiche). */
  readonly hours: number | null;
}

/** A référentiel: its identity and its blocs. */
export interface Certification {
  readonly id: CertificationId;
  /** French title a trainer recognises. */
  readonly title: string;
  /** Who awards it. */
  readonly certifier: string;
  /** Qualification level (« Niveau 5 »), or null when the source says it has none. */
  readonly level: string | null;
  readonly blocs: readonly Bloc[];
}
