import { fr, plural } from './french-text';
import type { RuleCheck } from './legal-rule';
import {
  LEGAL_CLOSING_TIME,
  formatClockTime,
  minutesOfDay,
  type ClockTime,
  type ClosingHour,
} from './closing-hour';
import { check } from './process-rules';

/** What the bureau did at the closing hour, as the scenario records it. */
export interface ClosingRecord {
  /**
   * The closing hour of the election and its source (see `closingHourOf`): 19:00 by the convocation decree of a
   * presidential election, 18:00 by R41 otherwise. It prevails over `legalClosingTime`.
   */
  readonly closingHour?: ClosingHour;
  /** Closing hour in force when no `closingHour` is given: 18:00 unless a prefectoral arrêté set it later (R41). */
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

/**
 * Checks the hour the président declared the poll closed against the legal hour: never before it (code électoral
 * R41, or the convocation decree that overrides it, as `closingHour` says). Without `closingHour`, the legal hour
 * is `legalClosingTime`, else R41's 18:00.
 */
export function checkClosingHour(
  record: Pick<ClosingRecord, 'closingHour' | 'legalClosingTime' | 'declaredClosingTime'>,
): RuleCheck {
  const legalText = record.closingHour?.time ?? record.legalClosingTime ?? LEGAL_CLOSING_TIME;
  // The hour's source decides the citation: a presidential decree, not R41 alone.
  const reference = record.closingHour?.reference;
  const origin = record.closingHour === undefined ? '' : `, ${record.closingHour.origin}`;
  const legal = minutesOfDay(legalText);
  if (legal === null)
    throw new RangeError(`Heure légale de clôture illisible : « ${legalText} » (attendu HH:MM).`);
  const legalHour = formatClockTime(legalText);
  const declaredText = record.declaredClosingTime;
  const declared = declaredText === null ? null : minutesOfDay(declaredText);
  if (declaredText === null || declared === null) {
    return check(
      'cloture.heure',
      false,
      fr`L'heure de clôture n'a pas été déclarée ; elle est ${legalHour}${origin}.`,
      reference,
    );
  }
  if (declared < legal) {
    return check(
      'cloture.heure',
      false,
      fr`Scrutin clos à ${formatClockTime(declaredText)}, avant l'heure légale de ${legalHour}${origin}.`,
      reference,
    );
  }
  return check(
    'cloture.heure',
    true,
    fr`Scrutin clos à ${formatClockTime(declaredText)}, heure légale ${legalHour}${origin}.`,
    reference,
  );
}

/**
 * Checks the closing of the poll (code électoral R41 or the convocation decree, R57, R62, R63): closing not before
 * the legal hour of the election (19 h for a presidential one, see `closingHourOf`), declared
 * in public and written on the procès-verbal, no late voter admitted, the liste d'émargement signed by every
 * member of the bureau, the émargements counted, the count started at once and in public.
 */
export function checkClosing(record: ClosingRecord): RuleCheck[] {
  const declaredInPublic = record.declaredClosingTime !== null;
  const lateVoters = record.votesAfterClosing.filter((vote) => !vote.enteredBeforeClosing).length;
  const signed = new Set(record.emargementSignedBy);
  const missing = record.bureauMembers.filter((member) => !signed.has(member));
  return [
    checkClosingHour(record),
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
