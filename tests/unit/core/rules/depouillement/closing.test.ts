import { describe, expect, it } from 'vitest';
import { checkClosing, minutesOfDay, type ClosingRecord } from '../../../../../src/core/rules/depouillement';

const good: ClosingRecord = {
  declaredClosingTime: '18:00',
  closingTimeOnPv: true,
  votesAfterClosing: [{ enteredBeforeClosing: true }],
  bureauMembers: ['Président', 'Assesseur 1', 'Assesseur 2', 'Secrétaire'],
  emargementSignedBy: ['Président', 'Assesseur 1', 'Assesseur 2', 'Secrétaire'],
  emargementsCounted: true,
  countStartedImmediately: true,
  countInPublic: true,
};
const failed = (record: ClosingRecord) =>
  checkClosing(record)
    .filter((c) => !c.passed)
    .map((c) => c.rule);

describe('minutesOfDay', () => {
  it.each([
    ['18:00', 1080],
    ['00:00', 0],
    ['23:59', 1439],
    ['8:00', null],
    ['24:00', null],
    ['18h00', null],
  ])('%s → %s', (time, minutes) => {
    expect(minutesOfDay(time)).toBe(minutes);
  });
});

describe('checkClosing (R41, R57, R62, R63)', () => {
  it('a regular closing passes every check, with its references', () => {
    const checks = checkClosing(good);
    expect(checks.every((c) => c.passed)).toBe(true);
    expect(checks.map((c) => c.reference)).toEqual([
      'code électoral R41',
      'code électoral R57',
      'code électoral R57',
      'code électoral R62',
      'code électoral R62',
      'code électoral R63',
    ]);
  });

  it.each<[string, Partial<ClosingRecord>, string[]]>([
    ['closing at 17:59', { declaredClosingTime: '17:59' }, ['cloture.heure']],
    ['closing at 18:05', { declaredClosingTime: '18:05' }, []],
    [
      'closing at 19:00 by prefectoral arrêté, declared 18:00',
      { legalClosingTime: '19:00' },
      ['cloture.heure'],
    ],
    ['closing never declared', { declaredClosingTime: null }, ['cloture.heure', 'cloture.constat-public']],
    ['closing time missing from the PV', { closingTimeOnPv: false }, ['cloture.constat-public']],
    [
      'a voter let in after the hour',
      { votesAfterClosing: [{ enteredBeforeClosing: false }] },
      ['cloture.votes-tardifs'],
    ],
    [
      'a member who did not sign',
      { emargementSignedBy: ['Président', 'Assesseur 1', 'Secrétaire'] },
      ['emargement.signature-bureau'],
    ],
    ['no bureau at all', { bureauMembers: [], emargementSignedBy: [] }, ['emargement.signature-bureau']],
    ['émargements not counted', { emargementsCounted: false }, ['emargement.denombrement']],
    ['a count behind closed doors', { countInPublic: false }, ['depouillement.sans-desemparer']],
    ['a count put off', { countStartedImmediately: false }, ['depouillement.sans-desemparer']],
  ])('%s', (_label, change, rules) => {
    expect(failed({ ...good, ...change })).toEqual(rules);
  });

  it('names the member who did not sign', () => {
    const check = checkClosing({ ...good, emargementSignedBy: ['Président'] }).find(
      (c) => c.rule === 'emargement.signature-bureau',
    );
    expect(check?.message).toContain('Assesseur 1, Assesseur 2, Secrétaire');
  });

  it('refuses an unreadable legal closing time', () => {
    expect(() => checkClosing({ ...good, legalClosingTime: '6 pm' })).toThrow(RangeError);
  });
});
