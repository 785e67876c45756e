import { describe, expect, it } from 'vitest';
import {
  LEGAL_CLOSING_TIME,
  certainNullity,
  checkTables,
  classifyBallot,
  classifyEnvelope,
  formatClockTime,
  tablesOfCounts,
  type CauseId,
  type CountContext,
  type Envelope,
} from '../../../../../src/core/rules/depouillement';

const presidentielle: CountContext = { election: 'presidentielle', candidates: ['DURAND', 'LEROY'] };
const municipale: CountContext = { election: 'municipale_liste', candidates: ['CAP 2032', 'AGIR'] };

describe('certainNullity: the one cause written on an annexed void ballot (L65, L66, loi 2025-444)', () => {
  it.each<[string, Envelope, CountContext, CauseId]>([
    [
      'an annotated ballot',
      { ballots: [{ for: 'DURAND', marks: ['annotation'] }] },
      presidentielle,
      'signe-reconnaissance',
    ],
    [
      'a signed ballot',
      { ballots: [{ for: 'LEROY', marks: ['signature'] }] },
      presidentielle,
      'electeur-identifie',
    ],
    [
      'two different ballots',
      { ballots: [{ for: 'DURAND' }, { for: 'LEROY' }] },
      presidentielle,
      'bulletins-differents',
    ],
    [
      'a non-regulatory envelope',
      { ballots: [{ for: 'DURAND' }], nonRegulatory: true },
      presidentielle,
      'enveloppe-non-reglementaire',
    ],
    [
      'a list ballot with a name crossed out',
      { ballots: [{ for: 'AGIR', marks: ['rature'] }] },
      municipale,
      'liste-nom-raye',
    ],
    [
      'a list ballot reordered',
      { ballots: [{ for: 'AGIR', marks: ['ordre_modifie'] }] },
      municipale,
      'liste-ordre-modifie',
    ],
  ])('names the cause of %s', (_what, envelope, context, cause) => {
    expect(certainNullity(classifyEnvelope(envelope, context))).toBe(cause);
  });

  it.each<[string, Envelope, CountContext]>([
    ['a vote', { ballots: [{ for: 'DURAND' }] }, presidentielle],
    ['identical ballots, counted once', { ballots: [{ for: 'DURAND' }, { for: 'DURAND' }] }, presidentielle],
    ['an empty envelope (blanc)', { ballots: [] }, presidentielle],
    [
      'a crossed-out one-name ballot (uncertain)',
      { ballots: [{ for: 'DURAND', marks: ['rature'] }] },
      presidentielle,
    ],
    [
      'a blank paper with a ballot (uncertain)',
      { ballots: [{ blank: true }, { for: 'DURAND' }] },
      presidentielle,
    ],
    [
      'a ballot void twice over',
      { ballots: [{ for: 'DURAND', marks: ['couleur', 'injure'] }] },
      presidentielle,
    ],
  ])('gives none for %s', (_what, envelope, context) => {
    expect(certainNullity(classifyEnvelope(envelope, context))).toBeNull();
  });

  it('keeps a torn ballot a vote, so it has no cause of nullity', () => {
    expect(certainNullity(classifyBallot({ for: 'LEROY', marks: ['dechire'] }, presidentielle))).toBeNull();
  });
});

describe('formatClockTime: a closing hour as French writes it (R41)', () => {
  it.each([
    ['18:00', '18\u00a0h'],
    ['19:30', '19\u00a0h\u00a030'],
    ['08:05', '8\u00a0h\u00a005'],
    ['00:00', '0\u00a0h'],
  ])('writes %s as %j', (time, text) => {
    expect(formatClockTime(time)).toBe(text);
  });

  it('writes the legal closing hour as « 18 h »', () => {
    expect(formatClockTime(LEGAL_CLOSING_TIME)).toBe('18\u00a0h');
  });

  it.each(['18h', '24:00', '', '7:00'])('refuses %j', (time) => {
    expect(() => formatClockTime(time)).toThrow(RangeError);
  });
});

describe('tablesOfCounts: tables made of so many scrutateurs per candidate (L65, R64, R65)', () => {
  const candidates = ['DURAND', 'LEROY'];

  it('opens one table per non-empty row, each scrutateur designated by a candidate', () => {
    const tables = tablesOfCounts(
      [
        [2, 2],
        [0, 0],
        [3, 1],
      ],
      candidates,
    );
    expect(tables).toHaveLength(2);
    expect(tables.map((t) => t.scrutateurs.map((s) => s.designatedBy))).toEqual([
      ['DURAND', 'DURAND', 'LEROY', 'LEROY'],
      ['DURAND', 'DURAND', 'DURAND', 'LEROY'],
    ]);
  });

  it.each<[string, number[][], number, string[]]>([
    [
      'two mixed tables of four',
      [
        [2, 2],
        [2, 2],
      ],
      2,
      [],
    ],
    ['a table of three', [[2, 1]], 2, ['tables.quatre-scrutateurs']],
    [
      'more tables than isoloirs',
      [
        [2, 2],
        [2, 2],
        [2, 2],
      ],
      2,
      ['tables.isoloirs'],
    ],
    [
      'two tables of one camp each',
      [
        [4, 0],
        [0, 4],
      ],
      2,
      ['tables.melange'],
    ],
    ['no table at all', [[0, 0]], 2, ['tables.quatre-scrutateurs']],
  ])('lets checkTables judge %s', (_what, rows, isoloirs, failed) => {
    const checks = checkTables(tablesOfCounts(rows, candidates), isoloirs);
    expect(checks.filter((c) => !c.passed).map((c) => c.rule)).toEqual(failed);
  });
});
