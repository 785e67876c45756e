/**
 * The words of the civil-status counter, as the `rules etat-civil` contract spells them (issue 7),
 * with the French labels a trainee reads. Arrays come first so that zod schemas and tests reuse them.
 */

/** The three kinds of act a small commune keeps in its registers. */
export const ACT_TYPES = ['naissance', 'mariage', 'deces'] as const;
/** A kind of civil-status act. */
export type ActType = (typeof ACT_TYPES)[number];

/** The forms in which an act is delivered (décret 2017-890 art. 30 and 32). */
export const ACT_FORMS = ['copie_integrale', 'extrait_avec_filiation', 'extrait_sans_filiation'] as const;
/** A form of delivery. */
export type ActForm = (typeof ACT_FORMS)[number];

/**
 * Where the event took place, hence who holds the act: `commune` means this commune holds it
 * (for a death, also as the transcription at the last domicile, code civil art. 80).
 */
export const EVENT_PLACES = ['commune', 'autre_commune', 'etranger'] as const;
/** Where the event took place. */
export type EventPlace = (typeof EVENT_PLACES)[number];

/**
 * Who asks, relative to the person the act concerns (the `titulaire`). `partenaire_pacs` and
 * `professionnel_autorise` extend the list of issue 7: the first is uncertain (legal-facts §7.1),
 * the second is the notaire or the avocat acting for a client.
 */
export const REQUESTERS = [
  'titulaire',
  'conjoint',
  'ascendant',
  'descendant',
  'representant_legal',
  'procureur',
  'professionnel_autorise',
  'frere_soeur',
  'oncle_tante',
  'concubin',
  'partenaire_pacs',
  'tiers',
] as const;
/** Who asks for an act. */
export type Requester = (typeof REQUESTERS)[number];

/** What the counter does with a request for an act. */
export type ActDecision = 'delivrer' | 'refuser' | 'orienter';

/** Where the counter sends a person whose act it does not hold. */
export type ActOrientation = 'mairie_du_lieu' | 'scec_nantes';

/**
 * What the counter can offer instead of a refused form: the extract anyone may have, the procureur's
 * authorisation, or a request made by the legal representative of a minor.
 */
export type ActAlternative =
  'extrait_sans_filiation' | 'autorisation_procureur' | 'demande_par_representant_legal';

/** French: « d’un acte de naissance ». */
export const ACT_LABELS: Readonly<Record<ActType, string>> = {
  naissance: 'd’un acte de naissance',
  mariage: 'd’un acte de mariage',
  deces: 'd’un acte de décès',
};

/** French: « la copie intégrale ». */
export const FORM_LABELS: Readonly<Record<ActForm, string>> = {
  copie_integrale: 'la copie intégrale',
  extrait_avec_filiation: 'un extrait avec filiation',
  extrait_sans_filiation: 'un extrait sans filiation',
};

/** French, as the subject of a sentence: « Un frère ou une sœur ». */
export const REQUESTER_LABELS: Readonly<Record<Requester, string>> = {
  titulaire: 'La personne concernée',
  conjoint: 'Le conjoint',
  ascendant: 'Un ascendant',
  descendant: 'Un descendant',
  representant_legal: 'Le représentant légal',
  procureur: 'Le procureur de la République',
  professionnel_autorise: 'Un professionnel autorisé par un texte (notaire, avocat pour son client)',
  frere_soeur: 'Un frère ou une sœur',
  oncle_tante: 'Un oncle ou une tante',
  concubin: 'Un concubin',
  partenaire_pacs: 'Un partenaire de PACS',
  tiers: 'Un tiers',
};
