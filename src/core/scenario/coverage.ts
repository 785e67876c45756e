import { competencesOf } from '../referentiel';
import type { ScenarioFile } from './format/schema';

/** A scored decision that exercises a competence. */
export interface CoverageHit {
  readonly scenarioId: string;
  readonly decision: string;
}

/** Per RNCP41781 competence, the decisions of the given scenarios that measure it. */
export interface Coverage {
  readonly byCompetence: ReadonlyArray<{
    readonly competenceId: string;
    readonly hits: readonly CoverageHit[];
  }>;
  /** Competences no scenario measures yet. */
  readonly unreached: readonly string[];
  /** Competence IDs used by scenarios but absent from the référentiel (should always be empty). */
  readonly unknown: readonly string[];
}

/** Every (decision, competence) pair of a scenario's scoring map, field and option overrides included. */
export function decisionCompetences(scenario: ScenarioFile): { decision: string; competenceId: string }[] {
  const pairs: { decision: string; competenceId: string }[] = [];
  for (const [decision, def] of Object.entries(scenario.scoring)) {
    const ids = new Set(def.competences);
    for (const outcome of Object.values(def.options ?? {}))
      for (const id of outcome.competences ?? []) ids.add(id);
    for (const [field, scoring] of Object.entries(def.fields ?? {})) {
      for (const id of scoring.competences ?? [])
        pairs.push({ decision: `${decision}.${field}`, competenceId: id });
    }
    for (const id of ids) pairs.push({ decision, competenceId: id });
  }
  return pairs;
}

/** Which competences of the référentiel the scenarios reach, and which they do not. */
export function coverageOf(scenarios: readonly ScenarioFile[]): Coverage {
  const known = competencesOf('RNCP41781').map((competence) => competence.id);
  const hits = new Map<string, CoverageHit[]>(known.map((id) => [id, []]));
  const unknown = new Set<string>();
  for (const scenario of scenarios) {
    for (const { decision, competenceId } of decisionCompetences(scenario)) {
      const list = hits.get(competenceId);
      if (list) list.push({ scenarioId: scenario.id, decision });
      else unknown.add(competenceId);
    }
  }
  const byCompetence = known.map((competenceId) => ({ competenceId, hits: hits.get(competenceId) ?? [] }));
  return {
    byCompetence,
    unreached: byCompetence.filter((entry) => entry.hits.length === 0).map((entry) => entry.competenceId),
    unknown: [...unknown].sort(),
  };
}
