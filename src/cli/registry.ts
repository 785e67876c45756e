import type { CliCommand } from './command';
import { coverageCommand } from './commands/coverage';
import { pathsCommand } from './commands/paths';
import { playCommand } from './commands/play';
import { referentielCommand } from './commands/referentiel';
import { rulesCommand } from './commands/rules';
import { schemaCommand } from './commands/schema';
import { upgradeCommand } from './commands/upgrade';
import { validateCommand } from './commands/validate';
import { yearCommand } from './commands/year';

/** Every command of the CLI, in the order `--help` lists them. */
export const commands: readonly CliCommand[] = [
  validateCommand,
  playCommand,
  pathsCommand,
  rulesCommand,
  referentielCommand,
  coverageCommand,
  yearCommand,
  schemaCommand,
  upgradeCommand,
];
