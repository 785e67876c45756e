import { compressContent, payloadOf, saveText } from '../../core/save';
import { formatMark } from '../../core/report';
import type { BotStrategy } from '../../core/scenario';
import { formatFrenchDate } from '../../core/dates';
import {
  ACTIVITY_STATUS_LABELS,
  buildYearBilan,
  createYearEnv,
  loadYearLibrary,
  parseYearConfig,
  playYearWithBot,
  type YearBilan,
  type YearConfig,
} from '../../core/year';
import { hasFlag, optionValue, type CliCommand, type CliIo } from '../command';

const BOTS: readonly BotStrategy[] = ['good', 'random', 'careless'];

function readConfigFile(path: string, io: CliIo): YearConfig | string {
  try {
    const parsed = parseYearConfig(JSON.parse(io.readText(path)) as unknown);
    return parsed.ok ? parsed.value : `${path} : ${parsed.error}`;
  } catch (error) {
    return `${path} : ${error instanceof Error ? error.message : String(error)}`;
  }
}

function printText(bilan: YearBilan, io: CliIo, extra: { bot: string; saveChars: number; ms: number }): void {
  io.out(`${bilan.title} — code ${bilan.seed} — robot « ${extra.bot} »`);
  io.out(bilan.postLabel);
  io.out(
    `Semaines jouées : ${bilan.weeksPlayed} sur ${bilan.weekCount}${bilan.over ? ' (année terminée)' : ''}`,
  );
  io.out(`Note globale : ${formatMark(bilan.report.overall.mark)}`);
  for (const bloc of bilan.report.blocs)
    io.out(`  ${bloc.code} ${bloc.title} : ${formatMark(bloc.mark)}${bloc.validated ? ' (validé)' : ''}`);
  io.out('Jauges (début → fin) :');
  for (const meter of bilan.meters) io.out(`  ${meter.label} : ${meter.start} → ${meter.end}`);
  io.out('Scénarios :');
  for (const scenario of bilan.scenarios)
    io.out(
      `  ${formatFrenchDate(scenario.date)} — ${scenario.title} : ${ACTIVITY_STATUS_LABELS[scenario.status]}, ${scenario.decisions} décision(s), ${scenario.mistakes} à revoir`,
    );
  io.out('Moments clés :');
  for (const item of bilan.keyDecisions.slice(0, 20))
    io.out(
      `  ${formatFrenchDate(item.date)} — ${item.source} — ${item.text}${item.reference ? ` (${item.reference})` : ''}`,
    );
  io.out(
    `Sauvegarde compressée : ${extra.saveChars} caractères ; année simulée en ${Math.round(extra.ms)} ms.`,
  );
}

/** `year --seed n --bot good|random|careless [--config id | --config-file path] [--post id] [--json]`. */
export const yearCommand: CliCommand = {
  name: 'year',
  summary: 'Joue une année entière sans navigateur avec un robot et imprime le bilan.',
  usage:
    'Usage : npm run cli -- year --seed <n> --bot good|random|careless [--config annee-2027 | --config-file <annee.json>] [--post temps-plein|temps-partage] [--json]',
  run(args, io) {
    const seed = Number(optionValue(args, '--seed') ?? '1');
    if (!Number.isSafeInteger(seed)) {
      io.err('--seed attend un entier (le code de la partie).');
      return 2;
    }
    const bot = BOTS.find((candidate) => candidate === (optionValue(args, '--bot') ?? 'good'));
    if (!bot) {
      io.err('--bot attend good, random ou careless.');
      return 2;
    }
    const library = loadYearLibrary(
      io.listFiles('scenarios', '.json').map((file) => ({ file, text: io.readText(file) })),
    );
    for (const error of library.errors) io.err(error);
    const configFile = optionValue(args, '--config-file');
    const config = configFile
      ? readConfigFile(configFile, io)
      : (library.years[optionValue(args, '--config') ?? 'annee-2027'] ??
        `Année inconnue : « ${optionValue(args, '--config') ?? ''} ». Disponibles : ${Object.keys(library.years).join(', ')}.`);
    if (typeof config === 'string') {
      io.err(config);
      return 2;
    }
    const world = library.worlds[config.world];
    if (!world) {
      io.err(`Commune inconnue : « ${config.world} ».`);
      return 2;
    }
    const env = createYearEnv(world, config, library.catalogue.scenarios);
    if (!env.ok) {
      io.err(env.error);
      return 1;
    }
    const post = optionValue(args, '--post') ?? world.posts[0].id;
    const started = performance.now();
    const played = playYearWithBot(env.value, { configId: config.id, seed, post }, bot, seed);
    const ms = performance.now() - started;
    if (!played.ok) {
      io.err(played.error);
      return 1;
    }
    const bilan = buildYearBilan(env.value, played.value.state, '2026-11-23');
    if (!bilan.ok) {
      io.err(bilan.error);
      return 1;
    }
    const state = played.value.state;
    const saveChars = compressContent(payloadOf(env.value, state)).length;
    if (hasFlag(args, '--json')) {
      io.out(
        JSON.stringify(
          {
            config: config.id,
            seed,
            post,
            bot,
            events: state.log.length,
            save: {
              compressedChars: saveChars,
              fileChars: saveText(env.value, state, '2026-11-23T00:00:00Z').length,
            },
            bilan: bilan.value,
          },
          null,
          2,
        ),
      );
    } else {
      printText(bilan.value, io, { bot, saveChars, ms });
    }
    return state.phase === 'over' ? 0 : 1;
  },
};
