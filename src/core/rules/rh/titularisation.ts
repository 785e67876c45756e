import { z } from '../../validation/schema';
import { booleanField, descriptionField } from './case-parts';
import { RH_REFERENCES as REF } from './references';
import { summarize, verdict, type VerdictSummary } from './verdict';

/** A `kind: "titularisation"` case (issue 21). */
export const titularisationCaseSchema = z.strictObject({
  kind: z.literal('titularisation'),
  description: descriptionField,
  recrutement: z.enum(['concours', 'sans-concours-c', 'promotion-interne'], {
    error: 'recrutement attendu : « concours », « sans-concours-c » ou « promotion-interne »',
  }),
  formationIntegrationSuivie: booleanField('la formation d’intégration a-t-elle été suivie ?'),
});

/** A valid `titularisation` case. */
export type TitularisationCase = z.infer<typeof titularisationCaseSchema>;

/** What `rules rh` prints for a `titularisation` case. */
export interface TitularisationResult extends VerdictSummary {
  readonly kind: 'titularisation';
  readonly titularisationPossible: boolean;
  /** Extra: whether this recruitment owes the formation d'intégration. */
  readonly formationIntegrationRequise: boolean;
}

/**
 * The `titularisation` kind of `rules rh`, on the formation d'intégration only: due within the year after the
 * nomination by laureates of a concours and category C agents recruited without one, not by agents promoted
 * through promotion interne; the titularisation depends on it (CGFP L422-21, décret 2008-512;
 * legal-facts-rh.md §4, case §8.10). The stage's own outcome is the `stage` kind's business.
 */
export function evaluateTitularisation(input: TitularisationCase): TitularisationResult {
  const required = input.recrutement !== 'promotion-interne';
  const possible = !required || input.formationIntegrationSuivie;
  const who =
    input.recrutement === 'concours'
      ? 'Lauréat de concours'
      : input.recrutement === 'sans-concours-c'
        ? 'Agent de catégorie C recruté sans concours'
        : 'Agent promu par promotion interne';
  const explication = !required
    ? `${who} : la formation d’intégration n’est pas due, elle ne conditionne pas la titularisation.`
    : possible
      ? `${who} : formation d’intégration suivie, la titularisation n’est pas bloquée par elle.`
      : `${who} : titularisation impossible tant que la formation d’intégration (dans l’année qui suit la nomination) n’est pas suivie.`;
  const answer = verdict(possible, 'C', [REF.formationIntegration, REF.decretFormation], explication);
  return {
    kind: 'titularisation',
    titularisationPossible: possible,
    ...summarize({ titularisationPossible: answer }),
    formationIntegrationRequise: required,
  };
}
