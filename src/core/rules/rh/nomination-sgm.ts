import { formatFrenchNumber } from '../../french-format';
import { formatFrenchDate } from '../../dates';
import { z } from '../../validation/schema';
import { booleanField, descriptionField, isoDateField, populationField } from './case-parts';
import { SGM_CONTRACT_POPULATION as SGM_B_POPULATION, SGM_POPULATION } from './contrat';
import { RH_REFERENCES as REF } from './references';
import { summarize, verdict, type Verdict, type VerdictSummary } from './verdict';

/** The loi 2023-1380 created the secrétaire général de mairie; earlier nominations fall outside this engine. */
export const FIRST_SGM_DATE = '2024-01-01';
/** From this day, a new SGM is of category B at least (A from 2 000 inhabitants): loi 2023-1380 art. 1 II, III. */
export const CATEGORY_C_END = '2028-01-01';

/** A `kind: "nomination-sgm"` case (issue 21). */
export const nominationSgmCaseSchema = z.strictObject({
  kind: z.literal('nomination-sgm'),
  description: descriptionField,
  population: populationField,
  categorie: z.enum(['A', 'B', 'C'], { error: 'catégorie attendue : « A », « B » ou « C »' }),
  gradeAvancement: booleanField('grade d’avancement de catégorie C (adjoint administratif principal) ?'),
  nominationDate: isoDateField('date de nomination').refine((date) => date >= FIRST_SGM_DATE, {
    error: `date antérieure au 1er janvier 2024 : le secrétaire général de mairie date de la loi 2023-1380, hors de la période couverte`,
  }),
  dgsNomme: booleanField('le maire a-t-il nommé un DGS ?'),
});

/** A valid `nomination-sgm` case. */
export type NominationSgmCase = z.infer<typeof nominationSgmCaseSchema>;

/** What `rules rh` prints for a `nomination-sgm` case. */
export interface NominationSgmResult extends VerdictSummary {
  readonly kind: 'nomination-sgm';
  readonly possible: boolean;
  /** Extra: which version of the rule applies at the nomination date, in French. */
  readonly regime: string;
  /** Extra: what the nomination entails, in French. */
  readonly obligations: readonly string[];
}

const OBLIGATIONS = [
  'nomination par arrêté du maire ; un seul SGM par commune, à temps partiel ou non complet possible',
  'formation au premier emploi de SGM : 15 jours dans l’année suivant l’affectation, l’autorité territoriale en informe le CNFPT (décret 2012-924 art. 16-1)',
];

function categoryVerdict(input: NominationSgmCase, before2028: boolean): Verdict<boolean> {
  const refs = before2028 ? [REF.nominationSgm] : [REF.nominationSgm, REF.loiSgm];
  const { categorie, population } = input;
  if (before2028) {
    if (categorie === 'B')
      return verdict(true, 'C', refs, 'Agent de catégorie B : nomination comme SGM possible.');
    if (categorie === 'C') {
      return input.gradeAvancement
        ? verdict(
            true,
            'C',
            refs,
            'Catégorie C sur un grade d’avancement (adjoint administratif principal) : possible jusqu’au 31 décembre 2027 ; impossible pour une nomination à partir du 1er janvier 2028, mais l’agent nommé avant peut rester en fonction.',
          )
        : verdict(
            false,
            'C',
            refs,
            'Catégorie C hors grade d’avancement (adjoint administratif, par exemple) : le SGM de catégorie C doit détenir un grade d’avancement.',
          );
    }
    return verdict(
      true,
      'M',
      refs,
      'Agent de catégorie A : la fiche ne cite que B, ou C sur grade d’avancement, avant 2028 ; A est admise à partir de 2028 (« B au moins »).',
      'Catégorie A avant le 1er janvier 2028 : non citée par la fiche RH (§6), lecture non vérifiée.',
    );
  }
  if (population < SGM_B_POPULATION) {
    return categorie === 'C'
      ? verdict(
          false,
          'C',
          refs,
          `À partir du 1er janvier 2028, commune de moins de ${formatFrenchNumber(SGM_B_POPULATION)} habitants : catégorie B au moins ; plus de nomination en catégorie C.`,
        )
      : verdict(
          true,
          'C',
          refs,
          `À partir du 1er janvier 2028, commune de moins de ${formatFrenchNumber(SGM_B_POPULATION)} habitants : catégorie B au moins, ${categorie} convient.`,
        );
  }
  return categorie === 'A'
    ? verdict(
        true,
        'C',
        refs,
        `À partir du 1er janvier 2028, commune de ${formatFrenchNumber(SGM_B_POPULATION)} habitants ou plus : catégorie A, qui convient.`,
      )
    : verdict(
        false,
        'C',
        refs,
        `À partir du 1er janvier 2028, commune de ${formatFrenchNumber(SGM_B_POPULATION)} habitants ou plus : catégorie A exigée, ${categorie} ne suffit pas.`,
      );
}

/**
 * The `nomination-sgm` kind of `rules rh`: can the maire name this agent SGM at this date (CGCT L2122-19-1 in its
 * version until 31 December 2027; loi 2023-1380 art. 1 from 1 January 2028; legal-facts-rh.md §0.2, §6, case
 * §8.11)? No SGM from 3 500 inhabitants; none when the maire names a DGS (`P`: the exception is confirmed, its
 * reading as an exclusion is not written in the sheet).
 */
export function evaluateNominationSgm(input: NominationSgmCase): NominationSgmResult {
  const before2028 = input.nominationDate < CATEGORY_C_END;
  const regime = before2028
    ? 'CGCT L2122-19-1 dans sa version en vigueur jusqu’au 31 décembre 2027 : catégorie B, ou C sur grade d’avancement'
    : 'à partir du 1er janvier 2028 (loi 2023-1380 art. 1) : catégorie B au moins sous 2 000 habitants, A à partir de 2 000';
  let answer: Verdict<boolean>;
  if (input.population >= SGM_POPULATION) {
    answer = verdict(
      false,
      'C',
      [REF.nominationSgm],
      `Commune de ${formatFrenchNumber(input.population)} habitants : le SGM n’existe que dans les communes de moins de ${formatFrenchNumber(SGM_POPULATION)} habitants.`,
    );
  } else if (input.dgsNomme) {
    answer = verdict(
      false,
      'P',
      [REF.nominationSgm],
      'Le maire a nommé un directeur général des services : il ne nomme pas de SGM.',
      'Cumul d’un DGS et d’un SGM : la fiche dit « sauf s’il nomme un DGS » ; l’exclusion qu’on en déduit n’est pas écrite.',
    );
  } else {
    answer = categoryVerdict(input, before2028);
  }
  const dated = verdict(
    answer.value,
    answer.confidence,
    answer.references,
    `Nomination du ${formatFrenchDate(input.nominationDate)}. ${answer.explication}`,
    answer.incertitude,
  );
  return {
    kind: 'nomination-sgm',
    possible: dated.value,
    ...summarize({ possible: dated }),
    regime,
    obligations: dated.value ? OBLIGATIONS : [],
  };
}
