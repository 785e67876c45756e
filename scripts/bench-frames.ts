// Part of `npm run bench` (section `frames`): frame times of the production build in headless Chromium with the
// frame-rate cap off, during a scripted count of 100 ballots on stage and in the year's hub. Prints one JSON object.
// Usage: tsx scripts/bench-frames.ts [outDir] [bareDir] (default `dist` and `dist-bare`, built by the bench).
import type { Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { DEFAULT_WORLD_VARS, autoplay, compileScenario, type ScenarioEvent } from '../src/core/scenario';
import { repoCatalogue } from '../tests/unit/core/scenario/repo-scenarios';
import { playEvent } from '../tests/browser/scenario-driver';
// @ts-expect-error -- plain ES module shared with the tests and the bench.
import { CHROMIUM_ARGS, chromiumPath } from './chromium-path.mjs';
// @ts-expect-error -- plain ES module shared with the tests and the bench.
import { servePreview } from './serve.mjs';
import { percentile, RECORDER, runs, startFrames, stopFrames, summary, type Summary } from './frame-stats';

/** An unusual port: other engineers' servers run on the usual ones. */
const PORT = 4620;
/**
 * The count of 100 ballots is measured in three consecutive windows, to show the spread: the road to the count
 * (1–2 minutes under load) is played once, and each drag takes 2–5 s of Playwright's round trips on this machine.
 */
const RUNS = 3;
const BALLOTS = 100;
/** Redraws timed one by one through the mirrors (the keyboard's path), after the count. */
const REDRAWS = 40;
const HUB_HOVER_MS = 600;
const HUB_IDLE_MS = 3_000;
const SESSION_CODE = 7;
/** Uncapped frames: rAF runs as fast as the page can draw, so its deltas are the frames' cost. */
const FRAME_ARGS = ['--disable-frame-rate-limit', '--disable-gpu-vsync'];

interface Box {
  readonly x: number;
  readonly y: number;
}

/** Progress on stderr: stdout is the JSON. */
const say = (line: string) => process.stderr.write(`frames: ${line}\n`);

async function centre(page: Page, object: string): Promise<Box> {
  const box = await page.locator(`[data-object="${object}"]`).boundingBox();
  if (!box) throw new Error(`objet absent : ${object}`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

const handled = async (page: Page) => (await page.getAttribute('#scene', 'data-handled')) ?? '';

/** Waits until the canvas has drawn an arrangement other than `before`. */
async function redrawn(page: Page, before: string): Promise<string> {
  await page.waitForFunction(
    (previous) => {
      const now = document.querySelector<HTMLElement>('#scene')?.dataset.handled;
      return now !== undefined && now !== previous;
    },
    before,
    { timeout: 30_000 },
  );
  return handled(page);
}

/** From the title to the dépouillement's staged count, its other steps answered through the views. */
async function reachCount(page: Page, baseUrl: string): Promise<{ items: string[]; piles: string[] }> {
  const { scenarios } = repoCatalogue();
  const scenario = scenarios['depouillement'];
  if (!scenario) throw new Error('dépouillement absent du catalogue');
  const program = compileScenario(scenario, scenarios);
  const log: readonly ScenarioEvent[] = autoplay(
    program,
    { seed: SESSION_CODE, worldVars: DEFAULT_WORLD_VARS },
    'good',
    SESSION_CODE,
  ).log;
  const count = log.findIndex((event) => event.type === 'user.submit' && 'e1' in event.values);
  await page.goto(baseUrl);
  await page.click('#overlay[data-screen="titre"][data-ready="true"] [data-menu="situation"]');
  await page.fill('#code-session', String(SESSION_CODE));
  await page.click('[data-scenario="depouillement"]');
  await page.waitForSelector('.v-host');
  for (const [index, event] of log.slice(0, count).entries()) {
    say(`étape ${index + 1}/${count}`);
    const refused = await playEvent(page, event);
    if (refused.length > 0) throw new Error(`réponse refusée : ${refused.join(' ; ')}`);
  }
  await page.waitForSelector('.v-host[data-staged="bulletins"]');
  await page.waitForFunction(() =>
    /^table:\d+ /.test(document.querySelector<HTMLElement>('#scene')?.dataset.handled ?? ''),
  );
  const keys = (prefix: string) =>
    page.$$eval(
      `[data-object^="${prefix}"]`,
      (nodes, cut) => nodes.map((node) => (node as HTMLElement).dataset.object?.slice(cut) ?? ''),
      prefix.length,
    );
  return { items: await keys('item:'), piles: await keys('pile:') };
}

/**
 * Envelopes dragged with the mouse from where they lie to another pile, as a scrutateur sorts and
 * re-sorts the count: envelope k of round r goes to pile (k + r + 1) mod piles, never where it already lies.
 * Each drop redraws the stage; the next drag starts once the canvas reports the new arrangement.
 */
async function sortMoves(
  page: Page,
  items: readonly string[],
  piles: readonly string[],
  moves: readonly number[],
) {
  let report = await handled(page);
  for (const move of moves) {
    const index = move % items.length;
    const turn = Math.floor(move / items.length);
    const from = await centre(page, `item:${items[index] ?? ''}`);
    const to = await centre(page, `pile:${piles[(index + turn + 1) % piles.length] ?? ''}`);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 2 });
    await page.mouse.up();
    report = await redrawn(page, report);
    if ((move + 1) % 10 === 0) say(`déplacement ${move + 1} : ${report}`);
  }
}

/**
 * The cost of one redraw as the keyboard causes it. In the page, `count` redraws caused through the mirrors, one frame apart: for each, the synchronous time of
 * the click (presenter, mirror and canvas update) and the time until the next frame starts (the click plus the
 * frame that draws it). A string: tsx would wrap named functions in a helper the page does not have.
 */
const TIME_REDRAWS = `async (count) => {
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const keys = (prefix) =>
    [...document.querySelectorAll('[data-object^="' + prefix + '"]')].map((node) => node.dataset.object);
  const handled = () => document.querySelector('#scene').dataset.handled;
  const press = async (key) => {
    const button = document.querySelector('[data-object="' + key + '"]');
    if (!button) throw new Error('miroir absent : ' + key);
    const start = performance.now();
    button.click();
    const clicked = performance.now() - start;
    await frame();
    return [clicked, performance.now() - start];
  };
  const piles = keys('pile:');
  const result = [];
  for (let i = 0; result.length < count; i += 1) {
    const items = keys('item:');
    // Picked, then put on a pile: both redraw (the pile only when it is not the one the envelope lies on).
    result.push(await press(items[i % items.length]));
    const before = handled();
    const put = await press(piles[i % piles.length]);
    if (handled() !== before) result.push(put);
    await frame();
  }
  return result;
}`;

async function redrawCost(page: Page) {
  const times = (await page.evaluate(`(${TIME_REDRAWS})(${REDRAWS})`)) as [number, number][];
  const sorted = (index: 0 | 1) => times.map((pair) => pair[index]).sort((x, y) => x - y);
  return {
    redraws: times.length,
    clickMedianMs: percentile(sorted(0), 50),
    clickP95Ms: percentile(sorted(0), 95),
    untilNextFrameMedianMs: percentile(sorted(1), 50),
    untilNextFrameP95Ms: percentile(sorted(1), 95),
  };
}

async function countOnStage(page: Page, baseUrl: string) {
  const { items, piles } = await reachCount(page, baseUrl);
  const windows: Summary[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    await startFrames(page);
    const start = Date.now();
    const moves = [...Array(BALLOTS).keys()].filter((move) => Math.floor((move * RUNS) / BALLOTS) === run);
    await sortMoves(page, items, piles, moves);
    windows.push(summary(await stopFrames(page), Date.now() - start));
    say(`compte, fenêtre ${run + 1} : ${JSON.stringify(windows.at(-1))}`);
  }
  const redraw = await redrawCost(page);
  say(`redessin : ${JSON.stringify(redraw)}`);
  return { envelopes: items.length, piles: piles.length, ballots: BALLOTS, ...runs(windows), redraw };
}

/** The year's hub: idle, then the pointer over each place in turn (the scene lights it), per window. */
async function hub(page: Page, baseUrl: string) {
  await page.goto(baseUrl);
  await page.click('#overlay[data-screen="titre"][data-ready="true"] [data-menu="annee"]');
  await page.click('[data-action="commencer-annee"]');
  await page.waitForSelector('#scene[data-scene="hub"]', { state: 'attached' });
  const spots = await page.$$eval('[data-hotspot]', (nodes) =>
    nodes.map((node) => (node as HTMLElement).dataset.hotspot ?? ''),
  );
  const windows: Summary[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    await page.mouse.move(5, 5);
    await startFrames(page);
    const start = Date.now();
    await page.waitForTimeout(HUB_IDLE_MS);
    for (const spot of spots) {
      const box = await page.locator(`[data-hotspot="${spot}"]`).boundingBox();
      if (box) await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
      await page.waitForTimeout(HUB_HOVER_MS);
    }
    windows.push(summary(await stopFrames(page), Date.now() - start));
    say(`hub, fenêtre ${run + 1} : ${JSON.stringify(windows.at(-1))}`);
  }
  return { hotspots: spots.length, idleMs: HUB_IDLE_MS, hoverMsEach: HUB_HOVER_MS, ...runs(windows) };
}

/**
 * The floor of this machine: the bench's bare Phaser page (one scene, one text), idle. On SwiftShader the frame
 * time is mostly the software rasteriser's, whatever the scene does.
 */
async function bare(page: Page, baseUrl: string) {
  await page.goto(baseUrl);
  await page.waitForFunction(() => document.documentElement.dataset.firstFrame === 'true');
  const windows: Summary[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    await startFrames(page);
    const start = Date.now();
    await page.waitForTimeout(HUB_IDLE_MS);
    windows.push(summary(await stopFrames(page), Date.now() - start));
    say(`page nue, fenêtre ${run + 1} : ${JSON.stringify(windows.at(-1))}`);
  }
  return { idleMs: HUB_IDLE_MS, ...runs(windows) };
}

type Server = { url: string; stop: () => Promise<void> };
const [outDir = 'dist', bareDir = 'dist-bare'] = process.argv.slice(2);
const server = (await servePreview({ port: PORT, outDir })) as Server;
const bareServer = (await servePreview({ port: PORT + 1, outDir: bareDir })) as Server;
const browser = await chromium.launch({
  executablePath: (chromiumPath as () => string)(),
  headless: true,
  args: [...(CHROMIUM_ARGS as string[]), ...FRAME_ARGS],
});
try {
  const open = async () => {
    const context = await browser.newContext({
      viewport: { width: 1366, height: 768 },
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    await page.addInitScript(RECORDER);
    return { context, page };
  };
  const stage = await open();
  const count = await countOnStage(stage.page, server.url);
  const renderer = await stage.page.getAttribute('#scene', 'data-renderer');
  await stage.context.close();
  const year = await open();
  const hubFigures = await hub(year.page, server.url);
  await year.context.close();
  const reference = await open();
  const bareFigures = await bare(reference.page, bareServer.url);
  await reference.context.close();
  console.log(
    JSON.stringify({
      chromium: browser.version(),
      renderer,
      flags: FRAME_ARGS,
      count,
      hub: hubFigures,
      bare: bareFigures,
    }),
  );
} finally {
  await browser.close();
  await Promise.all([server.stop(), bareServer.stop()]);
}
