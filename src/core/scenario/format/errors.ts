/** A precise, French problem in a scenario file: where it is, what was expected, what was found. */
export interface ScenarioError {
  readonly file: string;
  /** Path inside the file, e.g. `steps.accueil.next`. */
  readonly path: string;
  readonly expected: string;
  readonly found: string;
  /** The problem in one French sentence. */
  readonly message: string;
}

/** A short, readable rendering of a value found in a file. */
export function describeFound(value: unknown): string {
  if (value === undefined) return 'rien';
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 80 ? `${json.slice(0, 77)}…` : json;
}

/** One line per error, as the CLI prints them. */
export function formatScenarioError(error: ScenarioError): string {
  return `${error.file} › ${error.path} : ${error.message} (attendu : ${error.expected} ; trouvé : ${error.found})`;
}

/** Collects errors for one file. */
export class ErrorSink {
  readonly errors: ScenarioError[] = [];

  constructor(readonly file: string) {}

  add(path: string, message: string, expected: string, found: unknown): void {
    this.errors.push({ file: this.file, path, message, expected, found: describeFound(found) });
  }
}
