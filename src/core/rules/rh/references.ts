/**
 * The legal references of the human-resources domain, written as shared/legal-facts-rh.md cites them
 * (CGFP = code général de la fonction publique). One constant per rule, so that an output, its test and its
 * documentation name the same text.
 */
export const RH_REFERENCES = {
  /** Annual entretien professionnel, a right of every fonctionnaire (ex-art. 76 of loi 84-53). */
  entretien: 'CGFP L521-1',
  /** The CR is signed by the N+1 and countersigned (visé) by the autorité territoriale. */
  visaCompteRendu: 'CGFP L521-3',
  /**
   * Convocation, notification, revision and CAP: the décret is cited without an article number, as the sheet
   * asks (§7.1: art. 5 or 6 depending on the source, codification possible).
   */
  decretEntretien: 'décret 2014-1526',
  /** Which contractuals have an entretien; the CCP as their commission. */
  entretienContractuels: 'décret 88-145 art. 1-3',
  /** Contractual on a permanent post (1°, 2°, 3°, 5°, 7°): 3 years, renewable up to 6, then CDI. */
  emploiPermanent: 'CGFP L332-8',
  /** CDI after six years, by express decision. */
  cdi: 'CGFP L332-9',
  /** Replacement of an absent or part-time agent. */
  remplacement: 'CGFP L332-13',
  /** Temporary vacancy while a fonctionnaire is sought. */
  vacanceTemporaire: 'CGFP L332-14',
  /** Temporary or seasonal increase of activity (non-permanent post). */
  accroissement: 'CGFP L332-23',
  /** Contrat de projet, 1 to 6 years. */
  projet: 'CGFP L332-24',
  /** Every permanent post is declared to the CDG and published. */
  publicite: 'CGFP L313-4',
  /** At least one month of publication, save urgency (ex-décret 2018-1351 art. 4). */
  dureePublication: 'CGFP D311-2',
  /** Nomination of the SGM in a commune under 3 500 inhabitants (version in force until 31 December 2027). */
  nominationSgm: 'CGCT L2122-19-1',
  /** The category rules from 1 January 2028. */
  loiSgm: 'loi 2023-1380 art. 1',
  /** First-post training of a SGM: 15 days within the year, the CNFPT informed. */
  formationSgm: 'décret 2012-924 art. 16-1',
  /** The stage (conditional nomination) and its end. */
  stage: 'CGFP L327-1',
  /** Prolongation, dismissal and refusal after the CAP's opinion (codified book III, since 1 October 2025). */
  stageCap: 'CGFP R327-10',
  /** Formation d'intégration within the year after nomination: titularisation depends on it. */
  formationIntegration: 'CGFP L422-21',
  /** The décret of the formation d'intégration. */
  decretFormation: 'décret 2008-512',
  /** General conditions to become a fonctionnaire (bulletin n° 2, no medical certificate). */
  conditionsGenerales: 'CGFP L321-1',
  /** The « conditions de santé particulières » of some statuts particuliers, since 26 November 2022. */
  conditionsSante: 'CGFP R321-1',
} as const;
