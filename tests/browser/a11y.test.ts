import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openSession, type BrowserSession } from './harness';
import { openTitle, tabTo } from './shell-helpers';

const baseUrl = inject('baseUrl');
let session: BrowserSession | null = null;

afterEach(async () => {
  await session?.close();
  session = null;
});

/** Serious and critical axe violations (WCAG 2.1 A and AA), one readable line each. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}) : ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function start(): Promise<Page> {
  session = await openSession(baseUrl);
  await openTitle(session.page, baseUrl);
  return session.page;
}

describe('axe-core on the shell: no serious or critical violation', () => {
  it('title screen', async () => {
    const page = await start();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('hub and a place dialog', async () => {
    const page = await start();
    await tabTo(page, '[data-menu="annee"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#overlay[data-screen="hub"]');
    expect(await seriousViolations(page)).toEqual([]);
    await tabTo(page, '[data-hotspot="ordinateur"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#dialogue-lieu[open]');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('settings dialog, in the default and the high-contrast themes', async () => {
    const page = await start();
    await tabTo(page, '[data-menu="parametres"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#dialogue-parametres[open]');
    expect(await seriousViolations(page)).toEqual([]);
    await page.check('#reglage-highContrast');
    await page.waitForTimeout(400); // let the 120 ms colour transitions end before axe measures contrast
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
