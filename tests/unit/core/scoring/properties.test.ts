import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { competencesOf, isKnownCompetenceId } from '../../../../src/core/referentiel';
import { VERDICTS, scoreEvidence } from '../../../../src/core/scoring';
import type { Evidence, Scorecard, Verdict } from '../../../../src/core/scoring';
import { makeEvidence } from './evidence-fixture';

const knownIds = competencesOf().map((competence) => competence.id);

const verdictArb = fc.constantFrom<Verdict>(...VERDICTS);

const evidenceArb: fc.Arbitrary<Evidence> = fc
  .record({
    competences: fc.uniqueArray(fc.constantFrom(...knownIds), { minLength: 1, maxLength: 3 }),
    verdict: verdictArb,
    weight: fc.constantFrom(1, 2, 3),
    date: fc.constantFrom('2027-01-15', '2027-03-02', '2027-06-30'),
  })
  .map((fields) => makeEvidence(fields));

const evidenceListArb = fc.array(evidenceArb, { maxLength: 25 });

function card(evidence: readonly Evidence[]): Scorecard {
  const result = scoreEvidence(evidence);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

/** Every mark of a scorecard: the three blocs then the overall (null = not evaluated). */
const marks = (scorecard: Scorecard): (number | null)[] => [
  ...scorecard.blocs.map((bloc) => bloc.mark),
  scorecard.overall.mark,
];

/** `after` is not below `before`; a mark appearing where there was none is not a drop. */
const notLower = (before: number | null, after: number | null): boolean =>
  before === null || (after !== null && after >= before);

const rank = (verdict: Verdict): number => VERDICTS.indexOf(verdict);

describe('scoring properties', () => {
  it('gives every mark within 0–20, as a multiple of 0.5', () => {
    fc.assert(
      fc.property(evidenceListArb, (evidence) => {
        for (const mark of marks(card(evidence))) {
          if (mark === null) continue;
          expect(mark).toBeGreaterThanOrEqual(0);
          expect(mark).toBeLessThanOrEqual(20);
          expect(Number.isInteger(mark * 2)).toBe(true);
        }
      }),
    );
  });

  it('never lowers a mark or a competence ratio when a conforme evidence is added', () => {
    fc.assert(
      fc.property(evidenceListArb, evidenceArb, fc.nat(), (evidence, extra, position) => {
        const added = { ...extra, verdict: 'conforme' as const };
        const index = position % (evidence.length + 1);
        const before = card(evidence);
        const after = card([...evidence.slice(0, index), added, ...evidence.slice(index)]);
        marks(before).forEach((mark, i) => expect(notLower(mark, marks(after)[i] ?? null)).toBe(true));
        before.competences.forEach((competence, i) =>
          expect(notLower(competence.ratio, after.competences[i]?.ratio ?? null)).toBe(true),
        );
      }),
    );
  });

  it('never raises a mark when a verdict is replaced by a worse one', () => {
    fc.assert(
      fc.property(
        evidenceListArb.filter((list) => list.length > 0),
        fc.nat(),
        verdictArb,
        (evidence, n, worse) => {
          const index = n % evidence.length;
          const target = evidence[index];
          fc.pre(target !== undefined && rank(worse) > rank(target.verdict));
          const degraded = evidence.map((item, i) => (i === index ? { ...item, verdict: worse } : item));
          const before = marks(card(evidence));
          const after = marks(card(degraded));
          before.forEach((mark, i) => expect(notLower(after[i] ?? null, mark)).toBe(true));
        },
      ),
    );
  });

  it('never makes a competence « acquis » when an illegal verdict touches it', () => {
    fc.assert(
      fc.property(evidenceListArb, (evidence) => {
        for (const competence of card(evidence).competences) {
          if (competence.tally.illegalCount > 0) expect(competence.mastery).not.toBe('acquis');
        }
      }),
    );
  });

  it('rejects any evidence citing an unknown competence ID', () => {
    fc.assert(
      fc.property(
        evidenceListArb,
        evidenceArb,
        fc.string({ minLength: 0, maxLength: 20 }).filter((id) => !isKnownCompetenceId(id)),
        (evidence, bad, unknownId) => {
          const intruder = { ...bad, competences: [...bad.competences.slice(1), unknownId] };
          const result = scoreEvidence([...evidence, intruder]);
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.error).toContain(`« ${unknownId} »`);
        },
      ),
    );
  });

  it('is deterministic and independent of the order of the evidence', () => {
    fc.assert(
      fc.property(evidenceListArb, (evidence) => {
        expect(card([...evidence].reverse())).toEqual(card(evidence));
      }),
    );
  });
});
