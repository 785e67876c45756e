import {
  autoplay,
  compileScenario,
  seedPerVariant,
  type BotStrategy,
  type ScenarioFile,
  type ScenarioProgram,
} from '../../core/scenario';
import { hasFlag, positionalArgs, type CliCommand } from '../command';
import { readCatalogue } from '../scenario-files';

const WALKS = 200;

function stepCounts(scenario: ScenarioFile): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const step of Object.values(scenario.steps)) counts[step.type] = (counts[step.type] ?? 0) + 1;
  return counts;
}

function pathOf(program: ScenarioProgram, seed: number, strategy: BotStrategy) {
  const run = autoplay(program, { seed }, strategy, seed);
  return { events: run.log.length, steps: run.visited, decisions: run.snapshot.context.evidence.length };
}

/** `paths <scenarioId> [--json]`: what paths a scenario offers, variant by variant. */
export const pathsCommand: CliCommand = {
  name: 'paths',
  summary:
    'Résume les chemins d’un scénario : étapes, variantes, chemin juste, chemin négligent, parties au hasard.',
  usage: 'Usage : npm run cli -- paths <scenarioId> [--json]',
  run(args, io) {
    const [scenarioId] = positionalArgs(args, []);
    const catalogue = readCatalogue(io);
    const scenario = scenarioId ? catalogue.scenarios[scenarioId] : undefined;
    if (!scenario) {
      io.err(
        `Scénario inconnu : « ${scenarioId ?? ''} ». Disponibles : ${Object.keys(catalogue.scenarios).join(', ')}.`,
      );
      return 2;
    }
    const program = compileScenario(scenario, catalogue.scenarios);
    const variants = [...seedPerVariant(program)].map(([variant, seed]) => {
      const lengths = Array.from({ length: WALKS }, (_, walk) =>
        autoplay(program, { seed }, 'random', walk + 1),
      )
        .map((run) => run.log.length)
        .sort((a, b) => a - b);
      return {
        variant,
        seed,
        good: pathOf(program, seed, 'good'),
        careless: pathOf(program, seed, 'careless'),
        randomEvents: {
          walks: WALKS,
          min: lengths[0] ?? 0,
          median: lengths[WALKS >> 1] ?? 0,
          max: lengths.at(-1) ?? 0,
        },
      };
    });
    const summary = {
      scenario: scenario.id,
      version: scenario.version,
      steps: stepCounts(scenario),
      decisions: Object.keys(scenario.scoring).length,
      ends: Object.entries(scenario.steps)
        .filter(([, step]) => step.type === 'end')
        .map(([id]) => id),
      variants,
    };
    if (hasFlag(args, '--json')) {
      io.out(JSON.stringify(summary, null, 2));
      return 0;
    }
    io.out(`${scenario.title} (${scenario.id}, version ${scenario.version})`);
    io.out(
      `Étapes : ${Object.entries(summary.steps)
        .map(([type, n]) => `${n} ${type}`)
        .join(', ')} ; ${summary.decisions} décisions notées ; fins : ${summary.ends.join(', ')}.`,
    );
    for (const entry of variants) {
      io.out(`Variante « ${entry.variant} » (graine ${entry.seed}) :`);
      io.out(
        `  chemin juste : ${entry.good.events} événements, ${entry.good.decisions} preuves — ${entry.good.steps.join(' → ')}`,
      );
      io.out(`  chemin négligent : ${entry.careless.events} événements, ${entry.careless.decisions} preuves`);
      io.out(
        `  ${WALKS} parties au hasard : ${entry.randomEvents.min} à ${entry.randomEvents.max} événements (médiane ${entry.randomEvents.median})`,
      );
    }
    return 0;
  },
};
