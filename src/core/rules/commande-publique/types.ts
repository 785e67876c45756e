/** What is bought: the code de la commande publique sets different thresholds for works. */
export type Nature = 'fournitures' | 'services' | 'travaux';

/** The three natures, for validation. */
export const NATURES = ['fournitures', 'services', 'travaux'] as const satisfies readonly Nature[];

/**
 * What kind of purchase, for the rules that depend on its object rather than its value:
 * - `standard`: the general regime of the code;
 * - `sss`: a « service social et autre service spécifique », listed in the avis annexed to the code (avis du
 *   31 mars 2019), school and canteen catering among them: procédure adaptée whatever the value (CCP R2123-1 3°).
 */
export type Categorie = 'standard' | 'sss';

/** The categories, for validation. */
export const CATEGORIES = ['standard', 'sss'] as const satisfies readonly Categorie[];

/**
 * How the contract is awarded (CCP L2120-1):
 * - `sans_publicite`: without publicity nor competition (below the R2122-8 dispense threshold);
 * - `adaptee`: procédure adaptée (MAPA), below the European thresholds (R2123-1);
 * - `formalisee`: formalised procedure, from the European thresholds (R2124-1).
 */
export type Procedure = 'sans_publicite' | 'adaptee' | 'formalisee';

/** The procedures from the lightest to the heaviest. */
export const PROCEDURES = ['sans_publicite', 'adaptee', 'formalisee'] as const satisfies readonly Procedure[];

/**
 * The publicity the procedure requires:
 * - `aucune_obligatoire`: none required;
 * - `libre_adaptee`: free form, adapted to the contract (MAPA below 90 000 € HT);
 * - `boamp_ou_jal`: a notice in the BOAMP or a journal d'annonces légales;
 * - `boamp_et_joue`: a notice in the BOAMP and the Official Journal of the European Union.
 */
export type Publicite = 'aucune_obligatoire' | 'libre_adaptee' | 'boamp_ou_jal' | 'boamp_et_joue';

/** The publicity levels from the lightest to the heaviest. */
export const PUBLICITES = [
  'aucune_obligatoire',
  'libre_adaptee',
  'boamp_ou_jal',
  'boamp_et_joue',
] as const satisfies readonly Publicite[];

/**
 * How sure the project is of a rule, after the marks of the legal fact sheet (shared/legal-facts.md):
 * - `confirmed`: [C], read in the cited source;
 * - `partial`: [P] whose core is confirmed, or an [M] point confirmed by a source found since (cited in the docs);
 * - `uncertain`: [M] or listed in the fact sheet's §7: shown as information, never scored;
 * - `practice`: professional practice, not a legal rule: scored, if at all, as a skill, not as law.
 */
export type Confidence = 'confirmed' | 'partial' | 'uncertain' | 'practice';

/** True when a rule may ground a legal verdict (`conforme` … `illegal`) in a scenario. */
export function isScorableAsLaw(confidence: Confidence): boolean {
  return confidence === 'confirmed' || confidence === 'partial';
}

/** A point the engine shows without scoring it: French text, its references and how sure the project is of it. */
export interface Information {
  readonly text: string;
  readonly references: readonly string[];
  readonly confidence: Confidence;
}
