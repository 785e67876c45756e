import {
  DEATH_ACT_RULE,
  ENTITLED_REQUESTERS_RULE,
  EXTRACT_WITHOUT_FILIATION_RULE,
  MINOR_SUBJECT_RULE,
  OTHERS_NEED_AUTHORISATION_RULE,
  PACS_PARTNER_RULE,
  uncertainPoint,
  type EtatCivilRule,
  type UncertainPoint,
} from './rule-catalogue';
import {
  ACT_LABELS,
  FORM_LABELS,
  REQUESTER_LABELS,
  type ActAlternative,
  type ActForm,
  type ActType,
  type Requester,
} from './vocabulary';

/** Who asks for which form of which act (the requester's quality, before archives and competence). */
export interface EntitlementQuery {
  readonly act: ActType;
  readonly form: ActForm;
  readonly requester: Requester;
  /** The person the act concerns is a minor who is not emancipated. */
  readonly subjectMinor?: boolean;
  /** The requester shows the procureur de la République's written authorisation. */
  readonly procureurAuthorisation?: boolean;
}

/** Whether the requester's quality gives a right to the form, and what else can be offered. */
export interface Entitlement {
  readonly entitled: boolean;
  /** The rule that decides. */
  readonly rule: EtatCivilRule;
  /** What the counter can offer instead (empty when entitled). */
  readonly alternatives: readonly ActAlternative[];
  /** False when the answer rests on an uncertain point: shown, never scored. */
  readonly scored: boolean;
  readonly uncertain: readonly UncertainPoint[];
  /** French explanation. */
  readonly reason: string;
}

/**
 * Those entitled to the full copy and to the extract with filiation of a birth or marriage act
 * (décret 2017-890 art. 30 and 32). The person concerned only if adult or emancipated: see {@link entitlement}.
 */
export const ENTITLED_REQUESTERS: readonly Requester[] = [
  'titulaire',
  'conjoint',
  'ascendant',
  'descendant',
  'representant_legal',
  'procureur',
  'professionnel_autorise',
];

const ENTITLED_LIST_FR =
  'seuls la personne concernée majeure ou émancipée, ses ascendants, descendants, conjoint, représentant légal, ' +
  'le procureur de la République et les professionnels autorisés par un texte y ont droit';

/**
 * True for the forms whose delivery depends on the requester's quality: the full copy and the extract with
 * filiation of a birth or marriage act (décret 2017-890 art. 30 and 32). Extracts without filiation and death
 * acts go to anyone.
 */
export function isRestrictedForm(act: ActType, form: ActForm): boolean {
  return act !== 'deces' && form !== 'extrait_sans_filiation';
}

/**
 * Applies décret 2017-890 art. 30, 32 and 33 to the requester's quality. The 75-year rule and the competent
 * authority are applied on top of it by `decideActRequest`.
 */
export function entitlement(query: EntitlementQuery): Entitlement {
  const { act, form, requester } = query;
  const what = `${FORM_LABELS[form]} ${ACT_LABELS[act]}`;
  if (act === 'deces') {
    return granted(
      DEATH_ACT_RULE,
      'L’acte de décès se délivre à toute personne, sans justifier de sa qualité.',
    );
  }
  if (form === 'extrait_sans_filiation') {
    return granted(
      EXTRACT_WITHOUT_FILIATION_RULE,
      `${capitalise(what)} se délivre à toute personne, sans justifier de sa qualité.`,
    );
  }
  if (query.procureurAuthorisation === true) {
    return granted(
      OTHERS_NEED_AUTHORISATION_RULE,
      `Sur autorisation du procureur de la République, le demandeur peut obtenir ${what}.`,
    );
  }
  if (requester === 'titulaire' && query.subjectMinor === true) {
    return {
      entitled: false,
      rule: MINOR_SUBJECT_RULE,
      alternatives: ['extrait_sans_filiation', 'demande_par_representant_legal'],
      scored: true,
      uncertain: [],
      reason:
        `La personne concernée est mineure et non émancipée : elle ne peut pas obtenir elle-même ${what}. ` +
        'Son représentant légal peut en faire la demande ; un extrait sans filiation peut lui être délivré.',
    };
  }
  if (ENTITLED_REQUESTERS.includes(requester)) {
    return granted(ENTITLED_REQUESTERS_RULE, `${REQUESTER_LABELS[requester]} peut obtenir ${what}.`);
  }
  if (requester === 'partenaire_pacs') {
    return {
      entitled: false,
      rule: PACS_PARTNER_RULE,
      alternatives: ['extrait_sans_filiation', 'autorisation_procureur'],
      scored: false,
      uncertain: [
        uncertainPoint(
          PACS_PARTNER_RULE,
          'Les sources se contredisent sur le droit du partenaire de PACS (fiche juridique §7.1) : à vérifier sur ' +
            'Légifrance avant d’en faire une règle notée.',
        ),
      ],
      reason:
        `Le droit du partenaire de PACS à ${what} est incertain : par prudence, il est traité comme un tiers. ` +
        'Il peut obtenir un extrait sans filiation ou solliciter l’autorisation du procureur de la République. ' +
        'Cette décision n’est pas notée.',
    };
  }
  return {
    entitled: false,
    rule: OTHERS_NEED_AUTHORISATION_RULE,
    alternatives: ['extrait_sans_filiation', 'autorisation_procureur'],
    scored: true,
    uncertain: [],
    reason:
      `${REQUESTER_LABELS[requester]} ne peut pas obtenir ${what} : ${ENTITLED_LIST_FR}. ` +
      'Un extrait sans filiation, délivré à toute personne, reste possible, ou une demande d’autorisation au ' +
      'procureur de la République.',
  };
}

/** True when the requester's quality gives a right to the form (guard-friendly form of {@link entitlement}). */
export function isEntitled(query: EntitlementQuery): boolean {
  return entitlement(query).entitled;
}

function granted(rule: EtatCivilRule, reason: string): Entitlement {
  return { entitled: true, rule, alternatives: [], scored: true, uncertain: [], reason };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
