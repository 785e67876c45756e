import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { RankView } from '../../../../src/core/scenario';
import {
  frenchOrdinal,
  parseScore,
  presentRank,
  rankSubmission,
  ranksOf,
} from '../../../../src/ui/views/rank-presenter';
import { SAMPLE_VIEWS } from '../../../fixtures/views';

const view = SAMPLE_VIEWS.rank;
const full = {
  'a.prix': '8',
  'a.technique': '7',
  'a.delai': '8',
  'b.prix': '10',
  'b.technique': '5',
  'b.delai': '5',
  'c.prix': '6',
  'c.technique': '9',
  'c.delai': '10',
};

describe('ranking grid', () => {
  it('shows weights and the scale', () => {
    const model = presentRank(view, {});
    expect(model.criteria.map((criterion) => criterion.weightText)).toEqual(['60 %', '30 %', '10 %']);
    expect(model.scaleText).toBe('Notez chaque offre de 0 à 10 sur chaque critère.');
    expect(model.weightWarning).toBeNull();
  });

  it('computes weighted totals and ranks', () => {
    const model = presentRank(view, full);
    // A: 8×0,6 + 7×0,3 + 8×0,1 = 7,7 ; B: 6 + 1,5 + 0,5 = 8 ; C: 3,6 + 2,7 + 1 = 7,3
    expect(model.rows.map((row) => row.totalText)).toEqual(['7,7 / 10', '8 / 10', '7,3 / 10']);
    expect(model.rows.map((row) => row.rankText)).toEqual(['2e', '1er', '3e']);
  });

  it('an incomplete row has no total and no rank', () => {
    const { 'c.delai': _missing, ...partial } = full;
    const model = presentRank(view, partial);
    expect(model.rows[2]).toMatchObject({ total: null, totalText: 'incomplet', rank: null, rankText: '—' });
    expect(model.rows[1]?.rankText).toBe('1er');
  });

  it('ties share a rank, marked « ex æquo »', () => {
    const tied = { ...full, 'a.prix': '10', 'a.technique': '5', 'a.delai': '5' };
    expect(presentRank(view, tied).rows.map((row) => row.rankText)).toEqual([
      '1er ex æquo',
      '1er ex æquo',
      '3e',
    ]);
  });

  it.each([
    ['7', { ok: true, value: 7 }],
    [' 10 ', { ok: true, value: 10 }],
    ['0', { ok: true, value: 0 }],
    ['', null],
  ])('parseScore(« %s »)', (raw, expected) => {
    expect(parseScore(raw, view.scale)).toEqual(expected);
  });

  it.each(['11', '-1', '7,5', 'sept'])('parseScore(« %s ») is refused', (raw) => {
    expect(parseScore(raw, view.scale)).toEqual({ ok: false, error: 'Note entière de 0 à 10 attendue.' });
  });

  it('warns when the weights do not add up to 100 % and normalises', () => {
    const odd: RankView = {
      ...view,
      criteria: view.criteria.map((criterion) => ({ ...criterion, weight: criterion.weight / 2 })),
    };
    const model = presentRank(odd, full);
    expect(model.weightWarning).toContain('50 %');
    expect(model.rows[0]?.totalText).toBe('7,7 / 10');
  });

  it('submits every cell, or names the missing and invalid ones', () => {
    expect(rankSubmission(view, full)).toEqual({
      ok: true,
      value: {
        'a.prix': 8,
        'a.technique': 7,
        'a.delai': 8,
        'b.prix': 10,
        'b.technique': 5,
        'b.delai': 5,
        'c.prix': 6,
        'c.technique': 9,
        'c.delai': 10,
      },
    });
    const result = rankSubmission(view, { ...full, 'b.technique': '12', 'c.delai': '' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toEqual([
        {
          key: 'b.technique',
          message:
            'Note de « Offre B — Vert Service » pour « Valeur technique » : Note entière de 0 à 10 attendue.',
        },
        {
          key: 'c.delai',
          message: 'Note de « Offre C — Paysages Martin » pour « Délai d’intervention » : note manquante.',
        },
      ]);
    }
  });

  it.each([
    [1, '1er'],
    [2, '2e'],
    [11, '11e'],
  ])('frenchOrdinal(%i) → %s', (rank, text) => {
    expect(frenchOrdinal(rank)).toBe(text);
  });

  it('property: ranks start at 1, a higher total never ranks worse', () => {
    const total = fc.option(fc.integer({ min: 0, max: 100 }), { nil: null });
    fc.assert(
      fc.property(fc.array(total, { maxLength: 8 }), (totals) => {
        const ranks = ranksOf(totals);
        totals.forEach((a, i) => {
          const rankA = ranks[i];
          if (a === null) return expect(rankA).toBeNull();
          totals.forEach((b, j) => {
            const rankB = ranks[j];
            if (b !== null && rankA != null && rankB != null && a > b) expect(rankA).toBeLessThan(rankB);
          });
        });
        if (totals.some((t) => t !== null)) expect(ranks).toContain(1);
      }),
    );
  });
});
