import { err, ok, type Result } from '../../result';
import { formatPath } from '../../validation/schema';
import { findDuplicateKeys } from './duplicate-keys';
import { describeFound, ErrorSink, type ScenarioError } from './errors';
import type { ScenarioKnowledge } from './knowledge';
import { scenarioSchema, type ScenarioFile } from './schema';
import { expectedOf, messageOf } from './schema-issues';
import { checkGraph } from './validate-graph';
import { checkReferences } from './validate-references';
import { checkScoring } from './validate-scoring';
import { checkWorld } from './validate-world';
import { checkClosedDays } from './closed-days';

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let current = raw;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Checks an already-parsed JSON value: the schema first, then the semantic checks. */
export function validateScenario(
  raw: unknown,
  file: string,
  knowledge: ScenarioKnowledge,
): Result<ScenarioFile, ScenarioError[]> {
  const parsed = scenarioSchema.safeParse(raw);
  if (!parsed.success) {
    return err(
      parsed.error.issues.map((issue) => ({
        file,
        path: formatPath(issue.path),
        expected: expectedOf(issue),
        found: describeFound(valueAt(raw, issue.path)),
        message: messageOf(issue),
      })),
    );
  }
  const scenario = parsed.data;
  const sink = new ErrorSink(file);
  checkGraph(scenario, sink);
  checkReferences(scenario, knowledge, sink);
  checkScoring(scenario, knowledge, sink);
  checkWorld(scenario, knowledge, sink);
  checkClosedDays(scenario, sink);
  return sink.errors.length > 0 ? err(sink.errors) : ok(scenario);
}

/**
 * Parses a scenario file's text: JSON syntax, keys written twice, the schema and the semantic checks.
 * Every problem comes back as a precise French {@link ScenarioError}; nothing is evaluated.
 */
export function parseScenarioText(
  text: string,
  file: string,
  knowledge: ScenarioKnowledge,
): Result<ScenarioFile, ScenarioError[]> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return err([
      {
        file,
        path: '(fichier)',
        expected: 'du JSON valide',
        found: error instanceof Error ? error.message : String(error),
        message: 'Le fichier n’est pas du JSON valide.',
      },
    ]);
  }
  const duplicates = findDuplicateKeys(text);
  if (duplicates.length > 0) {
    return err(
      duplicates.map((path) => ({
        file,
        path,
        expected: 'une clé unique',
        found: 'la même clé deux fois',
        message: 'Clé écrite deux fois : la seconde effacerait la première.',
      })),
    );
  }
  return validateScenario(raw, file, knowledge);
}
