import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEMANDES,
  DELAI_DROIT_COMMUN_MOIS,
  decideDelai,
  type Confidence,
  type Demande,
} from '../../../../../src/core/rules/urbanisme';
import { BASE, run } from './helpers';

describe('délai de droit commun (R423-23; R410-12 for the certificats)', () => {
  it.each<[string, Demande, number]>([
    ['R423-23 — DP: 1 month', 'DP', 1],
    ['R423-23 — PCMI (maison individuelle): 2 months', 'PCMI', 2],
    ['R423-23 — permis de démolir: 2 months', 'PD', 2],
    ['R423-23 — other permis de construire: 3 months', 'PC', 3],
    ['R423-23 — permis d’aménager: 3 months', 'PA', 3],
    ['R410-12 — certificat d’information: 1 month', 'CUa', 1],
    ['R410-12 — certificat opérationnel: 2 months', 'CUb', 2],
  ])('%s', (_point, demande, mois) => {
    const result = run({ ...BASE, demande });
    expect(result.delaiMois).toBe(mois);
    expect(result.delaiDroitCommunMois).toBe(mois);
    expect(result.confidenceDetail.delaiMois).toBe('C');
  });
});

type MajorationRow = [string, Demande, boolean, string | undefined, number, boolean, Confidence];

describe('majoration aux abords d’un monument historique (R423-24, R423-42)', () => {
  it.each<MajorationRow>([
    [
      'R423-24 — game case 3: DP in the abords, majoration notified on day 15 → 2 months',
      'DP',
      true,
      '2026-03-17',
      2,
      true,
      'C',
    ],
    [
      'R423-42 — game case 3: DP in the abords, nothing notified → stays 1 month',
      'DP',
      true,
      undefined,
      1,
      false,
      'C',
    ],
    [
      'R423-24 — PCMI in the abords, notified in the month → 3 months',
      'PCMI',
      true,
      '2026-03-20',
      3,
      true,
      'C',
    ],
    ['R423-24 — PC in the abords → 4 months', 'PC', true, '2026-04-02', 4, true, 'C'],
    ['R423-24 — PA in the abords → 4 months', 'PA', true, '2026-03-04', 4, true, 'C'],
    ['R423-24 — PD in the abords → 3 months', 'PD', true, '2026-03-03', 3, true, 'C'],
    [
      'R423-42 — notified on the limit day (3 April): counted in the month, marked M',
      'DP',
      true,
      '2026-04-03',
      2,
      true,
      'M',
    ],
    [
      'R423-42 — notified Saturday 4 April, the limit (Friday 3) being a working day: late under any count',
      'DP',
      true,
      '2026-04-04',
      1,
      false,
      'C',
    ],
    ['R423-42 — notified on 10 April: late, not opposable', 'DP', true, '2026-04-10', 1, false, 'C'],
    [
      'CE 24 octobre 2023 — majoration without a motif of R423-24 in the case: no effect, P',
      'DP',
      false,
      '2026-03-17',
      1,
      false,
      'P',
    ],
    [
      'R410-12 — a certificat has no majoration, even in the abords (P: not in the sheet’s words)',
      'CUb',
      true,
      '2026-03-17',
      2,
      false,
      'P',
    ],
  ])('%s', (_point, demande, abords, notifiee, mois, opposable, confidence) => {
    const result = run({
      ...BASE,
      demande,
      abordsMonumentHistorique: abords,
      ...(notifiee === undefined ? {} : { majorationNotifieeDate: notifiee }),
    });
    expect(result.delaiMois).toBe(mois);
    expect(result.majorationOpposable).toBe(opposable);
    expect(result.confidenceDetail.delaiMois).toBe(confidence);
  });

  it.each<[string, string, string, number, Confidence]>([
    // 31 January + 1 month is clamped to 28 February in 2026, 29 February in 2028 (leap year).
    [
      'R423-42 — month end: dépôt 31 January 2026, notified 28 February (limit, M)',
      '2026-01-31',
      '2026-02-28',
      2,
      'M',
    ],
    [
      'R423-42 — month end: dépôt 31 January 2026, notified 1 March: late (day after limit, M)',
      '2026-01-31',
      '2026-03-01',
      1,
      'M',
    ],
    [
      'R423-42 — month end: dépôt 31 January 2026, notified 27 February: in time',
      '2026-01-31',
      '2026-02-27',
      2,
      'C',
    ],
    [
      'R423-42 — leap year: dépôt 31 January 2028, notified 29 February (limit, M)',
      '2028-01-31',
      '2028-02-29',
      2,
      'M',
    ],
    [
      'R423-42 — leap year: dépôt 29 January 2028, notified 28 February: in time',
      '2028-01-29',
      '2028-02-28',
      2,
      'C',
    ],
    [
      'R423-42 — year end: dépôt 15 December 2026, notified 14 January 2027: in time',
      '2026-12-15',
      '2027-01-14',
      2,
      'C',
    ],
    [
      'R423-42 — year end: dépôt 31 December 2026, notified 2 February 2027: late',
      '2026-12-31',
      '2027-02-02',
      1,
      'C',
    ],
    // Limit Saturday 2 May 2026 (dépôt 2 April): Monday 4 May would be in time under a carry rule no text gives: M.
    [
      'R423-42 — weekend: limit on Saturday 2 May 2026, notified Monday 4 May: late but M',
      '2026-04-02',
      '2026-05-04',
      1,
      'M',
    ],
    [
      'R423-42 — weekend: limit on Saturday 2 May 2026, notified Tuesday 5 May: late, C',
      '2026-04-02',
      '2026-05-05',
      1,
      'C',
    ],
  ])('%s', (_point, depotDate, notifiee, mois, confidence) => {
    const result = decideDelai({
      demande: 'DP',
      depotDate,
      abordsMonumentHistorique: true,
      majorationNotifieeDate: notifiee,
    });
    expect(result.delaiMois).toBe(mois);
    expect(result.confidence).toBe(confidence);
  });

  it('R423-24 — the majoration adds exactly one month to any request but a certificat (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...DEMANDES), fc.integer({ min: 0, max: 27 }), (demande, offset) => {
        const notifiee = `2026-03-${String(3 + offset).padStart(2, '0')}`;
        const result = decideDelai({
          demande,
          depotDate: '2026-03-03',
          abordsMonumentHistorique: true,
          majorationNotifieeDate: notifiee,
        });
        const certificat = demande === 'CUa' || demande === 'CUb';
        expect(result.delaiMois).toBe(DELAI_DROIT_COMMUN_MOIS[demande] + (certificat ? 0 : 1));
      }),
    );
  });
});
