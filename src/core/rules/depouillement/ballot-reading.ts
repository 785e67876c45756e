import { ballotCause, type CauseEffect, type CauseId } from './ballot-causes';
import { isBlankPaper, resolveCandidate, type Ballot, type BallotMark, type CountContext } from './ballot';
import { fr, typeset } from './french-text';
import { listBallotRule } from './list-ballots';

/** One reason found while reading an envelope, with the cause's reference and confidence. */
export interface Finding {
  readonly cause: CauseId;
  readonly effect: CauseEffect;
  /** French, short enough to be written on the annexed ballot as the cause of its annexation. */
  readonly motif: string;
  readonly reference: string;
  readonly uncertain: boolean;
}

/**
 * Builds a finding from the catalogue; an uncertain cause says so in its motif. A `reference` given replaces the
 * catalogue's when the situation picks the text (a list ballot, by the commune's population).
 */
export function finding(cause: CauseId, motif: string, reference?: string): Finding {
  const rule = ballotCause(cause);
  return {
    cause,
    effect: rule.effect,
    motif: typeset(rule.uncertain ? `${motif} (point incertain, non noté)` : motif),
    reference: reference ?? rule.reference,
    uncertain: rule.uncertain,
  };
}

/** What one paper says once read: the candidate it designates, whether it is blank, what is wrong with it. */
export interface BallotReading {
  readonly candidate: string | null;
  readonly blankPaper: boolean;
  readonly findings: readonly Finding[];
}

const LIST_MODIFICATION = {
  rature: ['liste-nom-raye', 'nom rayé sur un bulletin de liste'],
  ajout: ['liste-nom-ajoute', 'nom ajouté sur un bulletin de liste'],
  ordre_modifie: ['liste-ordre-modifie', 'ordre des candidats de la liste modifié'],
} as const satisfies Record<string, readonly [CauseId, string]>;

const HANDWRITTEN_MODIFICATION = {
  rature: 'nom rayé à la main',
  ajout: 'nom ajouté à la main',
  ordre_modifie: 'ordre des noms modifié à la main',
} as const;

/**
 * The finding a mark produces. Crossing out, adding or reordering names voids a municipal list ballot, under the
 * text the commune's size calls for (L260 and R66-2 from 1 000 inhabitants, loi 2025-444 below); on a one-name
 * ballot or a blank paper the fact sheet does not settle it, hence an uncertain cause.
 */
export function markFinding(mark: BallotMark, context: CountContext, blankPaper: boolean): Finding {
  switch (mark) {
    case 'annotation':
      return finding('signe-reconnaissance', 'mention manuscrite : signe de reconnaissance');
    case 'signature':
      return finding('electeur-identifie', fr`l'électeur s'est fait connaître (signature)`);
    case 'couleur':
      return finding('papier-couleur', 'papier de couleur');
    case 'injure':
      return finding('mention-injurieuse', 'mention injurieuse');
    case 'dechire':
      return finding('bulletin-dechire', 'bulletin déchiré');
    case 'rature':
    case 'ajout':
    case 'ordre_modifie': {
      if (context.election === 'municipale_liste' && !blankPaper) {
        const [cause, motif] = LIST_MODIFICATION[mark];
        return finding(cause, motif, listBallotRule(context.population).reference);
      }
      return finding('modification-manuscrite', HANDWRITTEN_MODIFICATION[mark]);
    }
  }
}

function designationFinding(ballot: Ballot, context: CountContext): Finding {
  const what = context.election === 'municipale_liste' ? 'une liste' : 'un candidat';
  if (ballot.for === undefined) return finding('designation-insuffisante', 'bulletin ne désignant personne');
  return finding(
    'designation-insuffisante',
    fr`« ${ballot.for.trim()} » n'est pas ${what} en présence : désignation insuffisante`,
  );
}

/** Reads one paper: whom it designates, whether it is blank, and every finding its marks or name produce. */
export function readBallot(ballot: Ballot, context: CountContext): BallotReading {
  const blankPaper = isBlankPaper(ballot);
  const candidate = !blankPaper && ballot.for !== undefined ? resolveCandidate(ballot.for, context) : null;
  const marks = [...new Set(ballot.marks ?? [])];
  const findings = marks.map((mark) => markFinding(mark, context, blankPaper));
  if (!blankPaper && candidate === null) findings.unshift(designationFinding(ballot, context));
  return { candidate, blankPaper, findings };
}
