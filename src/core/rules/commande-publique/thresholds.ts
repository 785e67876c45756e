import { formatFrenchDate, isIsoDate, type IsoDate } from '../../dates';
import { err, ok, type Result } from '../../result';
import type { Confidence, Nature } from './types';

/** The three thresholds that decide a procedure and its publicity. */
export type ThresholdKind = 'dispense' | 'boamp' | 'formalise';

/**
 * A threshold as dated data: it applies to consultations launched (or notices sent) from `from` to `until`
 * inclusive, which is how décret 2025-1386 and the European notices state their entry into force.
 */
export interface DatedThreshold {
  readonly kind: ThresholdKind;
  readonly natures: readonly Nature[];
  /** Amount excluding VAT, in euros. A value equal to it reaches it. */
  readonly amountHT: number;
  /** First launch date it applies to. */
  readonly from: IsoDate;
  /** Last launch date it applies to; `null` when the text sets no end. */
  readonly until: IsoDate | null;
  /** The rule it belongs to, as cited in a debrief. */
  readonly reference: string;
  /** The text that set this value. */
  readonly source: string;
  readonly confidence: Confidence;
}

/** Launch dates for which every threshold is known: the European thresholds 2024-2025 and 2026-2027. */
export const SUPPORTED_LAUNCH_DATES: { readonly from: IsoDate; readonly until: IsoDate } = {
  from: '2024-01-01',
  until: '2027-12-31',
};

const SUPPLIES_AND_SERVICES: readonly Nature[] = ['fournitures', 'services'];
const WORKS: readonly Nature[] = ['travaux'];
const ALL_NATURES: readonly Nature[] = ['fournitures', 'services', 'travaux'];

/** Every threshold the game knows, each with its dates and source (legal-facts §0.1, §0.2, §5.1). */
export const THRESHOLDS: readonly DatedThreshold[] = [
  {
    kind: 'dispense',
    natures: SUPPLIES_AND_SERVICES,
    amountHT: 40_000,
    from: '2020-01-01',
    until: '2026-03-31',
    reference: 'CCP R2122-8',
    source: 'décret 2019-1344',
    confidence: 'confirmed',
  },
  {
    kind: 'dispense',
    natures: SUPPLIES_AND_SERVICES,
    amountHT: 60_000,
    from: '2026-04-01',
    until: null,
    reference: 'CCP R2122-8',
    source: 'décret 2025-1386 art. 1er, 1° b)',
    confidence: 'confirmed',
  },
  {
    // Temporary, uncodified measure (loi ASAP art. 142, then décret 2022-1683 art. 6, prorogé par le décret 2024-1217).
    kind: 'dispense',
    natures: WORKS,
    amountHT: 100_000,
    from: '2023-01-01',
    until: '2025-12-31',
    reference: 'décret 2022-1683 art. 6',
    source: 'décret 2022-1683 art. 6, prorogé jusqu’au 31 décembre 2025 par le décret 2024-1217',
    confidence: 'confirmed',
  },
  {
    kind: 'dispense',
    natures: WORKS,
    amountHT: 100_000,
    from: '2026-01-01',
    until: null,
    reference: 'CCP R2122-8',
    source: 'décret 2025-1386 art. 1er, 1° a)',
    confidence: 'confirmed',
  },
  {
    kind: 'boamp',
    natures: ALL_NATURES,
    amountHT: 90_000,
    from: '2019-04-01',
    until: null,
    reference: 'CCP R2131-12',
    source: 'CCP R2131-12 (aucun changement trouvé pour 2026)',
    confidence: 'confirmed',
  },
  {
    kind: 'formalise',
    natures: SUPPLIES_AND_SERVICES,
    amountHT: 221_000,
    from: '2024-01-01',
    until: '2025-12-31',
    reference: 'CCP R2124-1',
    source: 'avis annexé au CCP, seuils européens 2024-2025 (collectivités territoriales)',
    confidence: 'confirmed',
  },
  {
    kind: 'formalise',
    natures: SUPPLIES_AND_SERVICES,
    amountHT: 216_000,
    from: '2026-01-01',
    until: '2027-12-31',
    reference: 'CCP R2124-1',
    source: 'avis annexé au CCP, seuils européens 2026-2027 (collectivités territoriales)',
    confidence: 'confirmed',
  },
  {
    kind: 'formalise',
    natures: WORKS,
    amountHT: 5_538_000,
    from: '2024-01-01',
    until: '2025-12-31',
    reference: 'CCP R2124-1',
    source: 'avis annexé au CCP, seuils européens 2024-2025',
    confidence: 'confirmed',
  },
  {
    kind: 'formalise',
    natures: WORKS,
    amountHT: 5_404_000,
    from: '2026-01-01',
    until: '2027-12-31',
    reference: 'CCP R2124-1',
    source: 'avis annexé au CCP, seuils européens 2026-2027',
    confidence: 'confirmed',
  },
];

/** The three thresholds in force for one launch date and one nature. */
export interface ThresholdsInForce {
  readonly dispense: DatedThreshold;
  readonly boamp: DatedThreshold;
  readonly formalise: DatedThreshold;
}

/**
 * Checks that a launch date is a real date inside {@link SUPPORTED_LAUNCH_DATES}. Outside that range the
 * game does not know the thresholds (the European ones change every two years), so it refuses.
 */
export function checkLaunchDate(launchDate: IsoDate): Result<IsoDate, string> {
  if (!isIsoDate(launchDate)) return err(`Date invalide : « ${launchDate} » (attendu AAAA-MM-JJ).`);
  const { from, until } = SUPPORTED_LAUNCH_DATES;
  if (launchDate < from || launchDate > until) {
    return err(
      `Date hors de la période couverte : les seuils connus du jeu valent du ${formatFrenchDate(from)} ` +
        `au ${formatFrenchDate(until)} (reçu : ${launchDate}).`,
    );
  }
  return ok(launchDate);
}

function applies(threshold: DatedThreshold, kind: ThresholdKind, nature: Nature, date: IsoDate): boolean {
  return (
    threshold.kind === kind &&
    threshold.natures.includes(nature) &&
    threshold.from <= date &&
    (threshold.until === null || date <= threshold.until)
  );
}

/** The threshold of one kind in force at a launch date for a nature (CCP R2122-8, R2131-12, R2124-1). */
export function thresholdAt(
  kind: ThresholdKind,
  nature: Nature,
  launchDate: IsoDate,
): Result<DatedThreshold, string> {
  const checked = checkLaunchDate(launchDate);
  if (!checked.ok) return checked;
  const found = THRESHOLDS.find((threshold) => applies(threshold, kind, nature, launchDate));
  // Unreachable while THRESHOLDS covers SUPPORTED_LAUNCH_DATES, which a test checks day by day.
  if (!found) return err(`Aucun seuil « ${kind} » connu pour ${nature} au ${launchDate}.`);
  return ok(found);
}

/** The dispense, BOAMP and formalised thresholds in force at a launch date for a nature. */
export function thresholdsInForce(launchDate: IsoDate, nature: Nature): Result<ThresholdsInForce, string> {
  const dispense = thresholdAt('dispense', nature, launchDate);
  if (!dispense.ok) return dispense;
  const boamp = thresholdAt('boamp', nature, launchDate);
  if (!boamp.ok) return boamp;
  const formalise = thresholdAt('formalise', nature, launchDate);
  if (!formalise.ok) return formalise;
  return ok({ dispense: dispense.value, boamp: boamp.value, formalise: formalise.value });
}
