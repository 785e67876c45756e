import { describe, expect, it } from 'vitest';
import {
  easterSunday,
  isNonWorkingDay,
  isPublicHoliday,
  nextWorkingDayFrom,
  publicHolidays,
} from '../../../../src/core/dates';

describe('French public holidays', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
  ])('Easter %i is %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });
  it('lists eleven holidays with the movable ones of 2026', () => {
    const days = publicHolidays(2026);
    expect(days).toHaveLength(11);
    expect(days).toEqual(expect.arrayContaining(['2026-04-06', '2026-05-14', '2026-05-25']));
  });
  it('knows fixed holidays and ordinary days', () => {
    expect(isPublicHoliday('2026-07-14')).toBe(true);
    expect(isPublicHoliday('2026-07-15')).toBe(false);
    expect(isPublicHoliday('2026-12-26')).toBe(false);
  });
  it('moves to the next working day over a weekend and a holiday', () => {
    expect(nextWorkingDayFrom('2026-10-16')).toBe('2026-10-16');
    expect(nextWorkingDayFrom('2026-10-17')).toBe('2026-10-19');
    // Saturday 31 October, Sunday 1 November (Toussaint), Monday 2 November.
    expect(nextWorkingDayFrom('2026-10-31')).toBe('2026-11-02');
    // Thursday 24 December 2026 is working; Friday 25 is Christmas, then the weekend.
    expect(nextWorkingDayFrom('2026-12-25')).toBe('2026-12-28');
    expect(isNonWorkingDay('2026-05-01')).toBe(true);
  });
});
