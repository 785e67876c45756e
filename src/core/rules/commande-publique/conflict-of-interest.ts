import type { Confidence } from './types';

/** A person who takes part in the procedure or may influence its outcome, and their link with a bidder. */
export interface ConflictSituation {
  /** Who it is, in French (« le maire », « une adjointe », « l’agent technique »…), for the explanation. */
  readonly person: string;
  /** A direct or indirect financial, economic or other personal interest in a bidder (a relative's firm…). */
  readonly hasInterestInBidder: boolean;
  /** The person takes part in preparing, analysing or choosing, or may influence the outcome. */
  readonly involvedInProcedure: boolean;
  /** The person has withdrawn (déport) from the whole procedure, the council's deliberation included. */
  readonly hasWithdrawn: boolean;
  /** The offer of the linked bidder would be chosen for that link rather than on the announced criteria. */
  readonly favouredForTheLink: boolean;
}

/** The engine's reading of that situation. */
export interface ConflictCheck {
  /** A conflict of interest in the sense of CCP L2141-10. */
  readonly conflict: boolean;
  /** True when no rule is broken: no conflict, or a conflict remedied by withdrawal, and no favour. */
  readonly lawful: boolean;
  readonly expected: string;
  readonly references: readonly string[];
  readonly confidence: Confidence;
}

/**
 * Conflict of interest: a person who takes part in the procedure or may influence its outcome has an interest
 * that could compromise their impartiality (CCP L2141-10). The remedy is their withdrawal from the whole
 * procedure; only if it cannot be remedied otherwise may the buyer exclude the bidder (L2141-10). An interested
 * councillor who takes part makes the deliberation illegal (CGCT L2131-11). Choosing a bidder for the link
 * breaks the equal treatment of candidates (CCP L3). The relative's firm may still bid and win on its merits.
 */
export function checkConflictOfInterest(situation: ConflictSituation): ConflictCheck {
  const conflict = situation.hasInterestInBidder && situation.involvedInProcedure;
  const references = ['CCP L2141-10', 'CGCT L2131-11', 'CCP L3'];
  if (situation.favouredForTheLink) {
    return {
      conflict,
      lawful: false,
      expected:
        'Le choix se fait sur les critères annoncés, à égalité de traitement entre les candidats : favoriser une ' +
        'entreprise pour un lien personnel est interdit.',
      references,
      confidence: 'partial',
    };
  }
  if (conflict && !situation.hasWithdrawn) {
    return {
      conflict,
      lawful: false,
      expected:
        `${capitalise(situation.person)} se déporte : ne participe ni à la préparation, ni à l’analyse des offres, ` +
        'ni au choix, ni à la délibération (ni présent, ni par procuration). À défaut d’autre remède, l’acheteur ' +
        'peut exclure le candidat concerné.',
      references,
      confidence: 'partial',
    };
  }
  return {
    conflict,
    lawful: true,
    expected: conflict
      ? 'Le déport écarte le conflit d’intérêts : l’entreprise liée peut concourir et être retenue sur ses mérites.'
      : 'Pas de conflit d’intérêts dans la procédure.',
    references,
    confidence: 'partial',
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
