import { buildReport, formatMark } from '../../core/report';
import {
  autoplay,
  compileScenario,
  replayRun,
  viewOf,
  NETWORK_CONTACTS,
  type BotStrategy,
  type ScenarioEvent,
} from '../../core/scenario';
import { z, describeIssues } from '../../core/validation/schema';
import { hasFlag, optionValue, positionalArgs, type CliCommand, type CliIo } from '../command';
import { readCatalogue } from '../scenario-files';

const scriptSchema = z.array(
  z.union([
    z.strictObject({ type: z.literal('user.advance') }),
    z.strictObject({ type: z.literal('user.choose'), optionId: z.string() }),
    z.strictObject({
      type: z.literal('user.submit'),
      values: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string())])),
    }),
    z.strictObject({ type: z.literal('timer.expire') }),
    z.strictObject({ type: z.literal('network.ask'), contact: z.enum(NETWORK_CONTACTS) }),
  ]),
);

function readScript(path: string, io: CliIo): ScenarioEvent[] | string {
  try {
    const parsed = scriptSchema.safeParse(JSON.parse(io.readText(path)));
    return parsed.success ? parsed.data : `${path} : ${describeIssues(parsed.error).join(' ; ')}`;
  } catch (error) {
    return `${path} : ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** `play <id> --seed n (--script events.json | --bot good|random|careless) [--json]`. */
export const playCommand: CliCommand = {
  name: 'play',
  summary: 'Joue un scénario sans navigateur (script d’événements ou robot) et imprime le bilan.',
  usage:
    'Usage : npm run cli -- play <scenarioId> --seed <n> (--script <events.json> | --bot good|random|careless) [--json]',
  run(args, io) {
    const [scenarioId] = positionalArgs(args, ['--seed', '--script', '--bot']);
    const catalogue = readCatalogue(io);
    const scenario = scenarioId ? catalogue.scenarios[scenarioId] : undefined;
    if (!scenario) {
      io.err(
        `Scénario inconnu : « ${scenarioId ?? ''} ». Disponibles : ${Object.keys(catalogue.scenarios).join(', ')}.`,
      );
      return 2;
    }
    const seed = Number(optionValue(args, '--seed') ?? '1');
    if (!Number.isInteger(seed)) {
      io.err('--seed attend un entier.');
      return 2;
    }
    const program = compileScenario(scenario, catalogue.scenarios);
    const scriptPath = optionValue(args, '--script');
    const bot = (optionValue(args, '--bot') ?? 'good') as BotStrategy;
    let visited: readonly string[];
    let snapshot;
    let refused: string | null = null;
    if (scriptPath) {
      const script = readScript(scriptPath, io);
      if (typeof script === 'string') {
        io.err(`Script illisible : ${script}`);
        return 2;
      }
      const replay = replayRun(program, { seed }, script);
      ({ visited, snapshot } = replay);
      if (replay.refusedAt !== null)
        refused = `événement n° ${replay.refusedAt + 1} refusé à l’étape « ${visited[visited.length - 1] ?? ''} »`;
    } else if (['good', 'random', 'careless'].includes(bot)) {
      const run = autoplay(program, { seed }, bot, seed);
      ({ visited, snapshot } = run);
      refused = run.stoppedBecause;
    } else {
      io.err('--bot attend good, random ou careless.');
      return 2;
    }
    const report = buildReport({
      title: scenario.title,
      playedOn: '2026-11-23',
      evidence: snapshot.context.evidence,
    });
    const result = {
      scenario: scenario.id,
      version: scenario.version,
      seed,
      variant: snapshot.context.variant,
      done: snapshot.status === 'done',
      refused,
      visited,
      current: viewOf(program, snapshot),
      evidence: snapshot.context.evidence,
      meterChanges: snapshot.context.meterChanges,
      report: report.ok ? report.value : { error: report.error },
    };
    if (hasFlag(args, '--json')) {
      io.out(JSON.stringify(result, null, 2));
    } else {
      io.out(`${scenario.title} — variante « ${result.variant} » — ${result.done ? 'terminé' : 'inachevé'}`);
      io.out(`Étapes : ${visited.join(' → ')}`);
      for (const item of result.evidence) io.out(`  [${item.verdict}] ${item.step} — ${item.choice}`);
      if (report.ok) io.out(`Note globale : ${formatMark(report.value.overall.mark)}`);
      if (refused) io.err(refused);
    }
    return refused ? 1 : 0;
  },
};
