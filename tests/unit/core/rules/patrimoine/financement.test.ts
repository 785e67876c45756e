import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideFinancement, parsePatrimoineCase } from '../../../../../src/core/rules/patrimoine';

function plan(coutHT: number, aidesPubliquesHT: number) {
  return decideFinancement({ kind: 'financement', coutHT, aidesPubliquesHT, maitreOuvrage: 'commune' });
}

describe('kind financement (CGCT L1111-10: the commune bears at least 20 %)', () => {
  it.each([
    // point of law, cost, aids, max aids, lawful
    [
      '100 000 € of works: 80 000 € of aids at most (§7 case 13), exactly at the cap',
      100_000,
      80_000,
      80_000,
      true,
    ],
    ['one cent above the cap is not lawful', 100_000, 80_000.01, 80_000, false],
    ['one cent below the cap is lawful', 100_000, 79_999.99, 80_000, true],
    ['no aid at all', 100_000, 0, 80_000, true],
    ['aids equal to the whole cost', 100_000, 100_000, 80_000, false],
    ['aids above the cost', 100_000, 150_000, 80_000, false],
    ['a zero cost allows no aid', 0, 0, 0, true],
    ['a zero cost with aids', 0, 1, 0, false],
    ['a fraction of a cent goes to the commune: 0,01 € of cost, 0 € of aids', 0.01, 0, 0, true],
    ['cents: 12 345,67 € gives 9 876,53 € (floor of 9 876,536)', 12_345.67, 9_876.53, 9_876.53, true],
    ['extreme: 10 billion euros', 10_000_000_000, 8_000_000_000, 8_000_000_000, true],
  ] as const)('%s', (_point, cout, aides, max, conforme) => {
    const result = plan(cout, aides);
    expect(result).toMatchObject({
      aidesMaxHT: max,
      conforme,
      references: ['CGCT L1111-10'],
      confidence: 'C',
    });
  });

  it('gives the least own share and the aid rate', () => {
    expect(plan(100_000, 50_000)).toMatchObject({ participationMinimaleHT: 20_000, tauxAidesPourcent: 50 });
    expect(plan(0, 0).tauxAidesPourcent).toBeNull();
  });

  it('mentions the préfet’s derogations it does not model', () => {
    expect(plan(100_000, 90_000).explication).toContain('sauf dérogation du préfet');
  });

  it('the cap is never above 80 % and the own share never below 20 %, to the cent', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000_000 }), (costCents) => {
        const result = plan(costCents / 100, 0);
        const maxCents = Math.round(result.aidesMaxHT * 100);
        expect(maxCents * 100).toBeLessThanOrEqual(costCents * 80);
        expect((maxCents + 1) * 100).toBeGreaterThan(costCents * 80);
        expect(Math.round(result.participationMinimaleHT * 100) + maxCents).toBe(costCents);
      }),
    );
  });

  it.each([
    ['a negative cost', { coutHT: -1 }, 'coutHT : montant de 0'],
    ['an infinite-like cost', { coutHT: 1e12 }, 'coutHT : montant de 0'],
    ['aids as a string', { aidesPubliquesHT: '80000' }, 'aidesPubliquesHT attendu'],
    [
      'a département as maître d’ouvrage',
      { maitreOuvrage: 'departement' },
      'maitreOuvrage attendu : « commune »',
    ],
    ['a missing cost', { coutHT: undefined }, 'coutHT attendu'],
  ])('malformed: %s', (_point, patch, message) => {
    const parsed = parsePatrimoineCase({
      kind: 'financement',
      coutHT: 100_000,
      aidesPubliquesHT: 80_000,
      maitreOuvrage: 'commune',
      ...patch,
    });
    expect(!parsed.ok && parsed.error).toContain(message);
  });
});
