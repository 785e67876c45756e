import { formatFrenchDate, type IsoDate } from '../../dates';
import {
  convocationDelay,
  earliestMeetingDate,
  fullDaysBetween,
  isConvocationInTime,
  URGENCY_FOLLOW_UP,
} from './convocation';
import type { LegalRule } from './legal-basis';

/**
 * L2121-11 al. 2 (legal-facts §0 bis 7, [C]): the maire may shorten the delay only in urgency, and the council
 * judges that urgency at the opening of the meeting; an urgency the ordinary delay did not require can be censured.
 */
export const URGENCY_JUSTIFICATION_RULE: LegalRule = {
  reference: 'CGCT L2121-11',
  confidence: 'C',
  statement:
    'L’urgence n’est justifiée que si le délai ordinaire ne peut pas être tenu. Le maire en rend compte dès ' +
    'l’ouverture de la séance ; le conseil se prononce sur l’urgence et peut renvoyer tout ou partie de la ' +
    'discussion à une séance ultérieure. Une urgence injustifiée expose les délibérations à l’annulation.',
};

/**
 * How a meeting must be convened, given the first day the convocation can leave:
 * - `ordinaire`: the ordinary delay is met, urgency is not justified;
 * - `urgence`: only a shortened delay (1 jour franc at least) is met, urgency is justified;
 * - `impossible`: not even 1 jour franc is left: the meeting must move.
 */
export type ConvocationRegime = 'ordinaire' | 'urgence' | 'impossible';

/** The regime a meeting calls for, with the figures that decide it. */
export interface RegimeAnalysis {
  readonly regime: ConvocationRegime;
  /** Jours francs between the first possible sending day and the meeting. */
  readonly fullDaysAvailable: number;
  /** Jours francs of the ordinary delay (3 under 3 500 inhabitants, L2121-11; 5 above, L2121-12). */
  readonly ordinaryFullDays: number;
  /** The first meeting date an ordinary convocation sent that day allows. */
  readonly earliestOrdinaryMeeting: IsoDate;
  readonly reference: string;
}

/**
 * The convocation regime of a meeting on `meetingDate` when the convocation cannot leave before
 * `sendDate` — CGCT L2121-11 (L2121-12 from 3 500 inhabitants): urgency only when the ordinary delay cannot be met.
 */
export function convocationRegime(
  meetingDate: IsoDate,
  sendDate: IsoDate,
  population: number,
): RegimeAnalysis {
  const ordinary = convocationDelay({ population });
  const urgent = convocationDelay({ population, urgency: true });
  const regime: ConvocationRegime = isConvocationInTime(sendDate, meetingDate, ordinary.requiredFullDays)
    ? 'ordinaire'
    : isConvocationInTime(sendDate, meetingDate, urgent.requiredFullDays)
      ? 'urgence'
      : 'impossible';
  return {
    regime,
    fullDaysAvailable: fullDaysBetween(sendDate, meetingDate),
    ordinaryFullDays: ordinary.requiredFullDays,
    earliestOrdinaryMeeting: earliestMeetingDate(sendDate, { population }),
    reference: ordinary.reference,
  };
}

/** The verdicts the judgement gives, named as the scoring names them. */
export type UrgencyVerdict = 'conforme' | 'risque' | 'illegal';

/** The maire's choice of regime, judged against {@link convocationRegime}. */
export interface UrgencyJudgement {
  readonly chosen: 'ordinaire' | 'urgence';
  readonly expected: ConvocationRegime;
  readonly verdict: UrgencyVerdict;
  /** French: what should have been done and why, with the dates. */
  readonly explanation: string;
  readonly reference: string;
}

function ordinaryFigures(analysis: RegimeAnalysis, sendDate: IsoDate): string {
  return (
    `envoyée le ${formatFrenchDate(sendDate)}, une convocation ordinaire permet de réunir le conseil ` +
    `dès le ${formatFrenchDate(analysis.earliestOrdinaryMeeting)} (${analysis.ordinaryFullDays} jours francs)`
  );
}

/**
 * Judges the choice between an ordinary convocation and urgency (CGCT L2121-11 al. 2):
 * - ordinary delay met: ordinary is `conforme`, urgency `risque` (the council may refuse it, a judge censure it);
 * - ordinary delay not met, 1 jour franc left: urgency is `conforme` (with its account at the opening),
 *   an ordinary convocation `illegal` (it leaves fewer jours francs than the law requires);
 * - not even 1 jour franc: both are `illegal`, the meeting must move.
 */
export function judgeUrgencyChoice(
  chosen: 'ordinaire' | 'urgence',
  meetingDate: IsoDate,
  sendDate: IsoDate,
  population: number,
): UrgencyJudgement {
  const analysis = convocationRegime(meetingDate, sendDate, population);
  const meeting = formatFrenchDate(meetingDate);
  const figures = ordinaryFigures(analysis, sendDate);
  const base = { chosen, expected: analysis.regime, reference: analysis.reference };
  if (analysis.regime === 'impossible')
    return {
      ...base,
      verdict: 'illegal',
      explanation:
        `Envoyée le ${formatFrenchDate(sendDate)}, la convocation ne laisse pas même un jour franc avant ` +
        `la séance du ${meeting} : même en urgence, la séance doit être reportée.`,
    };
  if (analysis.regime === 'ordinaire')
    return chosen === 'ordinaire'
      ? {
          ...base,
          verdict: 'conforme',
          explanation: `Le délai ordinaire tient : ${figures}, la séance du ${meeting} comprise.`,
        }
      : {
          ...base,
          verdict: 'risque',
          explanation:
            `L’urgence n’est justifiée que si le délai ordinaire ne peut pas être tenu ; or ${figures}, ` +
            `la séance du ${meeting} comprise. ${URGENCY_FOLLOW_UP} Une urgence injustifiée expose la ` +
            `délibération à l’annulation.`,
        };
  return chosen === 'urgence'
    ? {
        ...base,
        verdict: 'conforme',
        explanation:
          `Le délai ordinaire ne peut pas être tenu : ${figures}, trop tard pour la séance du ${meeting}. ` +
          `L’urgence est justifiée : le délai est abrégé, sans descendre sous un jour franc. ${URGENCY_FOLLOW_UP}`,
      }
    : {
        ...base,
        verdict: 'illegal',
        explanation:
          `Une convocation ordinaire ne tient pas : ${figures}, trop tard pour la séance du ${meeting}. ` +
          `Sans urgence déclarée, la séance serait irrégulièrement convoquée ; il fallait abréger le délai ` +
          `pour urgence (un jour franc au moins) et en rendre compte à l’ouverture de la séance.`,
      };
}
