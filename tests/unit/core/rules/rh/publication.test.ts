import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, fromDayNumber, toDayNumber } from '../../../../../src/core/dates';
import { rhError, runRh } from './helpers';

const publication = (publicationDate: string, nominationDate: string, urgence = false) => ({
  kind: 'publication',
  publicationDate,
  nominationDate,
  urgence,
});

describe('publication — publicationSuffisante (CGFP L313-4, D311-2: one month, save urgency)', () => {
  it.each([
    [
      'case §8.7: published 1 September, nomination 8 September, no urgency → too early',
      '2026-09-01',
      '2026-09-08',
      false,
      false,
      'C',
    ],
    ['published 1 September, nomination 2 October → enough', '2026-09-01', '2026-10-02', false, true, 'C'],
    [
      'nomination 1 October: a month « de quantième à quantième », not in jours francs → M',
      '2026-09-01',
      '2026-10-01',
      false,
      true,
      'M',
    ],
    ['urgency waives the month: 8 September → enough', '2026-09-01', '2026-09-08', true, true, 'C'],
    ['urgency, nomination the day of publication → enough', '2026-09-01', '2026-09-01', true, true, 'C'],
    [
      'nomination before any publication → illegal, urgency or not (L313-4)',
      '2026-09-10',
      '2026-09-01',
      true,
      false,
      'C',
    ],
    ['month end: 31 January 2027 → 28 February (clamped) → M', '2027-01-31', '2027-02-28', false, true, 'M'],
    ['leap year: 31 January 2028 → 29 February 2028 → M', '2028-01-31', '2028-02-29', false, true, 'M'],
    [
      'year end: 15 December 2026 → 14 January 2027 → too early',
      '2026-12-15',
      '2027-01-14',
      false,
      false,
      'C',
    ],
    ['year end: 15 December 2026 → 18 January 2027 → enough', '2026-12-15', '2027-01-18', false, true, 'C'],
  ])('%s', (_point, published, nominated, urgence, expected, confidence) => {
    expect(runRh(publication(published, nominated, urgence))).toMatchObject({
      publicationSuffisante: expected,
      confidence,
      references: ['CGFP L313-4', 'CGFP D311-2'],
    });
  });

  it('states the counting rule it used and its source', () => {
    const [note] = runRh(publication('2026-09-01', '2026-09-08')).delais as {
      regle: string;
      source: string;
      date: string;
    }[];
    expect(note).toMatchObject({ date: '2026-10-01', source: expect.stringContaining('CGFP D311-2') });
    expect(note?.regle).toContain('quantième à quantième');
  });

  it('any two real dates parse, and a nomination two months after publication is always enough', () => {
    const day = fc
      .integer({ min: toDayNumber('2024-01-01'), max: toDayNumber('2032-12-31') })
      .map(fromDayNumber);
    fc.assert(
      fc.property(day, fc.integer({ min: 62, max: 365 }), (published, gap) => {
        const out = runRh(publication(published, addDays(published, gap)));
        return out.publicationSuffisante === true && out.confidence === 'C';
      }),
    );
  });

  it.each([
    ['impossible date 2026-02-30', publication('2026-02-30', '2026-04-01'), 'date réelle'],
    ['date written 01/09/2026', publication('01/09/2026', '2026-10-02'), 'date réelle'],
    ['urgency as text', { ...publication('2026-09-01', '2026-10-02'), urgence: 'non' }, 'booléen attendu'],
    [
      'missing nomination date',
      { kind: 'publication', publicationDate: '2026-09-01', urgence: false },
      'nominationDate',
    ],
  ])('malformed: %s', (_point, raw, fragment) => {
    expect(rhError(raw)).toContain(fragment);
  });
});
