import { formatFrenchDate } from '../../dates';
import { z } from '../../validation/schema';
import { booleanField, descriptionField, isoDateField } from './case-parts';
import { checkAtLeastMonthsBefore } from './deadlines';
import { RH_REFERENCES as REF } from './references';
import { summarize, verdict, type DeadlineNote, type Verdict, type VerdictSummary } from './verdict';

/** Months of publication before a permanent post is filled, save urgency (CGFP D311-2). */
export const PUBLICATION_MONTHS = 1;

/** A `kind: "publication"` case (issue 21). */
export const publicationCaseSchema = z.strictObject({
  kind: z.literal('publication'),
  description: descriptionField,
  publicationDate: isoDateField('date de publication de la vacance'),
  nominationDate: isoDateField('date de nomination'),
  urgence: booleanField('y a-t-il urgence ?'),
});

/** A valid `publication` case. */
export type PublicationCase = z.infer<typeof publicationCaseSchema>;

/** What `rules rh` prints for a `publication` case. */
export interface PublicationResult extends VerdictSummary {
  readonly kind: 'publication';
  readonly publicationSuffisante: boolean;
  /** Extra: the first day the post may be filled without urgency, and how it was computed. */
  readonly delais: readonly DeadlineNote[];
}

/**
 * The `publication` kind of `rules rh`: a permanent post is filled only after its vacancy was published (CGFP
 * L313-4: a nomination without publicity is illegal) for at least one month, save urgency (CGFP D311-2; case
 * §8.7). The month runs « de quantième à quantième » (1 September → 1 October); the days where another reading
 * would disagree are marked `M` (§7.2). Urgency waives the month only — whether it is real is not judged here.
 */
export function evaluatePublication(input: PublicationCase): PublicationResult {
  const { publicationDate, nominationDate } = input;
  const delay = checkAtLeastMonthsBefore(
    publicationDate,
    nominationDate,
    PUBLICATION_MONTHS,
    'premier jour possible de la nomination sans urgence',
    'CGFP D311-2 (ex-décret 2018-1351 art. 4)',
  );
  const dates = `Vacance publiée le ${formatFrenchDate(publicationDate)}, nomination le ${formatFrenchDate(nominationDate)}`;
  let answer: Verdict<boolean>;
  if (nominationDate < publicationDate) {
    answer = verdict(
      false,
      'C',
      [REF.publicite, REF.dureePublication],
      `${dates} : nomination avant toute publicité, illégale, urgence ou non.`,
    );
  } else if (input.urgence) {
    answer = verdict(
      true,
      'C',
      [REF.publicite, REF.dureePublication],
      `${dates} : l’urgence dispense du délai d’un mois, pas de la publicité ; elle doit être réelle (non jugée ici).`,
    );
  } else {
    answer = verdict(
      delay.inTime,
      delay.confidence,
      [REF.publicite, REF.dureePublication],
      delay.inTime
        ? `${dates} : au moins un mois de publication, suffisant.`
        : `${dates} : moins d’un mois de publication sans urgence, trop tôt ; nomination possible à partir du ${formatFrenchDate(delay.note.date)}.`,
      'Calcul fin du mois de publication (quantième, fin de mois, jours francs) : la fiche RH (§7.2) demande de ne noter que des écarts nets.',
    );
  }
  return {
    kind: 'publication',
    publicationSuffisante: answer.value,
    ...summarize({ publicationSuffisante: answer }),
    delais: [delay.note],
  };
}
