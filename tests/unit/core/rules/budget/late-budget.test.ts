import { describe, expect, it } from 'vitest';
import {
  budgetMeetingOutcome,
  budgetVoteDeadline,
  checkVoteDate,
  crcReferralDate,
  evaluateBudgetCase,
} from '../../../../../src/core/rules/budget';
import { BALANCED_BUDGET } from './budget-fixtures';

const deadline2027 = budgetVoteDeadline({ year: 2027, renewalYear: false });
const deadline2026 = budgetVoteDeadline({ year: 2026, renewalYear: true });

describe('a budget not adopted by the deadline goes to the CRC (CGCT L1612-2)', () => {
  // meeting, deadline, can adopt, referral
  it.each([
    ['2027-04-08', deadline2027, true, null],
    ['2027-04-15', deadline2027, true, null],
    ['2027-04-16', deadline2027, false, '2027-04-16'],
    ['2027-04-22', deadline2027, false, '2027-04-16'],
    ['2027-05-20', deadline2027, false, '2027-04-16'],
    ['2026-04-30', deadline2026, true, null],
    ['2026-05-01', deadline2026, false, '2026-05-01'],
  ] as const)(
    'erratum 9 — a meeting on %s (deadline %o): can adopt %s, referral %s',
    (meeting, deadline, canAdopt, referral) => {
      const outcome = budgetMeetingOutcome(meeting, deadline);
      expect(outcome.canAdopt).toBe(canAdopt);
      expect(outcome.crcReferral).toBe(referral);
      expect(outcome.reference).toBe('CGCT L1612-2');
      expect(outcome.uncertain).toBe(false);
    },
  );

  it('erratum 9 — after the deadline the meeting adopts nothing: the préfet refers and settles the budget', () => {
    const { message } = budgetMeetingOutcome('2027-04-22', deadline2027);
    expect(message).toContain('après la date limite du jeudi 15 avril 2027');
    expect(message).toContain('saisit sans délai la chambre régionale des comptes');
    expect(message).toContain('le conseil ne peut plus adopter le budget');
    expect(message).toContain('ne peut donc pas le voter');
    expect(message).toContain('le préfet règle le budget');
    expect(message).not.toMatch(/budget (voté|adopté) le/i);
  });

  it('erratum 9 — « sans délai » is read as the day after the deadline, so a late meeting always follows the referral', () => {
    expect(crcReferralDate(deadline2027)).toBe('2027-04-16');
    expect(crcReferralDate(deadline2026)).toBe('2026-05-01');
  });

  it('erratum 9 — the vote check never calls a late meeting « budget voté »', () => {
    const late = checkVoteDate('2027-04-22', deadline2027);
    expect(late.passed).toBe(false);
    expect(late.message).not.toMatch(/^Budget voté/);
    expect(late.message).toContain('le conseil ne peut plus adopter le budget');
    expect(checkVoteDate('2027-04-15', deadline2027).message).toMatch(/^Budget voté le jeudi 15 avril 2027/);
  });

  it('erratum 9 — rules budget: a case voted after the deadline says the council can no longer adopt it', () => {
    const result = evaluateBudgetCase({
      ...BALANCED_BUDGET,
      year: 2027,
      renewalYear: false,
      voteDate: '2027-04-16',
    });
    expect(result.voteDansLesDelais).toBe(false);
    expect(result.alertes.join(' ')).toContain('le conseil ne peut plus adopter le budget');
    expect(result.consequences.join(' ')).toContain('chambre régionale des comptes');
  });
});
