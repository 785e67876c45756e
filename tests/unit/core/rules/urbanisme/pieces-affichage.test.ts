import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, daysBetween, fromDayNumber, toDayNumber } from '../../../../../src/core/dates';
import {
  checkAffichageDepot,
  checkWithinOneMonth,
  isScorableAsLaw,
  decideAffichageDepot,
  decidePieces,
  type Confidence,
  type Demande,
} from '../../../../../src/core/rules/urbanisme';
import { BASE, run } from './helpers';

type PiecesRow = [string, Demande, string, string | undefined, boolean | null, string, Confidence];

describe('demande de pièces (R423-38, R423-39, R423-41, R423-22)', () => {
  it.each<PiecesRow>([
    [
      'R423-22 — no request: null, the file is deemed complete',
      'PCMI',
      '2026-03-03',
      undefined,
      null,
      'R423-22',
      'C',
    ],
    [
      'R423-41 — game case 2: PCMI filed 3 March, piece asked 10 April → no effect',
      'PCMI',
      '2026-03-03',
      '2026-04-10',
      false,
      'R423-41',
      'C',
    ],
    [
      'R423-38 — asked within the month: the délai runs from the receipt',
      'PCMI',
      '2026-03-03',
      '2026-03-20',
      true,
      'R423-38',
      'C',
    ],
    ['R423-38 — asked on the dépôt day itself', 'DP', '2026-03-03', '2026-03-03', true, 'R423-38', 'C'],
    [
      'R423-38 — asked on the limit day (3 April): counted in time, M',
      'PC',
      '2026-03-03',
      '2026-04-03',
      true,
      'R423-38',
      'M',
    ],
    [
      'R423-41 — leap year: dépôt 31 January 2028, asked 1 March 2028 → late',
      'PA',
      '2028-01-31',
      '2028-03-01',
      false,
      'R423-41',
      'C',
    ],
    [
      'R423-38 — year end: dépôt 30 December 2026, asked 29 January 2027 → in time',
      'PD',
      '2026-12-30',
      '2027-01-29',
      true,
      'R423-38',
      'C',
    ],
    [
      'sheet §1.3 — a certificat: no rule in the sheet, null and M',
      'CUb',
      '2026-03-03',
      '2026-03-10',
      null,
      '',
      'M',
    ],
  ])('%s', (_point, demande, depot, asked, opposable, article, confidence) => {
    const decision = decidePieces(demande, depot, asked);
    expect(decision.piecesDemandeOpposable).toBe(opposable);
    if (article !== '') expect(decision.references).toContain(`code de l’urbanisme ${article}`);
    expect(decision.confidence).toBe(confidence);
  });

  it('R423-41 — a late request keeps the échéance counted from the dépôt; an opposable one has none', () => {
    expect(run({ ...BASE, piecesDemandeesDate: '2026-04-10' }).echeanceIndicative).toBe('2026-05-03');
    expect(run({ ...BASE, piecesDemandeesDate: '2026-03-10' }).echeanceIndicative).toBeNull();
  });
});

describe('« dans le mois » counted month to month (R423-38, R423-42)', () => {
  it.each<[string, string, string]>([
    ['month to month — 3 March → 3 April', '2026-03-03', '2026-04-03'],
    ['month end — 31 January 2026 → 28 February', '2026-01-31', '2026-02-28'],
    ['leap year — 31 January 2028 → 29 February', '2028-01-31', '2028-02-29'],
    ['leap day — 29 February 2028 → 29 March', '2028-02-29', '2028-03-29'],
    ['year end — 31 December 2026 → 31 January 2027', '2026-12-31', '2027-01-31'],
    ['30 days month — 31 March 2026 → 30 April', '2026-03-31', '2026-04-30'],
  ])('%s', (_point, depot, limite) => {
    expect(checkWithinOneMonth(depot, depot).limite).toBe(limite);
  });

  it('any date strictly before the limit is in the month, surely; any date two weeks after is late, surely', () => {
    const day = fc.integer({ min: toDayNumber('2017-01-01'), max: toDayNumber('2027-12-31') });
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 27 }), (depotDay, offset) => {
        const depot = fromDayNumber(depotDay);
        const inTime = checkWithinOneMonth(depot, addDays(depot, offset));
        expect(inTime).toMatchObject({ dansLeMois: true, confidence: 'C' });
        const late = checkWithinOneMonth(depot, addDays(inTime.limite, 14));
        expect(late).toMatchObject({ dansLeMois: false, confidence: 'C' });
      }),
    );
  });
});

describe('affichage de l’avis de dépôt (R423-6)', () => {
  it.each<[string, string, string]>([
    ['R423-6 — 15 calendar days, the dépôt day not counted: 3 March → 18 March', '2026-03-03', '2026-03-18'],
    ['R423-6 — no carry to Monday: dépôt 30 October 2026 → Saturday 14 November', '2026-10-30', '2026-11-14'],
    ['R423-6 — month end: 20 February 2026 → 7 March', '2026-02-20', '2026-03-07'],
    ['R423-6 — leap year: 20 February 2028 → 6 March', '2028-02-20', '2028-03-06'],
    ['R423-6 — year end: 24 December 2026 → 8 January 2027', '2026-12-24', '2027-01-08'],
  ])('%s', (_point, depot, limite) => {
    const decision = decideAffichageDepot('DP', depot);
    expect(decision.affichageDepotAvant).toBe(limite);
    expect(decision.references).toEqual(['code de l’urbanisme R423-6']);
    // The 15 days are sure; the day-exact count is among the sheet's uncertain points (§6.6).
    expect(decision.confidence).toBe('P');
  });

  it.each<[string, 'CUa' | 'CUb']>([
    ['R423-6 — a CUa is neither a permit nor a DP: no avis de dépôt, null (P)', 'CUa'],
    ['R423-6 — nor a CUb', 'CUb'],
  ])('%s', (_point, demande) => {
    expect(decideAffichageDepot(demande, '2026-03-03')).toMatchObject({
      affichageDepotAvant: null,
      confidence: 'P',
    });
  });

  it('R423-6 — the last day is always 15 days after the dépôt (property)', () => {
    const day = fc.integer({ min: toDayNumber('2017-01-01'), max: toDayNumber('2027-12-31') });
    fc.assert(
      fc.property(day, (depotDay) => {
        const depot = fromDayNumber(depotDay);
        const lastDay = decideAffichageDepot('DP', depot).affichageDepotAvant;
        expect(lastDay === null ? null : daysBetween(depot, lastDay)).toBe(15);
      }),
    );
  });
});

describe('a posting date checked against R423-6 (for a scenario that scores it)', () => {
  it.each<[string, string, boolean, Confidence]>([
    ['R423-6 — posted the day of the dépôt: in time', '2026-03-03', true, 'C'],
    ['R423-6 — posted on the 14th day: in time under any count', '2026-03-17', true, 'C'],
    [
      'R423-6 — posted on the 15th day: in time only if the dépôt day is not counted, M',
      '2026-03-18',
      true,
      'M',
    ],
    ['R423-6 — posted on the 16th day: late under any count', '2026-03-19', false, 'C'],
  ])('%s', (_point, posted, inTime, confidence) => {
    const check = checkAffichageDepot('2026-03-03', posted);
    expect(check).toEqual({ dansLeDelai: inTime, confidence });
    expect(isScorableAsLaw(check.confidence)).toBe(confidence !== 'M');
  });
});
