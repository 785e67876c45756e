import { describe, expect, it } from 'vitest';
import {
  isMeetingRequestBinding,
  isReglementInterieurCompulsory,
  periodicityStatus,
  quarterEnd,
  quarterOf,
  quarterStart,
  reglementInterieurTarget,
  requestedMeetingDeadline,
  requestedMeetingMinimumRequesters,
} from '../../../../../src/core/rules/conseil/meetings';

describe('calendar quarters', () => {
  it.each([
    ['2026-01-01', 2026, 1, '2026-01-01', '2026-03-31'],
    ['2026-03-31', 2026, 1, '2026-01-01', '2026-03-31'],
    ['2026-04-01', 2026, 2, '2026-04-01', '2026-06-30'],
    ['2026-09-30', 2026, 3, '2026-07-01', '2026-09-30'],
    ['2026-12-31', 2026, 4, '2026-10-01', '2026-12-31'],
  ])('%s is in Q%i/%i', (date, year, quarter, start, end) => {
    const q = quarterOf(date);
    expect(q).toEqual({ year, quarter });
    expect(quarterStart(q)).toBe(start);
    expect(quarterEnd(q)).toBe(end);
  });
});

describe('periodicityStatus (CGCT L2121-7)', () => {
  it('is compliant with one meeting per quarter', () => {
    const status = periodicityStatus(['2026-03-28', '2026-06-12', '2026-09-25'], '2026-03-28', '2026-10-16');
    expect(status.missedQuarters).toEqual([]);
    expect(status.compliant).toBe(true);
    expect(status.currentQuarter).toEqual({ year: 2026, quarter: 4 });
    expect(status.currentQuarterHasMeeting).toBe(false);
    expect(status.currentQuarterEnds).toBe('2026-12-31');
    expect(status.reference).toBe('CGCT L2121-7');
  });

  it('reports a quarter without meeting', () => {
    const status = periodicityStatus(['2026-03-28', '2026-06-12'], '2026-03-28', '2026-10-16');
    expect(status.missedQuarters).toEqual([{ year: 2026, quarter: 3 }]);
    expect(status.compliant).toBe(false);
  });

  it('crosses the year', () => {
    const status = periodicityStatus(['2026-11-20'], '2026-10-01', '2027-04-02');
    expect(status.missedQuarters).toEqual([{ year: 2027, quarter: 1 }]);
    expect(status.currentQuarter).toEqual({ year: 2027, quarter: 2 });
  });

  it('ignores meetings after the day of the check and before the start', () => {
    const status = periodicityStatus(['2025-12-10', '2026-12-10'], '2026-01-01', '2026-03-15');
    expect(status.currentQuarterHasMeeting).toBe(false);
    expect(status.missedQuarters).toEqual([]);
  });

  it('counts a meeting on the last day of a quarter', () => {
    const status = periodicityStatus(['2026-09-30'], '2026-07-01', '2026-10-01');
    expect(status.missedQuarters).toEqual([]);
  });

  it('treats an empty list as every elapsed quarter missed', () => {
    expect(periodicityStatus([], '2026-01-15', '2026-12-01').missedQuarters).toHaveLength(3);
  });
});

describe('meetings requested by councillors (CGCT L2121-9)', () => {
  it.each([
    [999, 15, 8],
    [1_000, 15, 5],
    [1_200, 15, 5],
    [1_200, 14, 5],
    [800, 14, 8],
  ])('%i inhabitants, %i in office → %i requesters', (population, membersInOffice, minimum) => {
    expect(requestedMeetingMinimumRequesters(population, membersInOffice)).toBe(minimum);
  });

  it.each([
    [{ population: 1_200, membersInOffice: 15, requesters: 5 }, true],
    [{ population: 1_200, membersInOffice: 15, requesters: 4 }, false],
    [{ population: 999, membersInOffice: 15, requesters: 7 }, false],
    [{ population: 999, membersInOffice: 15, requesters: 0, fromPrefect: true }, true],
  ])('%o → binding %s', (request, binding) => {
    expect(isMeetingRequestBinding(request)).toBe(binding);
  });

  it('gives 30 days to hold the meeting, across months', () => {
    expect(requestedMeetingDeadline('2026-10-16')).toBe('2026-11-15');
    expect(requestedMeetingDeadline('2026-12-15')).toBe('2027-01-14');
  });
});

describe('règlement intérieur (CGCT L2121-8)', () => {
  it.each([
    [999, false],
    [1_000, true],
    [1_200, true],
  ])('%i inhabitants → compulsory %s', (population, compulsory) => {
    expect(isReglementInterieurCompulsory(population)).toBe(compulsory);
  });

  it('sets a six-month target that does not bind', () => {
    expect(reglementInterieurTarget('2026-03-28')).toEqual({ date: '2026-09-28', binding: false });
    expect(reglementInterieurTarget('2026-08-31')).toEqual({ date: '2027-02-28', binding: false });
  });
});
