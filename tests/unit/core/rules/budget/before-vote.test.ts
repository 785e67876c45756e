import { describe, expect, it } from 'vitest';
import {
  checkPreVoteAuthorisation,
  debtRepaymentBeforeVote,
  investmentQuarterBase,
  investmentQuarterCeiling,
  investmentSpendingBeforeVote,
  operatingSpendingBeforeVote,
} from '../../../../../src/core/rules/budget';

/** Last year's investment spending: 320 000 € of equipment, 48 000 € of debt, 25 000 € of ordre. */
const LAST_YEAR = { '16': 48000, '20': 20000, '21': 180000, '23': 120000, '040': 25000 };

describe('operating spending before the vote (CGCT L1612-1)', () => {
  it.each([
    [1000, 0, 210000, true],
    [10000, 200000, 210000, true],
    [10001, 200000, 210000, false],
    [1, 0, 0, false],
  ])('%s € after %s € within %s € → %s', (amount, alreadySpent, lastYearCredits, allowed) => {
    const decision = operatingSpendingBeforeVote({ amount, alreadySpent, lastYearCredits });
    expect(decision.allowed).toBe(allowed);
    expect(decision.ceiling).toBe(lastYearCredits);
    expect(decision.check.reference).toBe('CGCT L1612-1');
  });
});

describe('investment spending before the vote (CGCT L1612-1)', () => {
  it('takes a quarter of last year’s real investment credits, debt repayment excluded', () => {
    expect(investmentQuarterBase(LAST_YEAR)).toBe(320000);
    expect(investmentQuarterCeiling(LAST_YEAR)).toBe(80000);
    expect(investmentQuarterCeiling({ '21': 0.03 })).toBe(0);
    expect(investmentQuarterCeiling({})).toBe(0);
  });

  const authorisation = { amount: 60000, purpose: 'chapitre 21 — matériel de voirie' };

  it.each([
    ['without authorisation', 1000, 0, null, false, 80000],
    ['within the authorisation', 60000, 0, authorisation, true, 60000],
    ['one euro above the authorisation', 60001, 0, authorisation, false, 60000],
    ['cumulated above the authorisation', 10000, 55000, authorisation, false, 60000],
    [
      'authorisation above the quarter, capped by it',
      80000,
      0,
      { amount: 100000, purpose: '21' },
      true,
      80000,
    ],
    ['above the quarter', 80001, 0, { amount: 100000, purpose: '21' }, false, 80000],
  ])('%s', (_name, amount, alreadySpent, auth, allowed, ceiling) => {
    const decision = investmentSpendingBeforeVote({
      amount,
      alreadySpent,
      lastYearInvestmentSpending: LAST_YEAR,
      authorisation: auth,
    });
    expect(decision.allowed).toBe(allowed);
    expect(decision.ceiling).toBe(ceiling);
  });

  it.each([
    [80000, 'matériel', true],
    [80001, 'matériel', false],
    [50000, '  ', false],
  ])('an authorisation of %s € for « %s » is valid: %s', (amount, purpose, passed) => {
    expect(checkPreVoteAuthorisation({ amount, purpose }, LAST_YEAR).passed).toBe(passed);
  });

  it('lets the capital annuities falling due be paid without authorisation', () => {
    expect(debtRepaymentBeforeVote(true).allowed).toBe(true);
    expect(debtRepaymentBeforeVote(false).allowed).toBe(false);
  });
});
