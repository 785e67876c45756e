import { describe, expect, it } from 'vitest';
import { compareTallySheets, type TallySheet } from '../../../../../src/core/rules/depouillement';

const sheet = (keptBy: string, voix: Record<string, number>, signed = true): TallySheet => ({
  keptBy,
  signed,
  voix,
});
const candidates = ['DURAND', 'LEROY'];

describe('compareTallySheets (L65, R66)', () => {
  it('two signed sheets that agree', () => {
    const result = compareTallySheets(
      [sheet('Mme A', { DURAND: 40, LEROY: 58 }), sheet('M. B', { DURAND: 40, LEROY: 58 })],
      candidates,
    );
    expect(result.agree).toBe(true);
    expect(result.differences).toEqual([]);
    expect(result.checks.map((c) => [c.rule, c.passed])).toEqual([
      ['pointage.feuilles', true],
      ['pointage.concordance', true],
    ]);
  });

  it('finds each candidate whose figures differ, a missing name counting 0', () => {
    const result = compareTallySheets(
      [sheet('Mme A', { DURAND: 40, LEROY: 58 }), sheet('M. B', { DURAND: 41, LEROY: 58, MOREAU: 1 })],
      candidates,
    );
    expect(result.agree).toBe(false);
    expect(result.differences).toEqual([
      { candidate: 'DURAND', values: [40, 41] },
      { candidate: 'MOREAU', values: [0, 1] },
    ]);
    expect(result.checks[1]?.message).toContain('DURAND (40 / 41)');
  });

  it('a single sheet allows no control', () => {
    const result = compareTallySheets([sheet('Mme A', { DURAND: 40, LEROY: 58 })], candidates);
    expect(result.agree).toBe(false);
    expect(result.checks.map((c) => c.passed)).toEqual([false, false]);
  });

  it('an unsigned sheet fails the sheet rule, not the agreement', () => {
    const result = compareTallySheets(
      [sheet('Mme A', { DURAND: 1 }), sheet('M. B', { DURAND: 1 }, false)],
      candidates,
    );
    expect(result.checks.map((c) => c.passed)).toEqual([false, true]);
    expect(result.checks[0]?.message).toContain('M. B');
  });
});
