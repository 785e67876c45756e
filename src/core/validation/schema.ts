import * as z from 'zod';

// Every message shown to a trainer or a trainee is French: zod speaks French from the first import on.
z.config(z.locales.fr());

export { z };

/** A path inside a JSON document, as a reader writes it: `states.accueil.on[0].target`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(racine)' : out;
}

/** One readable French line per problem found by a schema. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${formatPath(issue.path)} : ${issue.message}`);
}

/** Parses untrusted JSON data with a schema; on failure, a single French message listing every problem. */
export function parseWith<T>(
  schema: z.ZodType<T>,
  raw: unknown,
): { ok: true; value: T } | { ok: false; error: string } {
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, error: describeIssues(result.error).join(' ; ') };
}

/**
 * The French message of a case file dispatched on its `kind`: a non-object is not a case at all, an object
 * with a wrong or missing `kind` is told the kinds it may have. Zod types the issue of a discriminated
 * union as a union one even when the input is not an object, hence the test on the input itself.
 */
export function kindIssueMessage(kinds: readonly string[]): (issue: { input?: unknown }) => string {
  return (issue) =>
    typeof issue.input === 'object' && issue.input !== null && !Array.isArray(issue.input)
      ? `kind attendu : ${kinds
          .map((kind) => `« ${kind} »`)
          .join(', ')
          .replace(/, ([^,]*)$/, ' ou $1')}`
      : 'cas attendu : un objet JSON avec son « kind »';
}
