import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openSession, type BrowserSession } from './harness';
import { playEvent } from './scenario-driver';
import { openTitle } from './shell-helpers';

/**
 * People on stage (issue #17, first slice), in the production build: the tutorial « Premier jour en mairie » in
 * practice, with reduced motion (so the frame drawn when the scene reports its cast is the final one). Each step
 * checks what the canvas reports it drew (`data-cast`, `data-speaker` on #scene), the accessible mirror, the
 * speech box beside the speaker, and the speaker's pixels on screen, not hidden by a panel.
 */

const baseUrl = inject('baseUrl');
const SHOTS = '/tmp/stage-shots';
let session: BrowserSession | null = null;

afterEach(async () => {
  await session?.close();
  session = null;
});

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The speaker's bounds as the scene drew them, in page pixels. */
async function speakerOnPage(page: Page): Promise<Box> {
  const raw = (await page.getAttribute('#scene', 'data-speaker')) ?? '';
  const [x = 0, y = 0, width = 0, height = 0] = raw.split(' ').map(Number);
  const canvas = await page.locator('#scene canvas').boundingBox();
  if (!canvas || width === 0) throw new Error(`Pas d’orateur dessiné : « ${raw} »`);
  const scale = canvas.width / 1280;
  return { x: canvas.x + x * scale, y: canvas.y + y * scale, width: width * scale, height: height * scale };
}

/**
 * How many screen pixels in `box` are close to `hex` (the figures' trousers, a colour no room uses), read from a
 * screenshot of the page: what the player sees, panels included.
 */
async function pixelsOf(page: Page, box: Box, hex: string): Promise<number> {
  const png = await page.screenshot({ clip: box });
  return page.evaluate(
    async ({ data, color }) => {
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d');
      if (!context) return -1;
      context.drawImage(bitmap, 0, 0);
      const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16));
      let count = 0;
      for (let i = 0; i < pixels.length; i += 4) {
        const distance =
          Math.abs((pixels[i] ?? 0) - (r ?? 0)) +
          Math.abs((pixels[i + 1] ?? 0) - (g ?? 0)) +
          Math.abs((pixels[i + 2] ?? 0) - (b ?? 0));
        if (distance < 24) count += 1;
      }
      return count;
    },
    { data: png.toString('base64'), color: hex },
  );
}

const TROUSERS = '#3b4354';

async function waitForCast(page: Page, cast: string): Promise<void> {
  await page.waitForSelector(`#scene[data-scene="room"][data-cast="${cast}"]`, { state: 'attached' });
}

const mirror = (page: Page) => page.locator('[data-stage-mirror]').textContent();

/** The speech box (the step's panel) stands right of the speaker, its top between their head and their waist. */
async function expectSpeechBeside(page: Page): Promise<void> {
  expect(await page.getAttribute('.v-host', 'data-speech')).toBe('right');
  const speaker = await speakerOnPage(page);
  const box = await page.locator('.v-host__step').boundingBox();
  if (!box) throw new Error('Pas de bulle');
  const speakerRight = speaker.x + speaker.width;
  expect(box.x).toBeGreaterThanOrEqual(speakerRight - 1);
  expect(box.x - speakerRight).toBeLessThan(60);
  expect(box.y).toBeGreaterThan(speaker.y - 40);
  expect(box.y).toBeLessThan(speaker.y + speaker.height / 2);
}

describe('people on stage in « Premier jour en mairie »', () => {
  it('draws the speaker in each room with her mood, mirrored in words, the speech box beside her', async () => {
    mkdirSync(SHOTS, { recursive: true });
    session = await openSession(baseUrl);
    const { page } = session;
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openTitle(page, baseUrl);
    expect(await page.getAttribute('#scene', 'data-renderer')).toBe('webgl');
    await page.click('[data-menu="situation"]');
    await page.fill('#code-session', '1');
    await page.getByRole('button', { name: 'Premier jour en mairie' }).first().click();

    // The mairie: the maire welcomes the new SGM.
    await waitForCast(page, 'maire-speaking');
    expect(await mirror(page)).toMatch(/^Dans la pièce : Mme .+, maire \(parle\)\.$/);
    await expectSpeechBeside(page);
    const maire = await speakerOnPage(page);
    // Her trousers fill a good part of her lower half: drawn, and not under a panel.
    const lower = { ...maire, y: maire.y + maire.height * 0.6, height: maire.height * 0.3 };
    expect(await pixelsOf(page, lower, TROUSERS)).toBeGreaterThan(lower.width * lower.height * 0.2);
    await page.screenshot({ path: `${SHOTS}/1-mairie-accueil.png` });

    // The guichet: Mme Fabre speaks from behind the counter.
    await playEvent(page, { type: 'user.advance' });
    await waitForCast(page, 'habitante-etudiante-speaking');
    expect(await mirror(page)).toBe('Dans la pièce : Mme Lucie Fabre, habitante (parle).');
    await expectSpeechBeside(page);
    await page.screenshot({ path: `${SHOTS}/2-guichet-demande.png` });

    // She waits, silent, while her papers are inspected: no speech box.
    await playEvent(page, { type: 'user.advance' });
    await waitForCast(page, 'habitante-etudiante-neutral');
    expect(await mirror(page)).toBe('Dans la pièce : Mme Lucie Fabre, habitante.');
    expect(await page.getAttribute('.v-host', 'data-speech')).toBeNull();
    await page.screenshot({ path: `${SHOTS}/3-guichet-controle.png` });
    await playEvent(page, {
      type: 'user.submit',
      values: { 'demande.naissance': true, 'demande.mere': true },
    });

    // A right answer pleases her; she thanks the SGM.
    await waitForCast(page, 'habitante-etudiante-pleased');
    await playEvent(page, { type: 'user.choose', optionId: 'completer' });
    await waitForCast(page, 'habitante-etudiante-pleased');
    expect(await mirror(page)).toBe('Dans la pièce : Mme Lucie Fabre, habitante (parle, l’air satisfait).');
    await expectSpeechBeside(page);
    await page.screenshot({ path: `${SHOTS}/4-guichet-merci.png` });

    // The bureau: nobody while the mail is sorted, then the maire, whose confidence rose.
    await playEvent(page, { type: 'user.advance' });
    await page.waitForSelector('#scene[data-scene="room"][data-cast=""]', { state: 'attached' });
    expect(await mirror(page)).toBe('Personne dans la pièce.');
    await page.screenshot({ path: `${SHOTS}/5-bureau-courrier.png` });
    await playEvent(page, {
      type: 'user.submit',
      values: {
        'naissance-ici': 'delivrer',
        'naissance-lyon': 'mairie',
        'naissance-maroc': 'scec',
        'deces-ici': 'delivrer',
        'extrait-cousin': 'delivrer',
      },
    });
    await waitForCast(page, 'maire-pleased');
    expect(await mirror(page)).toMatch(/maire \(parle, l’air satisfait\)\.$/);
    await expectSpeechBeside(page);
    await page.screenshot({ path: `${SHOTS}/6-bureau-maire.png` });

    expect(session.consoleErrors).toEqual([]);
    expect(session.badRequests).toEqual([]);
  });
});
