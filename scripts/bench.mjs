/* global document, window -- the probes below run inside the page, not in Node */
// `npm run bench`: not a test, a measurement. Builds the game and a bare Phaser 4 page with the same Vite
// settings, serves both, and prints ONE JSON object made of named sections (add a section to extend it):
//   initialJs — bytes of the JS loaded before the title is interactive (script + modulepreload tags), raw and gzip;
//   year      — a whole year simulated by bots in Node (scripts/bench-year.ts) and the reload of its save;
//   borne     — the kiosk « Découvrir le métier » soaked: BORNE_VISITS visits, finished and abandoned by turns
//               (scripts/borne-soak.mjs), JS heap after a forced GC, DOM nodes, event listeners and Phaser game
//               objects at visit 10 and at the last; budget: heap growth ≤ 5 %, no count growing with the visits;
//   startup   — median over RUNS cold loads in headless Chromium: navigation → title interactive (game) and
//               navigation → first frame (bare page), and their ratio; also, for information, navigation →
//               the façade drawn behind the title (`data-scene="title"` on the canvas container);
//   frames    — p50/p95/p99 frame times in headless Chromium with the frame-rate cap off, during a count of 100
//               ballots dragged on stage and in the year's hub, and the cost of one redraw (scripts/bench-frames.ts).
// `npm run bench -- <section>…` runs only the sections named.
// Budgets (docs/PERFORMANCE.md): initial JS ≤ 450 KB gzip; title interactive ≤ 1.25 × the bare page;
// frame time p95 ≤ 16.7 ms.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_ARGS, chromiumPath } from './chromium-path.mjs';
import { servePreview } from './serve.mjs';
import { openKiosk, soak } from './borne-soak.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const RUNS = 5;
const BORNE_VISITS = 200;
const BUDGET = { initialJsGzipBytes: 450 * 1024, startupRatio: 1.25, borneHeapGrowthPercent: 5 };
const PAGES = {
  game: {
    outDir: 'dist',
    port: 4471,
    // The title menu's first button is visible and enabled.
    ready: () => {
      const button = document.querySelector(
        '#overlay[data-screen="titre"][data-ready="true"] [data-menu="annee"]',
      );
      return Boolean(button && !button.disabled && button.getBoundingClientRect().width > 0);
    },
    drawn: () => document.querySelector('#scene')?.getAttribute('data-scene') === 'title',
  },
  bare: {
    outDir: 'dist-bare',
    port: 4472,
    ready: () => document.documentElement.dataset.firstFrame === 'true',
  },
};

async function buildBoth() {
  const configFile = join(ROOT, 'vite.config.ts');
  await build({ configFile, root: ROOT, logLevel: 'error' });
  await build({
    configFile,
    root: join(ROOT, 'scripts', 'bare'),
    logLevel: 'error',
    build: { outDir: join(ROOT, 'dist-bare'), emptyOutDir: true },
  });
}

/** Files named by the built index.html's module script and modulepreload links. */
function initialScripts(outDir) {
  const html = readFileSync(join(ROOT, outDir, 'index.html'), 'utf8');
  const tags = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ];
  return tags.map((match) => match[1]);
}

function initialJs(outDir) {
  const files = initialScripts(outDir).map((src) => {
    const bytes = readFileSync(join(ROOT, outDir, src));
    return { file: src.replace(/^\.?\//, ''), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  const sum = (key) => files.reduce((total, file) => total + file[key], 0);
  return { rawBytes: sum('raw'), gzipBytes: sum('gzip'), files };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * Milliseconds from navigation start to each condition of `probes` ({ name: () => boolean }), in a fresh
 * browser context (cold cache). Conditions are checked on every DOM mutation and every frame.
 */
async function timeTo(browser, url, probes) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  const entries = Object.entries(probes).map(
    ([name, probe]) => `[${JSON.stringify(name)}, ${probe.toString()}]`,
  );
  await page.addInitScript(`(() => {
    const probes = [${entries.join(', ')}];
    const times = (window.__benchTimes = {});
    const check = () => {
      for (const [name, probe] of probes) if (times[name] === undefined && probe()) times[name] = performance.now();
    };
    new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
    const poll = () => { check(); if (Object.keys(times).length < probes.length) requestAnimationFrame(poll); };
    requestAnimationFrame(poll);
  })()`);
  await page.goto(url);
  const count = Object.keys(probes).length;
  await page.waitForFunction((n) => Object.keys(window.__benchTimes).length === n, count, {
    timeout: 60_000,
  });
  const times = await page.evaluate(() => window.__benchTimes);
  await context.close();
  return Object.fromEntries(Object.entries(times).map(([name, ms]) => [name, Math.round(ms)]));
}

async function startup() {
  const servers = {
    game: await servePreview({ port: PAGES.game.port, outDir: PAGES.game.outDir }),
    bare: await servePreview({ port: PAGES.bare.port, outDir: PAGES.bare.outDir }),
  };
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    const samples = { game: [], gameDrawn: [], bare: [] };
    const probes = {
      game: { ready: PAGES.game.ready, drawn: PAGES.game.drawn },
      bare: { ready: PAGES.bare.ready },
    };
    await timeTo(browser, servers.bare.url, probes.bare); // warm-up: the OS file cache, not measured
    for (let run = 0; run < RUNS; run += 1) {
      for (const name of run % 2 === 0 ? ['bare', 'game'] : ['game', 'bare']) {
        const times = await timeTo(browser, servers[name].url, probes[name]);
        samples[name].push(times.ready);
        if (name === 'game') samples.gameDrawn.push(times.drawn);
      }
    }
    const game = median(samples.game);
    const bare = median(samples.bare);
    const ratio = Math.round((game / bare) * 100) / 100;
    return {
      runs: RUNS,
      chromium: browser.version(),
      gameTitleInteractiveMs: { median: game, samples: samples.game },
      gameTitleDrawnMs: { median: median(samples.gameDrawn), samples: samples.gameDrawn },
      bareFirstFrameMs: { median: bare, samples: samples.bare },
      ratio,
      budgetRatio: BUDGET.startupRatio,
      withinBudget: ratio <= BUDGET.startupRatio,
    };
  } finally {
    await browser.close();
    await Promise.all(Object.values(servers).map((server) => server.stop()));
  }
}

/** A kiosk running all day: the soak of scripts/borne-soak.mjs on the production build, with a touch screen. */
async function borne() {
  const server = await servePreview({ port: 4473, outDir: PAGES.game.outDir });
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, hasTouch: true });
    const page = await context.newPage();
    await openKiosk(page, server.url);
    const result = await soak(page, BORNE_VISITS);
    const early = result.atVisit10;
    const late = result.atLastVisit;
    // A few nodes come and go with the screen shown; a leak grows with the visits.
    const countsSteady =
      late.nodes <= early.nodes * 1.3 &&
      late.listeners <= early.listeners + 15 &&
      late.gameObjects <= early.gameObjects + 4;
    return {
      ...result,
      budgetHeapGrowthPercent: BUDGET.borneHeapGrowthPercent,
      withinBudget: result.heapGrowthPercent <= BUDGET.borneHeapGrowthPercent && countsSteady,
    };
  } finally {
    await browser.close();
    await server.stop();
  }
}

/** Runs a TypeScript part of the bench with tsx; its progress goes to stderr, its JSON to stdout. */
const tsxJson = (script, ...args) =>
  JSON.parse(
    execFileSync(
      process.execPath,
      [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, script), ...args],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    ),
  );

const SECTIONS = {
  initialJs: () => {
    const game = initialJs(PAGES.game.outDir);
    return {
      game,
      bare: initialJs(PAGES.bare.outDir),
      budgetGzipBytes: BUDGET.initialJsGzipBytes,
      withinBudget: game.gzipBytes <= BUDGET.initialJsGzipBytes,
    };
  },
  startup,
  borne,
  year: () => tsxJson('scripts/bench-year.ts'),
  frames: () => tsxJson('scripts/bench-frames.ts', PAGES.game.outDir, PAGES.bare.outDir),
};

// `npm run bench -- frames year` runs only the sections named; no name runs them all.
const chosen = process.argv.slice(2);
const unknown = chosen.filter((name) => !(name in SECTIONS));
if (unknown.length > 0) {
  console.error(`Section inconnue : ${unknown.join(', ')} (sections : ${Object.keys(SECTIONS).join(', ')}).`);
  process.exit(1);
}
await buildBoth();
const report = {};
for (const name of chosen.length > 0 ? chosen : Object.keys(SECTIONS)) report[name] = await SECTIONS[name]();
console.log(JSON.stringify(report, null, 2));
