import { addDays, daysBetween, type IsoDate } from '../../dates';
import { previousWorkingDayFrom } from './calendar';
import type { LegalRule } from './legal-basis';

/** L2121-11: 3 jours francs under 3 500 inhabitants; at least 1 jour franc in an emergency. */
export const CONVOCATION_DELAY_RULE: LegalRule = {
  reference: 'CGCT L2121-11',
  confidence: 'C',
  statement:
    'Dans les communes de moins de 3 500 habitants, la convocation est adressée trois jours francs au moins ' +
    'avant la réunion ; en cas d’urgence, le maire peut abréger ce délai, sans qu’il puisse être inférieur à ' +
    'un jour franc. Ni le jour de l’envoi ni celui de la réunion ne comptent ; samedis, dimanches et jours ' +
    'fériés comptent.',
};

/** L2121-12: 5 jours francs from 3 500 inhabitants (1 in an emergency), note explicative de synthèse. */
export const CONVOCATION_DELAY_LARGE_RULE: LegalRule = {
  reference: 'CGCT L2121-12',
  confidence: 'C',
  statement:
    'Dans les communes de 3 500 habitants et plus, le délai est de cinq jours francs (un jour franc au moins ' +
    'en cas d’urgence) et une note explicative de synthèse accompagne la convocation.',
};

/** L2121-17: after a meeting without quorum, the new convocation leaves at least 3 days. */
export const SECOND_CONVOCATION_DELAY_RULE: LegalRule = {
  reference: 'CGCT L2121-17',
  confidence: 'C',
  statement:
    'Faute de quorum, le conseil est à nouveau convoqué à trois jours au moins d’intervalle : trois jours ' +
    'francs entre l’envoi et la seconde séance (CE 16 juin 1997, Pfister, n° 142691).',
};

/** L2121-7: the first meeting after the general renewal, 3 jours francs in every commune. */
export const FIRST_MEETING_DELAY_RULE: LegalRule = {
  reference: 'CGCT L2121-7',
  confidence: 'C',
  statement:
    'La première réunion qui suit le renouvellement général est convoquée trois jours francs au moins à ' +
    'l’avance, quelle que soit la population.',
};

/** L2121-10: who convenes, what the convocation says, how it is recorded and sent. */
export const CONVOCATION_FORM_RULE: LegalRule = {
  reference: 'CGCT L2121-10',
  confidence: 'C',
  statement:
    'Toute convocation est faite par le maire ; elle indique les questions portées à l’ordre du jour ; elle est ' +
    'mentionnée au registre des délibérations, affichée ou publiée ; elle est transmise de manière ' +
    'dématérialisée ou, si le conseiller le demande, adressée par écrit à son domicile ou à une autre adresse.',
};

/** The population from which L2121-12 replaces L2121-11. */
export const LARGE_COMMUNE_THRESHOLD = 3_500;

/** What a convocation is for. */
export interface ConvocationContext {
  readonly population: number;
  /** The maire shortens the delay for urgency. */
  readonly urgency?: boolean;
  /** A new convocation after a meeting without quorum (L2121-17). */
  readonly secondConvocation?: boolean;
  /** The first meeting after the general renewal (L2121-7). */
  readonly firstMeetingAfterElection?: boolean;
}

/** How many jours francs the convocation needs, and the article that says so. */
export interface ConvocationDelay {
  readonly requiredFullDays: number;
  readonly reference: string;
}

/** The required delay: 3 (L2121-11) or 5 (L2121-12) jours francs, 1 in urgency, 3 on a second convocation. */
export function convocationDelay(context: ConvocationContext): ConvocationDelay {
  // The special rules come first: they set the delay whatever the population or the urgency.
  if (context.secondConvocation === true)
    return { requiredFullDays: 3, reference: SECOND_CONVOCATION_DELAY_RULE.reference };
  if (context.firstMeetingAfterElection === true)
    return { requiredFullDays: 3, reference: FIRST_MEETING_DELAY_RULE.reference };
  const large = context.population >= LARGE_COMMUNE_THRESHOLD;
  const reference = large ? CONVOCATION_DELAY_LARGE_RULE.reference : CONVOCATION_DELAY_RULE.reference;
  if (context.urgency === true) return { requiredFullDays: 1, reference };
  return { requiredFullDays: large ? 5 : 3, reference };
}

/** Jours francs between sending and meeting: the days strictly between them (12 → 16 October: 13, 14, 15 = 3). */
export function fullDaysBetween(sentDate: IsoDate, meetingDate: IsoDate): number {
  return Math.max(0, daysBetween(sentDate, meetingDate) - 1);
}

/** The last sending date that leaves `requiredFullDays` jours francs: the meeting day minus (n + 1) days. */
export function latestSendDate(meetingDate: IsoDate, requiredFullDays: number): IsoDate {
  return addDays(meetingDate, -(requiredFullDays + 1));
}

/** True when a convocation sent on `sentDate` leaves enough jours francs before `meetingDate`. */
export function isConvocationInTime(
  sentDate: IsoDate,
  meetingDate: IsoDate,
  requiredFullDays: number,
): boolean {
  // Written on the raw gap so that a convocation sent on the meeting day is late even with no delay required.
  return daysBetween(sentDate, meetingDate) - 1 >= requiredFullDays;
}

/**
 * The first meeting date a convocation sent on `sentDate` allows: the day after the required jours francs
 * (sent on Thursday 1 April with 3 jours francs → Monday 5 April). The inverse of {@link latestSendDate}, used
 * to fix the date of a second convocation after a meeting without quorum (L2121-17).
 */
export function earliestMeetingDate(sentDate: IsoDate, context: ConvocationContext): IsoDate {
  return addDays(sentDate, convocationDelay(context).requiredFullDays + 1);
}

/** The latest sending date of a convocation, before any is sent. */
export interface ConvocationDeadline extends ConvocationDelay {
  readonly latestSendDate: IsoDate;
  /**
   * Practical advice, not law: the last working day on or before `latestSendDate`, for a mairie that sends
   * only when open. A dematerialised convocation may legally leave on a Sunday.
   */
  readonly latestWorkingSendDate: IsoDate;
  /** In urgency: what the maire and the council must do at the opening (L2121-11 / L2121-12), in French. */
  readonly urgencyFollowUp: string | null;
}

/** French reminder of the urgency procedure. */
export const URGENCY_FOLLOW_UP =
  'Le maire rend compte de l’urgence dès l’ouverture de la séance ; le conseil se prononce sur l’urgence et ' +
  'peut renvoyer tout ou partie de la discussion à une séance ultérieure.';

/** Required delay and latest sending date for a meeting. */
export function convocationDeadline(meetingDate: IsoDate, context: ConvocationContext): ConvocationDeadline {
  const delay = convocationDelay(context);
  const latest = latestSendDate(meetingDate, delay.requiredFullDays);
  const urgent =
    context.urgency === true &&
    context.secondConvocation !== true &&
    context.firstMeetingAfterElection !== true;
  return {
    ...delay,
    latestSendDate: latest,
    latestWorkingSendDate: previousWorkingDayFrom(latest),
    urgencyFollowUp: urgent ? URGENCY_FOLLOW_UP : null,
  };
}

/** A convocation as sent, measured against its deadline. */
export interface ConvocationTiming extends ConvocationDeadline {
  /** Jours francs actually given. */
  readonly fullDaysGiven: number;
  readonly inTime: boolean;
}

/** Latest sending date and in-time check of a convocation sent on `sentDate`. */
export function convocationTiming(
  meetingDate: IsoDate,
  sentDate: IsoDate,
  context: ConvocationContext,
): ConvocationTiming {
  const deadline = convocationDeadline(meetingDate, context);
  return {
    ...deadline,
    fullDaysGiven: fullDaysBetween(sentDate, meetingDate),
    inTime: isConvocationInTime(sentDate, meetingDate, deadline.requiredFullDays),
  };
}

/** An item added after the convocations left must itself be sent in time (CE 22 juillet 1987, Bailleul). */
export const SUPPLEMENTARY_ITEM_RULE: LegalRule = {
  reference: CONVOCATION_FORM_RULE.reference,
  confidence: 'P',
  statement:
    'Le conseil ne délibère que sur les questions indiquées dans la convocation : une question ajoutée après ' +
    'l’envoi doit être adressée à son tour dans le délai légal (trois jours francs, un en cas d’urgence).',
};

/** True when an item sent on `itemSentDate` may still be added to the agenda (the eve of the meeting: never). */
export function isSupplementaryItemInTime(
  itemSentDate: IsoDate,
  meetingDate: IsoDate,
  context: ConvocationContext,
): boolean {
  return isConvocationInTime(itemSentDate, meetingDate, convocationDelay(context).requiredFullDays);
}

/** How a convocation reaches a councillor. */
export type ConvocationChannel = 'dematerialisee' | 'papier';

/** The channel L2121-10 expects for a councillor: dematerialised, unless he or she asked for paper. */
export function expectedConvocationChannel(requestedPaper: boolean): ConvocationChannel {
  return requestedPaper ? 'papier' : 'dematerialisee';
}

/** How the chosen channel measures up. */
export interface ChannelCheck {
  readonly expected: ConvocationChannel;
  /** The channel is the one the law names for this councillor. */
  readonly matchesLaw: boolean;
  /** A certain breach: the councillor asked for paper and got an e-mail. */
  readonly breach: boolean;
}

/**
 * Checks the channel of one councillor's convocation. Paper sent to a councillor who did not ask is not the
 * legal default but no text makes it irregular: `matchesLaw` false, `breach` false.
 */
export function checkConvocationChannel(actual: ConvocationChannel, requestedPaper: boolean): ChannelCheck {
  const expected = expectedConvocationChannel(requestedPaper);
  return { expected, matchesLaw: actual === expected, breach: requestedPaper && actual === 'dematerialisee' };
}

/** An element a convocation must carry. */
export type ConvocationElement = 'date' | 'heure' | 'lieu' | 'ordreDuJour' | 'noteExplicativeDeSynthese';

/** A convocation as drafted: absent or empty fields are missing elements. */
export interface ConvocationDraft {
  readonly date?: IsoDate | null;
  readonly time?: string | null;
  readonly place?: string | null;
  readonly agenda?: readonly string[];
  readonly noteExplicativeDeSynthese?: boolean;
}

/** A missing element, with its French label and its basis. */
export interface MissingElement<E extends string> {
  readonly element: E;
  readonly label: string;
  readonly reference: string;
  readonly confidence: 'C' | 'P';
}

const CONVOCATION_ELEMENTS: readonly (MissingElement<ConvocationElement> & {
  readonly present: (draft: ConvocationDraft) => boolean;
  readonly largeOnly?: boolean;
})[] = [
  // The agenda is in the text of L2121-10; date, time and place are what makes a convocation one at all.
  {
    element: 'date',
    label: 'la date de la séance',
    reference: CONVOCATION_FORM_RULE.reference,
    confidence: 'P',
    present: (d) => Boolean(d.date),
  },
  {
    element: 'heure',
    label: 'l’heure de la séance',
    reference: CONVOCATION_FORM_RULE.reference,
    confidence: 'P',
    present: (d) => Boolean(d.time?.trim()),
  },
  {
    element: 'lieu',
    label: 'le lieu de la séance',
    reference: CONVOCATION_FORM_RULE.reference,
    confidence: 'P',
    present: (d) => Boolean(d.place?.trim()),
  },
  {
    element: 'ordreDuJour',
    label: 'les questions portées à l’ordre du jour',
    reference: CONVOCATION_FORM_RULE.reference,
    confidence: 'C',
    present: (d) => (d.agenda ?? []).some((item) => item.trim() !== ''),
  },
  {
    element: 'noteExplicativeDeSynthese',
    label: 'la note explicative de synthèse',
    reference: CONVOCATION_DELAY_LARGE_RULE.reference,
    confidence: 'C',
    present: (d) => d.noteExplicativeDeSynthese === true,
    largeOnly: true,
  },
];

/** The elements a convocation lacks; the note explicative is required only from 3 500 inhabitants. */
export function missingConvocationContent(
  draft: ConvocationDraft,
  population: number,
): MissingElement<ConvocationElement>[] {
  const large = population >= LARGE_COMMUNE_THRESHOLD;
  return CONVOCATION_ELEMENTS.filter(
    (spec) => (large || spec.largeOnly !== true) && !spec.present(draft),
  ).map(({ element, label, reference, confidence }) => ({ element, label, reference, confidence }));
}

/** The formalities around a convocation. */
export interface ConvocationFormalities {
  readonly madeByMaire: boolean;
  readonly mentionedInRegister: boolean;
  readonly displayedOrPublished: boolean;
}

/** French description of each L2121-10 formality a convocation skipped. */
export function missingConvocationFormalities(formalities: ConvocationFormalities): string[] {
  const missing: string[] = [];
  if (!formalities.madeByMaire) missing.push('la convocation doit être faite par le maire');
  if (!formalities.mentionedInRegister)
    missing.push('la convocation doit être mentionnée au registre des délibérations');
  if (!formalities.displayedOrPublished) missing.push('la convocation doit être affichée ou publiée');
  return missing;
}
