import { formatScenarioError } from '../../core/scenario/format/errors';
import type { CliCommand } from '../command';
import { readCatalogue } from '../scenario-files';

/** `validate [files…]`: checks scenario files; exit 1 on any error. */
export const validateCommand: CliCommand = {
  name: 'validate',
  summary: 'Vérifie les fichiers de scénario (tous ceux de scenarios/ par défaut).',
  usage: 'Usage : npm run cli -- validate [<scenario.json>…]',
  run(args, io) {
    const files = args.filter((arg) => !arg.startsWith('--'));
    const catalogue = readCatalogue(io, files);
    for (const error of catalogue.errors) io.err(formatScenarioError(error));
    const count = Object.keys(catalogue.scenarios).length;
    if (catalogue.errors.length > 0) {
      io.err(`${catalogue.errors.length} erreur(s).`);
      return 1;
    }
    io.out(`${count} scénario(s) valide(s) : ${Object.keys(catalogue.scenarios).join(', ')}.`);
    return 0;
  },
};
