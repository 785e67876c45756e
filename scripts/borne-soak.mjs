/* global document, window -- the probes below run inside the page */
// Visits of the kiosk « Découvrir le métier » driven as a passer-by would, at the speed of its events:
// time passes through Playwright's clock, so an idle-out takes no real minute. Shared by the bench's `borne`
// section (200 visits) and the browser suite (20 visits).

/** The answers a finished visit gives (any answer would do: the kiosk must forget them all). */
const ANSWERS = {
  guichet: 'delivrer',
  election: 'une-voix',
  'achat-petit': 'habituel',
  'achat-grand': 'procedure-adaptee',
  maire: 'expliquer',
};

/**
 * A press on an element. The soak presses with the pointer: once Playwright's clock is installed, its synthetic
 * touches on the scenario's options never complete (the browser suite plays one visit with real touches, on the
 * real clock, in tests/browser/borne.test.ts).
 */
function touch(page, selector) {
  return page.locator(selector).click({ force: true });
}

const screenIs = (page, id) => page.locator(`#overlay[data-screen="${id}"][data-ready="true"]`).count();

/**
 * Waits until `selector` is on the page. Through a locator: `waitForSelector` would hand back an element handle
 * that DevTools keeps alive, and the soak would count the driver's own leak.
 */
function waitFor(page, selector) {
  return page.locator(selector).first().waitFor();
}

/** Waits until the kiosk shows the screen `id`, ready. */
export function until(page, id) {
  return waitFor(page, `#overlay[data-screen="${id}"][data-ready="true"]`);
}

/** Opens the kiosk on a page whose clock Playwright controls. */
export async function openKiosk(page, baseUrl) {
  await page.clock.install();
  // Time flows as usual (the stage draws its frames); only the idle-outs jump ahead.
  await page.clock.resume();
  await page.goto(`${baseUrl}/?mode=borne`);
  await until(page, 'borne-accueil');
}

/** Answers the step on screen, as a touch; returns false once the ending is shown. */
async function answerStep(page) {
  if (await screenIs(page, 'borne-fin')) return false;
  const step = await page.getAttribute('.v-step', 'data-step');
  const option = ANSWERS[step ?? ''];
  if (option) await touch(page, `.v-option[data-option="${option}"]`);
  await touch(page, '.v-step .v-button--primary');
  await page.waitForFunction(
    (previous) =>
      document.querySelector('#overlay')?.dataset.screen === 'borne-fin' ||
      document.querySelector('.v-step')?.getAttribute('data-step') !== previous,
    step,
  );
  return true;
}

/**
 * One visit from the attract loop back to it: finished (every moment answered, then « Terminer »), or abandoned
 * after the first moment and left to idle out (60 s, then the 20 s countdown).
 */
export async function visit(page, { abandon }) {
  await touch(page, '.borne-invitation');
  await waitFor(page, '.v-step');
  if (abandon) {
    await answerStep(page);
    await page.clock.fastForward(60_000);
    await waitFor(page, '#borne-inactivite[open]');
    // The countdown ticks each second: each jump fires one tick, which schedules the next.
    for (let second = 0; second <= 20; second += 1) await page.clock.fastForward(1000);
    await page.clock.resume();
  } else {
    while (await answerStep(page));
    await touch(page, '[data-action="recommencer"]');
  }
  await until(page, 'borne-accueil');
}

/** What could leak over a day: JS heap after a forced GC, DOM nodes, event listeners, Phaser game objects. */
export async function measure(page) {
  // A DevTools session only for the reading: an attached one keeps the page's timings (event, layout shift,
  // script) alive, and the soak would measure DevTools' memory rather than the kiosk's.
  const cdp = await page.context().newCDPSession(page);
  // A memory-pressure signal makes Blink sweep its DOM heap too: the node count is then the live one.
  await cdp.send('Memory.simulatePressureNotification', { level: 'critical' });
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.send('Performance.disable');
  await cdp.detach();
  const metric = (name) => metrics.find((entry) => entry.name === name)?.value ?? -1;
  const gameObjects = Number(await page.getAttribute('#scene', 'data-objects'));
  const storage = await page.evaluate(async () => ({
    localStorage: window.localStorage.length,
    indexedDb: (await window.indexedDB.databases()).length,
  }));
  return {
    heapBytes: usedSize,
    nodes: metric('Nodes'),
    listeners: metric('JSEventListeners'),
    gameObjects,
    storage,
  };
}

/**
 * `count` visits alternating finished and abandoned ones; measured at visit 10 and at the last. The growth is
 * the heap's, in %; the counts must not grow with the visits.
 */
export async function soak(page, count) {
  let early = null;
  const started = Date.now();
  for (let index = 1; index <= count; index += 1) {
    await visit(page, { abandon: index % 2 === 0 });
    if (index === 10) early = await measure(page);
  }
  const late = await measure(page);
  return {
    visits: count,
    realMs: Date.now() - started,
    atVisit10: early,
    atLastVisit: late,
    heapGrowthPercent: early
      ? Math.round(((late.heapBytes - early.heapBytes) / early.heapBytes) * 1000) / 10
      : null,
  };
}
