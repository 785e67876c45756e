import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromDayNumber, toDayNumber } from '../../../../../src/core/dates';
import {
  decideConcession,
  isDureeLegale,
  type ConcessionCase,
  type Confidence,
} from '../../../../../src/core/rules/funeraire';

function concession(fields: Omit<ConcessionCase, 'kind'>): ConcessionCase {
  return { kind: 'concession', ...fields };
}

describe('kind « concession » — durées (CGCT L2223-14)', () => {
  it.each<[string, number | 'perpetuelle', boolean]>([
    ['L2223-14 — temporary: 1 year is a temporary concession of at most 15 years', 1, true],
    ['L2223-14 — temporary: 10 years', 10, true],
    ['L2223-14 — temporary: 15 years exactly, the ceiling', 15, true],
    ['L2223-14 — 16 years: above the temporary ceiling, not 30', 16, false],
    ['L2223-14 — 20 years: no such duration', 20, false],
    ['L2223-14 — 30 years (trentenaire)', 30, true],
    ['L2223-14 — 50 years (cinquantenaire)', 50, true],
    ['L2223-14 — 99 years: no such duration', 99, false],
    ['L2223-14 — 100 years (centenaire): not a duration the commune may grant today', 100, false],
    ['L2223-14 — perpetual', 'perpetuelle', true],
  ])('%s', (_point, duree, legale) => {
    expect(isDureeLegale(duree)).toBe(legale);
  });
});

type RenewalRow = [string, Omit<ConcessionCase, 'kind'>, boolean, string | null, Confidence];

describe('kind « concession » — renouvellement et reprise (CGCT L2223-15)', () => {
  it.each<RenewalRow>([
    [
      'L2223-15 — game case 5: 30 years expired 1 June 2025, asked November 2026 → no reprise, renewal until June 2027',
      { dureeAns: 30, acteDate: '1995-06-01', echeanceDate: '2025-06-01', questionDate: '2026-11-16' },
      false,
      '2027-06-01',
      'C',
    ],
    [
      'L2223-15 — on the last day of the 2 years: renewal still open, no reprise (M, day-exact)',
      { dureeAns: 30, acteDate: '1995-06-01', echeanceDate: '2025-06-01', questionDate: '2027-06-01' },
      false,
      '2027-06-01',
      'M',
    ],
    [
      'L2223-15 — the day after the 2 years: reprise possible (M, day-exact)',
      { dureeAns: 30, acteDate: '1995-06-01', echeanceDate: '2025-06-01', questionDate: '2027-06-02' },
      true,
      '2027-06-01',
      'M',
    ],
    [
      'L2223-15 — a week after the 2 years: reprise possible',
      { dureeAns: 30, acteDate: '1995-06-01', echeanceDate: '2025-06-01', questionDate: '2027-06-09' },
      true,
      '2027-06-01',
      'C',
    ],
    [
      'L2223-15 — still running: no reprise; the term computed from the acte is P',
      { dureeAns: 15, acteDate: '2020-03-10', questionDate: '2026-11-16' },
      false,
      '2037-03-10',
      'P',
    ],
    [
      'L2223-15 — leap day: 15 years from 29 February 2012 → 28 February 2027, renewal until 28 February 2029',
      { dureeAns: 15, acteDate: '2012-02-29', questionDate: '2026-11-16' },
      false,
      '2029-02-28',
      'P',
    ],
    [
      'L2223-15 — year end: 50 years from 31 December 1976 → renewal until 31 December 2028',
      { dureeAns: 50, acteDate: '1976-12-31', questionDate: '2026-12-07' },
      false,
      '2028-12-31',
      'P',
    ],
    [
      'L2223-15 — perpetual: no term, no reprise for non-renewal',
      { dureeAns: 'perpetuelle', acteDate: '1950-01-01', questionDate: '2026-11-16' },
      false,
      null,
      'C',
    ],
    [
      'L2223-14 — illegal duration of 20 years: computed, but M',
      { dureeAns: 20, acteDate: '2000-01-01', questionDate: '2026-11-16' },
      true,
      '2022-01-01',
      'M',
    ],
  ])('%s', (_point, fields, reprise, jusquau, confidence) => {
    const result = decideConcession(concession(fields));
    expect(result.reprisePourNonRenouvellementPossible).toBe(reprise);
    expect(result.renouvellementPossibleJusquau).toBe(jusquau);
    expect(result.confidenceDetail.reprisePourNonRenouvellementPossible).toBe(confidence);
    if (fields.dureeAns !== 'perpetuelle') expect(result.references).toContain('CGCT L2223-15');
  });

  it('L2223-15 — never a reprise before the 2 years are over (property)', () => {
    const day = fc.integer({ min: toDayNumber('1900-01-01'), max: toDayNumber('2060-12-31') });
    fc.assert(
      fc.property(
        day,
        fc.constantFrom(5, 10, 15, 30, 50),
        fc.integer({ min: 0, max: 30_000 }),
        (d, duree, later) => {
          const acteDate = fromDayNumber(d);
          const questionDate = fromDayNumber(d + later);
          const result = decideConcession(concession({ dureeAns: duree, acteDate, questionDate }));
          const jusquau = result.renouvellementPossibleJusquau ?? '';
          expect(result.reprisePourNonRenouvellementPossible).toBe(questionDate > jusquau);
        },
      ),
    );
  });
});

type AbandonRow = [string, Omit<ConcessionCase, 'kind'>, boolean, string | null, Confidence];

describe('kind « concession » — reprise pour état d’abandon (CGCT L2223-17, R2223-12)', () => {
  it.each<AbandonRow>([
    [
      'L2223-17 — game case 6: perpetual granted in 2000 → impossible before 2030',
      { dureeAns: 'perpetuelle', acteDate: '2000-05-10', questionDate: '2026-11-16' },
      false,
      '2030-05-11',
      'C',
    ],
    [
      'L2223-17 — perpetual of 1950, no burial given: possible',
      { dureeAns: 'perpetuelle', acteDate: '1950-05-10', questionDate: '2026-11-16' },
      true,
      '1980-05-11',
      'C',
    ],
    [
      'R2223-12 — perpetual of 1950, last burial in 2020: impossible before 2030',
      {
        dureeAns: 'perpetuelle',
        acteDate: '1950-05-10',
        derniereInhumationDate: '2020-03-02',
        questionDate: '2026-11-16',
      },
      false,
      '2030-03-03',
      'C',
    ],
    [
      'R2223-12 — last burial exactly 10 years before: « plus de 10 ans » not yet met (M)',
      {
        dureeAns: 'perpetuelle',
        acteDate: '1950-05-10',
        derniereInhumationDate: '2016-11-16',
        questionDate: '2026-11-16',
      },
      false,
      '2026-11-17',
      'M',
    ],
    [
      'L2223-17 — acte of 29 February 1996: 30 years on 28 February 2026, possible from 1 March (M)',
      { dureeAns: 'perpetuelle', acteDate: '1996-02-29', questionDate: '2026-03-01' },
      true,
      '2026-03-01',
      'M',
    ],
    [
      'L2223-17 — 50 years still running, 31 years since the acte: possible',
      { dureeAns: 50, acteDate: '1995-01-15', questionDate: '2026-11-16' },
      true,
      '2025-01-16',
      'C',
    ],
    [
      'L2223-15 — expired 30 years: the renewal regime applies, not the abandon procedure (P)',
      { dureeAns: 30, acteDate: '1995-06-01', echeanceDate: '2025-06-01', questionDate: '2026-11-16' },
      false,
      null,
      'P',
    ],
  ])('%s', (_point, fields, possible, from, confidence) => {
    const result = decideConcession(concession(fields));
    expect(result.procedureAbandonPossible).toBe(possible);
    expect(result.procedureAbandonPossibleAPartirDu).toBe(from);
    expect(result.confidenceDetail.procedureAbandonPossible).toBe(confidence);
    expect(result.references).toEqual(expect.arrayContaining(['CGCT L2223-17', 'CGCT R2223-12']));
  });
});
