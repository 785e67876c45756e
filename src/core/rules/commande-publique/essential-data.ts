import { isIsoDate, type IsoDate } from '../../dates';
import { err, ok, type Result } from '../../result';
import { formatEuros, reaches } from './money';
import type { Information } from './types';

/** The données essentielles threshold read for 2024 (legal-facts §5.4). */
export const ESSENTIAL_DATA_THRESHOLD_HT = 40_000;

/** The day the dispense threshold rose to 60 000 € HT; whether this threshold followed is not known (§7.7). */
const DISPENSE_RAISED_ON: IsoDate = '2026-04-01';

/** Publication of the données essentielles, shown as information. */
export interface EssentialDataInformation extends Information {
  /** True when the amount reaches 40 000 € HT, the threshold read for 2024. */
  readonly publicationExpected: boolean;
  readonly thresholdHT: number;
}

/**
 * Données essentielles (CCP L2196-2, R2196-1, annexe 15): since 1 January 2024, contracts of 40 000 € HT or
 * more (modifications included) have their essential data published on the national platform. Whether that
 * threshold followed the dispense to 60 000 € HT on 1 April 2026 is not known (fact sheet §7.7): from that
 * date the result is `uncertain` and must not be scored.
 */
export function essentialDataPublication(input: {
  readonly awardedOn: IsoDate;
  readonly amountHT: number;
}): Result<EssentialDataInformation, string> {
  if (!isIsoDate(input.awardedOn)) return err(`Date d’attribution invalide : « ${input.awardedOn} ».`);
  if (input.awardedOn < '2024-01-01')
    return err('Le régime des données essentielles connu du jeu date du 1er janvier 2024.');
  const publicationExpected = reaches(input.amountHT, ESSENTIAL_DATA_THRESHOLD_HT);
  const uncertain = input.awardedOn >= DISPENSE_RAISED_ON;
  const base = publicationExpected
    ? `Marché de ${formatEuros(input.amountHT)} : publier ses données essentielles sur la plateforme nationale (seuil lu : ${formatEuros(ESSENTIAL_DATA_THRESHOLD_HT)}).`
    : `Marché de ${formatEuros(input.amountHT)}, sous ${formatEuros(ESSENTIAL_DATA_THRESHOLD_HT)} : pas de publication individuelle des données essentielles.`;
  return ok({
    publicationExpected,
    thresholdHT: ESSENTIAL_DATA_THRESHOLD_HT,
    text: uncertain
      ? `${base} Depuis le 1er avril 2026, on ignore si ce seuil a suivi le relèvement à 60 000 € HT : à vérifier, non noté.`
      : base,
    references: ['CCP L2196-2', 'CCP R2196-1'],
    confidence: uncertain ? 'uncertain' : 'confirmed',
  });
}
