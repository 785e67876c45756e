import { describe, expect, it } from 'vitest';
import { isKnownCompetenceId } from '../../../../src/core/referentiel';
import { coverageOf, decisionCompetences } from '../../../../src/core/scenario/coverage';
import { repoCatalogue } from './repo-scenarios';

const scenarios = Object.values(repoCatalogue().scenarios);

describe('competence coverage', () => {
  it('every competence ID used by every scenario exists in RNCP41781', () => {
    for (const scenario of scenarios) {
      for (const { competenceId } of decisionCompetences(scenario))
        expect(isKnownCompetenceId(competenceId)).toBe(true);
      for (const id of scenario.competences) expect(isKnownCompetenceId(id)).toBe(true);
    }
    expect(coverageOf(scenarios).unknown).toEqual([]);
  });

  it('lists the 30 competences, reached or not', () => {
    const coverage = coverageOf(scenarios);
    expect(coverage.byCompetence).toHaveLength(30);
    const reached = coverage.byCompetence.filter((entry) => entry.hits.length > 0).length;
    expect(reached + coverage.unreached.length).toBe(30);
    expect(
      coverage.byCompetence.find((entry) => entry.competenceId === 'RNCP41781-BC01-01')?.hits,
    ).toContainEqual({
      scenarioId: 'premier-jour',
      decision: 'convocation',
    });
  });

  it('reports an unknown competence instead of hiding it', () => {
    const [first] = scenarios;
    if (!first) throw new Error('aucun scénario');
    const broken = {
      ...first,
      scoring: { x: { ...Object.values(first.scoring)[0], competences: ['RNCP41781-BC09-09'] } },
    };
    expect(coverageOf([broken as typeof first]).unknown).toEqual(['RNCP41781-BC09-09']);
  });
});
