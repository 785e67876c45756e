import { describe, expect, it } from 'vitest';
import { decideCommission, parseListeElectoraleCase } from '../../../../../src/core/rules/liste-electorale';

describe('kind commission (code électoral L19, R10)', () => {
  it.each([
    // point of law, population, lists, members, quorum, confidence
    ['below 1 000 inhabitants: 3 members, quorum of all 3', 999, 1, 3, 3, 'C'],
    ['below 1 000 inhabitants, lists since 2026 change nothing', 999, 2, 3, 3, 'C'],
    ['below 1 000, no list (before 2026): 3 members', 120, 0, 3, 3, 'C'],
    ['exactly 1 000 inhabitants, 2 lists: 5 councillors (3 + 2)', 1000, 2, 5, 3, 'C'],
    ['1 200 inhabitants, 2 lists (§7 case 9): 5 councillors, quorum 3', 1200, 2, 5, 3, 'C'],
    ['1 200 inhabitants, 1 list: 3 members as below 1 000 ([M], APVF 2026)', 1200, 1, 3, 3, 'P'],
    ['1 200 inhabitants, 3 lists: 5 (3 + 1 + 1), from APVF 2026', 1200, 3, 5, 3, 'P'],
    ['extreme: 10 million inhabitants, 69 lists', 10_000_000, 69, 5, 3, 'P'],
  ] as const)('%s', (_point, population, lists, membres, quorum, confidence) => {
    const result = decideCommission({ kind: 'commission', population, listesAyantObtenuDesSieges: lists });
    expect(result).toMatchObject({ membres, quorum, confidence });
    expect(result.references).toEqual(['code électoral L19', 'code électoral R10']);
    expect(result.composition.length).toBe(membres === 5 ? (lists === 2 ? 2 : 3) : 3);
  });

  it('the maire and the adjoints with a delegation do not sit', () => {
    const result = decideCommission({ kind: 'commission', population: 1200, listesAyantObtenuDesSieges: 2 });
    expect(result.composition.join(' ')).toContain('sans le maire, les adjoints titulaires d’une délégation');
  });

  it.each([
    [
      '1 000 inhabitants and no list',
      { population: 1000, listesAyantObtenuDesSieges: 0 },
      'au moins une liste',
    ],
    ['zero inhabitants', { population: 0, listesAyantObtenuDesSieges: 0 }, 'au moins 1 habitant'],
    ['a decimal population', { population: 1200.5, listesAyantObtenuDesSieges: 2 }, 'nombre entier'],
    ['negative lists', { population: 1200, listesAyantObtenuDesSieges: -1 }, 'ne peut pas être négatif'],
    [
      'lists as a string',
      { population: 1200, listesAyantObtenuDesSieges: '2' },
      'listesAyantObtenuDesSieges',
    ],
    ['missing population', { listesAyantObtenuDesSieges: 2 }, 'population attendue'],
  ])('malformed: %s', (_point, patch, message) => {
    const parsed = parseListeElectoraleCase({ kind: 'commission', ...patch });
    expect(!parsed.ok && parsed.error).toContain(message);
  });
});
