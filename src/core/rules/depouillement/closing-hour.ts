import type { Election } from './ballot';
import { fr } from './french-text';

/** A time of day `HH:MM` (24 h), as the président reads it on the clock of the room. */
export type ClockTime = string;

/** The closing hour of the code when nothing else sets it (code électoral R41). */
export const LEGAL_CLOSING_TIME: ClockTime = '18:00';

/**
 * The closing hour the convocation decrees of the presidential elections set by default: 19 h (décret 2022-66
 * for 2022, and the same in 2012 and 2017), 20 h where the préfet allows it; they override R41's 18 h.
 */
export const PRESIDENTIAL_CLOSING_TIME: ClockTime = '19:00';

/**
 * Who set the closing hour:
 * - `code`: code électoral R41 alone (18 h);
 * - `decret-convocation`: the decree convoking the electors (presidential election);
 * - `arrete-prefectoral`: a prefectoral arrêté delaying the closing (R41, second sentence).
 */
export type ClosingSource = 'code' | 'decret-convocation' | 'arrete-prefectoral';

/** The closing hour in force for one election, where it comes from, and what to cite. */
export interface ClosingHour {
  readonly time: ClockTime;
  readonly source: ClosingSource;
  /** Code and article, then the act that set the hour when it is not R41 alone. */
  readonly reference: string;
  /** French, for a debrief: « fixée par … ». Starts in lower case, to follow « clôture à 19 h, ». */
  readonly origin: string;
}

/** What an election says of its closing: its kind, and the hour and act of its convocation when known. */
export interface ElectionClosingData {
  readonly election: Election;
  /** The hour set by the convocation decree or a prefectoral arrêté; absent: the default of the kind. */
  readonly heureCloture?: ClockTime;
  /** The act that set it, e.g. « décret n° 2022-66 du 26 janvier 2022 ». */
  readonly acte?: string;
}

/** Minutes since midnight of a `HH:MM` time, or null when the text is not such a time. */
export function minutesOfDay(time: ClockTime): number | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (match === null) return null;
  return Number(match[1]) * 60 + Number(match[2]);
}

function checkedMinutes(time: ClockTime, what: string): number {
  const minutes = minutesOfDay(time);
  if (minutes === null) throw new RangeError(`${what} illisible : « ${time} » (attendu HH:MM).`);
  return minutes;
}

/** A `HH:MM` time as French writes it: « 18 h », « 19 h 30 »; a text that is not such a time is refused. */
export function formatClockTime(time: ClockTime): string {
  const minutes = checkedMinutes(time, 'Heure');
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const nbsp = '\u00a0';
  return rest === 0 ? `${hours}${nbsp}h` : `${hours}${nbsp}h${nbsp}${String(rest).padStart(2, '0')}`;
}

/** The `HH:MM` time `minutes` later (negative: earlier) the same day; refuses to cross midnight. */
export function shiftClockTime(time: ClockTime, minutes: number): ClockTime {
  const shifted = checkedMinutes(time, 'Heure') + minutes;
  if (!Number.isInteger(minutes) || shifted < 0 || shifted >= 24 * 60)
    throw new RangeError(`Décalage de ${minutes} minutes impossible depuis ${time}.`);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(shifted / 60))}:${pad(shifted % 60)}`;
}

/**
 * The closing hour of an election and where it comes from. R41 closes the poll at 18 h unless the convocation
 * decree says otherwise; the presidential decrees close it at 19 h (20 h where the préfet allows: then give
 * `heureCloture`); for another election a later hour can only come from a prefectoral arrêté (R41).
 */
export function closingHourOf(data: ElectionClosingData): ClosingHour {
  const act = data.acte === undefined ? '' : ` (${data.acte})`;
  if (data.election === 'presidentielle') {
    const time = data.heureCloture ?? PRESIDENTIAL_CLOSING_TIME;
    checkedMinutes(time, 'Heure de clôture');
    return {
      time,
      source: 'decret-convocation',
      reference: fr`décret de convocation des électeurs${act} ; code électoral R41`,
      origin: fr`fixée par le décret de convocation des électeurs à l'élection présidentielle${act}, qui déroge aux 18 h de l'article R41 du code électoral (19 h, comme le décret n° 2022-66 pour 2022 et les décrets de 2012 et de 2017 ; 20 h là où le préfet l'autorise)`,
    };
  }
  const time = data.heureCloture ?? LEGAL_CLOSING_TIME;
  const delay = checkedMinutes(time, 'Heure de clôture') - checkedMinutes(LEGAL_CLOSING_TIME, 'Heure');
  // R41 lets the préfet delay the closing, never bring it forward.
  if (delay < 0)
    throw new RangeError(`Clôture à ${time} : avant 18:00, aucun texte ne le permet (code électoral R41).`);
  if (delay === 0) {
    return {
      time,
      source: 'code',
      reference: 'code électoral R41',
      origin: fr`fixée par l'article R41 du code électoral, faute d'arrêté préfectoral retardant la clôture`,
    };
  }
  return {
    time,
    source: 'arrete-prefectoral',
    reference: fr`code électoral R41 ; arrêté préfectoral${act}`,
    origin: fr`fixée par arrêté préfectoral${act}, comme l'article R41 du code électoral le permet`,
  };
}
