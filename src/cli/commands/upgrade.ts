import { scenarioSchema } from '../../core/scenario';
import { compileSource } from '../../core/scenario/format/source-compile';
import { sourceSchema } from '../../core/scenario/format/source-schema';
import { describeIssues } from '../../core/validation/schema';
import { hasFlag, positionalArgs, type CliCommand, type CliIo } from '../command';
import { decompile } from '../upgrade/decompile';
import { factorAxes } from '../upgrade/factor-axes';
import { firstDifference } from '../upgrade/same-compiled';

/** The axes and the variants that pick from them, where the variants were: before the documents. */
function withAxesBeforeDocuments(
  source: Record<string, unknown>,
  factored: { axes: Record<string, unknown[]>; variants: unknown[] },
): Record<string, unknown> {
  const entries = Object.entries(source).filter(([key]) => key !== 'variants');
  const at = entries.findIndex(([key]) => key === 'documents' || key === 'start');
  entries.splice(at, 0, ['axes', factored.axes], ['variants', factored.variants]);
  return Object.fromEntries(entries);
}

function upgradeFile(file: string, io: CliIo, withAxes: boolean): boolean {
  let raw: unknown;
  try {
    raw = JSON.parse(io.readText(file));
  } catch (error) {
    io.err(`${file} : fichier illisible (${error instanceof Error ? error.message : String(error)}).`);
    return false;
  }
  const old = scenarioSchema.safeParse(raw);
  if (!old.success) {
    io.err(
      `${file} : pas un scénario au format 1 valide (${describeIssues(old.error).slice(0, 3).join(' ; ')}).`,
    );
    return false;
  }
  const decompiled = decompile(old.data);
  const source =
    withAxes && old.data.variants
      ? withAxesBeforeDocuments(decompiled, factorAxes(old.data.variants))
      : decompiled;
  const parsed = sourceSchema.safeParse(source);
  if (!parsed.success) {
    io.err(`${file} : conversion refusée (${describeIssues(parsed.error).slice(0, 3).join(' ; ')}).`);
    return false;
  }
  const compiled = scenarioSchema.safeParse(compileSource(parsed.data).compiled);
  const difference = compiled.success ? firstDifference(old.data, compiled.data) : 'forme compilée invalide';
  if (difference !== null) {
    io.err(`${file} : conversion refusée, la forme compilée diffère de l’original (${difference}).`);
    return false;
  }
  // The decompiled object, not zod's copy: its keys are in the order an author reads (label, verdict, next).
  io.writeText(file, `${JSON.stringify(source, null, 2)}\n`);
  const before = Object.keys(old.data.texts).length;
  io.out(`${file} : format 2 (${before} clés de texte remplacées par les textes en place).`);
  return true;
}

/** `upgrade <files…> [--axes]`: rewrites format 1 scenario files in format 2, checking the round trip. */
export const upgradeCommand: CliCommand = {
  name: 'upgrade',
  summary: 'Convertit des scénarios du format 1 au format 2 (textes en place), sans rien changer au jeu.',
  usage:
    'Usage : npm run cli -- upgrade <scenario.json>… [--axes]\n' +
    '  --axes : range les variables des variantes par familles (famEpoux, famMotif…) en axes de variation.\n' +
    'Chaque fichier n’est réécrit que si sa forme compilée est identique à l’original (textes compris).\n' +
    'Passez ensuite `npx prettier --write <fichiers>`.',
  run(args, io) {
    const files = positionalArgs(args, []);
    if (files.length === 0) {
      io.err(this.usage);
      return 2;
    }
    const results = files.map((file) => upgradeFile(file, io, hasFlag(args, '--axes')));
    return results.every(Boolean) ? 0 : 1;
  },
};
