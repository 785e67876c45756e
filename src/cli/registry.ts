import type { CliCommand } from './command';
import { rulesCommand } from './commands/rules';

/** Every command of the CLI, in the order `--help` lists them. */
export const commands: readonly CliCommand[] = [rulesCommand];
