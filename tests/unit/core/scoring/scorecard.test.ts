import { describe, expect, it } from 'vitest';
import { scoreEvidence } from '../../../../src/core/scoring';
import type { Evidence, Scorecard } from '../../../../src/core/scoring';
import { WORKED_EXAMPLE, makeEvidence } from './evidence-fixture';

function scored(evidence: readonly Evidence[]): Scorecard {
  const result = scoreEvidence(evidence);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

const markOf = (card: Scorecard, blocId: string): number | null =>
  card.blocs.find((bloc) => bloc.blocId === blocId)?.mark ?? null;

const competence = (card: Scorecard, id: string) => card.competences.find((c) => c.competenceId === id);

describe('scoreEvidence: the worked example of docs/SCORING.md', () => {
  const card = scored(WORKED_EXAMPLE);

  it('gives BC01 12.5/20 (5 points over a weight of 8), validated', () => {
    expect(card.blocs[0]).toMatchObject({
      blocId: 'RNCP41781-BC01',
      tally: { evidenceCount: 4, points: 5, weight: 8, illegalCount: 0 },
      mark: 12.5,
      validated: true,
    });
  });

  it('gives BC02 9/20 (3.5 over 8 = 8.75, rounded up), not validated because of the illegal act', () => {
    expect(card.blocs[1]).toMatchObject({
      blocId: 'RNCP41781-BC02',
      tally: { evidenceCount: 3, points: 3.5, weight: 8, illegalCount: 1 },
      mark: 9,
      validated: false,
    });
  });

  it('gives BC03 no mark, not 0, since nothing touched it', () => {
    expect(card.blocs[2]).toMatchObject({ blocId: 'RNCP41781-BC03', mark: null, validated: false });
  });

  it('gives an overall 10.5/20 (8.5 points over 16 = 10.625) from the blocs with evidence only', () => {
    expect(card.overall.tally).toMatchObject({ points: 8.5, weight: 16 });
    expect(card.overall.mark).toBe(10.5);
    expect(card.validatedBlocIds).toEqual(['RNCP41781-BC01']);
  });

  it.each([
    ['RNCP41781-BC01-01', 1, 'acquis'],
    ['RNCP41781-BC01-02', 0.5, 'en-cours'],
    ['RNCP41781-BC01-03', 0, 'non-acquis'],
    ['RNCP41781-BC01-04', 1, 'acquis'],
    ['RNCP41781-BC01-10', 0, 'non-acquis'],
    ['RNCP41781-BC02-01', 0.1, 'non-acquis'],
    ['RNCP41781-BC02-03', 0, 'non-acquis'],
    ['RNCP41781-BC02-06', 1, 'acquis'],
    ['RNCP41781-BC03-01', null, null],
  ])('%s: ratio %s, %s', (id, ratio, mastery) => {
    expect(competence(card, id)?.ratio).toBe(ratio);
    expect(competence(card, id)?.mastery).toBe(mastery);
  });

  it('would have validated BC02 with a missed bonus instead of the illegal act', () => {
    const softened = WORKED_EXAMPLE.map((e) =>
      e.verdict === 'illegal' ? { ...e, verdict: 'risque' as const } : e,
    );
    expect(markOf(scored(softened), 'RNCP41781-BC02')).toBe(12.5);
  });
});

describe('scoreEvidence: counting rules', () => {
  it('lists all 30 competences and all 3 blocs even with no evidence', () => {
    const card = scored([]);
    expect(card.competences).toHaveLength(30);
    expect(card.blocs.map((bloc) => bloc.mark)).toEqual([null, null, null]);
    expect(card.overall.mark).toBeNull();
  });

  it('counts an evidence once per bloc, however many of its competences it touches', () => {
    const card = scored([
      makeEvidence({
        competences: ['RNCP41781-BC01-01', 'RNCP41781-BC01-02', 'RNCP41781-BC02-01'],
        verdict: 'acceptable',
        weight: 2,
      }),
    ]);
    expect(card.blocs[0]?.tally).toMatchObject({ evidenceCount: 1, points: 1, weight: 2 });
    expect(card.blocs[1]?.tally).toMatchObject({ evidenceCount: 1, points: 1, weight: 2 });
    // …and once in each bloc for the overall mark.
    expect(card.overall.tally).toMatchObject({ points: 2, weight: 4 });
    expect(competence(card, 'RNCP41781-BC01-02')?.tally.evidenceCount).toBe(1);
  });

  it('carries an illegal penalty into the overall mark even when its bloc is already at 0', () => {
    const card = scored([
      makeEvidence({ competences: ['RNCP41781-BC01-01'], verdict: 'illegal', weight: 3 }),
      makeEvidence({ competences: ['RNCP41781-BC01-02'], verdict: 'illegal', weight: 3 }),
      makeEvidence({ competences: ['RNCP41781-BC03-01'], verdict: 'conforme', weight: 3 }),
      makeEvidence({ competences: ['RNCP41781-BC03-02'], verdict: 'conforme', weight: 3 }),
    ]);
    expect(markOf(card, 'RNCP41781-BC01')).toBe(0);
    expect(markOf(card, 'RNCP41781-BC03')).toBe(20);
    // (−3 + 6) / 12 × 20 = 5, not the 10 a plain average of 0 and 20 would give.
    expect(card.overall.mark).toBe(5);
  });

  it('does not depend on the order of the evidence', () => {
    expect(scored([...WORKED_EXAMPLE].reverse())).toEqual(scored(WORKED_EXAMPLE));
  });
});
