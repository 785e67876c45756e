import { fr, plural } from './french-text';
import type { RuleCheck } from './legal-rule';
import { check } from './process-rules';

/** A time of day `HH:MM` (24 h), as the président reads it on the clock of the room. */
export type ClockTime = string;

/** The legal closing hour when no prefectoral arrêté changed it (code électoral R41). */
export const LEGAL_CLOSING_TIME: ClockTime = '18:00';

/** Minutes since midnight of a `HH:MM` time, or null when the text is not such a time. */
export function minutesOfDay(time: ClockTime): number | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (match === null) return null;
  return Number(match[1]) * 60 + Number(match[2]);
}

/** A `HH:MM` time as French writes it: « 18 h », « 19 h 30 »; a text that is not such a time is refused. */
export function formatClockTime(time: ClockTime): string {
  const minutes = minutesOfDay(time);
  if (minutes === null) throw new RangeError(`Heure illisible : « ${time} » (attendu HH:MM).`);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const nbsp = '\u00a0';
  return rest === 0 ? `${hours}${nbsp}h` : `${hours}${nbsp}h${nbsp}${String(rest).padStart(2, '0')}`;
}

/** What the bureau did at 18:00, as the scenario records it. */
export interface ClosingRecord {
  /** Closing hour in force: 18:00 unless a prefectoral arrêté set it later (R41). */
  readonly legalClosingTime?: ClockTime;
  /** The hour the président declared the poll closed in public, or null when he did not declare it. */
  readonly declaredClosingTime: ClockTime | null;
  readonly closingTimeOnPv: boolean;
  /** Votes received after the declared closing: for each, whether the voter had entered the room in time. */
  readonly votesAfterClosing: readonly { readonly enteredBeforeClosing: boolean }[];
  readonly bureauMembers: readonly string[];
  /** Members who signed the liste d'émargement after the closing. */
  readonly emargementSignedBy: readonly string[];
  readonly emargementsCounted: boolean;
  readonly countStartedImmediately: boolean;
  readonly countInPublic: boolean;
}

function closingHourCheck(record: ClosingRecord): RuleCheck {
  const legalText = record.legalClosingTime ?? LEGAL_CLOSING_TIME;
  const legal = minutesOfDay(legalText);
  if (legal === null)
    throw new RangeError(`Heure légale de clôture illisible : « ${legalText} » (attendu HH:MM).`);
  const declaredText = record.declaredClosingTime;
  const declared = declaredText === null ? null : minutesOfDay(declaredText);
  if (declaredText === null || declared === null) {
    return check(
      'cloture.heure',
      false,
      fr`L'heure de clôture n'a pas été déclarée ; elle est ${legalText}.`,
    );
  }
  if (declared < legal) {
    return check(
      'cloture.heure',
      false,
      fr`Scrutin clos à ${declaredText}, avant l'heure légale de ${legalText}.`,
    );
  }
  return check('cloture.heure', true, fr`Scrutin clos à ${declaredText}, heure légale ${legalText}.`);
}

/**
 * Checks the closing of the poll (code électoral R41, R57, R62, R63): closing not before the legal hour, declared
 * in public and written on the procès-verbal, no late voter admitted, the liste d'émargement signed by every
 * member of the bureau, the émargements counted, the count started at once and in public.
 */
export function checkClosing(record: ClosingRecord): RuleCheck[] {
  const declaredInPublic = record.declaredClosingTime !== null;
  const lateVoters = record.votesAfterClosing.filter((vote) => !vote.enteredBeforeClosing).length;
  const signed = new Set(record.emargementSignedBy);
  const missing = record.bureauMembers.filter((member) => !signed.has(member));
  return [
    closingHourCheck(record),
    check(
      'cloture.constat-public',
      declaredInPublic && record.closingTimeOnPv,
      declaredInPublic && record.closingTimeOnPv
        ? fr`Heure de clôture constatée publiquement et portée au procès-verbal.`
        : fr`Le président doit constater publiquement l'heure de clôture et la porter au procès-verbal.`,
    ),
    check(
      'cloture.votes-tardifs',
      lateVoters === 0,
      lateVoters === 0
        ? fr`Aucun vote reçu d'un électeur arrivé après la clôture.`
        : fr`${plural(lateVoters, 'électeur arrivé', 'électeurs arrivés')} après la clôture ont voté : irrégulier.`,
    ),
    check(
      'emargement.signature-bureau',
      record.bureauMembers.length > 0 && missing.length === 0,
      record.bureauMembers.length === 0
        ? fr`Aucun membre du bureau n'a signé la liste d'émargement.`
        : missing.length === 0
          ? fr`Liste d'émargement signée par tous les membres du bureau.`
          : fr`Liste d'émargement non signée par : ${missing.join(', ')}.`,
    ),
    check(
      'emargement.denombrement',
      record.emargementsCounted,
      record.emargementsCounted
        ? fr`Émargements dénombrés dès la clôture.`
        : fr`Les émargements doivent être dénombrés aussitôt la liste signée : c'est le nombre de votants.`,
    ),
    check(
      'depouillement.sans-desemparer',
      record.countStartedImmediately && record.countInPublic,
      record.countStartedImmediately && record.countInPublic
        ? fr`Dépouillement engagé aussitôt, en public.`
        : fr`Le dépouillement suit immédiatement, en public, et se poursuit sans désemparer.`,
    ),
  ];
}
