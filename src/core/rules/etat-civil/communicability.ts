import { dateParts, makeIsoDate, type IsoDate } from '../../dates';
import type { ActType } from './vocabulary';

/** Years after the closing of the register before birth and marriage registers are free (code du patrimoine L213-2). */
export const FREE_COMMUNICABILITY_YEARS = 75;

/**
 * Age, in years after the act's year, below which the « 100 ans pour les mineurs » reading would still protect
 * the act. Information only: that reading is not verified for civil-status registers.
 */
export const MINOR_PROTECTION_YEARS = 100;

/**
 * The day the register of `actYear` is closed, at the latest. Registers are annual; the CADA takes the date
 * of the last act as the closing date, which is at the latest 31 December: using that day never frees an act
 * too early.
 */
export function registerClosingDate(actYear: number): IsoDate {
  return makeIsoDate(actYear, 12, 31);
}

/**
 * First day on which a birth or marriage act of `actYear` is freely communicable (code du patrimoine L213-2,
 * I, 4° e): the 75-year period runs from the closing on 31 December N and ends with 31 December N + 75,
 * so the act is free from 1 January N + 76. Example: the register of 1950 is free from 1 January 2026.
 */
export function freeCommunicabilityDate(actYear: number): IsoDate {
  return makeIsoDate(actYear + FREE_COMMUNICABILITY_YEARS + 1, 1, 1);
}

/**
 * True when the act can be communicated to anyone as an archive on `today`: death registers at once
 * (no period in L213-2), birth and marriage registers 75 years after their closing.
 */
export function isFreelyCommunicable(act: ActType, actYear: number, today: IsoDate): boolean {
  if (act === 'deces') return true;
  return today >= freeCommunicabilityDate(actYear);
}

/**
 * True when a birth or marriage act is free under the 75-year rule but would still be protected under the
 * unverified « 100 ans pour les mineurs » reading: the engine then shows an uncertain note, never a verdict.
 */
export function isWithinMinorProtectionDoubt(act: ActType, actYear: number, today: IsoDate): boolean {
  if (act === 'deces') return false;
  return (
    isFreelyCommunicable(act, actYear, today) && dateParts(today).year - actYear <= MINOR_PROTECTION_YEARS
  );
}
