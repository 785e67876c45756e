import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dateParts, fromDayNumber, isNonWorkingDay, toDayNumber } from '../../../../../src/core/dates';
import {
  addCalendarMonths,
  laterDate,
  previousWorkingDayFrom,
} from '../../../../../src/core/rules/conseil/calendar';

describe('calendar helpers', () => {
  it.each([
    ['2026-10-16', 2, '2026-12-16'],
    ['2026-11-30', 2, '2027-01-30'],
    ['2026-12-31', 2, '2027-02-28'],
    ['2027-12-31', 2, '2028-02-29'],
    ['2026-08-31', 1, '2026-09-30'],
    ['2026-03-15', -3, '2025-12-15'],
  ])('%s + %i months → %s', (date, months, expected) => {
    expect(addCalendarMonths(date, months)).toBe(expected);
  });

  it.each([
    ['2026-10-16', '2026-10-16'],
    ['2026-10-18', '2026-10-16'],
    ['2026-11-01', '2026-10-30'],
    ['2026-11-11', '2026-11-10'],
    ['2027-01-01', '2026-12-31'],
  ])('previous working day of %s is %s', (date, expected) => {
    expect(previousWorkingDayFrom(date)).toBe(expected);
  });

  it('keeps the month arithmetic and never overshoots the day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 18_000, max: 25_000 }),
        fc.integer({ min: -24, max: 24 }),
        (day, months) => {
          const date = fromDayNumber(day);
          const moved = dateParts(addCalendarMonths(date, months));
          const start = dateParts(date);
          return (
            moved.year * 12 + moved.month - (start.year * 12 + start.month) === months &&
            moved.day <= start.day
          );
        },
      ),
    );
  });

  it('finds a working day within a week before', () => {
    fc.assert(
      fc.property(fc.integer({ min: 18_000, max: 25_000 }), (day) => {
        const date = fromDayNumber(day);
        const working = previousWorkingDayFrom(date);
        const gap = toDayNumber(date) - toDayNumber(working);
        return !isNonWorkingDay(working) && gap >= 0 && gap < 7;
      }),
    );
  });

  it('picks the later date', () => {
    expect(laterDate('2026-10-12', '2026-10-16')).toBe('2026-10-16');
    expect(laterDate('2027-01-01', '2026-12-31')).toBe('2027-01-01');
  });
});
