import { describe, expect, it } from 'vitest';
import {
  decideReunionCommission,
  parseListeElectoraleCase,
} from '../../../../../src/core/rules/liste-electorale';

describe('kind reunion-commission (code électoral L19 III: from the 24th to the 21st day before)', () => {
  it('15 March 2026: 19 to 22 February 2026, the published window (APVF), certain', () => {
    expect(decideReunionCommission({ kind: 'reunion-commission', scrutinDate: '2026-03-15' })).toMatchObject({
      auPlusTot: '2026-02-19',
      auPlusTard: '2026-02-22',
      references: ['code électoral L19'],
      confidence: 'C',
    });
  });

  it.each([
    ['second round 22 March 2026: computed, not published', '2026-03-22', '2026-02-26', '2026-03-01'],
    [
      'year end: scrutin 24 January 2027, window across the new year',
      '2027-01-24',
      '2026-12-31',
      '2027-01-03',
    ],
    [
      'leap year: 24th day before Sunday 24 March 2024 is 29 February',
      '2024-03-24',
      '2024-02-29',
      '2024-03-03',
    ],
    [
      'leap year: 21st day before Sunday 21 March 2032 is 29 February',
      '2032-03-21',
      '2032-02-26',
      '2032-02-29',
    ],
    ['month end: scrutin 11 April 2027', '2027-04-11', '2027-03-18', '2027-03-21'],
  ] as const)('%s (uncertain day count, §6.6)', (_point, scrutinDate, auPlusTot, auPlusTard) => {
    const result = decideReunionCommission({ kind: 'reunion-commission', scrutinDate });
    expect(result).toMatchObject({ auPlusTot, auPlusTard, confidence: 'M' });
    expect(result.regleDeCalcul).toContain('jours calendaires');
  });

  it.each([
    ['impossible date', '2027-02-29', 'impossible'],
    ['a Saturday', '2026-03-14', 'dimanche'],
    ['a French date', '15/03/2026', 'AAAA-MM-JJ'],
  ])('malformed: %s', (_point, scrutinDate, message) => {
    const parsed = parseListeElectoraleCase({ kind: 'reunion-commission', scrutinDate });
    expect(!parsed.ok && parsed.error).toContain(message);
  });
});
