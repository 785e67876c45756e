import { z } from '../../validation/schema';
import { booleanField, descriptionField } from './case-parts';
import { RH_REFERENCES as REF } from './references';
import { summarize, verdict, type VerdictSummary } from './verdict';

/** Since this day, no medical aptitude certificate is required to recruit a fonctionnaire. */
export const NO_MEDICAL_CERTIFICATE_SINCE = '2022-11-26';

/**
 * A `kind: "pieces-recrutement"` case (issue 21). `conditionsSanteParticulieres` is an optional extension: the
 * statut particulier of the post sets particular health conditions (default: it does not).
 */
export const piecesRecrutementCaseSchema = z.strictObject({
  kind: z.literal('pieces-recrutement'),
  description: descriptionField,
  mutation: booleanField('recrutement par mutation ?'),
  conditionsSanteParticulieres: booleanField(
    'le statut particulier prévoit-il des conditions de santé particulières ?',
  ).optional(),
});

/** A valid `pieces-recrutement` case. */
export type PiecesRecrutementCase = z.infer<typeof piecesRecrutementCaseSchema>;

/** What `rules rh` prints for a `pieces-recrutement` case. */
export interface PiecesRecrutementResult extends VerdictSummary {
  readonly kind: 'pieces-recrutement';
  readonly certificatMedicalExige: boolean;
  readonly bulletinB2Exige: boolean;
}

/**
 * The `pieces-recrutement` kind of `rules rh`: no medical aptitude certificate since 26 November 2022, save the
 * particular health conditions of some statuts particuliers (CGFP L321-1 5°, R321-1; legal-facts-rh.md §0.1,
 * case §8.12); the bulletin n° 2 of the casier judiciaire is checked at the nomination, not on a mutation (CGFP
 * L321-1; §2.1).
 */
export function evaluatePiecesRecrutement(input: PiecesRecrutementCase): PiecesRecrutementResult {
  const particular = input.conditionsSanteParticulieres === true;
  const certificat = particular
    ? verdict(
        true,
        'P',
        [`${REF.conditionsGenerales} 5°`, REF.conditionsSante],
        'Le statut particulier du poste prévoit des conditions de santé particulières : leur vérification médicale reste due.',
        'Forme du contrôle des conditions de santé particulières (certificat ou examen) : non détaillée par la fiche RH.',
      )
    : verdict(
        false,
        'C',
        [`${REF.conditionsGenerales} 5°`, REF.conditionsSante],
        'Aucun certificat médical d’aptitude n’est exigé au recrutement depuis le 26 novembre 2022 (hors conditions de santé particulières d’un statut particulier).',
      );
  const b2 = input.mutation
    ? verdict(
        false,
        'C',
        [REF.conditionsGenerales],
        'Mutation : le bulletin n° 2 du casier judiciaire, vérifié à la nomination, ne l’est pas à nouveau.',
      )
    : verdict(
        true,
        'C',
        [REF.conditionsGenerales],
        'Le bulletin n° 2 du casier judiciaire est vérifié à la nomination : ses mentions doivent être compatibles avec les fonctions.',
      );
  return {
    kind: 'pieces-recrutement',
    certificatMedicalExige: certificat.value,
    bulletinB2Exige: b2.value,
    ...summarize({ certificatMedicalExige: certificat, bulletinB2Exige: b2 }),
  };
}
