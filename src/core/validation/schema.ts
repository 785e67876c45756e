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
