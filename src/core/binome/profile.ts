import type { BinomeDecision } from './decisions';

/** The three axes of the CDG workshops. */
export type AxisId = 'confiance' | 'tension' | 'copilotage';

/** Where the pair stands on an axis: words for a discussion, not a mark. */
export type AxisLevel = 'a-construire' | 'en-chemin' | 'affirme';

/** One axis of the pair's profile. */
export interface ProfileAxis {
  readonly id: AxisId;
  /** « Confiance », « Tension », « Co-pilotage ». */
  readonly label: string;
  /** 0 to 100, for a gauge; a reading aid, not a mark. */
  readonly value: number;
  readonly level: AxisLevel;
  /** « Solide », « En chemin », « À construire » (tension: « Apaisée », « Présente », « Vive »). */
  readonly levelLabel: string;
  /** What the pair did, in French, with the counts. */
  readonly summary: string;
  /** A question for the pair's discussion. */
  readonly question: string;
}

/** The counts the profile is drawn from. */
export interface ProfileCounts {
  readonly decisions: number;
  readonly agreements: number;
  readonly explained: number;
  /** The élu followed the advice against the pull of their card. */
  readonly eluGaveWay: number;
  /** The élu decided against the advice. */
  readonly sgmGaveWay: number;
  /** Conforme decisions taken in agreement. */
  readonly legalTogether: number;
  readonly illegal: number;
}

/** The pair's profile: a discussion aid on the three workshop axes, never a mark. */
export interface BinomeProfile {
  readonly counts: ProfileCounts;
  readonly axes: readonly ProfileAxis[];
}

const LEVEL_LABELS: Readonly<Record<AxisId, Readonly<Record<AxisLevel, string>>>> = {
  confiance: { 'a-construire': 'À construire', 'en-chemin': 'En chemin', affirme: 'Solide' },
  // A high tension value is a lively pair, not a bad one: the words say so.
  tension: { 'a-construire': 'Apaisée', 'en-chemin': 'Présente', affirme: 'Vive' },
  copilotage: { 'a-construire': 'À construire', 'en-chemin': 'En chemin', affirme: 'Affirmé' },
};

/** Thirds of the gauge: under 40, under 70, then above. */
function levelOf(value: number): AxisLevel {
  if (value < 40) return 'a-construire';
  return value < 70 ? 'en-chemin' : 'affirme';
}

function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((100 * part) / whole);
}

function times(count: number): string {
  return `${count} fois`;
}

function countsOf(decisions: readonly BinomeDecision[]): ProfileCounts {
  const count = (test: (decision: BinomeDecision) => boolean) => decisions.filter(test).length;
  return {
    decisions: decisions.length,
    agreements: count((decision) => decision.agreed),
    explained: count((decision) => decision.explained),
    eluGaveWay: count((decision) => decision.gaveWay === 'elu'),
    sgmGaveWay: count((decision) => decision.gaveWay === 'sgm'),
    legalTogether: count((decision) => decision.agreed && decision.verdict === 'conforme'),
    illegal: count((decision) => decision.verdict === 'illegal'),
  };
}

function axis(id: AxisId, label: string, value: number, summary: string, question: string): ProfileAxis {
  const level = levelOf(value);
  return { id, label, value, level, levelLabel: LEVEL_LABELS[id][level], summary, question };
}

/**
 * The binôme profile (issue 18): confidence from the agreements and the explanations given, tension from the
 * disagreements and who gave way, co-piloting from the legal decisions reached together. Game design, not law:
 * a discussion aid for the pair and the facilitator.
 */
export function binomeProfile(decisions: readonly BinomeDecision[]): BinomeProfile {
  const counts = countsOf(decisions);
  const n = counts.decisions;
  const disagreements = n - counts.agreements;
  return {
    counts,
    axes: [
      axis(
        'confiance',
        'Confiance',
        percent(counts.agreements + counts.explained, 2 * n),
        `Vous êtes tombés d’accord sur ${counts.agreements} décision(s) sur ${n} ; le SGM a expliqué son conseil ${times(counts.explained)}.`,
        'Qu’est-ce qui vous a fait suivre, ou non, le conseil de l’autre ?',
      ),
      axis(
        'tension',
        'Tension',
        percent(disagreements + counts.eluGaveWay, n),
        `Désaccords : ${disagreements} sur ${n}. L’élu a suivi le conseil contre son penchant ${times(counts.eluGaveWay)} ; il a décidé contre le conseil ${times(counts.sgmGaveWay)}.`,
        'Quand l’un de vous a cédé, comment l’a-t-il vécu ? Qu’est-ce qui l’a convaincu ?',
      ),
      axis(
        'copilotage',
        'Co-pilotage',
        percent(counts.legalTogether + counts.explained, 2 * n),
        `${counts.legalTogether} décision(s) conforme(s) prise(s) d’un commun accord sur ${n} ; ${counts.illegal} acte(s) illégal(aux).`,
        'Quelle règle de fonctionnement voudriez-vous vous donner pour la prochaine situation difficile ?',
      ),
    ],
  };
}
