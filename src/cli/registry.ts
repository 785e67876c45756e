import type { CliCommand } from './command';
import { playCommand } from './commands/play';
import { rulesCommand } from './commands/rules';
import { validateCommand } from './commands/validate';

/** Every command of the CLI, in the order `--help` lists them. */
export const commands: readonly CliCommand[] = [validateCommand, playCommand, rulesCommand];
