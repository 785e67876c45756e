import { afterEach, describe, expect, inject, it } from 'vitest';
import { openSession, type BrowserSession } from './harness';
import { enterHub, focused, openTitle, settle, tabTo, waitForScene } from './shell-helpers';

const baseUrl = inject('baseUrl');
let session: BrowserSession | null = null;

async function start(viewport?: { width: number; height: number }): Promise<BrowserSession> {
  session = await openSession(baseUrl, viewport);
  await openTitle(session.page, baseUrl);
  return session;
}

function expectClean(s: BrowserSession): void {
  expect(s.consoleErrors, 'erreurs de console').toEqual([]);
  expect(s.badRequests, 'requêtes échouées ou externes').toEqual([]);
}

afterEach(async () => {
  await session?.close();
  session = null;
});

describe('the shell in Chromium (production build)', () => {
  it('boots to the title with the WebGL renderer, French page, labelled canvas', async () => {
    const s = await start();
    const { page } = s;
    expect(await page.getAttribute('#scene', 'data-renderer')).toBe('webgl');
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await page.getAttribute('#scene', 'role')).toBe('img');
    expect(await page.getAttribute('#scene', 'aria-label')).toMatch(/^Illustration : La façade de la mairie/);
    expect(await page.textContent('h1')).toBe('Une année en mairie');
    expect(await page.getAttribute('[data-menu="continuer"]', 'aria-disabled')).toBe('true');
    expect(await page.title()).toBe('Une année en mairie — Accueil');
    await settle(page);
    await s.screenshot('01-titre');
    expectClean(s);
  });

  it('goes Title → Hub with the keyboard only, opens a place and comes back', async () => {
    const s = await start();
    const { page } = s;
    await enterHub(page, 'clavier');
    await waitForScene(page, 'hub');
    expect(await page.getAttribute('#scene', 'aria-label')).toMatch(
      /^Illustration : L’intérieur de la mairie/,
    );
    await tabTo(page, '[data-hotspot="guichet"]');
    for (const id of ['salle-du-conseil', 'calendrier', 'ordinateur', 'telephone']) {
      await page.keyboard.press('Tab');
      expect(await focused(page)).toBe(id);
    }
    await settle(page);
    await s.screenshot('02-hub-telephone-focus');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#dialogue-lieu[open]');
    expect(await page.textContent('#dialogue-lieu h2')).toBe('Téléphone');
    await settle(page, 200);
    await s.screenshot('03-hub-lieu');
    await page.keyboard.press('Escape');
    await page.waitForSelector('#dialogue-lieu:not([open])', { state: 'attached' });
    expect(await focused(page)).toBe('telephone');
    expectClean(s);
  });

  it('opens and closes the settings with the keyboard, focus going back to the opener', async () => {
    const s = await start();
    const { page } = s;
    await tabTo(page, '[data-menu="parametres"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#dialogue-parametres[open]');
    await settle(page, 200);
    await s.screenshot('04-parametres');
    await tabTo(page, '#reglage-highContrast');
    await page.keyboard.press('Escape');
    await page.waitForSelector('#dialogue-parametres:not([open])', { state: 'attached' });
    expect(await focused(page)).toBe('parametres');
    expectClean(s);
  });

  it('keeps a changed setting after a reload (high contrast, larger text)', async () => {
    const s = await start();
    const { page } = s;
    await tabTo(page, '[data-menu="parametres"]');
    await page.keyboard.press('Enter');
    await tabTo(page, '#reglage-highContrast');
    await page.keyboard.press('Space');
    await tabTo(page, '#taille-texte-normal');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.documentElement.classList.contains('contraste-eleve'))).toBe(
      true,
    );
    await page.keyboard.press('Escape');
    await openTitle(page, baseUrl);
    expect(await page.evaluate(() => document.documentElement.classList.contains('contraste-eleve'))).toBe(
      true,
    );
    expect(await page.evaluate(() => document.documentElement.style.getPropertyValue('--text-scale'))).toBe(
      '1.5',
    );
    await settle(page);
    await s.screenshot('05-titre-contraste-eleve');
    await tabTo(page, '[data-menu="parametres"]');
    await page.keyboard.press('Enter');
    expect(await page.isChecked('#reglage-highContrast')).toBe(true);
    expect(await page.isChecked('#taille-texte-larger')).toBe(true);
    await settle(page, 200);
    await s.screenshot('06-parametres-contraste-eleve');
    expectClean(s);
  });

  it('shows the subtitle of a sound cue and stays silent in the console after the audio unlock', async () => {
    const s = await start();
    const { page } = s;
    await tabTo(page, '[data-menu="parametres"]');
    await page.keyboard.press('Enter');
    await tabTo(page, '#volume-cues');
    await page.keyboard.press('ArrowLeft');
    await page.waitForSelector('#sous-titres:not([hidden])');
    expect(await page.textContent('#sous-titres')).toBe('[Notification : nouveau courriel]');
    expect(await page.textContent('output[for="volume-cues"]')).toBe('75 %');
    await settle(page, 600);
    expectClean(s);
  });

  it.each([
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
  ])('lays the overlay exactly over the canvas at $width×$height, places ≥ 44 px', async (viewport) => {
    const s = await start(viewport);
    const { page } = s;
    await enterHub(page);
    await waitForScene(page, 'hub');
    const rects = await page.evaluate(() => {
      const box = (el: Element | null) => {
        const r = el?.getBoundingClientRect();
        return r ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
      };
      return {
        canvas: box(document.querySelector('#scene canvas')),
        overlay: box(document.querySelector('#overlay')),
        places: [...document.querySelectorAll('[data-hotspot]')].map(box),
      };
    });
    expect(rects.canvas).not.toBeNull();
    for (const key of ['x', 'y', 'width', 'height'] as const) {
      expect(Math.abs((rects.canvas?.[key] ?? 0) - (rects.overlay?.[key] ?? -99))).toBeLessThanOrEqual(2);
    }
    expect(rects.places).toHaveLength(5);
    for (const place of rects.places) {
      expect(Math.min(place?.width ?? 0, place?.height ?? 0)).toBeGreaterThanOrEqual(44);
    }
    await page.hover('[data-hotspot="ordinateur"]');
    await settle(page, 300);
    await s.screenshot(`07-hub-${viewport.width}x${viewport.height}`);
    expectClean(s);
  });
});
