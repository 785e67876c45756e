import {
  DEATH_24H_PRACTICE_RULE,
  DEATH_DECLARATION_RULE,
  DEATH_TRANSCRIPTION_RULE,
  uncertainPoint,
  type UncertainPoint,
} from './rule-catalogue';

/** Where the death occurred, relative to this commune (a death abroad is outside the counter's cases). */
export type DeathPlace = 'commune' | 'autre_commune';

/** A death declaration presented at the counter. */
export interface DeathDeclaration {
  readonly deathPlace: DeathPlace;
  /** The deceased's last domicile was in this commune. */
  readonly lastDomicileHere: boolean;
}

/** What the commune does about the transcription of the act at the last domicile (code civil art. 80). */
export type DeathTranscription = 'envoyer_expedition_au_dernier_domicile' | 'transcrire_a_reception' | null;

/** The counter's answer to a death declaration. */
export interface DeathDeclarationAssessment {
  readonly decision: 'recevoir' | 'orienter';
  readonly orientation: 'mairie_du_lieu' | null;
  readonly transcription: DeathTranscription;
  /** The documents usually asked for (practice), in French. */
  readonly usualDocuments: readonly string[];
  /** French explanation. */
  readonly reason: string;
  readonly references: readonly string[];
  readonly scored: boolean;
  readonly rules: readonly string[];
  /** Information-only points: the 24-hour delay is practice, never a ground for refusal. */
  readonly uncertain: readonly UncertainPoint[];
}

/** Documents the counter usually asks for (administrative practice, legal-facts.md §2.3). */
export const DEATH_DECLARATION_DOCUMENTS: readonly string[] = [
  'certificat médical de décès',
  'pièce d’identité ou acte d’état civil du défunt',
];

const PRACTICE_NOTE = uncertainPoint(
  DEATH_24H_PRACTICE_RULE,
  'Le délai de 24 heures est une pratique administrative, pas une règle du code civil : une déclaration ' +
    'tardive est reçue.',
);

const RECEIVE_REASON =
  'Le décès a eu lieu dans la commune : l’officier de l’état civil reçoit la déclaration d’un parent ou de ' +
  'toute personne bien renseignée, quel que soit le délai écoulé.';

const ORIENT_REASON =
  'Le décès se déclare à l’officier de l’état civil de la commune où il a eu lieu, pas ici.';

const TRANSCRIPTION_REASON: Readonly<Record<NonNullable<DeathTranscription>, string>> = {
  envoyer_expedition_au_dernier_domicile:
    ' Le défunt étant domicilié ailleurs, une expédition de l’acte est envoyée sans tarder à la mairie de son ' +
    'dernier domicile pour transcription.',
  transcrire_a_reception:
    ' Le défunt étant domicilié dans la commune, celle-ci transcrira l’acte dès réception de l’expédition.',
};

/**
 * Decides a death declaration (code civil art. 78 and 80): the officer of the commune of death draws up the
 * act on the declaration of a relative or of anyone well informed, whatever the delay since the death; when the
 * deceased lived elsewhere, an expédition goes to the last domicile for transcription.
 */
export function assessDeathDeclaration(declaration: DeathDeclaration): DeathDeclarationAssessment {
  const here = declaration.deathPlace === 'commune';
  const transcription = transcriptionDuty(declaration);
  const rules =
    transcription === null ? [DEATH_DECLARATION_RULE] : [DEATH_DECLARATION_RULE, DEATH_TRANSCRIPTION_RULE];
  return {
    decision: here ? 'recevoir' : 'orienter',
    orientation: here ? null : 'mairie_du_lieu',
    transcription,
    usualDocuments: DEATH_DECLARATION_DOCUMENTS,
    reason:
      (here ? RECEIVE_REASON : ORIENT_REASON) +
      (transcription === null ? '' : TRANSCRIPTION_REASON[transcription]),
    references: rules.map((rule) => rule.reference),
    scored: true,
    rules: rules.map((rule) => rule.id),
    uncertain: [PRACTICE_NOTE],
  };
}

/**
 * Code civil art. 80: the commune of death sends an expédition to the last domicile, which transcribes it.
 * Nothing to do when the death occurred in the commune of the last domicile.
 */
export function transcriptionDuty(declaration: DeathDeclaration): DeathTranscription {
  const diedHere = declaration.deathPlace === 'commune';
  if (diedHere === declaration.lastDomicileHere) return null;
  return diedHere ? 'envoyer_expedition_au_dernier_domicile' : 'transcrire_a_reception';
}
