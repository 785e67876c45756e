import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { DEFAULT_WORLD_VARS, autoplay, compileScenario } from '../../src/core/scenario';
import { repoCatalogue } from '../unit/core/scenario/repo-scenarios';
import { seriousViolations } from './axe';
import { openSession, type BrowserSession } from './harness';
import { serveFolder } from './static-server';
import { playEvent, stepId, SUBMIT } from './scenario-driver';
import { openTitle } from './shell-helpers';

/**
 * The installable game offline (issue 20): a first visit online installs the service worker, which precaches the
 * whole build; then the network is cut, the page reloaded, and the tutorial played to its 20/20 debrief from the
 * worker's cache alone. A new version deployed while the game is open waits for the player's « Recharger ».
 */

const baseUrl = inject('baseUrl');
const SCENARIO = 'premier-jour';
const SESSION_CODE = 7;
const TITLE = '#overlay[data-screen="titre"][data-ready="true"] [data-menu="situation"]';
let session: BrowserSession | null = null;

afterEach(async () => {
  await session?.close();
  session = null;
});

/** Waits until the page's worker is installed (every file of the build in its cache) and activated. */
function activated(page: Page): Promise<string | undefined> {
  return page.evaluate(async () => {
    const worker = (await navigator.serviceWorker.ready).active;
    while (worker && worker.state !== 'activated')
      await new Promise((resolve) => worker.addEventListener('statechange', resolve, { once: true }));
    return worker?.state;
  });
}

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
    expect(await activated(page)).toBe('activated');

    await context.setOffline(true);
    await page.reload();
    await page.waitForSelector(TITLE);
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

  it('offers a new version with « Nouvelle version disponible », and opens it on « Recharger »', async () => {
    const root = mkdtempSync(join(tmpdir(), 'mairie-maj-'));
    cpSync('dist', root, { recursive: true });
    // A server that reads each file when asked: the redeployment below is a file changed on disk, served at once.
    const server = await serveFolder(root);
    try {
      session = await openSession(server.url, undefined, { serviceWorkers: 'allow' });
      const { page } = session;
      await openTitle(page, server.url);
      expect(await activated(page)).toBe('activated');
      // Reloaded, the page runs under the worker: the next version is an update, not a first install.
      await page.reload();
      await page.waitForSelector(TITLE);
      expect(await page.locator('.mise-a-jour').count()).toBe(0);

      // The deployment of a new version: another revision of index.html in the worker's list.
      const worker = join(root, 'sw.js');
      const script = readFileSync(worker, 'utf8');
      const next = script.replace(
        /(url"?:\s*"index\.html",\s*"?revision"?:\s*")(.)/,
        (_, head: string, digit: string) => head.concat(digit === '0' ? '1' : '0'),
      );
      expect(next).not.toBe(script);
      writeFileSync(worker, next);

      await page.reload();
      await page.waitForSelector('.mise-a-jour [data-action="recharger"]', { timeout: 90_000 });
      await page.waitForFunction(() => document.getElementById('narrateur')?.textContent !== '');
      expect(await page.textContent('#narrateur')).toContain('Nouvelle version du jeu disponible');
      expect(await seriousViolations(page)).toEqual([]);
      await session.screenshot('hors-ligne-mise-a-jour');
      await Promise.all([page.waitForEvent('framenavigated'), page.click('[data-action="recharger"]')]);
      await page.waitForSelector(TITLE);
      expect(await page.locator('.mise-a-jour').count()).toBe(0);
      const waiting = await page.evaluate(
        async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null,
      );
      expect(waiting).toBeNull();
      expect(session.consoleErrors).toEqual([]);
      expect(session.badRequests).toEqual([]);
    } finally {
      await server.stop();
      rmSync(root, { recursive: true, force: true });
    }
  }, 180_000);
});
