import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  isIsoDate,
  makeIsoDate,
  weekday,
  type Weekday,
} from '../../../../../src/core/dates';
import {
  FRIDAY,
  PUBLISHED_CALENDARS,
  WEDNESDAY,
  inscriptionDeadline,
  nthDayBefore,
  nthWeekdayBefore,
  parseListeElectoraleCase,
} from '../../../../../src/core/rules/liste-electorale';

/** Any Sunday from 1990 to 2100. */
const sunday = fc.integer({ min: 0, max: 5_700 }).map((weeks) => addDays('1990-01-07', weeks * 7));

describe('scrutin calendar', () => {
  it('agrees with every published date (fiche §3.1, APVF 2026)', () => {
    for (const calendar of PUBLISHED_CALENDARS) {
      expect(inscriptionDeadline(calendar.scrutinDate, 'mairie', false).date).toBe(
        calendar.inscriptionMairie,
      );
      expect(inscriptionDeadline(calendar.scrutinDate, 'en-ligne', false).date).toBe(
        calendar.inscriptionEnLigne,
      );
      expect(inscriptionDeadline(calendar.scrutinDate, 'mairie', true).date).toBe(calendar.inscriptionL30);
      expect(nthDayBefore(calendar.scrutinDate, 24)).toBe(calendar.commissionFrom);
      expect(nthDayBefore(calendar.scrutinDate, 21)).toBe(calendar.commissionUntil);
    }
  });

  it('the 6th Friday before a Sunday is a Friday, 37 days before; the 6th Wednesday, 39 days', () => {
    fc.assert(
      fc.property(sunday, (scrutin) => {
        const friday = nthWeekdayBefore(scrutin, FRIDAY, 6);
        const wednesday = nthWeekdayBefore(scrutin, WEDNESDAY, 6);
        expect(weekday(friday)).toBe(FRIDAY);
        expect(daysBetween(friday, scrutin)).toBe(37);
        expect(weekday(wednesday)).toBe(WEDNESDAY);
        expect(daysBetween(wednesday, scrutin)).toBe(39);
      }),
    );
  });

  it('the n-th weekday before a date is strictly before it and exactly n such days back', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60_000 }),
        fc.constantFrom<Weekday>(0, 1, 2, 3, 4, 5, 6),
        fc.integer({ min: 1, max: 10 }),
        (dayNumber, day, n) => {
          const date = addDays('1970-01-01', dayNumber);
          const found = nthWeekdayBefore(date, day, n);
          expect(weekday(found)).toBe(day);
          const gap = daysBetween(found, date);
          expect(gap).toBeGreaterThan(7 * (n - 1));
          expect(gap).toBeLessThanOrEqual(7 * n);
        },
      ),
    );
  });

  it('the online deadline is always two days before the mairie one; L30 always later', () => {
    fc.assert(
      fc.property(sunday, (scrutin) => {
        const mairie = inscriptionDeadline(scrutin, 'mairie', false).date;
        expect(daysBetween(inscriptionDeadline(scrutin, 'en-ligne', false).date, mairie)).toBe(2);
        expect(inscriptionDeadline(scrutin, 'courrier', true).date > mairie).toBe(true);
      }),
    );
  });

  it('any valid Sunday parses as a scrutin date; every valid date parses as a demand date', () => {
    fc.assert(
      fc.property(
        sunday,
        fc.integer({ min: 1900, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (scrutinDate, year, month, day) => {
          const demandeDate = makeIsoDate(year, month, day);
          const parsed = parseListeElectoraleCase({
            kind: 'inscription',
            scrutinDate,
            demandeDate,
            canal: 'mairie',
            casL30: false,
          });
          expect(parsed.ok).toBe(isIsoDate(demandeDate));
        },
      ),
    );
  });
});
