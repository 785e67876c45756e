import { fr } from './french-text';
import type { LegalRule } from './legal-rule';
import { LIST_BALLOT_REFERENCE_ANY_SIZE } from './list-ballots';

/** What a cause does to the envelope or ballot it is found on. */
export type CauseEffect = 'blanc' | 'nul' | 'remarque';

/** A reason for classifying the content of an envelope (or a ballot found without one). */
export interface BallotCause extends LegalRule {
  readonly effect: CauseEffect;
}

const L65 = 'code électoral L65';
const L66 = 'code électoral L66';
/** Catalogue reference of the list causes; a count cites the one text its commune's population calls for. */
const LIST_BALLOTS = LIST_BALLOT_REFERENCE_ANY_SIZE;

/**
 * Every reason the count can give, with its reference. Blancs and nuls rest on L65 and L66 (legal-facts.md §3.2,
 * [C]); list ballots modified by the voter on L260 and R66-2 from 1 000 inhabitants (since 2014) and on loi
 * 2025-444 below ([C], § 0 bis 5): `listBallotRule` picks one by the commune's population. Points the fact sheet does not
 * settle are kept, flagged `uncertain`, so that the totals can be computed but never scored on them.
 */
export const BALLOT_CAUSES = {
  'enveloppe-vide': {
    effect: 'blanc',
    reference: L65,
    confidence: 'C',
    uncertain: false,
    statement: fr`Une enveloppe ne contenant aucun bulletin est un vote blanc : décompté à part, annexé au procès-verbal, hors des suffrages exprimés.`,
  },
  'papier-blanc': {
    effect: 'blanc',
    reference: L65,
    confidence: 'C',
    uncertain: false,
    statement: fr`Un papier blanc vierge est un vote blanc : décompté à part, annexé au procès-verbal, hors des suffrages exprimés.`,
  },
  'papiers-blancs-multiples': {
    effect: 'remarque',
    reference: L65,
    confidence: 'P',
    uncertain: false,
    statement: fr`Plusieurs papiers blancs vierges dans une enveloppe forment un seul vote blanc (bulletins identiques comptés pour un seul).`,
  },
  'bulletins-identiques': {
    effect: 'remarque',
    reference: L65,
    confidence: 'C',
    uncertain: false,
    statement: fr`Plusieurs bulletins désignant le même candidat ou la même liste dans une enveloppe ne comptent que pour un seul.`,
  },
  'bulletins-differents': {
    effect: 'nul',
    reference: L65,
    confidence: 'C',
    uncertain: false,
    statement: fr`Une enveloppe contenant des bulletins de candidats ou de listes différents est nulle.`,
  },
  'papier-blanc-et-bulletin': {
    effect: 'nul',
    reference: L65,
    confidence: 'M',
    uncertain: true,
    statement: fr`Une enveloppe contenant à la fois un papier blanc et un bulletin : classée nulle par défaut, sans être notée.`,
    why: fr`La fiche juridique ne tranche pas ce cas : L65 vise des bulletins « portant des listes et des noms différents ».`,
  },
  'enveloppe-non-reglementaire': {
    effect: 'nul',
    reference: L66,
    confidence: 'C',
    uncertain: false,
    statement: fr`Un bulletin trouvé dans une enveloppe non réglementaire est nul ; l'enveloppe est annexée au procès-verbal.`,
  },
  'sans-enveloppe': {
    effect: 'nul',
    reference: L66,
    confidence: 'C',
    uncertain: false,
    statement: fr`Un bulletin trouvé dans l'urne sans enveloppe est nul.`,
  },
  'designation-insuffisante': {
    effect: 'nul',
    reference: L66,
    confidence: 'P',
    uncertain: false,
    statement: fr`Un bulletin qui ne désigne aucun candidat ni aucune liste en présence n'a pas une désignation suffisante : il est nul.`,
  },
  'electeur-identifie': {
    effect: 'nul',
    reference: L66,
    confidence: 'C',
    uncertain: false,
    statement: fr`Un bulletin par lequel le votant s'est fait connaître (signature, nom) est nul.`,
  },
  'signe-reconnaissance': {
    effect: 'nul',
    reference: L66,
    confidence: 'C',
    uncertain: false,
    statement: fr`Un bulletin ou une enveloppe portant un signe intérieur ou extérieur de reconnaissance, telle une mention manuscrite, est nul.`,
  },
  'papier-couleur': {
    effect: 'nul',
    reference: L66,
    confidence: 'C',
    uncertain: false,
    statement: fr`Un bulletin écrit sur papier de couleur est nul.`,
  },
  'mention-injurieuse': {
    effect: 'nul',
    reference: L66,
    confidence: 'C',
    uncertain: false,
    statement: fr`Un bulletin ou une enveloppe portant une mention injurieuse pour les candidats ou pour des tiers est nul.`,
  },
  'liste-nom-raye': {
    effect: 'nul',
    reference: LIST_BALLOTS,
    confidence: 'C',
    uncertain: false,
    statement: fr`Scrutin de liste municipal : on vote pour une liste entière ; un bulletin dont un nom est rayé est nul, depuis 2014 dans les communes de 1 000 habitants et plus (L260 et R66-2), depuis mars 2026 en dessous (loi 2025-444).`,
  },
  'liste-nom-ajoute': {
    effect: 'nul',
    reference: LIST_BALLOTS,
    confidence: 'C',
    uncertain: false,
    statement: fr`Scrutin de liste municipal : on vote pour une liste entière ; un bulletin complété d'un nom est nul, depuis 2014 dans les communes de 1 000 habitants et plus (L260 et R66-2), depuis mars 2026 en dessous (loi 2025-444).`,
  },
  'liste-ordre-modifie': {
    effect: 'nul',
    reference: LIST_BALLOTS,
    confidence: 'C',
    uncertain: false,
    statement: fr`Scrutin de liste municipal : un bulletin dont l'ordre de présentation des candidats est modifié est nul, depuis 2014 dans les communes de 1 000 habitants et plus (L260 et R66-2), depuis mars 2026 en dessous (loi 2025-444).`,
  },
  'modification-manuscrite': {
    effect: 'nul',
    reference: L66,
    confidence: 'M',
    uncertain: true,
    statement: fr`Hors scrutin de liste, un nom rayé, ajouté ou déplacé à la main : classé nul par défaut (désignation insuffisante ou signe de reconnaissance), sans être noté.`,
    why: fr`La fiche juridique ne règle la rature, l'ajout et l'ordre modifié que pour les bulletins de liste municipaux ; ailleurs, le juge apprécie au cas par cas et R66-2 (après le décret 2025-778) est incertain.`,
  },
  'bulletin-dechire': {
    effect: 'remarque',
    reference: L66,
    confidence: 'M',
    uncertain: true,
    statement: fr`Un bulletin déchiré n'est pas, à lui seul, une cause de nullité de L66 : compté s'il désigne clairement son candidat, sans être noté.`,
    why: fr`La fiche juridique ne mentionne pas le bulletin déchiré ; une déchirure peut être un signe de reconnaissance selon les circonstances.`,
  },
} as const satisfies Record<string, BallotCause>;

/** Identifier of a reason in {@link BALLOT_CAUSES}. */
export type CauseId = keyof typeof BALLOT_CAUSES;

/** The catalogue entry of a cause, typed as a plain {@link BallotCause}. */
export function ballotCause(id: CauseId): BallotCause {
  return BALLOT_CAUSES[id];
}
