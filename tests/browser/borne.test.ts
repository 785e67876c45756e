import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { seriousViolations } from './axe';
import { openSession, type BrowserSession } from './harness';
// @ts-expect-error -- plain ES module shared with the bench's `borne` section.
import { openKiosk, soak, until, visit } from '../../scripts/borne-soak.mjs';

/**
 * The kiosk « Découvrir le métier » (`?mode=borne`, issue #19), in the production build: a visit played with real
 * touches on the real clock, the idle countdown and its cancel on Playwright's clock, and a short soak (20
 * visits) that fails if the kiosk piles anything up. Storage must stay untouched throughout.
 */

const baseUrl = inject('baseUrl');
let session: BrowserSession | null = null;

afterEach(async () => {
  await session?.close();
  session = null;
});

interface Measure {
  readonly heapBytes: number;
  readonly nodes: number;
  readonly listeners: number;
  readonly gameObjects: number;
  readonly storage: { readonly localStorage: number; readonly indexedDb: number };
}

const UNTOUCHED = { localStorage: 0, indexedDb: 0 };

async function storageOf(page: Page) {
  return page.evaluate(async () => ({
    localStorage: window.localStorage.length,
    indexedDb: (await window.indexedDB.databases()).length,
  }));
}

/** The taste's answers a passer-by gives: right at the counter, wrong on election night. */
const ANSWERS: Readonly<Record<string, string>> = {
  guichet: 'delivrer',
  election: 'nul',
  'achat-petit': 'comparer',
  'achat-grand': 'procedure-adaptee',
  maire: 'expliquer',
};

async function touch(page: Page, selector: string): Promise<void> {
  await page.locator(selector).first().tap();
}

describe('the kiosk « Découvrir le métier »', () => {
  it('invites on the living mairie, is played by touch to its ending, and keeps nothing', async () => {
    session = await openSession(baseUrl, { width: 1366, height: 768 }, { hasTouch: true });
    const { page } = session;
    await page.goto(`${baseUrl}/?mode=borne`);
    await until(page, 'borne-accueil');
    await page.locator('#scene[data-cast]').waitFor({ state: 'attached' });
    expect(await page.textContent('.borne-invitation')).toContain('touchez l’écran');
    expect(await page.textContent('.borne-legende')).toMatch(/guichet|téléphone|maire|élection/);
    expect(await page.textContent('.borne-accueil .visuellement-masque:not(h1)')).toMatch(
      /^Dans la pièce : /,
    );
    const invitation = await page.locator('.borne-invitation').boundingBox();
    expect(invitation?.height ?? 0).toBeGreaterThanOrEqual(64);
    // No selection nor pinch zoom on the kiosk (and only there: the class is the mode's).
    expect(
      await page.evaluate(() => {
        const style = getComputedStyle(document.documentElement);
        return [document.documentElement.classList.contains('borne'), style.userSelect, style.touchAction];
      }),
    ).toEqual([true, 'none', 'pan-x pan-y']);
    await session.screenshot('borne-1-accueil');
    // The accessibility settings stay within reach of every visitor.
    await touch(page, '.borne-reglages');
    await page.locator('#dialogue-parametres[open]').waitFor();
    await touch(page, '#dialogue-parametres [data-action="fermer"]');
    await page.locator('#dialogue-parametres[open]').waitFor({ state: 'detached' });

    await touch(page, '.borne-invitation');
    await page.locator('.v-step').waitFor();
    expect(await page.textContent('.v-host__kicker')).toBe('Découvrir le métier');
    const played: string[] = [];
    while (!(await page.locator('#overlay[data-screen="borne-fin"]').count())) {
      const step = (await page.getAttribute('.v-step', 'data-step')) ?? '';
      played.push(step);
      const option = ANSWERS[step];
      if (option) await touch(page, `.v-option[data-option="${option}"]`);
      await touch(page, '.v-step .v-button--primary');
      await page.waitForFunction(
        (previous) =>
          document.querySelector('#overlay')?.getAttribute('data-screen') === 'borne-fin' ||
          document.querySelector('.v-step')?.getAttribute('data-step') !== previous,
        step,
      );
      if (step === 'maire') await session.screenshot('borne-2-maire');
    }
    expect(played).toEqual(expect.arrayContaining(['guichet', 'election', 'maire']));
    await until(page, 'borne-fin');
    const badges = await page.locator('.borne-badge').allTextContents();
    expect(badges).toEqual(['Bien vu', 'À revoir', 'Bien vu', 'Bien vu']);
    expect(await page.textContent('.borne-fin')).toContain('Ce métier est-il fait pour vous ?');
    expect(await page.getAttribute('svg.borne-qr', 'aria-label')).toContain('emploi-territorial.fr');
    expect(await seriousViolations(page)).toEqual([]);
    await session.screenshot('borne-3-fin');

    await touch(page, '[data-action="recommencer"]');
    await until(page, 'borne-accueil');
    expect(await storageOf(page)).toEqual(UNTOUCHED);
    expect(session.consoleErrors).toEqual([]);
    expect(session.badRequests).toEqual([]);
  });

  it('warns after a minute without a touch, lets the visitor stay, then forgets the visit', async () => {
    session = await openSession(baseUrl, { width: 1366, height: 768 }, { hasTouch: true });
    const { page } = session;
    await openKiosk(page, baseUrl);
    await page.locator('.borne-invitation').click();
    await page.locator('.v-step[data-step="bienvenue"]').waitFor();
    await page.locator('.v-step .v-button--primary').click();
    await page.locator('.v-step[data-step="guichet-arrivee"]').waitFor();

    await page.clock.fastForward(59_000);
    expect(await page.locator('#borne-inactivite[open]').count()).toBe(0);
    await page.clock.fastForward(1000);
    await page.locator('#borne-inactivite[open]').waitFor();
    expect(await page.textContent('#borne-inactivite')).toContain('Vous êtes toujours là ?');
    expect(await page.textContent('#borne-inactivite .borne-secondes')).toBe('20 s');
    expect(await seriousViolations(page)).toEqual([]);
    await session.screenshot('borne-4-toujours-la');

    // Any touch cancels; the visit goes on where it was.
    await page.locator('#borne-inactivite [data-action="fermer"]').click();
    await page.locator('#borne-inactivite[open]').waitFor({ state: 'detached' });
    expect(await page.getAttribute('.v-step', 'data-step')).toBe('guichet-arrivee');

    await page.clock.fastForward(60_000);
    await page.locator('#borne-inactivite[open]').waitFor();
    for (let second = 0; second <= 20; second += 1) await page.clock.fastForward(1000);
    await page.clock.resume();
    await until(page, 'borne-accueil');
    // Forgotten: the next visit starts from the beginning.
    await page.locator('.borne-invitation').click();
    await page.locator('.v-step[data-step="bienvenue"]').waitFor();
    expect(await storageOf(page)).toEqual(UNTOUCHED);

    // The operator leaves with five taps on the corner and the organiser's code, back to the game's address.
    for (let tap = 0; tap < 5; tap += 1) await page.locator('.borne-operateur').click();
    await page.locator('#borne-operateur-dialogue[open]').waitFor();
    await page.fill('#borne-code', '0000');
    await page.getByRole('button', { name: 'Quitter la borne' }).click();
    expect(await page.textContent('#borne-operateur-dialogue .borne-erreur')).toBe('Code incorrect.');
    await page.fill('#borne-code', '2468');
    await page.clock.resume();
    await Promise.all([
      page.waitForURL((url) => !url.search.includes('mode=borne'), { waitUntil: 'commit' }),
      page.getByRole('button', { name: 'Quitter la borne' }).click(),
    ]);
    await page.locator('#overlay[data-screen="titre"]').waitFor();
    expect(await page.evaluate(() => document.documentElement.classList.contains('borne'))).toBe(false);
  });

  it('runs 20 visits, finished and abandoned, without piling anything up', async () => {
    session = await openSession(baseUrl, { width: 1366, height: 768 }, { hasTouch: true });
    const { page } = session;
    await openKiosk(page, baseUrl);
    const result = (await soak(page, 20)) as {
      atVisit10: Measure;
      atLastVisit: Measure;
      heapGrowthPercent: number;
    };
    const { atVisit10: early, atLastVisit: late } = result;
    expect(result.heapGrowthPercent).toBeLessThanOrEqual(5);
    // Counts that grow with the visits are a leak: a screen kept per visit would add about 100 nodes each time.
    // A few hundred nodes come and go with the screen shown and the garbage collector's timing.
    expect(late.nodes).toBeLessThanOrEqual(early.nodes * 1.3);
    expect(late.listeners).toBeLessThanOrEqual(early.listeners + 15);
    expect(late.gameObjects).toBeLessThanOrEqual(early.gameObjects + 4);
    expect(late.storage).toEqual(UNTOUCHED);
    // A finished and an abandoned visit still play after the soak.
    await visit(page, { abandon: false });
    expect(session.consoleErrors).toEqual([]);
  });
});
