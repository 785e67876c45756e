import { z } from '../../validation/schema';
import { weakestConfidence, type Confidence } from './types';

/** What a police arrêté regulates. */
export const OBJETS = [
  'circulation',
  'stationnement',
  'bruit',
  'peril',
  'debit-boissons-temporaire-association',
  'autre',
] as const;
export type ObjetArrete = (typeof OBJETS)[number];

/** The publicity modes a council of fewer than 3 500 inhabitants may choose (CGCT L2131-1). */
export const MODES_PUBLICITE = ['affichage', 'papier', 'electronique'] as const;
export type ModePublicite = (typeof MODES_PUBLICITE)[number];

/** Below this population the council chooses the publication mode; from it, publication is electronic. */
export const PUBLICATION_CHOICE_POPULATION = 3_500;

/** Ceiling of a 2nd-class contravention, since décret 2022-185 (code pénal R610-5). */
export const POLICE_FINE_MAX_EUROS = 150;

/** `kind: "arrete"`: transmission, publicity and sanction of a police arrêté. */
export const arreteCaseSchema = z.strictObject({
  kind: z.literal('arrete'),
  objet: z.enum(OBJETS, {
    error:
      'objet attendu : « circulation », « stationnement », « bruit », « peril », « debit-boissons-temporaire-association » ou « autre »',
  }),
  portee: z.enum(['reglementaire', 'individuel'], {
    error: 'portee attendue : « reglementaire » ou « individuel »',
  }),
  population: z
    .number({ error: 'population attendue (nombre entier d’habitants)' })
    .int({ error: 'population attendue : un nombre entier d’habitants' })
    .min(1, { error: 'population attendue : au moins 1 habitant' })
    .max(10_000_000, { error: 'population invraisemblable (plus de 10 millions d’habitants)' }),
  modePubliciteDelibere: z
    .enum(MODES_PUBLICITE, {
      error:
        'modePubliciteDelibere attendu : « affichage », « papier », « electronique » ou null (pas de délibération)',
    })
    .nullable(),
});

export type ArreteCase = z.infer<typeof arreteCaseSchema>;

/** The `rules police` output for an arrêté. */
export interface ArreteResult {
  readonly kind: 'arrete';
  readonly transmissionPrefet: boolean;
  readonly publicite: 'publication' | 'notification';
  /** How a réglementaire act is published; null for an individual act (notified). */
  readonly modePublication: ModePublicite | null;
  /** Fine for breaking the arrêté; null where a text of its own punishes it (not covered by the fiche). */
  readonly amendeMaxEuros: number | null;
  readonly references: readonly string[];
  /** The weakest mark of the fields that answer (a null field claims nothing). */
  readonly confidence: Confidence;
  readonly confidences: {
    readonly transmissionPrefet: Confidence;
    readonly publicite: Confidence;
    readonly modePublication: Confidence;
    readonly amendeMaxEuros: Confidence;
  };
  readonly explication: string;
}

/** L2131-2 2° leaves out traffic, parking, and the associations' temporary drinks licences. */
const NOT_TRANSMITTED: readonly ObjetArrete[] = [
  'circulation',
  'stationnement',
  'debit-boissons-temporaire-association',
];

/** Objets whose breach R610-5 punishes; the others have a sanction of their own, outside the fiche. */
const R610_5_OBJETS: readonly ObjetArrete[] = ['bruit', 'autre'];

function publicationMode(input: ArreteCase): { mode: ModePublicite | null; confidence: Confidence } {
  if (input.portee === 'individuel') return { mode: null, confidence: 'C' };
  if (input.population < PUBLICATION_CHOICE_POPULATION) {
    // Without a deliberation, electronic publication applies (since 1 July 2022).
    return { mode: input.modePubliciteDelibere ?? 'electronique', confidence: 'C' };
  }
  // The fiche gives the choice below 3 500 inhabitants only; electronic above is implied, not written.
  return { mode: 'electronique', confidence: 'P' };
}

/**
 * A police arrêté (CGCT L2131-1, L2131-2 2°, code pénal R610-5): transmitted to the préfet unless it concerns
 * traffic, parking or an association's temporary drinks licence; published when réglementaire (in the mode the
 * council chose below 3 500 inhabitants, electronic without a deliberation), notified when individual; its breach
 * is a 2nd-class contravention, 150 € at most, where no text of its own applies.
 */
export function decideArrete(input: ArreteCase): ArreteResult {
  const transmissionPrefet = !NOT_TRANSMITTED.includes(input.objet);
  const publicite = input.portee === 'reglementaire' ? 'publication' : 'notification';
  const publication = publicationMode(input);
  const byR6105 = R610_5_OBJETS.includes(input.objet);
  const confidences = {
    transmissionPrefet: 'C',
    publicite: 'C',
    modePublication: publication.confidence,
    amendeMaxEuros: byR6105 ? 'C' : 'M',
  } as const;
  const references = [
    'CGCT L2131-2',
    'CGCT L2131-1',
    ...(publication.mode === 'electronique' ? ['CGCT R2131-1'] : []),
    ...(byR6105 ? ['code pénal R610-5'] : []),
  ];
  return {
    kind: 'arrete',
    transmissionPrefet,
    publicite,
    modePublication: publication.mode,
    amendeMaxEuros: byR6105 ? POLICE_FINE_MAX_EUROS : null,
    references,
    // A null answer claims nothing: only the answered fields weigh on the case's mark.
    confidence: weakestConfidence([
      confidences.transmissionPrefet,
      confidences.publicite,
      ...(publication.mode === null ? [] : [confidences.modePublication]),
      ...(byR6105 ? [confidences.amendeMaxEuros] : []),
    ]),
    confidences,
    explication: explain(input, transmissionPrefet, publication.mode, byR6105),
  };
}

function explain(
  input: ArreteCase,
  transmitted: boolean,
  mode: ModePublicite | null,
  byR6105: boolean,
): string {
  const parts = [
    transmitted
      ? 'Acte de police transmis au préfet : exécutoire après sa publication ou sa notification et sa transmission.'
      : 'Non transmis au préfet (circulation, stationnement ou débit de boissons temporaire d’une association) : exécutoire dès sa publication ou sa notification.',
    mode === null
      ? 'Arrêté individuel : notifié à son destinataire.'
      : `Arrêté réglementaire : publié (${mode === 'electronique' ? 'sous forme électronique, acte intégral en ligne au moins 2 mois' : mode === 'affichage' ? 'par affichage' : 'sur papier'}).`,
  ];
  if (
    mode !== null &&
    input.population >= PUBLICATION_CHOICE_POPULATION &&
    input.modePubliciteDelibere !== null
  ) {
    parts.push('Le choix d’un autre mode n’est ouvert qu’aux communes de moins de 3 500 habitants.');
  }
  if (input.objet === 'circulation' || input.objet === 'stationnement') {
    parts.push(
      'Opposable seulement une fois la signalisation réglementaire en place (code de la route R411-25).',
    );
  }
  parts.push(
    byR6105
      ? 'Violation : contravention de 2e classe, 150 € au plus (et non 38 €).'
      : 'Violation : sanction prévue par un texte propre à cette police, hors de la fiche : non notée.',
  );
  parts.push('Inscrit au registre des arrêtés par ordre de date (CGCT L2122-29).');
  return parts.join(' ');
}
