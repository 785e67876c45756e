import type { Result } from '../result';

/**
 * A domain of legal rules as the `rules` command and scenario guards see it:
 * a case is parsed from untrusted JSON, then evaluated by pure functions.
 */
export interface RuleDomain<Input, Output> {
  /** The command-line name: `npm run cli -- rules <id> case.json`. */
  readonly id: string;
  /** French title shown in `--help`. */
  readonly title: string;
  /** Validates a case file's content; the error is one French message. */
  parseCase(raw: unknown): Result<Input, string>;
  /** Applies the rules to a valid case. Pure and deterministic. */
  evaluate(input: Input): Output;
}
