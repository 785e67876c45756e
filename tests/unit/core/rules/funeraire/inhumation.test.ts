import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { daysBetween, fromDayNumber, toDayNumber } from '../../../../../src/core/dates';
import { decideInhumation, type Confidence } from '../../../../../src/core/rules/funeraire';
import { run } from './helpers';

describe('kind « inhumation » — R2213-33 (décret 2024-790): 14th calendar day after the day of death', () => {
  it.each<[string, string, string, Confidence]>([
    [
      'R2213-33 — game case 4: death Saturday 7 November 2026 → Saturday 21 November',
      '2026-11-07',
      '2026-11-21',
      'C',
    ],
    [
      'R2213-33 — calendar days: death 18 October 2026 → Sunday 1 November (Toussaint), kept',
      '2026-10-18',
      '2026-11-01',
      'C',
    ],
    [
      'R2213-33 — a holiday limit is not carried either: death 17 April 2026 → Friday 1 May (fête du Travail)',
      '2026-04-17',
      '2026-05-01',
      'C',
    ],
    ['R2213-33 — month end: 20 January 2026 → 3 February', '2026-01-20', '2026-02-03', 'C'],
    ['R2213-33 — February of a common year: 20 February 2026 → 6 March', '2026-02-20', '2026-03-06', 'C'],
    [
      'R2213-33 — leap year: 20 February 2028 → 5 March (29 February counted)',
      '2028-02-20',
      '2028-03-05',
      'C',
    ],
    ['R2213-33 — death on 29 February 2028 → 14 March', '2028-02-29', '2028-03-14', 'C'],
    ['R2213-33 — year end: 25 December 2026 → 8 January 2027', '2026-12-25', '2027-01-08', 'C'],
    [
      'décret 2024-790 — death on 12 July 2024, its first day: « depuis » or « après »? M',
      '2024-07-12',
      '2024-07-26',
      'M',
    ],
    ['décret 2024-790 — death on 13 July 2024: new délai, C', '2024-07-13', '2024-07-27', 'C'],
  ])('%s', (_point, deces, auPlusTard, confidence) => {
    const result = decideInhumation({ kind: 'inhumation', decesDate: deces });
    expect(result.auPlusTard).toBe(auPlusTard);
    expect(result.references).toEqual(['CGCT R2213-33']);
    expect(result.confidence).toBe(confidence);
  });

  it.each<[string, string, boolean | null]>([
    ['R2213-33 — same day as the death: less than 24 hours, too early', '2026-11-07', false],
    ['R2213-33 — the day after: the hour of death decides the 24 hours, null', '2026-11-08', null],
    ['R2213-33 — two days after: in time', '2026-11-09', true],
    ['R2213-33 — on the 14th day: in time', '2026-11-21', true],
    ['R2213-33 — on the 15th day: only with a dérogation of the préfet', '2026-11-22', false],
  ])('%s', (_point, prevue, dansLeDelai) => {
    const result = run({ kind: 'inhumation', decesDate: '2026-11-07', inhumationPrevueDate: prevue });
    expect(result).toMatchObject({ kind: 'inhumation', inhumationPrevueDansLeDelai: dansLeDelai });
  });

  it('R2213-33 — the limit is always 14 days after the death, whatever the weekday (property)', () => {
    const day = fc.integer({ min: toDayNumber('2024-07-13'), max: toDayNumber('2100-12-31') });
    fc.assert(
      fc.property(day, (d) => {
        const deces = fromDayNumber(d);
        const result = decideInhumation({ kind: 'inhumation', decesDate: deces });
        expect(daysBetween(deces, result.auPlusTard)).toBe(14);
        expect(result.confidence).toBe('C');
      }),
    );
  });

  it('R2213-33 — the explanation says the rule used: calendar days, no carry, préfet beyond', () => {
    const { explication } = decideInhumation({ kind: 'inhumation', decesDate: '2026-11-07' });
    expect(explication).toContain('14e jour calendaire suivant celui du décès');
    expect(explication).toContain('sans report au jour ouvrable suivant');
    expect(explication).toContain('dérogation du préfet');
  });
});
