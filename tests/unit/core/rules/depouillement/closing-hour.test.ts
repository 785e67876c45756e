import { describe, expect, it } from 'vitest';
import {
  checkClosing,
  checkClosingHour,
  closingHourOf,
  formatClockTime,
  shiftClockTime,
  type ClosingHour,
  type ClosingRecord,
  type ElectionClosingData,
} from '../../../../../src/core/rules/depouillement';

const presidentielle = closingHourOf({ election: 'presidentielle' });
const municipale = closingHourOf({ election: 'municipale_liste' });

describe('closingHourOf: the closing hour of an election and where it comes from', () => {
  it.each<[string, ElectionClosingData, Pick<ClosingHour, 'time' | 'source' | 'reference'>]>([
    [
      'a presidential election, by its convocation decree',
      { election: 'presidentielle' },
      {
        time: '19:00',
        source: 'decret-convocation',
        reference: 'décret de convocation des électeurs\u00a0; code électoral R41',
      },
    ],
    [
      'a presidential election where the préfet allows 20 h',
      { election: 'presidentielle', heureCloture: '20:00', acte: 'décret n° 2022-66 du 26 janvier 2022' },
      {
        time: '20:00',
        source: 'decret-convocation',
        reference:
          'décret de convocation des électeurs (décret n°\u00a02022-66 du 26 janvier 2022)\u00a0; code électoral R41',
      },
    ],
    [
      'a municipal election, by R41 alone',
      { election: 'municipale_liste' },
      { time: '18:00', source: 'code', reference: 'code électoral R41' },
    ],
    [
      'a municipal election whose closing 18:00 is given as data',
      { election: 'municipale_liste', heureCloture: '18:00' },
      { time: '18:00', source: 'code', reference: 'code électoral R41' },
    ],
    [
      'a municipal election delayed by a prefectoral arrêté',
      { election: 'municipale_liste', heureCloture: '19:00' },
      {
        time: '19:00',
        source: 'arrete-prefectoral',
        reference: 'code électoral R41\u00a0; arrêté préfectoral',
      },
    ],
  ])('%s', (_what, data, expected) => {
    expect(closingHourOf(data)).toMatchObject(expected);
  });

  it('erratum 2 — says where a presidential 19 h comes from: the convocation decree, which overrides R41’s 18 h', () => {
    expect(presidentielle.origin).toContain(
      'décret de convocation des électeurs à l’élection présidentielle',
    );
    expect(presidentielle.origin).toContain('R41');
    expect(presidentielle.origin).toContain('2022-66');
    expect(municipale.origin).toContain('article R41');
  });

  it.each(['17:59', '8:00', 'dix-huit heures'])('refuses a municipal closing at « %s »', (heureCloture) => {
    expect(() => closingHourOf({ election: 'municipale_liste', heureCloture })).toThrow(RangeError);
  });

  it('refuses an unreadable presidential hour', () => {
    expect(() => closingHourOf({ election: 'presidentielle', heureCloture: '7 pm' })).toThrow(RangeError);
  });
});

describe('checkClosingHour: never before the legal hour of the election', () => {
  it.each<[string, ClosingHour, string, boolean]>([
    ['presidential', presidentielle, '18:00', false],
    ['presidential', presidentielle, '18:59', false],
    ['presidential', presidentielle, '19:00', true],
    ['presidential', presidentielle, '19:01', true],
    ['municipal', municipale, '17:59', false],
    ['municipal', municipale, '18:00', true],
  ])(
    'erratum 2 — a %s election closed at %s is conforme: %s',
    (_election, closingHour, declaredClosingTime, passed) => {
      const checked = checkClosingHour({ closingHour, declaredClosingTime });
      expect(checked).toMatchObject({ rule: 'cloture.heure', passed, reference: closingHour.reference });
      expect(checked.message).toContain(formatClockTime(closingHour.time));
      expect(checked.message).toContain(closingHour.origin);
    },
  );

  it('erratum 2 — a presidential closing at 18:00 cites the decree, not R41 alone', () => {
    const checked = checkClosingHour({ closingHour: presidentielle, declaredClosingTime: '18:00' });
    expect(checked.reference).toMatch(/^décret de convocation/);
    expect(checked.message).toBe(
      `Scrutin clos à 18\u00a0h, avant l’heure légale de 19\u00a0h, ${presidentielle.origin}.`,
    );
  });

  it('checkClosing passes the election’s closing hour to its first check', () => {
    const record: ClosingRecord = {
      closingHour: presidentielle,
      declaredClosingTime: '18:00',
      closingTimeOnPv: true,
      votesAfterClosing: [],
      bureauMembers: ['Président'],
      emargementSignedBy: ['Président'],
      emargementsCounted: true,
      countStartedImmediately: true,
      countInPublic: true,
    };
    expect(
      checkClosing(record)
        .filter((c) => !c.passed)
        .map((c) => c.rule),
    ).toEqual(['cloture.heure']);
    expect(checkClosing({ ...record, declaredClosingTime: '19:00' }).every((c) => c.passed)).toBe(true);
  });
});

describe('shiftClockTime: the story’s clock, twenty minutes before the closing', () => {
  it.each([
    ['19:00', -20, '18:40'],
    ['18:00', -20, '17:40'],
    ['18:00', 0, '18:00'],
    ['23:50', 9, '23:59'],
  ])('%s %+i min → %s', (time, minutes, expected) => {
    expect(shiftClockTime(time, minutes)).toBe(expected);
  });

  it.each([
    ['23:50', 10],
    ['00:10', -11],
    ['18h', 0],
  ])('refuses %s %+i min', (time, minutes) => {
    expect(() => shiftClockTime(time, minutes)).toThrow(RangeError);
  });
});
