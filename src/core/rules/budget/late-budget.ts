import { addDays, formatFrenchDate, type IsoDate } from '../../dates';
import type { LegalDeadline } from './calendar';
import { BUDGET_REFERENCES as REF } from './references';

/**
 * The day the game has the préfet refer a budget not adopted in time to the chambre régionale des comptes:
 * L1612-2 says « sans délai »; the game reads it as the day after the deadline (the year does the same), so
 * that a meeting held after the deadline always meets a budget already referred.
 */
export function crcReferralDate(deadline: LegalDeadline): IsoDate {
  return addDays(deadline.date, 1);
}

/** What a council meeting held on a given day can still do with the budget primitif. */
export interface BudgetMeetingOutcome {
  /** True when the meeting may adopt the budget: on or before the deadline. */
  readonly canAdopt: boolean;
  /** The day of the referral to the CRC when the meeting is late, otherwise null. */
  readonly crcReferral: IsoDate | null;
  /** French: what happens, for a debrief. */
  readonly message: string;
  readonly reference: string;
  /** True when the deadline itself rests on an unverified point (L1612-9): shown, never scored. */
  readonly uncertain: boolean;
}

/**
 * Can a council meeting on `meetingDate` still adopt the budget primitif? — CGCT L1612-2 (legal-facts.md
 * §0 bis 8, [C]): not adopted by the deadline, the budget is referred without delay by the préfet to the
 * chambre régionale des comptes; from that referral the council can no longer adopt it; the CRC makes its
 * proposals within a month by a public opinion and the préfet settles the budget and makes it enforceable.
 * A meeting after the deadline therefore votes no budget: it is never « adopté » on that day.
 */
export function budgetMeetingOutcome(meetingDate: IsoDate, deadline: LegalDeadline): BudgetMeetingOutcome {
  if (meetingDate <= deadline.date) {
    return {
      canAdopt: true,
      crcReferral: null,
      message: `Séance du ${formatFrenchDate(meetingDate)}, au plus tard le ${formatFrenchDate(deadline.date)} : le conseil peut adopter le budget (${deadline.reference}).`,
      reference: deadline.reference,
      uncertain: deadline.uncertain,
    };
  }
  const referral = crcReferralDate(deadline);
  return {
    canAdopt: false,
    crcReferral: referral,
    message:
      `Séance du ${formatFrenchDate(meetingDate)}, après la date limite du ${formatFrenchDate(deadline.date)} : ` +
      `faute de budget adopté à cette date, le préfet saisit sans délai la chambre régionale des comptes et, ` +
      `à compter de cette saisine, le conseil ne peut plus adopter le budget ; la séance du ` +
      `${formatFrenchDate(meetingDate)} ne peut donc pas le voter. La chambre formule ses propositions dans le ` +
      `mois, par un avis public, et le préfet règle le budget et le rend exécutoire (${REF.dateLimiteVote}).`,
    reference: REF.dateLimiteVote,
    uncertain: deadline.uncertain,
  };
}
