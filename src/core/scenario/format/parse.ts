import { err, ok, type Result } from '../../result';
import { formatPath, type z } from '../../validation/schema';
import { findDuplicateKeys } from './duplicate-keys';
import { describeFound, ErrorSink, type ScenarioError } from './errors';
import type { ScenarioKnowledge } from './knowledge';
import { scenarioSchema, type ScenarioFile } from './schema';
import { expectedOf, messageOf } from './schema-issues';
import { checkBinome } from './validate-binome';
import { checkGraph } from './validate-graph';
import { checkReferences } from './validate-references';
import { checkScoring } from './validate-scoring';
import { checkWorld } from './validate-world';
import { checkClosedDays } from './closed-days';
import { compileSource } from './source-compile';
import { sourceSchema } from './source-schema';

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let current = raw;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function schemaErrors(
  issues: readonly z.core.$ZodIssue[],
  raw: unknown,
  file: string,
  toSource: (path: string) => string = (path) => path,
): ScenarioError[] {
  return issues.map((issue) => ({
    file,
    path: toSource(formatPath(issue.path)),
    expected: expectedOf(issue),
    found: describeFound(valueAt(raw, issue.path)),
    message: messageOf(issue),
  }));
}

function semanticErrors(scenario: ScenarioFile, file: string, knowledge: ScenarioKnowledge): ScenarioError[] {
  const sink = new ErrorSink(file);
  checkGraph(scenario, sink);
  checkReferences(scenario, knowledge, sink);
  checkScoring(scenario, knowledge, sink);
  checkWorld(scenario, knowledge, sink);
  checkClosedDays(scenario, sink);
  checkBinome(scenario, sink);
  return sink.errors;
}

/** Checks a scenario in the compiled (runtime) form: its schema, then the semantic checks. */
export function validateScenario(
  raw: unknown,
  file: string,
  knowledge: ScenarioKnowledge,
): Result<ScenarioFile, ScenarioError[]> {
  const parsed = scenarioSchema.safeParse(raw);
  if (!parsed.success) return err(schemaErrors(parsed.error.issues, raw, file));
  const errors = semanticErrors(parsed.data, file, knowledge);
  return errors.length > 0 ? err(errors) : ok(parsed.data);
}

function isFormatOne(raw: unknown): boolean {
  return typeof raw === 'object' && raw !== null && 'texts' in raw && !('format' in raw);
}

/**
 * Checks a scenario source (format 2): its schema, then compiles it and runs the semantic checks on the
 * compiled form. Every error points into the source file, where the author wrote the faulty thing.
 */
export function validateSource(
  raw: unknown,
  file: string,
  knowledge: ScenarioKnowledge,
): Result<ScenarioFile, ScenarioError[]> {
  if (isFormatOne(raw))
    return err([
      {
        file,
        path: 'format',
        expected: '"format": 2',
        found: 'un fichier au format 1 (avec « texts »)',
        message:
          'Ce scénario est écrit dans l’ancien format 1 : convertissez-le avec `npm run cli -- upgrade <fichier>` (docs/AUTHORING.md).',
      },
    ]);
  const parsed = sourceSchema.safeParse(raw);
  if (!parsed.success) return err(schemaErrors(parsed.error.issues, raw, file));
  const { compiled, paths, problems } = compileSource(parsed.data);
  const toSource = (path: string) => paths.toSource(path);
  const compileErrors = problems.map((problem) => ({
    file,
    path: problem.path,
    message: problem.message,
    expected: problem.expected,
    found: describeFound(problem.found),
  }));
  const checked = scenarioSchema.safeParse(compiled);
  if (!checked.success)
    return err([...compileErrors, ...schemaErrors(checked.error.issues, compiled, file, toSource)]);
  const errors = [
    ...compileErrors,
    ...semanticErrors(checked.data, file, knowledge).map((error) => ({
      ...error,
      path: toSource(error.path),
    })),
  ];
  return errors.length > 0 ? err(errors) : ok(checked.data);
}

/**
 * Parses a scenario source file's text (format 2): JSON syntax, keys written twice, the schema, the
 * compilation and the semantic checks.
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
  return validateSource(raw, file, knowledge);
}
