import { describe, expect, it } from 'vitest';
import {
  individualDecisionTransmissionDeadline,
  prefectCommunicationRequestDeadline,
  prefectDeferralWindow,
  transmissionToPrefect,
  type CommuneAct,
} from '../../../../../src/core/rules/conseil/legality-control';

describe('acts transmitted to the préfet (CGCT L2131-2)', () => {
  it.each<[CommuneAct, boolean, boolean]>([
    [{ kind: 'deliberation' }, true, false],
    [{ kind: 'deliberation', exception: null }, true, false],
    [{ kind: 'deliberation', exception: 'voirie' }, false, false],
    [{ kind: 'decisionParDelegation', exception: 'centreDeGestion' }, false, false],
    [{ kind: 'decisionParDelegation' }, true, false],
    [{ kind: 'police', subject: 'general' }, true, false],
    [{ kind: 'police', subject: 'circulationStationnement' }, false, false],
    [{ kind: 'police', subject: 'debitBoissonsAssociation' }, false, true],
    [{ kind: 'personnel' }, true, false],
    [{ kind: 'marche', amountHT: 215_999 }, false, true],
    [{ kind: 'marche', amountHT: 216_000 }, true, true],
    [{ kind: 'empruntOuConcession' }, true, true],
    [{ kind: 'reglementaireAutre' }, true, true],
    [{ kind: 'urbanisme' }, true, true],
    [{ kind: 'autre' }, false, false],
  ])('%o → transmissible %s (uncertain %s)', (act, transmissible, uncertain) => {
    const decision = transmissionToPrefect(act);
    expect(decision).toMatchObject({ transmissible, uncertain, reference: 'CGCT L2131-2' });
    expect(decision.note).not.toBe('');
  });

  it('writes the market threshold the French way', () => {
    expect(transmissionToPrefect({ kind: 'marche', amountHT: 1 }).note).toContain('216\u202f000\u00a0€ HT');
  });

  it('gives the 15-day transmission of individual decisions as uncertain information only', () => {
    expect(individualDecisionTransmissionDeadline('2026-12-20')).toMatchObject({
      uncertain: true,
      value: '2027-01-04',
      reference: 'CGCT L2131-2',
    });
  });
});

describe('déféré préfectoral (CGCT L2131-6)', () => {
  it.each([
    // transmitted, day of the check, status, nominal end, latest possible end
    ['2026-10-20', '2026-12-20', 'ouvert', '2026-12-20', '2026-12-21'],
    ['2026-10-20', '2026-12-21', 'incertain', '2026-12-20', '2026-12-21'],
    ['2026-10-20', '2026-12-22', 'forclos', '2026-12-20', '2026-12-21'],
    ['2026-12-31', '2027-02-28', 'ouvert', '2027-02-28', '2027-03-01'],
    ['2026-12-31', '2027-03-02', 'forclos', '2027-02-28', '2027-03-01'],
    ['2026-10-24', '2026-12-26', 'incertain', '2026-12-24', '2026-12-28'],
    ['2026-10-20', '2026-10-21', 'ouvert', '2026-12-20', '2026-12-21'],
  ])('transmitted %s, on %s → %s', (transmitted, on, status, nominal, latest) => {
    expect(prefectDeferralWindow(transmitted, on)).toEqual({
      status,
      nominalDeadline: nominal,
      latestPossibleDeadline: latest,
      reference: 'CGCT L2131-6',
    });
  });

  it('lets the préfet ask for a non-transmitted act within two months (CGCT L2131-3)', () => {
    expect(prefectCommunicationRequestDeadline('2026-11-30')).toBe('2027-01-30');
  });
});
