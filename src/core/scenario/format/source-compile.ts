import type { ScenarioSourceFile, SourceDocumentField } from './source-schema';
import { StepCompiler, type CompileProblem } from './source-steps';
import { TextTable } from './source-texts';
import { compileVariants } from './source-variants';
import { SourcePaths } from './source-paths';

/** A source compiled to the runtime form (still to be checked by its schema), and the way back to the source. */
export interface Compilation {
  readonly compiled: Record<string, unknown>;
  readonly paths: SourcePaths;
  readonly problems: readonly CompileProblem[];
}

function documentField(field: SourceDocumentField): { id: string; label: string; value: string } {
  if (field.length === 3) return { id: field[0], label: field[1], value: field[2] };
  return { id: fieldIdOf(field[0]), label: field[0], value: field[1] };
}

/**
 * The id of a document field written as a pair: its label in lower case, without accents, spaces and
 * punctuation turned into `-` (« Date de naissance » → `date-de-naissance`). Inspections name fields by it.
 */
export function fieldIdOf(label: string): string {
  return label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Compiles a format 2 source into the runtime form, as ink compiles its source: inline texts move to the
 * `texts` table under generated stable ids, verdicts and scales move to `scoring`, document pairs become
 * fields, a dialogue's role defaults to its speaker's, and axes become variants.
 */
export function compileSource(source: ScenarioSourceFile): Compilation {
  const texts = new TextTable();
  const { format: _format, axes: _axes, variants: _variants, cast, documents, steps, ...header } = source;
  const compiledCast = Object.fromEntries(
    Object.entries(cast).map(([id, member]) => [
      id,
      { ...member, name: texts.put(['cast', id], `cast.${id}.name`, member.name) },
    ]),
  );
  const compiledDocuments = documents
    ? Object.fromEntries(
        Object.entries(documents).map(([docId, paper]) => {
          const at = `documents.${docId}`;
          const fields = paper.fields.map((written, i) => {
            const field = documentField(written);
            const path = `${at}.fields[${i}]`;
            const label = texts.put(['doc', docId, field.id], `${path}[${written.length - 2}]`, field.label);
            const value = texts.put(
              ['doc', docId, field.id, 'v'],
              `${path}[${written.length - 1}]`,
              field.value,
            );
            return { id: field.id, label, value };
          });
          const body = paper.body?.map((line, i) =>
            texts.put(['doc', docId, 'body', i + 1], `${at}.body[${i}]`, line),
          );
          const title = texts.put(['doc', docId, 'title'], `${at}.title`, paper.title);
          return [
            docId,
            body ? { title, kind: paper.kind, fields, body } : { title, kind: paper.kind, fields },
          ];
        }),
      )
    : undefined;
  const speakerRoles = new Map(Object.entries(cast).map(([id, member]) => [id, member.role]));
  const stepCompiler = new StepCompiler(texts, speakerRoles);
  const compiledSteps = Object.fromEntries(
    Object.entries(steps).map(([stepId, step]) => [stepId, stepCompiler.compile(stepId, step)]),
  );
  const { variants, problems } = compileVariants(source);
  const compiled: Record<string, unknown> = {
    ...header,
    cast: compiledCast,
    ...(variants ? { variants: variants.map(({ sourcePath: _path, ...variant }) => variant) } : {}),
    texts: texts.texts,
    ...(compiledDocuments ? { documents: compiledDocuments } : {}),
    steps: compiledSteps,
    scoring: stepCompiler.scoring,
  };
  const variantPaths = (variants ?? []).map((variant) => variant.sourcePath);
  return {
    compiled,
    paths: new SourcePaths(texts.paths, stepCompiler.sites, variantPaths),
    problems: [...stepCompiler.problems, ...problems],
  };
}
