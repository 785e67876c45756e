import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { seriousViolations } from './axe';
import { openSession, type BrowserSession } from './harness';
import { enterHub, openTitle, tabTo } from './shell-helpers';

const baseUrl = inject('baseUrl');
let session: BrowserSession | null = null;

afterEach(async () => {
  await session?.close();
  session = null;
});

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
    await enterHub(page, 'clavier');
    expect(await seriousViolations(page)).toEqual([]);
    await tabTo(page, '[data-hotspot="guichet"]');
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
