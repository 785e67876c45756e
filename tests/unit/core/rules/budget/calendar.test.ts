import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, makeIsoDate } from '../../../../../src/core/dates';
import {
  budgetTransmissionDeadline,
  budgetVoteDeadline,
  checkTaxRatesNotification,
  checkTransmission,
  checkVoteDate,
  isVotedInTime,
  taxRatesNotificationDeadline,
} from '../../../../../src/core/rules/budget';

describe('budgetVoteDeadline (CGCT L1612-2)', () => {
  it.each([
    [2027, false, undefined, '2027-04-15'],
    [2026, true, undefined, '2026-04-30'],
    [2032, true, undefined, '2032-04-30'],
    // Informations indispensables communicated late: 15 days from the communication, when later.
    [2027, false, '2027-04-02', '2027-04-17'],
    [2027, false, '2027-03-31', '2027-04-15'],
    [2027, false, '2027-03-10', '2027-04-15'],
    [2026, true, '2026-04-10', '2026-04-30'],
    [2026, true, '2026-04-20', '2026-05-05'],
  ])(
    'year %s, renewal %s, information on %s → %s',
    (year, renewalYear, informationsCommuniqueesLe, expected) => {
      const deadline = budgetVoteDeadline({ year, renewalYear, informationsCommuniqueesLe });
      expect(deadline.date).toBe(expected);
      expect(deadline.reference).toBe('CGCT L1612-2');
      expect(deadline.uncertain).toBe(false);
    },
  );

  it('moves to 1 June (15 June in a renewal year) after a budget settled by the préfet, as information only', () => {
    expect(
      budgetVoteDeadline({ year: 2027, renewalYear: false, previousBudgetSettledByPrefect: true }),
    ).toMatchObject({
      date: '2027-06-01',
      reference: 'CGCT L1612-9',
      uncertain: true,
    });
    expect(
      budgetVoteDeadline({ year: 2026, renewalYear: true, previousBudgetSettledByPrefect: true }).date,
    ).toBe('2026-06-15');
  });
});

describe('vote and transmission in time', () => {
  const deadline2027 = budgetVoteDeadline({ year: 2027, renewalYear: false });

  it.each([
    ['2027-04-14', true],
    ['2027-04-15', true],
    ['2027-04-16', false],
    ['2026-12-18', true],
    ['2028-01-10', false],
  ])('vote on %s → in time %s', (voteDate, expected) => {
    expect(isVotedInTime(voteDate, deadline2027.date)).toBe(expected);
    const check = checkVoteDate(voteDate, deadline2027);
    expect(check.passed).toBe(expected);
    expect(check.message).toContain('CGCT L1612-2');
  });

  it('sets the transmission limit 15 days after the vote deadline, not after the vote (CGCT L1612-8)', () => {
    expect(budgetTransmissionDeadline(deadline2027).date).toBe('2027-04-30');
    expect(budgetTransmissionDeadline(budgetVoteDeadline({ year: 2026, renewalYear: true })).date).toBe(
      '2026-05-15',
    );
  });

  it.each([
    ['2027-04-30', true],
    ['2027-05-01', false],
  ])(
    'erratum 10 — transmission on %s → in time %s, L1612-8 cited with its renumbering note',
    (date, expected) => {
      const check = checkTransmission(date, budgetTransmissionDeadline(deadline2027));
      expect(check.passed).toBe(expected);
      expect(check.reference).toBe('CGCT L1612-8 (numérotation à vérifier, ordonnance n° 2025-526)');
      expect(check.message).toContain('CGCT L1612-8 (numérotation à vérifier, ordonnance n° 2025-526)');
      expect(check.referenceNote).toMatch(/à vérifier/);
    },
  );

  it('erratum 10 — a late transmission is judged on the confirmed 15-day limit only, no unconfirmed CRC claim', () => {
    const check = checkTransmission('2027-05-01', budgetTransmissionDeadline(deadline2027));
    expect(check.message).not.toContain('chambre régionale des comptes');
    expect(check.message).toContain('quinze jours');
  });

  it('a vote is in time exactly up to the deadline, whatever the year', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2100 }),
        fc.boolean(),
        fc.integer({ min: -60, max: 60 }),
        (year, renewal, shift) => {
          const deadline = budgetVoteDeadline({ year, renewalYear: renewal });
          const day = addDays(makeIsoDate(year, 4, renewal ? 30 : 15), shift);
          return isVotedInTime(day, deadline.date) === shift <= 0;
        },
      ),
    );
  });
});

describe('tax rates (CGI art. 1639 A)', () => {
  it('follows the budget dates', () => {
    expect(taxRatesNotificationDeadline({ year: 2027, renewalYear: false }).date).toBe('2027-04-15');
    expect(taxRatesNotificationDeadline({ year: 2026, renewalYear: true }).date).toBe('2026-04-30');
  });

  it('ignores the L1612-9 postponement, which concerns the budget only', () => {
    const deadline = taxRatesNotificationDeadline({
      year: 2027,
      renewalYear: false,
      previousBudgetSettledByPrefect: true,
    });
    expect(deadline.date).toBe('2027-04-15');
    expect(deadline.reference).toBe('CGI art. 1639 A');
  });

  it.each([
    ['2027-04-15', true],
    ['2027-04-16', false],
  ])('notification on %s → in time %s', (date, expected) => {
    const check = checkTaxRatesNotification(
      date,
      taxRatesNotificationDeadline({ year: 2027, renewalYear: false }),
    );
    expect(check.passed).toBe(expected);
    if (!expected) expect(check.message).toContain('taux de l’année précédente');
  });
});
