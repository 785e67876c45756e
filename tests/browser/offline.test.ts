import { afterAll, describe, expect, inject, it } from 'vitest';
import { DEFAULT_WORLD_VARS, autoplay, compileScenario } from '../../src/core/scenario';
import { repoCatalogue } from '../unit/core/scenario/repo-scenarios';
import { openSession, type BrowserSession } from './harness';
import { playEvent, stepId, SUBMIT } from './scenario-driver';
import { openTitle } from './shell-helpers';

/**
 * The installable game offline (issue 20): a first visit online installs the service worker, which precaches the
 * whole build; then the network is cut, the page reloaded, and the tutorial played to its 20/20 debrief from the
 * worker's cache alone.
 */

const baseUrl = inject('baseUrl');
const SCENARIO = 'premier-jour';
const SESSION_CODE = 7;
let session: BrowserSession | null = null;

afterAll(async () => {
  await session?.close();
});

interface Manifest {
  readonly name: string;
  readonly lang: string;
  readonly start_url: string;
  readonly display: string;
  readonly icons: readonly { readonly src: string; readonly sizes: string }[];
}

describe('the offline game', () => {
  it('is installable, then plays the tutorial offline to its 20/20 debrief', async () => {
    const scenario = repoCatalogue().scenarios[SCENARIO];
    if (!scenario) throw new Error(`scénario ${SCENARIO} absent du catalogue`);
    const program = compileScenario(scenario, repoCatalogue().scenarios);
    const golden = autoplay(
      program,
      { seed: SESSION_CODE, worldVars: DEFAULT_WORLD_VARS },
      'good',
      SESSION_CODE,
    );

    session = await openSession(baseUrl, undefined, { serviceWorkers: 'allow' });
    const { context, page } = session;
    // What the worker fetches is no page request: the context sees it. It reads the game's origin only.
    const origin = new URL(baseUrl).origin;
    const elsewhere: string[] = [];
    context.on('request', (request) => {
      if (!request.url().startsWith(origin) && !/^(data|blob):/.test(request.url()))
        elsewhere.push(request.url());
    });

    await openTitle(page, baseUrl);
    const manifest = await page.evaluate(async () => {
      const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
      return link ? ((await (await fetch(link.href)).json()) as Manifest) : null;
    });
    expect(manifest).toMatchObject({
      name: 'Une année en mairie',
      lang: 'fr',
      start_url: './',
      display: 'standalone',
    });
    expect(manifest?.icons.map((icon) => icon.sizes)).toEqual(['192x192', '512x512', '512x512']);
    // Ready once every file of the build is in its cache; serving once activated.
    const state = await page.evaluate(async () => {
      const worker = (await navigator.serviceWorker.ready).active;
      while (worker && worker.state !== 'activated')
        await new Promise((resolve) => worker.addEventListener('statechange', resolve, { once: true }));
      return worker?.state;
    });
    expect(state).toBe('activated');

    await context.setOffline(true);
    await page.reload();
    await page.waitForSelector('#overlay[data-screen="titre"][data-ready="true"] [data-menu="situation"]');
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await page.click('[data-menu="situation"]');
    await page.fill('#code-session', String(SESSION_CODE));
    await page.click(`[data-scenario="${SCENARIO}"]`);
    await page.waitForSelector('.v-host');
    for (const event of golden.log) {
      const step = await stepId(page);
      expect(await playEvent(page, event), `réponse refusée à l’étape ${step}`).toEqual([]);
    }
    await page.click(SUBMIT);
    await page.waitForSelector('.debrief');
    await session.screenshot('hors-ligne-bilan');
    expect(await page.locator('.debrief').textContent()).toContain('20/20');
    expect(session.consoleErrors).toEqual([]);
    expect(session.badRequests).toEqual([]);
    expect(elsewhere).toEqual([]);
  }, 180_000);
});
