import { COUNTER_CONFIDENTIALITY_RULE } from './rule-catalogue';

/** Who puts the question at the counter, relative to the person the information concerns. */
export const DISCLOSURE_ASKERS = ['personne_concernee', 'tiers'] as const;
/** The person concerned, or anyone else (a neighbour, a relative, a colleague…). */
export type DisclosureAsker = (typeof DISCLOSURE_ASKERS)[number];

/** What the question is about: the content of an act, a file in progress, an event of someone's life. */
export const DISCLOSURE_SUBJECTS = ['contenu_acte', 'dossier_en_cours', 'evenement_vie_privee'] as const;
/** The subject of the question. */
export type DisclosureSubject = (typeof DISCLOSURE_SUBJECTS)[number];

/** A question asked at the counter about what the agent knows through the service. */
export interface DisclosureQuestion {
  readonly asker: DisclosureAsker;
  readonly about: DisclosureSubject;
}

/** The counter's answer to such a question. */
export interface DisclosureDecision {
  /** `repondre`: the agent may inform; `ne_rien_dire`: nothing is said, not even orally. */
  readonly decision: 'repondre' | 'ne_rien_dire';
  readonly mayDisclose: boolean;
  /** What a third party can still do: a written request for an act, judged by the delivery rules. */
  readonly alternatives: readonly 'demande_d_acte'[];
  /** French explanation for the trainee. */
  readonly reason: string;
  readonly references: readonly string[];
  /** The rule is certain (legal-facts.md §0 bis 4): always scored. */
  readonly scored: boolean;
  readonly rules: readonly string[];
}

/** French, what a third party asks about: « ce que contient l’acte d’une autre personne ». */
const ABOUT_OTHER: Readonly<Record<DisclosureSubject, string>> = {
  contenu_acte: 'ce que contient l’acte d’une autre personne',
  dossier_en_cours: 'le dossier ou la démarche en cours d’une autre personne',
  evenement_vie_privee:
    'la vie privée d’une autre personne (une naissance, une reconnaissance, un mariage, un décès…)',
};

/** French, what the person concerned asks about. */
const ABOUT_SELF: Readonly<Record<DisclosureSubject, string>> = {
  contenu_acte: 'ce que contient son acte',
  dossier_en_cours: 'son dossier ou sa démarche en cours',
  evenement_vie_privee: 'ce que l’administration sait de sa propre vie',
};

/**
 * May the agent tell someone, at the counter, about a person's act, file or private life? — code général de la
 * fonction publique L121-6 (secret professionnel) and L121-7 (discrétion professionnelle), code pénal art.
 * 226-13, code civil art. 9 (legal-facts.md §0 bis 4, [C]). The person concerned may be informed of what
 * concerns them; a third party is told nothing, not even orally, whatever « everyone knows »: if entitled to an
 * act, they make a written request, which the delivery rules then judge (see `decideActRequest`).
 */
export function decideCounterDisclosure(question: DisclosureQuestion): DisclosureDecision {
  const rule = COUNTER_CONFIDENTIALITY_RULE;
  if (question.asker === 'personne_concernee') {
    return {
      decision: 'repondre',
      mayDisclose: true,
      alternatives: [],
      reason: `La personne concernée peut être renseignée sur ${ABOUT_SELF[question.about]} : le secret professionnel protège ses informations, il ne lui est pas opposable (${rule.reference}).`,
      references: [rule.reference],
      scored: rule.scored,
      rules: [rule.id],
    };
  }
  return {
    decision: 'ne_rien_dire',
    mayDisclose: false,
    alternatives: ['demande_d_acte'],
    reason:
      `L’agent ne dit rien à un tiers de ${ABOUT_OTHER[question.about]}, pas même à voix basse ni pour ` +
      'confirmer ce que « tout le monde sait » : il est tenu au secret et à la discrétion professionnels ' +
      '(code général de la fonction publique L121-6 et L121-7), révéler une information à caractère secret ' +
      'est un délit (code pénal art. 226-13), et chacun a droit au respect de sa vie privée (code civil art. 9). Un tiers qui a droit à ' +
      'un acte en fait la demande, jugée selon les règles de délivrance.',
    references: [rule.reference],
    scored: rule.scored,
    rules: [rule.id],
  };
}
