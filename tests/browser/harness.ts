import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
// @ts-expect-error -- plain ES module shared with the scripts.
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium-path.mjs';

/** Console warnings SwiftShader prints at boot; the only ones tolerated (../shared/GUIDE.md §4). */
const TOLERATED_CONSOLE = /GPU stall due to ReadPixels/;

export const ARTIFACTS_DIR = join(process.cwd(), 'artifacts', 'screenshots');

/** A fresh Chromium profile and page, recording console errors and failed or external requests. */
export interface BrowserSession {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Console errors and page errors seen so far. */
  readonly consoleErrors: string[];
  /** Requests that failed or left 127.0.0.1. */
  readonly badRequests: string[];
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

export async function openSession(
  baseUrl: string,
  viewport = { width: 1366, height: 768 },
  /**
   * A touch screen (the kiosk): Playwright's `tap` and touch events. Service workers are blocked (a worker
   * could serve a stale build) unless a test is about them (the offline game).
   */
  device: { readonly hasTouch?: boolean; readonly serviceWorkers?: 'allow' | 'block' } = {},
): Promise<BrowserSession> {
  const profile = mkdtempSync(join(tmpdir(), 'mairie-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: (chromiumPath as () => string)(),
    headless: true,
    args: CHROMIUM_ARGS as string[],
    viewport,
    hasTouch: device.hasTouch ?? false,
    serviceWorkers: device.serviceWorkers ?? 'block',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const consoleErrors: string[] = [];
  const badRequests: string[] = [];
  // A page opened from a file has no origin to share: only the file itself may be read.
  const origin = baseUrl.startsWith('file:') ? baseUrl : new URL(baseUrl).origin;
  page.on('console', (message) => {
    if (
      (message.type() === 'error' || message.type() === 'warning') &&
      !TOLERATED_CONSOLE.test(message.text())
    ) {
      if (message.type() === 'error') consoleErrors.push(message.text());
    }
  });
  page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`));
  page.on('requestfailed', (request) => badRequests.push(`échec : ${request.url()}`));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      badRequests.push(`externe : ${url}`);
    }
  });
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  return {
    context,
    page,
    consoleErrors,
    badRequests,
    async screenshot(name) {
      const path = join(ARTIFACTS_DIR, `${name}.png`);
      await page.screenshot({ path });
      return path;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
