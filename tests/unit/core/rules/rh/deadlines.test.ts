import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, fromDayNumber, isNonWorkingDay, toDayNumber } from '../../../../../src/core/dates';
import {
  addMonthsWithOverflow,
  checkAtLeastDaysBefore,
  checkAtLeastMonthsBefore,
  checkWithinDays,
  checkWithinFullDays,
  checkWithinMonths,
  type DeadlineCheck,
} from '../../../../../src/core/rules/rh';

const SRC = 'test';
const pick = (check: DeadlineCheck) => [check.inTime, check.confidence, check.note.date];

/** Any day from 2024 to 2032 (leap years 2024 and 2028 inside). */
const anyDate = fc
  .integer({ min: toDayNumber('2024-01-01'), max: toDayNumber('2032-12-31') })
  .map(fromDayNumber);

describe('checkWithinFullDays — jours francs (revision request, 15 jours francs)', () => {
  it.each([
    [
      'sheet example §1.7: notified 10 January, asked 26 January → in time',
      '2027-01-10',
      '2027-01-26',
      true,
      'C',
      '2027-01-26',
    ],
    [
      'sheet example §1.7: asked 27 January (a Wednesday) → late, clear-cut',
      '2027-01-10',
      '2027-01-27',
      false,
      'C',
      '2027-01-26',
    ],
    ['day after notification → in time', '2027-01-10', '2027-01-11', true, 'C', '2027-01-26'],
    [
      'last day a Saturday (26 Dec 2026): Monday 28 is late, but an extension would admit it → M',
      '2026-12-10',
      '2026-12-28',
      false,
      'M',
      '2026-12-26',
    ],
    [
      'last day a Saturday: Tuesday 29 December is late under every reading → C',
      '2026-12-10',
      '2026-12-29',
      false,
      'C',
      '2026-12-26',
    ],
    [
      'last day Friday 25 December (Christmas): Monday 28 would only come by extension → M',
      '2026-12-09',
      '2026-12-28',
      false,
      'M',
      '2026-12-25',
    ],
    [
      'year end: notified 20 December 2026, last day 5 January 2027',
      '2026-12-20',
      '2027-01-05',
      true,
      'C',
      '2027-01-05',
    ],
    [
      'leap year: notified 13 February 2028, last day Tuesday 29 February 2028',
      '2028-02-13',
      '2028-02-29',
      true,
      'C',
      '2028-02-29',
    ],
    [
      'non-leap year: notified 13 February 2027, last day 1 March 2027',
      '2027-02-13',
      '2027-03-01',
      true,
      'C',
      '2027-03-01',
    ],
  ])('%s', (_point, start, date, inTime, confidence, lastDay) => {
    expect(pick(checkWithinFullDays(start, date, 15, 'révision', SRC))).toEqual([
      inTime,
      confidence,
      lastDay,
    ]);
  });
});

describe('checkWithinDays — calendar days (CR notified within 15 days)', () => {
  it.each([
    [
      'entretien 1 December, notified 16 December → day 15, in time',
      '2026-12-01',
      '2026-12-16',
      true,
      'C',
      '2026-12-16',
    ],
    [
      'notified 17 December → jours-francs reading would admit it → M',
      '2026-12-01',
      '2026-12-17',
      false,
      'M',
      '2026-12-16',
    ],
    ['notified 18 December → late under every reading', '2026-12-01', '2026-12-18', false, 'C', '2026-12-16'],
    [
      'across the year end: entretien 20 December 2026, last day 4 January 2027',
      '2026-12-20',
      '2027-01-04',
      true,
      'C',
      '2027-01-04',
    ],
    [
      'leap year: entretien 14 February 2028, last day 29 February',
      '2028-02-14',
      '2028-02-29',
      true,
      'C',
      '2028-02-29',
    ],
  ])('%s', (_point, start, date, inTime, confidence, lastDay) => {
    expect(pick(checkWithinDays(start, date, 15, 'notification', SRC))).toEqual([
      inTime,
      confidence,
      lastDay,
    ]);
  });
});

describe('checkWithinMonths — « dans le mois », de quantième à quantième (CAP referral)', () => {
  it.each([
    ['answer 10 March, referral 10 April → in time', '2027-03-10', '2027-04-10', true, 'C', '2027-04-10'],
    [
      'answer 10 March, referral 11 April (Sunday) → M (jours francs, extension)',
      '2027-03-10',
      '2027-04-11',
      false,
      'M',
      '2027-04-10',
    ],
    [
      'answer 10 March, referral 12 April (Monday, after the extension) → M',
      '2027-03-10',
      '2027-04-12',
      false,
      'M',
      '2027-04-10',
    ],
    [
      'answer 10 March, referral 13 April → late, clear-cut',
      '2027-03-10',
      '2027-04-13',
      false,
      'C',
      '2027-04-10',
    ],
    [
      'month end clamped: 31 January 2027 → 28 February 2027',
      '2027-01-31',
      '2027-02-28',
      true,
      'C',
      '2027-02-28',
    ],
    [
      'month end: 1 March 2027 is late only under the clamped reading → M',
      '2027-01-31',
      '2027-03-01',
      false,
      'M',
      '2027-02-28',
    ],
    [
      'month end: 4 March 2027 (overflow + jours francs) → M',
      '2027-01-31',
      '2027-03-04',
      false,
      'M',
      '2027-02-28',
    ],
    [
      'month end: 5 March 2027 → late under every reading',
      '2027-01-31',
      '2027-03-05',
      false,
      'C',
      '2027-02-28',
    ],
    ['leap year: 31 January 2028 → 29 February 2028', '2028-01-31', '2028-02-29', true, 'C', '2028-02-29'],
    ['year end: 15 December 2026 → 15 January 2027', '2026-12-15', '2027-01-15', true, 'C', '2027-01-15'],
  ])('%s', (_point, start, date, inTime, confidence, lastDay) => {
    expect(pick(checkWithinMonths(start, date, 1, 'CAP', SRC))).toEqual([inTime, confidence, lastDay]);
  });
});

describe('checkAtLeastDaysBefore — at least 8 days (convocation)', () => {
  it.each([
    [
      'case §8.1: convocation 16 March, entretien 20 March → 4 days, irregular',
      '2027-03-16',
      '2027-03-20',
      false,
      'C',
    ],
    [
      'exactly 8 days (12 → 20 March): regular under calendar days, not jours francs → M',
      '2027-03-12',
      '2027-03-20',
      true,
      'M',
    ],
    ['9 days → regular under every reading', '2027-03-11', '2027-03-20', true, 'C'],
    ['7 days → irregular', '2027-03-13', '2027-03-20', false, 'C'],
    ['same day → irregular', '2027-03-20', '2027-03-20', false, 'C'],
    [
      'across the year end: 24 December 2026 → 1 January 2027, 8 days → M',
      '2026-12-24',
      '2027-01-01',
      true,
      'M',
    ],
    ['leap year: 21 February → 29 February 2028, 8 days → M', '2028-02-21', '2028-02-29', true, 'M'],
  ])('%s', (_point, notice, event, inTime, confidence) => {
    expect(pick(checkAtLeastDaysBefore(notice, event, 8, 'convocation', SRC)).slice(0, 2)).toEqual([
      inTime,
      confidence,
    ]);
  });
});

describe('checkAtLeastMonthsBefore — at least one month (publication, CGFP D311-2)', () => {
  it.each([
    [
      'case §8.7: published 1 September, nomination 8 September → too early',
      '2026-09-01',
      '2026-09-08',
      false,
      'C',
    ],
    ['30 September → not yet a month', '2026-09-01', '2026-09-30', false, 'C'],
    [
      '1 October, quantième à quantième → enough, but not under jours francs → M',
      '2026-09-01',
      '2026-10-01',
      true,
      'M',
    ],
    ['2 October → enough under every reading', '2026-09-01', '2026-10-02', true, 'C'],
    ['month end: 31 January → 27 February 2027 → too early', '2027-01-31', '2027-02-27', false, 'C'],
    ['month end: 31 January → 28 February 2027 (clamped) → M', '2027-01-31', '2027-02-28', true, 'M'],
    ['month end: 31 January → 3 March 2027 (overflow) → M', '2027-01-31', '2027-03-03', true, 'M'],
    [
      'month end: 31 January → 4 March 2027 → enough under every reading',
      '2027-01-31',
      '2027-03-04',
      true,
      'C',
    ],
    ['leap year: 31 January → 29 February 2028 → M', '2028-01-31', '2028-02-29', true, 'M'],
    ['leap year: 31 January → 3 March 2028 → C', '2028-01-31', '2028-03-03', true, 'C'],
    ['year end: 31 December 2026 → 31 January 2027 → M', '2026-12-31', '2027-01-31', true, 'M'],
    ['year end: 31 December 2026 → 1 February 2027 → C', '2026-12-31', '2027-02-01', true, 'C'],
  ])('%s', (_point, notice, event, inTime, confidence) => {
    expect(pick(checkAtLeastMonthsBefore(notice, event, 1, 'publication', SRC)).slice(0, 2)).toEqual([
      inTime,
      confidence,
    ]);
  });
});

describe('addMonthsWithOverflow — the opposite reading to clamping', () => {
  it.each([
    ['2027-01-31', 1, '2027-03-03'],
    ['2028-01-31', 1, '2028-03-02'],
    ['2026-12-31', 2, '2027-03-03'],
    ['2026-03-31', 1, '2026-05-01'],
    ['2026-12-15', 1, '2027-01-15'],
  ])('%s + %i month(s) → %s', (date, months, expected) => {
    expect(addMonthsWithOverflow(date, months)).toBe(expected);
  });
});

describe('deadline properties', () => {
  it('the last day an extension could reach is always a working day (never a Saturday, Sunday or holiday)', () => {
    fc.assert(
      fc.property(anyDate, fc.constantFrom('full', 'days', 'months'), (start, rule) => {
        const judge = (date: string) =>
          rule === 'full'
            ? checkWithinFullDays(start, date, 15, 'x', SRC)
            : rule === 'days'
              ? checkWithinDays(start, date, 15, 'x', SRC)
              : checkWithinMonths(start, date, 1, 'x', SRC);
        const lastDay = judge(start).note.date;
        let lastUncertain: string | undefined;
        for (let offset = 1; offset <= 10; offset += 1) {
          const date = addDays(lastDay, offset);
          if (judge(date).confidence === 'M') lastUncertain = date;
        }
        return lastUncertain === undefined || !isNonWorkingDay(lastUncertain);
      }),
    );
  });

  it('in time is monotonic: every date between the start and an in-time date is in time, and certain', () => {
    fc.assert(
      fc.property(
        anyDate,
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 60 }),
        (start, a, b) => {
          const [early, late] = [addDays(start, Math.min(a, b)), addDays(start, Math.max(a, b))];
          const lateCheck = checkWithinMonths(start, late, 1, 'x', SRC);
          const earlyCheck = checkWithinMonths(start, early, 1, 'x', SRC);
          return !lateCheck.inTime || (earlyCheck.inTime && earlyCheck.confidence === 'C');
        },
      ),
    );
  });

  it('a minimum delay is clear-cut far from its first day: under a month is never enough, two months always are', () => {
    fc.assert(
      fc.property(
        anyDate,
        fc.integer({ min: 0, max: 27 }),
        fc.integer({ min: 62, max: 400 }),
        (notice, short, long) => {
          const tooSoon = checkAtLeastMonthsBefore(notice, addDays(notice, short), 1, 'x', SRC);
          const enough = checkAtLeastMonthsBefore(notice, addDays(notice, long), 1, 'x', SRC);
          return !tooSoon.inTime && tooSoon.confidence === 'C' && enough.inTime && enough.confidence === 'C';
        },
      ),
    );
  });
});
