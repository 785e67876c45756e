import { describe, expect, it } from 'vitest';
import {
  checkExecutionStart,
  checkStandstill,
  reasonsCommunication,
  unsuccessfulBiddersInformation,
  type Procedure,
} from '../../../../../src/core/rules/commande-publique';

describe('information of the unsuccessful bidders (CCP R2181-1 to R2181-3)', () => {
  it('in a formalised procedure: reasons, winner, reasons for its choice, signature date', () => {
    const information = unsuccessfulBiddersInformation('formalisee');
    expect(information.references).toEqual(['CCP R2181-1', 'CCP R2181-3']);
    expect(information.contents).toHaveLength(4);
    expect(information.contents.join(' ; ')).toMatch(/nom de l’attributaire/);
  });

  it('in a procédure adaptée: the rejection, then the reasons on request within 15 days', () => {
    const information = unsuccessfulBiddersInformation('adaptee');
    expect(information.references).toEqual(['CCP R2181-1', 'CCP R2181-2']);
    expect(information.contents[1]).toMatch(/dans les 15 jours/);
  });

  it('without publicity nor competition: nothing to send', () => {
    expect(unsuccessfulBiddersInformation('sans_publicite').contents).toEqual([]);
  });
});

describe('standstill (CCP R2182-1)', () => {
  it.each<[Procedure, boolean, string, string, boolean]>([
    ['formalisee', true, '2026-09-01', '2026-09-11', false],
    ['formalisee', true, '2026-09-01', '2026-09-12', true],
    ['formalisee', false, '2026-09-01', '2026-09-16', false],
    ['formalisee', false, '2026-09-01', '2026-09-17', true],
    ['formalisee', true, '2026-12-28', '2027-01-08', true],
    ['adaptee', true, '2026-09-01', '2026-09-01', true],
  ])(
    '%s, electronic %s, sent %s, signed %s → lawful %s',
    (procedure, electronic, rejectionSentOn, signedOn, lawful) => {
      const check = checkStandstill({ procedure, electronic, rejectionSentOn, signedOn });
      expect(check.ok && check.value.signatureLawful).toBe(lawful);
    },
  );

  it('gives the earliest signature date in French', () => {
    const check = checkStandstill({
      procedure: 'formalisee',
      electronic: true,
      rejectionSentOn: '2026-09-01',
    });
    expect(check.ok && check.value).toMatchObject({
      required: true,
      days: 11,
      earliestSignature: '2026-09-12',
    });
    expect(check.ok && check.value.explanation).toMatch(/soit pas avant le samedi 12 septembre 2026\.$/);
    expect(check.ok && 'signatureLawful' in check.value).toBe(false);
  });

  it('requires none in a procédure adaptée', () => {
    const check = checkStandstill({ procedure: 'adaptee', electronic: false, rejectionSentOn: '2026-09-01' });
    expect(check.ok && [check.value.required, check.value.days]).toEqual([false, 0]);
  });

  it('refuses malformed dates', () => {
    expect(
      checkStandstill({ procedure: 'formalisee', electronic: true, rejectionSentOn: '2026-09-31' }).ok,
    ).toBe(false);
    expect(
      checkStandstill({
        procedure: 'formalisee',
        electronic: true,
        rejectionSentOn: '2026-09-01',
        signedOn: 'demain',
      }).ok,
    ).toBe(false);
  });
});

describe('notification before execution (CCP R2182-4)', () => {
  it.each([
    ['2026-10-05', '2026-10-04', false],
    ['2026-10-05', '2026-10-05', true],
    ['2026-10-05', '2026-11-02', true],
  ])('notified %s, execution from %s → lawful %s', (notificationReceivedOn, executionStartsOn, lawful) => {
    const check = checkExecutionStart({ notificationReceivedOn, executionStartsOn });
    expect(check.ok && check.value.lawful).toBe(lawful);
  });

  it('refuses a malformed date', () => {
    expect(
      checkExecutionStart({ notificationReceivedOn: '05/10/2026', executionStartsOn: '2026-10-05' }).ok,
    ).toBe(false);
  });
});

describe('communication of the reasons for a rejection (CCP R2181-2, R2181-3)', () => {
  it.each<[Procedure, string]>([
    ['formalisee', 'dans_la_lettre'],
    ['adaptee', 'sur_demande'],
    ['sans_publicite', 'sans_objet'],
  ])('%s: %s', (procedure, expected) => {
    expect(reasonsCommunication(procedure)).toBe(expected);
  });
});
