import {
  binomeProfile,
  encodeResult,
  judgeChoices,
  pairChoicesOf,
  type BinomeProfile,
} from '../../core/binome';
import { VERDICT_LABELS } from '../../core/report/labels';
import type { ScenarioContext } from '../../core/scenario/runtime/context';
import type { ScenarioFile } from '../../core/scenario';
import type { Verdict } from '../../core/scoring/evidence';

/** The élu's mandate, as the pair enters it. */
export type Mandate = 'maire' | 'adjoint' | 'conseiller';

export const MANDATE_LABELS: Readonly<Record<Mandate, string>> = {
  maire: 'maire',
  adjoint: 'adjoint(e)',
  conseiller: 'conseiller(ère) délégué(e)',
};

/** Who sits at the table: the élu's mandate and the first names, when given. */
export interface Pair {
  readonly mandate: Mandate;
  readonly eluName: string;
  readonly sgmName: string;
}

/** French elides « de » and « le » before a vowel or a mute h (« d’Hélène », « l’adjoint(e) »). */
const ELIDES = /^[aeiouyhàâäéèêëîïôöùûü]/i;

/**
 * How the screens name a seat: « Hélène (maire) », or without a first name « le ou la maire »,
 * « l’adjoint(e) ».
 */
export function seatName(pair: Pair, seat: 'maire' | 'sgm'): string {
  const role = seat === 'sgm' ? 'SGM' : MANDATE_LABELS[pair.mandate];
  const name = seat === 'sgm' ? pair.sgmName : pair.eluName;
  if (name !== '') return `${name} (${role})`;
  return ELIDES.test(role) ? `l’${role}` : `le ou la ${role}`;
}

/** A seat after « de »: « de Paul (maire) », « d’Hélène (adjoint(e)) », « du ou de la maire », « de l’adjoint(e) ». */
export function ofSeat(pair: Pair, seat: 'maire' | 'sgm'): string {
  const name = seatName(pair, seat);
  if (name.startsWith('le ou la ')) return `du ou de la ${name.slice('le ou la '.length)}`;
  return ELIDES.test(name) && !name.startsWith('l’') ? `d’${name}` : `de ${name}`;
}

/** One decision as the pair's debrief shows it. */
export interface DebriefRow {
  readonly topic: string;
  readonly advice: string;
  readonly decision: string;
  /** « D’accord » or « Désaccord », and who gave way. */
  readonly agreement: string;
  readonly explained: string;
  readonly verdict: Verdict;
  readonly verdictLabel: string;
  readonly explanation: string;
  readonly reference: string;
}

/** The pair's debrief: legality per decision, the profile, the result code. */
export interface BinomeDebriefModel {
  readonly heading: string;
  readonly pairLine: string;
  readonly legalLine: string;
  readonly rows: readonly DebriefRow[];
  readonly profile: BinomeProfile;
  /** Null when the run cannot be coded (no advised decision). */
  readonly code: string | null;
}

function agreementOf(pair: Pair, agreed: boolean, gaveWay: 'elu' | 'sgm' | 'aucun'): string {
  if (!agreed) return `Désaccord : l’élu a décidé contre le conseil ; ${seatName(pair, 'sgm')} a cédé.`;
  if (gaveWay === 'elu')
    return `D’accord : ${seatName(pair, 'maire')} a suivi le conseil contre son penchant.`;
  return 'D’accord dès le conseil.';
}

/** The pair's debrief, from the pack and the finished run's context. */
export function presentBinomeDebrief(
  pack: ScenarioFile,
  pair: Pair,
  context: ScenarioContext,
): BinomeDebriefModel {
  const decisions = judgeChoices(pack, pairChoicesOf(context), context.vars);
  const legal = decisions.filter((decision) => decision.verdict !== 'illegal').length;
  return {
    heading: `Bilan du binôme — ${pack.title}`,
    pairLine: `${seatName(pair, 'maire')} et ${seatName(pair, 'sgm')}.`,
    legalLine: `${legal} acte(s) légal(aux) sur ${decisions.length} ; un acte illégal l’est, quel que soit celui qui l’a voulu.`,
    rows: decisions.map((decision) => ({
      topic: decision.topic,
      advice: decision.advisedLabel,
      decision: decision.decidedLabel,
      agreement: agreementOf(pair, decision.agreed, decision.gaveWay),
      explained: decision.explained ? 'Conseil expliqué.' : 'Conseil donné sans explication.',
      verdict: decision.verdict,
      verdictLabel: VERDICT_LABELS[decision.verdict],
      explanation: decision.explanation,
      reference: decision.reference,
    })),
    profile: binomeProfile(decisions),
    code: encodeResult(pack, context.seed, pairChoicesOf(context)),
  };
}
