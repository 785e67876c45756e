/** What a command may touch: output streams and the file system, injected so commands are testable. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  readText(path: string): string;
  writeText(path: string, text: string): void;
  listFiles(directory: string, extension: string): string[];
}

/** One sub-command of `npm run cli -- <name>`. */
export interface CliCommand {
  readonly name: string;
  /** One French line for `--help`. */
  readonly summary: string;
  /** Usage line(s), French. */
  readonly usage: string;
  /** Runs the command and returns the process exit code. */
  run(args: readonly string[], io: CliIo): number | Promise<number>;
}

/** Reads `--name value` from an argument list. */
export function optionValue(args: readonly string[], name: string): string | undefined {
  const index = args.indexOf(name);
  if (index === -1) return undefined;
  return args[index + 1];
}

/** True when a bare flag such as `--json` is present. */
export function hasFlag(args: readonly string[], name: string): boolean {
  return args.includes(name);
}

/** Arguments that are neither options nor their values. */
export function positionalArgs(args: readonly string[], optionsWithValue: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (optionsWithValue.includes(arg)) i += 1;
    else if (!arg.startsWith('--')) out.push(arg);
  }
  return out;
}
