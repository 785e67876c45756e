import type { Ballot, CountContext, Envelope } from './ballot';
import type { CauseId } from './ballot-causes';
import { finding, readBallot, type Finding } from './ballot-reading';
import { fr, plural } from './french-text';

/** How the content of an envelope counts: a vote for a candidate or list, a blank vote, or a void one. */
export type Classement = 'vote' | 'blanc' | 'nul';

/** The decision on one envelope (or one ballot found without an envelope), with its reasons. */
export interface Classification {
  readonly classement: Classement;
  /** The candidate or list credited, spelled as in the context; present only for a `vote`. */
  readonly candidate?: string;
  /**
   * The reasons: for a `nul`, every cause of nullity found; for a `blanc`, why it is blank; for a `vote`, the
   * remarks (identical ballots counted once, torn ballot). Empty for a single clean ballot.
   */
  readonly findings: readonly Finding[];
  /** True when the decision rests only on uncertain rules: show it, never score it. */
  readonly uncertain: boolean;
}

type Fallback =
  { readonly classement: 'vote'; readonly candidate: string } | { readonly classement: 'blanc' };

/**
 * A single certain cause of nullity settles the matter; a decision resting only on uncertain causes (or a vote
 * or blank carrying an uncertain remark) is flagged, because an uncertain point could have changed it.
 */
function settle(findings: readonly Finding[], fallback: Fallback): Classification {
  const nullities = findings.filter((f) => f.effect === 'nul');
  if (nullities.length > 0) {
    return { classement: 'nul', findings: nullities, uncertain: nullities.every((f) => f.uncertain) };
  }
  return { ...fallback, findings, uncertain: findings.some((f) => f.uncertain) };
}

function differentCandidates(context: CountContext): string {
  return context.election === 'municipale_liste' ? 'listes différentes' : 'candidats différents';
}

/**
 * Classifies the content of one envelope taken from the urn (code électoral L65, L66; loi 2025-444 for list
 * ballots): a non-regulatory envelope voids its content; an empty envelope or a blank paper is blank; ballots
 * for different candidates void the envelope while identical ones count once; any cause of nullity on a
 * ballot voids the envelope.
 */
export function classifyEnvelope(envelope: Envelope, context: CountContext): Classification {
  const findings: Finding[] = [];
  if (envelope.nonRegulatory === true)
    findings.push(finding('enveloppe-non-reglementaire', 'enveloppe non réglementaire'));
  if (envelope.ballots.length === 0) {
    return settle([...findings, finding('enveloppe-vide', 'enveloppe vide')], { classement: 'blanc' });
  }
  const readings = envelope.ballots.map((ballot) => readBallot(ballot, context));
  for (const reading of readings) findings.push(...reading.findings);
  const named = [...new Set(readings.flatMap((r) => (r.candidate === null ? [] : [r.candidate])))];
  const blanks = readings.filter((r) => r.blankPaper).length;
  const [only] = named;

  if (named.length >= 2) {
    findings.push(
      finding('bulletins-differents', fr`bulletins de ${differentCandidates(context)} (${named.join(', ')})`),
    );
  } else if (only !== undefined && blanks > 0) {
    findings.push(
      finding('papier-blanc-et-bulletin', fr`papier blanc et bulletin ${only} dans la même enveloppe`),
    );
  }
  if (only !== undefined) {
    if (readings.length > 1) {
      findings.push(
        finding(
          'bulletins-identiques',
          fr`${plural(readings.length, 'bulletin')} ${only} : comptés pour un seul`,
        ),
      );
    }
    return settle(findings, { classement: 'vote', candidate: only });
  }
  // No paper names a candidate: all blank papers make a blank vote; any other paper carries its own nullity.
  if (blanks > 0) findings.push(finding('papier-blanc', 'papier blanc vierge'));
  if (blanks > 1) {
    findings.push(
      finding('papiers-blancs-multiples', fr`${blanks} papiers blancs vierges : un seul vote blanc`),
    );
  }
  return settle(findings, { classement: 'blanc' });
}

/**
 * Classifies one ballot as if found alone in a regulatory envelope: the unit of the count mini-game
 * (code électoral L65, L66; loi 2025-444 for list ballots).
 */
export function classifyBallot(ballot: Ballot, context: CountContext): Classification {
  return classifyEnvelope({ ballots: [ballot] }, context);
}

/** Classifies a ballot found in the urn without an envelope: always void (code électoral L66). */
export function classifyLooseBallot(ballot: Ballot, context: CountContext): Classification {
  const reading = readBallot(ballot, context);
  const loose = finding('sans-enveloppe', fr`bulletin trouvé dans l'urne sans enveloppe`);
  return settle([loose, ...reading.findings], { classement: 'blanc' });
}

/** The French cause to write on the annexed ballot: every motif, in the order found. */
export function motifOf(classification: Classification): string {
  return classification.findings.map((f) => f.motif).join(fr` ; `);
}

/** The references the decision rests on, without duplicates, in the order found. */
export function referencesOf(classification: Classification): string[] {
  return [...new Set(classification.findings.map((f) => f.reference))];
}

/**
 * The cause to write on a void ballot when there is exactly one and it is certain; null for a vote, a blank, an
 * uncertain nullity or several causes (the annex then needs the bureau's own wording, which is not scored).
 */
export function certainNullity(classification: Classification): CauseId | null {
  if (classification.classement !== 'nul' || classification.uncertain) return null;
  const causes = [...new Set(classification.findings.map((f) => f.cause))];
  const [cause] = causes;
  return causes.length === 1 && cause !== undefined ? cause : null;
}
