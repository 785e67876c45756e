import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import {
  DEFAULT_WORLD_VARS,
  autoplay,
  compileScenario,
  startRun,
  type ScenarioEvent,
} from '../../src/core/scenario';
import { repoCatalogue } from '../unit/core/scenario/repo-scenarios';
import { seriousViolations } from './axe';
import { openSession, type BrowserSession } from './harness';
import { openTitle, settle } from './shell-helpers';

/**
 * Every scenario of the catalogue played in the production build, from the title through « Mise en
 * situation » to its debrief: the model answers (the good bot's, computed in Node from the same seed and
 * commune) are entered through the real views, as a trainee would, with a screenshot of each step and axe-core
 * on each kind of step. The debrief must show 20/20.
 */

const baseUrl = inject('baseUrl');
const SESSION_CODE = 7;
const SCENARIOS = [
  'conseil-municipal',
  'guichet-etat-civil',
  'depouillement',
  'vote-du-budget',
  'marche-public',
];
const catalogue = repoCatalogue();
let session: BrowserSession | null = null;

afterEach(async () => {
  await session?.close();
  session = null;
});

/** The suffix the views give an element id (see domId in src/ui/views/dom.ts). */
const idPart = (text: string) => text.replace(/[^A-Za-z0-9_-]/g, '_');
const SUBMIT = '.v-step .v-button--primary';

/** A number as a French trainee types it. */
const french = (value: number) => String(value).replace('.', ',');

async function fillForm(page: Page, values: Readonly<Record<string, unknown>>): Promise<void> {
  for (const [field, value] of Object.entries(values)) {
    const id = `--champ--${idPart(field)}`;
    if (Array.isArray(value)) {
      for (const option of value) await page.check(`.v-step [id$="${id}--${idPart(String(option))}"]`);
      continue;
    }
    const control = page.locator(`.v-step [id$="${id}"]`).first();
    if ((await control.evaluate((node) => node.tagName)) === 'SELECT')
      await control.selectOption(String(value));
    else await control.fill(typeof value === 'number' ? french(value) : String(value));
  }
}

/** Enters one event of the model answers through the views. */
async function enter(page: Page, event: ScenarioEvent): Promise<void> {
  switch (event.type) {
    case 'user.advance':
      return page.click(SUBMIT);
    case 'user.choose':
      await page.click(`.v-option[data-option="${event.optionId}"]`);
      return page.click(SUBMIT);
    case 'timer.expire':
      throw new Error('les bonnes réponses ne laissent jamais expirer un minuteur');
    case 'user.submit': {
      const kind = (await page.getAttribute('.v-host', 'data-kind')) ?? '';
      if (kind === 'form') await fillForm(page, event.values);
      if (kind === 'inspect') {
        for (const [key, marked] of Object.entries(event.values)) {
          if (marked === true) await page.click(`.v-doc-field[data-key="${key}"]`);
        }
      }
      if (kind === 'classify') {
        for (const [item, bin] of Object.entries(event.values)) {
          await page.click(`[data-item="${item}"]`);
          await page.click(`[data-focus="zone:${String(bin)}"]`);
        }
      }
      if (kind === 'allocate') {
        for (const [line, amount] of Object.entries(event.values)) {
          await page.fill(`.v-step [id$="--ligne--${idPart(line)}"]`, french(Number(amount)));
        }
      }
      if (kind === 'rank') {
        for (const [cell, score] of Object.entries(event.values)) {
          await page.fill(`.v-step input[data-key="${cell}"]`, String(score));
        }
      }
      return page.click(SUBMIT);
    }
  }
}

async function stepId(page: Page): Promise<string> {
  return (await page.getAttribute('.v-step', 'data-step')) ?? '';
}

describe.each(SCENARIOS)('scenario %s in the browser', (scenarioId) => {
  it('is played from the title to its debrief with the model answers, 20/20', async () => {
    const scenario = catalogue.scenarios[scenarioId];
    if (!scenario) throw new Error(`scénario ${scenarioId} absent du catalogue`);
    const program = compileScenario(scenario, catalogue.scenarios);
    const input = { seed: SESSION_CODE, worldVars: DEFAULT_WORLD_VARS };
    const golden = autoplay(program, input, 'good', SESSION_CODE);
    expect(golden.stoppedBecause).toBeNull();
    expect(startRun(program, input).context.variant).toBe(golden.snapshot.context.variant);

    session = await openSession(baseUrl);
    const { page } = session;
    await openTitle(page, baseUrl);
    await page.click('[data-menu="situation"]');
    await page.fill('#code-session', String(SESSION_CODE));
    await page.click(`[data-scenario="${scenarioId}"]`);
    await page.waitForSelector('.v-host');

    const kindsChecked = new Set<string>();
    for (const [index, event] of golden.log.entries()) {
      const before = await stepId(page);
      const kind = (await page.getAttribute('.v-host', 'data-kind')) ?? '';
      if (!kindsChecked.has(kind)) {
        kindsChecked.add(kind);
        await settle(page, 150);
        expect(await seriousViolations(page), `axe, étape ${before}`).toEqual([]);
      }
      await session.screenshot(`${scenarioId}-${String(index + 1).padStart(2, '0')}-${before}`);
      await enter(page, event);
      await page.waitForFunction(
        (previous) =>
          document.querySelector('.debrief') ||
          document.querySelector('.v-step')?.getAttribute('data-step') !== previous ||
          document.querySelector('.v-error:not([hidden])'),
        before,
      );
      const refused = await page.locator('.v-step .v-error:not([hidden])').allTextContents();
      expect(refused, `réponse refusée à l’étape ${before}`).toEqual([]);
    }
    await page.click(SUBMIT);
    await page.waitForSelector('.debrief');
    await settle(page, 200);
    await session.screenshot(`${scenarioId}-bilan`);
    expect(await page.textContent('.debrief-title')).toBe(`Bilan — ${scenario.title}`);
    expect(await page.locator('.debrief').textContent()).toContain('20/20');
    expect(await seriousViolations(page), 'axe, bilan').toEqual([]);
    expect(session.consoleErrors).toEqual([]);
    expect(session.badRequests).toEqual([]);
  }, 300_000);
});
