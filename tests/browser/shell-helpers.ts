import type { Page } from 'playwright-core';

/**
 * Navigates to the game and waits until the title menu is interactive (the signal the bench uses) and the
 * façade is drawn on the canvas.
 */
export async function openTitle(page: Page, baseUrl: string): Promise<void> {
  await page.goto(baseUrl);
  await page.waitForSelector('#overlay[data-screen="titre"][data-ready="true"] [data-menu="annee"]', {
    state: 'visible',
  });
  await waitForScene(page, 'title');
}

/** Waits until the canvas has drawn the first frame of a scene (`data-scene` on the container). */
export async function waitForScene(page: Page, key: 'title' | 'hub' | 'room'): Promise<void> {
  await page.waitForSelector(`#scene[data-scene="${key}"]`, { state: 'attached' });
}

/** Presses Tab (at most `limit` times) until the focused element matches `selector`; fails otherwise. */
export async function tabTo(page: Page, selector: string, limit = 30): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Focus jamais atteint au clavier : ${selector}`);
}

/** Data attribute or text describing the focused element, for assertion messages. */
export function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!active) return '(rien)';
    return (
      active.getAttribute('data-hotspot') ??
      active.getAttribute('data-menu') ??
      active.textContent?.trim() ??
      ''
    );
  });
}

/** Lets the canvas draw a few frames before a screenshot. */
export const settle = (page: Page, ms = 400) => page.waitForTimeout(ms);

/**
 * From the title to the hub: « Une année », then « Commencer l'année » with the default choices, with the keyboard
 * (Tab and Enter) or the mouse.
 */
export async function enterHub(page: Page, input: 'clavier' | 'souris' = 'souris'): Promise<void> {
  if (input === 'clavier') {
    await tabTo(page, '[data-menu="annee"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-action="commencer-annee"]');
    await tabTo(page, '[data-action="commencer-annee"]');
    await page.keyboard.press('Enter');
  } else {
    await page.click('[data-menu="annee"]');
    await page.click('[data-action="commencer-annee"]');
  }
  await page.waitForSelector('#overlay[data-screen="hub"]');
}
