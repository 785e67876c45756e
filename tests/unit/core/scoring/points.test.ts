import { describe, expect, it } from 'vitest';
import {
  VERDICTS,
  evidencePoints,
  isValidatedMark,
  markOutOf20,
  masteryOf,
  ratioOf,
  tally,
} from '../../../../src/core/scoring';
import type { Verdict } from '../../../../src/core/scoring';

describe('points of one evidence', () => {
  it.each([
    ['conforme', 1, 1],
    ['conforme', 3, 3],
    ['acceptable', 1, 0.5],
    ['acceptable', 3, 1.5],
    ['risque', 2, 0],
    ['illegal', 1, -0.5],
    ['illegal', 2, -1],
    ['illegal', 3, -1.5],
  ] as const)('%s with weight %i earns %d', (verdict, weight, points) => {
    expect(evidencePoints({ verdict, weight })).toBe(points);
  });

  it('ranks the verdicts strictly: each is worth less than the one before', () => {
    const values = VERDICTS.map((verdict: Verdict) => evidencePoints({ verdict, weight: 2 }));
    for (let i = 1; i < values.length; i += 1) expect(values[i]).toBeLessThan(values[i - 1] ?? Infinity);
  });

  it('makes an illegal act cost more than a missed bonus', () => {
    const withMissedBonus = tally([
      { verdict: 'conforme', weight: 2 },
      { verdict: 'risque', weight: 2 },
    ]);
    const withIllegalAct = tally([
      { verdict: 'conforme', weight: 2 },
      { verdict: 'illegal', weight: 2 },
    ]);
    expect(markOutOf20(withMissedBonus)).toBe(10);
    expect(markOutOf20(withIllegalAct)).toBe(5);
    expect(isValidatedMark(markOutOf20(withMissedBonus))).toBe(true);
    expect(isValidatedMark(markOutOf20(withIllegalAct))).toBe(false);
  });
});

describe('mark /20 of a tally', () => {
  it.each([
    // points, weight, mark — 20 × max(0, points) / weight to the half point, .25 and .75 going up
    [3, 3, 20],
    [0, 3, 0],
    [-1.5, 3, 0],
    [7, 8, 17.5],
    [1.5, 8, 4], // 3.75 → 4
    [6.5, 40, 3.5], // 3.25 → 3.5
    [4.5, 8, 11.5], // 11.25 → 11.5
    [3.5, 8, 9], // 8.75 → 9
    [1, 8, 2.5], // exact
    [2.5, 3, 16.5], // 16.67 → 16.5
    [1, 3, 6.5], // 6.67 → 6.5
    [2, 3, 13.5], // 13.33 → 13.5
    [8.5, 16, 10.5], // 10.625 → 10.5
    [1, 7, 3], // 2.857 → 3
    [0.5, 9, 1], // 1.11 → 1
  ])('%d points over a weight of %d gives %d/20', (points, weight, mark) => {
    expect(markOutOf20({ points, weight })).toBe(mark);
  });

  it('gives no mark, not 0, when nothing was assessed', () => {
    expect(markOutOf20({ points: 0, weight: 0 })).toBeNull();
    expect(ratioOf({ points: 0, weight: 0 })).toBeNull();
  });

  it.each([
    [null, false],
    [9.5, false],
    [10, true],
    [20, true],
  ])('mark %s validates the bloc: %s', (mark, validated) => {
    expect(isValidatedMark(mark)).toBe(validated);
  });
});

describe('mastery of a competence', () => {
  it.each([
    // verdicts (weight 1 each), expected mastery
    [['conforme'], 'acquis'],
    [['conforme', 'conforme', 'conforme', 'risque'], 'acquis'], // 0.75
    [['conforme', 'acceptable'], 'acquis'], // 0.75
    [['conforme', 'risque'], 'en-cours'], // 0.5
    [['acceptable'], 'en-cours'], // 0.5
    [['conforme', 'risque', 'risque'], 'non-acquis'], // 0.33
    [['risque'], 'non-acquis'],
    [['illegal'], 'non-acquis'],
  ] as const)('%j → %s', (verdicts, mastery) => {
    expect(masteryOf(tally(verdicts.map((verdict) => ({ verdict, weight: 1 }))))).toBe(mastery);
  });

  it('is never « acquis » once an illegal verdict touches the competence, however high the ratio', () => {
    const sum = tally([
      { verdict: 'conforme', weight: 3 },
      { verdict: 'conforme', weight: 3 },
      { verdict: 'conforme', weight: 3 },
      { verdict: 'illegal', weight: 1 },
    ]);
    expect(ratioOf(sum)).toBe(0.85);
    expect(masteryOf(sum)).toBe('en-cours');
  });

  it('is null when no evidence touches the competence', () => {
    expect(masteryOf(tally([]))).toBeNull();
  });
});
