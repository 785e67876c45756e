import { REQUEST_CONTENT_RULE } from './rule-catalogue';
import type { ActForm, ActType } from './vocabulary';

/** Delivery of copies and extracts is free (décret 2017-890 art. 29): asking for money is an error. */
export const ACT_DELIVERY_FEE = { amountEuros: 0, reference: REQUEST_CONTENT_RULE.reference } as const;

/**
 * What a request must state, in French, one item a line (décret 2017-890 art. 29).
 * - extract without filiation (birth or marriage): date and place of the event, names of the persons concerned;
 * - full copy or extract with filiation of a birth act: the person's names, date and place of birth, and the
 *   name and usual first name of the parents; of a marriage act: the same plus the date and place of marriage;
 * - a death act: the deceased's names, date and place of death (the article names the full copy; the same
 *   mentions are asked whatever the form).
 */
export function requiredRequestMentions(act: ActType, form: ActForm): string[] {
  if (act === 'deces') {
    return ['nom et prénoms du défunt', 'date et lieu du décès'];
  }
  if (form === 'extrait_sans_filiation') {
    return [
      act === 'naissance' ? 'date et lieu de naissance' : 'date et lieu du mariage',
      'nom et prénoms de la ou des personnes concernées',
    ];
  }
  const mentions = [
    'nom et prénoms de la personne concernée',
    'date et lieu de naissance de la personne concernée',
    'nom et prénom usuel de ses parents',
  ];
  if (act === 'mariage') mentions.push('date et lieu du mariage');
  return mentions;
}

/**
 * True when a request states the parents' names, which a full copy or an extract with filiation of a birth
 * or marriage act requires (décret 2017-890 art. 29). Other forms do not need them.
 */
export function requestStatesEnough(act: ActType, form: ActForm, statesParentsNames: boolean): boolean {
  return act === 'deces' || form === 'extrait_sans_filiation' || statesParentsNames;
}
