// Part of `npm run bench`: how long a whole year takes to simulate in Node (a bot plays 52 weeks, every
// scenario included) and how long a save takes to reload (replay). Prints one JSON object.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createYearEnv, loadSaveText, loadYearLibrary, playYearWithBot, saveText } from '../src/core';

const SCENARIOS = join(import.meta.dirname, '..', 'scenarios');
const RUNS = 5;

const sources = readdirSync(SCENARIOS, { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.json'))
  .map((name) => ({ file: `scenarios/${name}`, text: readFileSync(join(SCENARIOS, name), 'utf8') }));
const library = loadYearLibrary(sources);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

const years: Record<string, unknown> = {};
for (const config of Object.values(library.years)) {
  const world = library.worlds[config.world];
  if (!world) continue;
  const env = createYearEnv(world, config, library.catalogue.scenarios);
  if (!env.ok) throw new Error(env.error);
  for (const bot of ['good', 'random', 'careless'] as const) {
    const play: number[] = [];
    const reload: number[] = [];
    let saveChars = 0;
    for (let run = 1; run <= RUNS; run += 1) {
      const start = performance.now();
      const year = playYearWithBot(
        env.value,
        { configId: config.id, seed: run, post: world.posts[0].id },
        bot,
        run,
      );
      play.push(performance.now() - start);
      if (!year.ok) throw new Error(year.error);
      const text = saveText(env.value, year.value.state, '2026-11-23T12:00:00.000Z');
      saveChars = Math.max(saveChars, text.length);
      const restoreStart = performance.now();
      if (!loadSaveText(text, library).ok) throw new Error('sauvegarde illisible');
      reload.push(performance.now() - restoreStart);
    }
    years[`${config.id}/${bot}`] = {
      playYearMs: Math.round(median(play)),
      reloadSaveMs: Math.round(median(reload)),
      largestSaveFileChars: saveChars,
    };
  }
}
console.log(JSON.stringify({ runs: RUNS, years }));
