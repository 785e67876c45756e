import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, daysBetween, fromDayNumber, isNonWorkingDay } from '../../../../../src/core/dates';
import {
  checkConvocationChannel,
  convocationDeadline,
  convocationDelay,
  convocationTiming,
  earliestMeetingDate,
  fullDaysBetween,
  isConvocationInTime,
  isSupplementaryItemInTime,
  latestSendDate,
  missingConvocationContent,
  missingConvocationFormalities,
} from '../../../../../src/core/rules/conseil/convocation';

describe('convocationDelay', () => {
  it.each([
    [{ population: 1_200 }, 3, 'CGCT L2121-11'],
    [{ population: 3_499 }, 3, 'CGCT L2121-11'],
    [{ population: 3_500 }, 5, 'CGCT L2121-12'],
    [{ population: 1_200, urgency: true }, 1, 'CGCT L2121-11'],
    [{ population: 3_500, urgency: true }, 1, 'CGCT L2121-12'],
    [{ population: 1_200, secondConvocation: true }, 3, 'CGCT L2121-17'],
    [{ population: 1_200, secondConvocation: true, urgency: true }, 3, 'CGCT L2121-17'],
    [{ population: 5_000, firstMeetingAfterElection: true }, 3, 'CGCT L2121-7'],
  ])('%o → %i jours francs (%s)', (context, requiredFullDays, reference) => {
    expect(convocationDelay(context)).toEqual({ requiredFullDays, reference });
  });
});

describe('jours francs', () => {
  it.each([
    // sent, meeting, required, in time
    ['2026-10-12', '2026-10-16', 3, true],
    ['2026-10-13', '2026-10-16', 3, false],
    ['2026-10-15', '2026-10-19', 3, true],
    ['2026-10-16', '2026-10-19', 3, false],
    ['2026-10-29', '2026-11-02', 3, true],
    ['2026-12-29', '2027-01-02', 3, true],
    ['2026-12-30', '2027-01-02', 3, false],
    ['2028-02-27', '2028-03-02', 3, true],
    ['2028-02-28', '2028-03-02', 3, false],
    ['2026-10-14', '2026-10-16', 1, true],
    ['2026-10-15', '2026-10-16', 1, false],
    ['2026-10-16', '2026-10-16', 1, false],
    ['2026-10-17', '2026-10-16', 0, false],
    ['2026-10-10', '2026-10-16', 5, true],
    ['2026-10-11', '2026-10-16', 5, false],
  ])('sent %s for %s with %i required → %s', (sent, meeting, required, inTime) => {
    expect(isConvocationInTime(sent, meeting, required)).toBe(inTime);
  });

  it('counts neither the sending day nor the meeting day', () => {
    expect(fullDaysBetween('2026-10-12', '2026-10-16')).toBe(3);
    expect(fullDaysBetween('2026-10-16', '2026-10-16')).toBe(0);
    expect(fullDaysBetween('2026-10-20', '2026-10-16')).toBe(0);
  });

  it.each([
    // meeting, required, latest, latest working day
    ['2026-10-16', 3, '2026-10-12', '2026-10-12'],
    ['2026-10-19', 3, '2026-10-15', '2026-10-15'],
    ['2026-10-21', 3, '2026-10-17', '2026-10-16'],
    ['2026-11-02', 3, '2026-10-29', '2026-10-29'],
    ['2026-11-05', 3, '2026-11-01', '2026-10-30'],
    ['2026-11-15', 3, '2026-11-11', '2026-11-10'],
    ['2027-01-04', 3, '2026-12-31', '2026-12-31'],
    ['2027-01-05', 3, '2027-01-01', '2026-12-31'],
    ['2028-03-02', 3, '2028-02-27', '2028-02-25'],
    ['2027-03-02', 3, '2027-02-26', '2027-02-26'],
  ])('meeting %s, %i jours francs → send by %s (working day %s)', (meeting, required, latest, working) => {
    expect(latestSendDate(meeting, required)).toBe(latest);
    const deadline = convocationDeadline(meeting, { population: 1_200 });
    expect(deadline.latestSendDate).toBe(latest);
    expect(deadline.latestWorkingSendDate).toBe(working);
  });

  it('puts the latest sending date requiredFullDays + 1 days before the meeting', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 18_000, max: 25_000 }),
        fc.integer({ min: 0, max: 10 }),
        (day, required) => {
          const meeting = fromDayNumber(day);
          const latest = latestSendDate(meeting, required);
          return (
            daysBetween(latest, meeting) === required + 1 &&
            fullDaysBetween(latest, meeting) === required &&
            isConvocationInTime(latest, meeting, required) &&
            !isConvocationInTime(addDays(latest, 1), meeting, required)
          );
        },
      ),
    );
  });

  it('accepts every date up to the latest and none after', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 18_000, max: 25_000 }),
        fc.integer({ min: -20, max: 20 }),
        (day, offset) => {
          const meeting = fromDayNumber(day);
          const sent = addDays(latestSendDate(meeting, 3), offset);
          return isConvocationInTime(sent, meeting, 3) === offset <= 0;
        },
      ),
    );
  });

  it('advises a working day no later than the legal latest date', () => {
    fc.assert(
      fc.property(fc.integer({ min: 18_000, max: 25_000 }), fc.boolean(), (day, urgency) => {
        const deadline = convocationDeadline(fromDayNumber(day), { population: 1_200, urgency });
        return (
          deadline.latestWorkingSendDate <= deadline.latestSendDate &&
          !isNonWorkingDay(deadline.latestWorkingSendDate)
        );
      }),
    );
  });
});

describe('convocationTiming', () => {
  it('dates the contract example', () => {
    expect(convocationTiming('2026-10-16', '2026-10-12', { population: 1_200 })).toEqual({
      requiredFullDays: 3,
      reference: 'CGCT L2121-11',
      latestSendDate: '2026-10-12',
      latestWorkingSendDate: '2026-10-12',
      urgencyFollowUp: null,
      fullDaysGiven: 3,
      inTime: true,
    });
  });

  it('reminds the urgency procedure', () => {
    const timing = convocationTiming('2026-11-05', '2026-11-03', { population: 1_200, urgency: true });
    expect(timing.inTime).toBe(true);
    expect(timing.urgencyFollowUp).toMatch(/le conseil se prononce sur l’urgence/);
  });
});

describe('an item added after the convocations (CGCT L2121-10)', () => {
  it.each([
    ['2026-10-12', false, true],
    ['2026-10-15', false, false],
    ['2026-10-15', true, false],
    ['2026-10-14', true, true],
  ])('sent %s for 2026-10-16 (urgency %s) → in time %s', (sent, urgency, inTime) => {
    expect(isSupplementaryItemInTime(sent, '2026-10-16', { population: 1_200, urgency })).toBe(inTime);
  });
});

describe('channel (CGCT L2121-10)', () => {
  it.each([
    ['dematerialisee', false, { expected: 'dematerialisee', matchesLaw: true, breach: false }],
    ['papier', true, { expected: 'papier', matchesLaw: true, breach: false }],
    ['dematerialisee', true, { expected: 'papier', matchesLaw: false, breach: true }],
    ['papier', false, { expected: 'dematerialisee', matchesLaw: false, breach: false }],
  ] as const)('%s when paper requested is %s', (actual, requestedPaper, expected) => {
    expect(checkConvocationChannel(actual, requestedPaper)).toEqual(expected);
  });
});

describe('content and formalities', () => {
  const complete = { date: '2026-10-16', time: '20 h 30', place: 'salle du conseil', agenda: ['Budget'] };

  it('finds nothing missing in a complete convocation under 3 500 inhabitants', () => {
    expect(missingConvocationContent(complete, 1_200)).toEqual([]);
  });

  it('asks for the note explicative de synthèse from 3 500 inhabitants only', () => {
    expect(missingConvocationContent(complete, 3_499)).toEqual([]);
    expect(missingConvocationContent(complete, 3_500).map((m) => m.element)).toEqual([
      'noteExplicativeDeSynthese',
    ]);
    expect(missingConvocationContent({ ...complete, noteExplicativeDeSynthese: true }, 3_500)).toEqual([]);
  });

  it('lists every missing element with its reference', () => {
    const missing = missingConvocationContent({ time: '  ', agenda: [''] }, 1_200);
    expect(missing.map((m) => m.element)).toEqual(['date', 'heure', 'lieu', 'ordreDuJour']);
    expect(missing.find((m) => m.element === 'ordreDuJour')).toMatchObject({
      reference: 'CGCT L2121-10',
      confidence: 'C',
    });
  });

  it('checks the register and the display', () => {
    expect(
      missingConvocationFormalities({
        madeByMaire: true,
        mentionedInRegister: true,
        displayedOrPublished: true,
      }),
    ).toEqual([]);
    expect(
      missingConvocationFormalities({
        madeByMaire: false,
        mentionedInRegister: false,
        displayedOrPublished: false,
      }),
    ).toHaveLength(3);
  });
});

describe('earliestMeetingDate (CGCT L2121-11, L2121-17)', () => {
  it.each([
    // sent, context, earliest meeting
    ['2027-04-01', { population: 1_200, secondConvocation: true }, '2027-04-05'],
    ['2027-04-01', { population: 1_200 }, '2027-04-05'],
    ['2027-04-01', { population: 1_200, urgency: true }, '2027-04-03'],
    ['2027-04-01', { population: 3_500 }, '2027-04-07'],
    ['2027-04-01', { population: 5_000, secondConvocation: true }, '2027-04-05'],
    ['2027-02-26', { population: 1_200 }, '2027-03-02'],
    ['2028-02-26', { population: 1_200 }, '2028-03-01'],
    ['2026-12-30', { population: 1_200, urgency: true }, '2027-01-01'],
  ])('sent %s with %o → meeting on %s at the earliest', (sent, context, earliest) => {
    expect(earliestMeetingDate(sent, context)).toBe(earliest);
  });

  it('is the inverse of the latest sending date, and the earliest meeting is in time', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 18_000, max: 25_000 }),
        fc.boolean(),
        fc.boolean(),
        (day, urgency, secondConvocation) => {
          const sent = fromDayNumber(day);
          const context = { population: 1_200, urgency, secondConvocation };
          const meeting = earliestMeetingDate(sent, context);
          const { requiredFullDays } = convocationDelay(context);
          expect(latestSendDate(meeting, requiredFullDays)).toBe(sent);
          expect(isConvocationInTime(sent, meeting, requiredFullDays)).toBe(true);
          expect(isConvocationInTime(sent, addDays(meeting, -1), requiredFullDays)).toBe(false);
        },
      ),
    );
  });
});
