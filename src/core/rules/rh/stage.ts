import { z } from '../../validation/schema';
import { descriptionField, monthsField } from './case-parts';
import { RH_REFERENCES as REF } from './references';
import { summarize, verdict, type Verdict, type VerdictSummary } from './verdict';

/** Three years is already longer than any stage of a territorial cadre d'emplois. */
export const MAX_STAGE_MONTHS = 36;

/** A `kind: "stage"` case (issue 21): months elapsed are effective months of stage. */
export const stageCaseSchema = z
  .strictObject({
    kind: z.literal('stage'),
    description: descriptionField,
    dureeStageMois: monthsField('durée normale du stage').max(MAX_STAGE_MONTHS, {
      error: `durée normale du stage : ${MAX_STAGE_MONTHS} mois au plus`,
    }),
    moisEcoules: z
      .number({ error: 'mois de stage écoulés attendus (nombre)' })
      .min(0, { error: 'mois de stage écoulés : nombre positif ou nul attendu' }),
    motif: z.enum(['insuffisance', 'faute'], {
      error: 'motif attendu : « insuffisance » (professionnelle) ou « faute » (disciplinaire)',
    }),
  })
  .superRefine((value, context) => {
    if (value.moisEcoules > 2 * value.dureeStageMois) {
      context.addIssue({
        code: 'custom',
        path: ['moisEcoules'],
        message: `plus du double de la durée normale (${value.dureeStageMois} mois) : un stage n’est prolongé que d’une durée égale au plus`,
      });
    }
  });

/** A valid `stage` case. */
export type StageCase = z.infer<typeof stageCaseSchema>;

/** How the stage may end early, or at its term. */
export type StageExit = 'licenciement-en-cours-de-stage' | 'refus-de-titularisation' | 'aucune';

/** What `rules rh` prints for a `stage` case. */
export interface StageResult extends VerdictSummary {
  readonly kind: 'stage';
  readonly licenciementPossible: boolean;
  readonly avisCapRequis: boolean;
  /** Extra: the procedure that ends the stage now, if any. */
  readonly voie: StageExit;
  /** Extra: what the autorité may decide at the end of the stage, in French. */
  readonly finDeStage: readonly string[];
}

const END_OF_STAGE = [
  'titularisation par arrêté exprès (la formation d’intégration suivie, si elle est due)',
  'prolongation du stage, au plus d’une durée égale à la durée normale, après avis de la CAP',
  'refus de titularisation, après avis de la CAP',
];

function dismissal(input: StageCase): { answer: Verdict<boolean>; voie: StageExit } {
  const refs = [REF.stage, REF.stageCap];
  const { dureeStageMois: duration, moisEcoules: elapsed } = input;
  if (elapsed >= duration) {
    return {
      answer: verdict(
        true,
        'C',
        refs,
        `Stage de ${duration} mois achevé (${elapsed} mois) : l’autorité titularise, prolonge ou refuse la titularisation, après avis de la CAP pour la prolongation et le refus.`,
      ),
      voie: 'refus-de-titularisation',
    };
  }
  if (input.motif === 'faute') {
    return {
      answer: verdict(
        true,
        'C',
        refs,
        'Faute disciplinaire : le stagiaire peut être licencié en cours de stage, après avis de la CAP, quel que soit le temps écoulé.',
      ),
      voie: 'licenciement-en-cours-de-stage',
    };
  }
  const half = duration / 2;
  if (elapsed < half) {
    return {
      answer: verdict(
        false,
        'C',
        refs,
        `Insuffisance professionnelle au bout de ${elapsed} mois d’un stage de ${duration} mois : pas de licenciement avant la moitié du stage (${half} mois). En fin de stage : prolongation ou refus de titularisation, après avis de la CAP.`,
      ),
      voie: 'aucune',
    };
  }
  return {
    answer: verdict(
      true,
      elapsed === half ? 'M' : 'C',
      refs,
      `Insuffisance professionnelle au bout de ${elapsed} mois d’un stage de ${duration} mois : la moitié du stage est ${elapsed === half ? 'tout juste atteinte' : 'passée'}, licenciement possible après avis de la CAP.`,
      'Licenciement pour insuffisance à la moitié exacte du stage : la fiche dit « après la moitié » ; « au moins égal à la moitié » (ancien décret 92-1194) n’y est pas vérifié.',
    ),
    voie: 'licenciement-en-cours-de-stage',
  };
}

/**
 * The `stage` kind of `rules rh`: may the stagiaire be dismissed now, and is the CAP's opinion required (CGFP
 * L327-1 and following, R327-10 to R327-13; legal-facts-rh.md §3, case §8.9)? For insufficiency only once half
 * the stage is done; for a disciplinary fault at any time; always after the CAP's opinion. Months elapsed are
 * taken as effective stage (leaves other than annual count within a tenth of the stage only, a [P] point).
 */
export function evaluateStage(input: StageCase): StageResult {
  const { answer, voie } = dismissal(input);
  const cap = verdict(
    true,
    'C',
    [REF.stageCap],
    'L’avis de la CAP est requis pour le licenciement en cours de stage, la prolongation et le refus de titularisation.',
  );
  return {
    kind: 'stage',
    licenciementPossible: answer.value,
    avisCapRequis: cap.value,
    ...summarize({ licenciementPossible: answer, avisCapRequis: cap }),
    voie,
    finDeStage: END_OF_STAGE,
  };
}
