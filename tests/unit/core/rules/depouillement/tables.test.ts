import { describe, expect, it } from 'vitest';
import {
  checkEnveloppesDeCentaine,
  checkTables,
  packetsOfHundred,
  type CountingTable,
  type EnveloppeDeCentaine,
} from '../../../../../src/core/rules/depouillement';

describe('packetsOfHundred (R65-1)', () => {
  it.each([
    [0, []],
    [1, [1]],
    [99, [99]],
    [100, [100]],
    [101, [100, 1]],
    [199, [100, 99]],
    [200, [100, 100]],
    [201, [100, 100, 1]],
    [412, [100, 100, 100, 100, 12]],
  ])('%i envelopes → %j', (envelopes, packets) => {
    expect(packetsOfHundred(envelopes)).toEqual(packets);
  });

  it.each([-1, 2.5, Number.NaN])('refuses %d envelopes', (envelopes) => {
    expect(() => packetsOfHundred(envelopes)).toThrow(RangeError);
  });
});

const table = (...sides: (string | undefined)[]): CountingTable => ({
  scrutateurs: sides.map((designatedBy, i) =>
    designatedBy === undefined ? { name: `S${i}` } : { name: `S${i}`, designatedBy },
  ),
});

describe('checkTables (L65, R64, R65)', () => {
  const byRule = (tables: CountingTable[], isoloirs: number) =>
    Object.fromEntries(checkTables(tables, isoloirs).map((c) => [c.rule, c]));

  it('accepts mixed tables of four, no more than the isoloirs', () => {
    const checks = checkTables([table('A', 'B', 'A', 'B'), table('A', 'B', undefined, undefined)], 2);
    expect(checks.every((c) => c.passed)).toBe(true);
  });

  it.each([
    [[table('A', 'B', 'A')], false],
    [[table('A', 'B', 'A', 'B')], true],
    [[table('A', 'B', 'A', 'B', 'A')], true],
    [[], false],
  ])('tables of at least four: %j → %s', (tables, passed) => {
    expect(byRule(tables, 3)['tables.quatre-scrutateurs']?.passed).toBe(passed);
  });

  it('names the short table', () => {
    expect(
      byRule([table('A', 'B', 'A', 'B'), table('A', 'B')], 3)['tables.quatre-scrutateurs']?.message,
    ).toContain('n°\u00a02');
  });

  it.each([
    [2, true],
    [1, false],
  ])('two tables for %i isoloir(s) → %s', (isoloirs, passed) => {
    expect(
      byRule([table('A', 'B', 'A', 'B'), table('A', 'B', 'A', 'B')], isoloirs)['tables.isoloirs']?.passed,
    ).toBe(passed);
  });

  it('recommends mixing when a table has a single side while several designated', () => {
    const check = byRule([table('A', 'A', 'A', 'A'), table('B', 'B', 'B', 'B')], 2)['tables.melange'];
    expect(check).toMatchObject({ passed: false, severity: 'recommandation' });
  });

  it('does not ask for mixing when a single side designated scrutateurs', () => {
    expect(byRule([table('A', 'A', 'A', 'A')], 2)['tables.melange']?.passed).toBe(true);
  });
});

const packet = (count: number, overrides: Partial<EnveloppeDeCentaine> = {}): EnveloppeDeCentaine => ({
  count,
  sealed: true,
  signedByPresident: true,
  assesseurSignatures: [
    { name: 'Mme A', represents: 'LISTE A' },
    { name: 'M. B', represents: 'LISTE B' },
  ],
  countWritten: true,
  ...overrides,
});

describe('checkEnveloppesDeCentaine (R65-1)', () => {
  it('accepts 201 envelopes in 100 + 100 + 1, signed', () => {
    expect(
      checkEnveloppesDeCentaine(201, [packet(100), packet(100), packet(1)], false).every((c) => c.passed),
    ).toBe(true);
  });

  it('refuses a wrong split', () => {
    const [split] = checkEnveloppesDeCentaine(200, [packet(150), packet(50)], false);
    expect(split).toMatchObject({ rule: 'centaine.paquets', passed: false });
    expect(split?.message).toContain('100 + 100');
  });

  it('requires the remainder’s number on its packet', () => {
    const [split] = checkEnveloppesDeCentaine(
      101,
      [packet(100, { countWritten: false }), packet(1, { countWritten: false })],
      false,
    );
    expect(split?.passed).toBe(false);
  });

  it.each<[string, Partial<EnveloppeDeCentaine>, boolean, boolean]>([
    ['not sealed', { sealed: false }, false, false],
    ['without the président', { signedByPresident: false }, false, false],
    ['with one assesseur', { assesseurSignatures: [{ name: 'Mme A', represents: 'LISTE A' }] }, false, false],
    [
      'with two assesseurs of the same list',
      {
        assesseurSignatures: [
          { name: 'Mme A', represents: 'LISTE A' },
          { name: 'M. C', represents: 'LISTE A' },
        ],
      },
      false,
      false,
    ],
    [
      'with two assesseurs of the single list',
      {
        assesseurSignatures: [
          { name: 'Mme A', represents: 'LISTE A' },
          { name: 'M. C', represents: 'LISTE A' },
        ],
      },
      true,
      true,
    ],
  ])('a packet %s', (_label, overrides, singleList, passed) => {
    const [, signatures] = checkEnveloppesDeCentaine(100, [packet(100, overrides)], singleList);
    expect(signatures).toMatchObject({ rule: 'centaine.signatures', passed });
  });
});
