import type { ActType } from './vocabulary';

/**
 * How sure the project is of a rule, with the marks of shared/legal-facts.md:
 * `C` confirmed in the cited source; `P` partly confirmed (only its confirmed core is scored); `M` from memory.
 */
export type Confidence = 'C' | 'P' | 'M';

/** One rule of the civil-status domain, as the debrief and docs/rules/etat-civil.md show it. */
export interface EtatCivilRule {
  /** Stable kebab-case identifier, listed in the `rules` field of every decision it takes part in. */
  readonly id: string;
  /** Code (or décret) and article. */
  readonly reference: string;
  readonly confidence: Confidence;
  /** False when the rule is information only: no verdict may rest on it. */
  readonly scored: boolean;
  /** The rule in French, as a trainee reads it. */
  readonly statement: string;
}

/**
 * A point the engine shows but never scores: it rests on an unverified source ([M], the unconfirmed part of
 * a [P] point, or an item of legal-facts.md §7).
 */
export interface UncertainPoint {
  readonly uncertain: true;
  /** Identifier of the information-only rule. */
  readonly rule: string;
  readonly reference: string;
  /** French: what is uncertain and why. */
  readonly why: string;
}

/** Builds the uncertain-point record of an information-only rule. */
export function uncertainPoint(rule: EtatCivilRule, why: string): UncertainPoint {
  return { uncertain: true, rule: rule.id, reference: rule.reference, why };
}

/**
 * The article of décret 2017-890 that governs delivery for each kind of act:
 * art. 30 (naissance), 32 (mariage), 33 (décès), as legal-facts.md §2.1 cites them.
 */
export function deliveryArticle(act: ActType): string {
  const article: Record<ActType, number> = { naissance: 30, mariage: 32, deces: 33 };
  return `décret 2017-890 art. ${article[act]}`;
}

/** Full copy or extract with filiation: the closed list of those entitled (birth art. 30, marriage art. 32). */
export const ENTITLED_REQUESTERS_RULE: EtatCivilRule = {
  id: 'ayants-droit-copie-integrale',
  reference: 'décret 2017-890 art. 30 et 32',
  confidence: 'P',
  scored: true,
  statement:
    'La copie intégrale et l’extrait avec filiation d’un acte de naissance ou de mariage ne sont délivrés qu’à la ' +
    'personne concernée majeure ou émancipée, à ses ascendants, descendants, conjoint, représentant légal, au ' +
    'procureur de la République et aux professionnels autorisés par un texte (notaire, avocat pour son client).',
};

/** Anyone else needs the procureur's authorisation: siblings, uncles and aunts, a concubin, a third party. */
export const OTHERS_NEED_AUTHORISATION_RULE: EtatCivilRule = {
  id: 'autres-demandeurs-autorisation-procureur',
  reference: 'décret 2017-890 art. 30 et 32',
  confidence: 'P',
  scored: true,
  statement:
    'Toute autre personne (frère ou sœur, oncle ou tante, concubin, tiers) n’obtient la copie intégrale ou ' +
    'l’extrait avec filiation qu’avec l’autorisation du procureur de la République ; elle peut avoir un extrait ' +
    'sans filiation.',
};

/** A minor who is not emancipated does not ask for his own full copy: his legal representative does. */
export const MINOR_SUBJECT_RULE: EtatCivilRule = {
  id: 'titulaire-mineur',
  reference: 'décret 2017-890 art. 30 et 32',
  confidence: 'P',
  scored: true,
  statement:
    'La personne concernée n’obtient elle-même la copie intégrale ou l’extrait avec filiation que si elle est ' +
    'majeure ou émancipée ; pour un mineur non émancipé, la demande est faite par son représentant légal.',
};

/** The extract without filiation of a birth or marriage act goes to anyone. */
export const EXTRACT_WITHOUT_FILIATION_RULE: EtatCivilRule = {
  id: 'extrait-sans-filiation-toute-personne',
  reference: 'décret 2017-890 art. 30 et 32',
  confidence: 'C',
  scored: true,
  statement:
    'L’extrait sans filiation d’un acte de naissance ou de mariage est délivré à toute personne, sans qu’elle ait ' +
    'à justifier de sa qualité.',
};

/** A death act goes to anyone. */
export const DEATH_ACT_RULE: EtatCivilRule = {
  id: 'acte-deces-toute-personne',
  reference: 'décret 2017-890 art. 33',
  confidence: 'C',
  scored: true,
  statement:
    'La copie intégrale d’un acte de décès est délivrée à toute personne (actes librement communicables).',
};

/** Birth and marriage registers are freely communicable 75 years after their closing. */
export const SEVENTY_FIVE_YEARS_RULE: EtatCivilRule = {
  id: 'registres-75-ans',
  reference: 'code du patrimoine L213-2',
  confidence: 'C',
  scored: true,
  statement:
    'Les registres de naissance et de mariage sont librement communicables 75 ans après leur clôture : l’acte ' +
    'se délivre alors à toute personne. Le registre d’une année étant clos au plus tard le 31 décembre, l’acte ' +
    'de l’année N est librement communicable au plus tard le 1er janvier N + 76.',
};

/** Some sources apply 100 years when the person concerned is a minor: not verified for civil-status registers. */
export const HUNDRED_YEARS_MINOR_RULE: EtatCivilRule = {
  id: 'registres-mineurs-100-ans',
  reference: 'code du patrimoine L213-2',
  confidence: 'P',
  scored: false,
  statement:
    'Certains sites appliquent un délai de 100 ans lorsque l’acte concerne une personne mineure ; cette règle n’a ' +
    'pas été vérifiée pour les registres de l’état civil.',
};

/** The PACS partner: the sources disagree (legal-facts.md §7.1). */
export const PACS_PARTNER_RULE: EtatCivilRule = {
  id: 'partenaire-pacs',
  reference: 'décret 2017-890 art. 30 et 32',
  confidence: 'M',
  scored: false,
  statement:
    'Les sources se contredisent sur le partenaire de PACS ; par prudence, il est traité comme un tiers ' +
    '(extrait sans filiation, ou autorisation du procureur), sans que ce choix soit noté.',
};

/** The commune of the event holds the act and delivers it. */
export const PLACE_OF_EVENT_RULE: EtatCivilRule = {
  id: 'competence-lieu-evenement',
  reference: 'code civil art. 55, 78, 80 et 165',
  confidence: 'C',
  scored: true,
  statement:
    'L’acte est délivré par la mairie qui le détient : celle du lieu de naissance, du mariage ou du décès ' +
    '(pour un décès, aussi celle du dernier domicile, qui en reçoit la transcription).',
};

/** Events abroad: the Service central d'état civil in Nantes. */
export const ABROAD_RULE: EtatCivilRule = {
  id: 'evenement-etranger-scec',
  reference: 'décret 65-422 du 1er juin 1965',
  confidence: 'C',
  scored: true,
  statement:
    'Les actes des événements survenus à l’étranger sont détenus par le Service central d’état civil du ministère ' +
    'des Affaires étrangères, à Nantes.',
};

/** What a request must state, and that delivery is free. */
export const REQUEST_CONTENT_RULE: EtatCivilRule = {
  id: 'mentions-demande-gratuite',
  reference: 'décret 2017-890 art. 29',
  confidence: 'C',
  scored: true,
  statement:
    'La délivrance des copies et extraits est gratuite. La demande de copie intégrale ou d’extrait avec filiation ' +
    'indique les nom, prénoms, date et lieu de naissance de la personne et les nom et prénom usuel de ses parents ' +
    '(pour un mariage, aussi la date et le lieu du mariage).',
};

/** Birth declaration: 5 days, the day of birth not counted, extended to the next working day. */
export const BIRTH_DEADLINE_RULE: EtatCivilRule = {
  id: 'declaration-naissance-delai',
  reference: 'code civil art. 55 ; décret 2017-278 art. 1',
  confidence: 'C',
  scored: true,
  statement:
    'La naissance est déclarée dans les cinq jours de l’accouchement à l’officier de l’état civil du lieu de ' +
    'naissance ; le jour de l’accouchement n’est pas compté et un délai qui finit un samedi, un dimanche ou un ' +
    'jour férié est prorogé au premier jour ouvrable suivant.',
};

/** A late birth declaration: refused; only a jugement déclaratif allows the act. */
export const LATE_BIRTH_RULE: EtatCivilRule = {
  id: 'declaration-naissance-tardive',
  reference: 'code civil art. 55',
  confidence: 'C',
  scored: true,
  statement:
    'Hors délai, l’officier de l’état civil ne peut relater la naissance qu’en vertu d’un jugement déclaratif du ' +
    'tribunal : il refuse la déclaration et avise le procureur de la République.',
};

/** Who declares a birth. */
export const BIRTH_DECLARANTS_RULE: EtatCivilRule = {
  id: 'declarants-naissance',
  reference: 'code civil art. 56',
  confidence: 'C',
  scored: true,
  statement:
    'La naissance est déclarée par le père ou, à défaut, par le médecin, la sage-femme ou toute autre personne ' +
    'ayant assisté à l’accouchement, ou par la personne chez qui la mère a accouché hors de son domicile.',
};

/** Declarants outside the list of art. 56 (the mother, a relative who was not present): practice, not scored. */
export const OTHER_BIRTH_DECLARANTS_RULE: EtatCivilRule = {
  id: 'declarants-naissance-hors-liste',
  reference: 'code civil art. 56 ; IGREC n° 272-1',
  confidence: 'P',
  scored: false,
  statement:
    'L’instruction générale relative à l’état civil admet d’autres déclarants, notamment la mère lorsque les ' +
    'personnes désignées par la loi ne peuvent déclarer ; la pratique admet un proche muni du certificat ' +
    'd’accouchement. Ces cas ne sont pas notés.',
};

/** Death declaration: to the officer of the commune of death, by a relative or anyone well informed. */
export const DEATH_DECLARATION_RULE: EtatCivilRule = {
  id: 'declaration-deces-lieu',
  reference: 'code civil art. 78',
  confidence: 'C',
  scored: true,
  statement:
    'L’acte de décès est dressé par l’officier de l’état civil de la commune où le décès a eu lieu, sur la ' +
    'déclaration d’un parent du défunt ou de toute personne possédant les renseignements les plus exacts ' +
    'possibles ; le code civil ne fixe aucun délai, la déclaration tardive est donc reçue.',
};

/** The 24-hour delay for a death declaration is administrative practice, not law. */
export const DEATH_24H_PRACTICE_RULE: EtatCivilRule = {
  id: 'declaration-deces-24h-pratique',
  reference: 'pratique administrative (service-public.fr)',
  confidence: 'P',
  scored: false,
  statement:
    'Le délai de 24 heures (hors week-ends et jours fériés) vient de la pratique administrative et non du code ' +
    'civil : il n’est pas une condition de réception de la déclaration.',
};

/** A death elsewhere than the last domicile: the act is sent there for transcription. */
export const DEATH_TRANSCRIPTION_RULE: EtatCivilRule = {
  id: 'transcription-dernier-domicile',
  reference: 'code civil art. 80',
  confidence: 'C',
  scored: true,
  statement:
    'Lorsque le décès a lieu hors de la commune du domicile du défunt, l’officier qui a dressé l’acte en envoie ' +
    'dans le plus bref délai une expédition à la mairie du dernier domicile, qui la transcrit.',
};

/**
 * Confidentiality at the counter (erratum 4): every public agent is bound by professional secrecy and
 * discretion, and everyone has a right to privacy (legal-facts.md §0 bis 4, [C]). Scored.
 */
export const COUNTER_CONFIDENTIALITY_RULE: EtatCivilRule = {
  id: 'confidentialite-guichet',
  reference:
    'code général de la fonction publique L121-6 et L121-7 ; code pénal art. 226-13 ; code civil art. 9',
  confidence: 'C',
  scored: true,
  statement:
    'L’agent est tenu au secret professionnel et à la discrétion professionnelle pour tout ce qu’il apprend dans ' +
    'ses fonctions, et chacun a droit au respect de sa vie privée : il ne dit rien à un tiers, pas même ' +
    'oralement, du dossier, de l’acte ou de la démarche d’une autre personne. Un tiers n’obtient un acte que ' +
    'par une demande écrite, dans les conditions de délivrance.',
};

/** Every rule of the domain, in the order of docs/rules/etat-civil.md. */
export const ETAT_CIVIL_RULES: readonly EtatCivilRule[] = [
  ENTITLED_REQUESTERS_RULE,
  OTHERS_NEED_AUTHORISATION_RULE,
  MINOR_SUBJECT_RULE,
  EXTRACT_WITHOUT_FILIATION_RULE,
  DEATH_ACT_RULE,
  SEVENTY_FIVE_YEARS_RULE,
  HUNDRED_YEARS_MINOR_RULE,
  PACS_PARTNER_RULE,
  PLACE_OF_EVENT_RULE,
  ABROAD_RULE,
  REQUEST_CONTENT_RULE,
  BIRTH_DEADLINE_RULE,
  LATE_BIRTH_RULE,
  BIRTH_DECLARANTS_RULE,
  OTHER_BIRTH_DECLARANTS_RULE,
  DEATH_DECLARATION_RULE,
  DEATH_24H_PRACTICE_RULE,
  DEATH_TRANSCRIPTION_RULE,
  COUNTER_CONFIDENTIALITY_RULE,
];
