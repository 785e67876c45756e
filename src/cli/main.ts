import type { CliIo } from './command';
import { nodeIo } from './node-io';
import { commands } from './registry';

function printHelp(io: CliIo): void {
  io.out('Une année en mairie — ligne de commande');
  io.out('');
  io.out('Usage : npm run cli -- <commande> [options]');
  io.out('');
  for (const command of commands) io.out(`  ${command.name.padEnd(12)} ${command.summary}`);
  io.out('');
  io.out('Aide d’une commande : npm run cli -- <commande> --help');
}

/** Dispatches `argv` to a command; returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    printHelp(io);
    return 0;
  }
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    io.err(`Commande inconnue : « ${name} ».`);
    printHelp(io);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(command.summary);
    io.out(command.usage);
    return 0;
  }
  return command.run(rest, io);
}

const isEntryPoint = process.argv[1] !== undefined && /src[\\/]cli[\\/]main\.ts$/.test(process.argv[1]);
if (isEntryPoint) {
  runCli(process.argv.slice(2), nodeIo).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`Erreur inattendue : ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
