import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { DEFAULT_WORLD_VARS, autoplay, compileScenario, type ScenarioEvent } from '../../src/core/scenario';
import { repoCatalogue } from '../unit/core/scenario/repo-scenarios';
import { seriousViolations } from './axe';
import { openSession, type BrowserSession } from './harness';
import { playEvent, stepId, SUBMIT } from './scenario-driver';
import { openTitle, tabTo } from './shell-helpers';

/**
 * The count on stage (issue #17): « Le dépouillement » played in the production build with its doubtful ballots
 * sorted on the canvas, once with the pointer on the canvas's objects only on a touch screen (mouse drags, finger
 * taps and finger drags at the objects' positions, read from their mirrors' boxes, which the pointer goes through),
 * once with the keyboard only through the mirrors.
 * Every other step is answered through the views. Both runs reach the debrief with 20/20. On this 2-core machine
 * under other engineers' test load, the mouse run took 278 s and the keyboard run 181 s (the road to the count is
 * 75–110 s of it): hence the long timeouts.
 */

const baseUrl = inject('baseUrl');
const SESSION_CODE = 7;
const SHOTS = '/tmp/stage-count-shots';
const catalogue = repoCatalogue();
let session: BrowserSession | null = null;

afterEach(async () => {
  await session?.close();
  session = null;
});

const scenario = catalogue.scenarios['depouillement'];

/** The model answers of the dépouillement for the session code. */
function goldenLog(): readonly ScenarioEvent[] {
  if (!scenario) throw new Error('dépouillement absent du catalogue');
  const program = compileScenario(scenario, catalogue.scenarios);
  return autoplay(program, { seed: SESSION_CODE, worldVars: DEFAULT_WORLD_VARS }, 'good', SESSION_CODE).log;
}

async function centre(page: Page, object: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(`[data-object="${object}"]`).boundingBox();
  if (!box) throw new Error(`objet absent : ${object}`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

const handled = (page: Page) => page.getAttribute('#scene', 'data-handled');

/** Waits until the canvas has drawn an arrangement other than `before`. */
async function redrawn(page: Page, before: string | null): Promise<string> {
  await page.waitForFunction((previous) => {
    const now = document.querySelector<HTMLElement>('#scene')?.dataset.handled;
    return now !== undefined && now !== previous;
  }, before);
  return (await handled(page)) ?? '';
}

/** The share of pixels that differ between two screenshots of the same size. */
async function changedShare(page: Page, a: Buffer, b: Buffer): Promise<number> {
  return page.evaluate(
    async ({ first, second }) => {
      const pixels = async (data: string) => {
        const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d');
        context?.drawImage(bitmap, 0, 0);
        return context?.getImageData(0, 0, bitmap.width, bitmap.height).data ?? new Uint8ClampedArray();
      };
      const [x, y] = [await pixels(first), await pixels(second)];
      let changed = 0;
      for (let i = 0; i < x.length; i += 4) {
        const distance =
          Math.abs((x[i] ?? 0) - (y[i] ?? 0)) +
          Math.abs((x[i + 1] ?? 0) - (y[i + 1] ?? 0)) +
          Math.abs((x[i + 2] ?? 0) - (y[i + 2] ?? 0));
        if (distance > 30) changed += 1;
      }
      return changed / (x.length / 4);
    },
    { first: a.toString('base64'), second: b.toString('base64') },
  );
}

const canvasShot = async (page: Page) => {
  const box = await page.locator('#scene canvas').boundingBox();
  if (!box) throw new Error('pas de canevas');
  return page.screenshot({ clip: box });
};

type Point = { readonly x: number; readonly y: number };

/** How many objects lie on `place` in the canvas's report (`table:3 blanc:1 nul:0`). */
const countOn = (report: string | null, place: string): number =>
  Number(
    (report ?? '')
      .split(' ')
      .find((entry) => entry.startsWith(`${place}:`))
      ?.slice(place.length + 1) ?? 0,
  );

/** A finger dragged on the touch screen, through Chromium's touch events (Playwright's touchscreen only taps). */
async function touchDrag(page: Page, from: Point, to: Point): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const middle = { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 };
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [from] });
  for (const point of [middle, to])
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [point] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

/**
 * Sorts the ballots on the canvas of a touch screen with a mouse, as a kiosk or a tablet with a mouse would be
 * used: by turns a mouse drag, a finger's tap on the envelope then on its pile, and a finger's drag; then a tap on
 * the canvas's « Valider ».
 */
async function sortWithPointer(page: Page, answers: Readonly<Record<string, unknown>>): Promise<void> {
  let report = await handled(page);
  for (const [index, [item, pile]] of Object.entries(answers).entries()) {
    const from = await centre(page, `item:${item}`);
    const to = await centre(page, `pile:${String(pile)}`);
    if (index % 3 === 0) {
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      await page.mouse.move(to.x, to.y, { steps: 2 });
      await page.mouse.up();
    } else if (index % 3 === 1) {
      await page.touchscreen.tap(from.x, from.y);
      // Picked up: the envelope is pressed, and its reading shows before it is put down.
      await page.waitForSelector(`[data-object="item:${item}"][aria-pressed="true"]`, { state: 'attached' });
      await page.touchscreen.tap(to.x, to.y);
    } else await touchDrag(page, from, to);
    const onPile = countOn(report, String(pile));
    report = await redrawn(page, report);
    expect(countOn(report, String(pile)), `enveloppe ${item} posée sur ${String(pile)}`).toBe(onPile + 1);
  }
  const validate = await centre(page, 'validate');
  await page.touchscreen.tap(validate.x, validate.y);
}

/** Sorts the ballots through the mirrors: Enter on the next envelope, Tab to its pile, Enter; then « Valider ». */
async function sortWithKeyboard(page: Page, answers: Readonly<Record<string, unknown>>): Promise<void> {
  await tabTo(page, '[data-object^="item:"]');
  for (let left = Object.keys(answers).length; left > 0; left -= 1) {
    const object = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.object);
    const item = object?.replace('item:', '') ?? '';
    expect(answers[item], `focus sur ${object ?? '(rien)'}`).toBeDefined();
    await page.keyboard.press('Enter');
    expect(await page.getAttribute(`[data-object="item:${item}"]`, 'aria-pressed')).toBe('true');
    await tabTo(page, `[data-object="pile:${String(answers[item])}"]`);
    await page.keyboard.press('Enter');
  }
  // After the last move, focus is on the canvas's « Valider ».
  expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.object)).toBe(
    'validate',
  );
  await page.keyboard.press('Enter');
}

async function playCount(hand: 'pointeur' | 'clavier'): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  session = await openSession(baseUrl, undefined, { hasTouch: hand === 'pointeur' });
  const { page } = session;
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openTitle(page, baseUrl);
  expect(await page.getAttribute('#scene', 'data-renderer')).toBe('webgl');
  await page.click('[data-menu="situation"]');
  await page.fill('#code-session', String(SESSION_CODE));
  await page.click('[data-scenario="depouillement"]');
  await page.waitForSelector('.v-host');

  const log = goldenLog();
  // The doubtful envelopes' sorting: the answer whose keys are envelopes.
  const count = log.findIndex((event) => event.type === 'user.submit' && 'e1' in event.values);
  let before: Buffer | null = null;
  for (const [index, event] of log.entries()) {
    if (index === count - 1) before = await canvasShot(page);
    if (index !== count || event.type !== 'user.submit') {
      const at = await stepId(page);
      expect(await playEvent(page, event), `réponse refusée à l’étape ${at}`).toEqual([]);
      continue;
    }
    const step = await stepId(page);
    expect(await page.getAttribute('.v-host', 'data-staged')).toBe('bulletins');
    await redrawn(page, null);
    expect(await handled(page)).toMatch(/^table:\d+ /);
    await page.screenshot({ path: `${SHOTS}/${hand}-1-table.png` });
    // Not the same backdrop: the table and its objects now cover the room's lower half.
    if (!before) throw new Error('pas de capture avant la table');
    expect(await changedShare(page, before, await canvasShot(page))).toBeGreaterThan(0.25);
    expect(await seriousViolations(page), 'axe, table du dépouillement').toEqual([]);
    if (hand === 'pointeur') await sortWithPointer(page, event.values);
    else await sortWithKeyboard(page, event.values);
    await page.waitForFunction(
      (previous) => document.querySelector('.v-step')?.getAttribute('data-step') !== previous,
      step,
    );
    expect(await page.getAttribute('.v-host', 'data-staged')).toBeNull();
  }
  await page.click(SUBMIT);
  await page.waitForSelector('.debrief');
  await session.screenshot(`stage-count-${hand}-bilan`);
  expect(await page.textContent('.debrief-title')).toBe(`Bilan — ${scenario?.title ?? ''}`);
  expect(await page.locator('.debrief').textContent()).toContain('20/20');
  // scenarios.test leaves the dépouillement to this file: its debrief is checked here once.
  if (hand === 'clavier') expect(await seriousViolations(page), 'axe, bilan').toEqual([]);
  expect(session.consoleErrors).toEqual([]);
  expect(session.badRequests).toEqual([]);
}

describe('the count on stage in « Le dépouillement »', () => {
  it('is played with the mouse and touch on the canvas objects only, to 20/20', async () => {
    await playCount('pointeur');
  }, 420_000);

  it('is played with the keyboard only through the mirrors, to the same 20/20', async () => {
    await playCount('clavier');
  }, 420_000);
});
