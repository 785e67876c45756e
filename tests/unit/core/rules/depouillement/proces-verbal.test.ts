import { describe, expect, it } from 'vitest';
import {
  PV_CHECKLIST,
  checkProcesVerbal,
  compareUrnWithEmargements,
  type PvContext,
  type PvRecord,
} from '../../../../../src/core/rules/depouillement';

const done: PvRecord = {
  ecartMentioned: true,
  blancsAnnexed: true,
  nulsAnnexedWithCause: true,
  observationsMade: true,
  observationsRecorded: true,
  copies: 2,
  signedByAllMembers: true,
  proclaimedInPublic: true,
  postedInRoom: true,
  otherBallotsDestroyedBeforeElectors: true,
  transmitted: true,
};
const withEcart: PvContext = { comparison: compareUrnWithEmargements(412, 411, 0), blancs: 3, nuls: 2 };
const clean: PvContext = { comparison: compareUrnWithEmargements(412, 412, 0), blancs: 0, nuls: 0 };
const byRule = (record: PvRecord, context: PvContext) =>
  Object.fromEntries(checkProcesVerbal(record, context).map((c) => [c.rule, c]));

describe('checkProcesVerbal (L65, L66, R68; R52, R67, R70 uncertain)', () => {
  it('checks every item of the checklist but the figures', () => {
    expect(checkProcesVerbal(done, withEcart).map((c) => c.rule)).toEqual(
      PV_CHECKLIST.filter((r) => r !== 'pv.resultats'),
    );
    expect(checkProcesVerbal(done, withEcart).every((c) => c.passed)).toBe(true);
  });

  it.each<[string, Partial<PvRecord>, string]>([
    ['écart not mentioned', { ecartMentioned: false }, 'pv.mention-ecart'],
    ['blancs not annexed', { blancsAnnexed: false }, 'pv.blancs-annexes'],
    ['nuls not annexed with their cause', { nulsAnnexedWithCause: false }, 'pv.nuls-annexes'],
    [
      'ballots not destroyed before the electors',
      { otherBallotsDestroyedBeforeElectors: false },
      'pv.destruction',
    ],
  ])('a certain breach: %s', (_label, change, rule) => {
    const check = byRule({ ...done, ...change }, withEcart)[rule];
    expect(check).toMatchObject({ passed: false, uncertain: false });
  });

  it.each<[string, Partial<PvRecord>, string]>([
    ['one copy', { copies: 1 }, 'pv.deux-exemplaires'],
    ['a missing signature', { signedByAllMembers: false }, 'pv.signatures'],
    ['observations left out', { observationsRecorded: false }, 'pv.observations'],
    ['no proclamation', { proclaimedInPublic: false }, 'pv.proclamation'],
    ['no posting', { postedInRoom: false }, 'pv.affichage'],
    ['no transmission', { transmitted: false }, 'pv.transmission'],
  ])('an uncertain point, exposed but flagged: %s', (_label, change, rule) => {
    expect(byRule({ ...done, ...change }, withEcart)[rule]).toMatchObject({ passed: false, uncertain: true });
  });

  it('asks for nothing that is not due: no écart, no blanc, no nul, no observation', () => {
    const record: PvRecord = {
      ...done,
      ecartMentioned: false,
      blancsAnnexed: false,
      nulsAnnexedWithCause: false,
      observationsMade: false,
      observationsRecorded: false,
    };
    expect(checkProcesVerbal(record, clean).every((c) => c.passed)).toBe(true);
  });

  it('asks for the mention when only the envelopes differ (a loose ballot fills the gap)', () => {
    const context: PvContext = { comparison: compareUrnWithEmargements(412, 411, 1), blancs: 0, nuls: 1 };
    const check = byRule({ ...done, ecartMentioned: false }, context)['pv.mention-ecart'];
    expect(check?.passed).toBe(false);
    expect(check?.message).toContain('enveloppes seules\u00a0: -1');
  });
});
