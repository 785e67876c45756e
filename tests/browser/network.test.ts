import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEFAULT_WORLD_VARS, autoplay, compileScenario, type ScenarioEvent } from '../../src/core/scenario';
import { repoCatalogue } from '../unit/core/scenario/repo-scenarios';
import { seriousViolations } from './axe';
import { openSession, type BrowserSession } from './harness';
import { enter } from './scenario-driver';
import { openTitle, settle, tabTo } from './shell-helpers';

/**
 * « Demander au réseau » (BC01-08) as a trainee meets it in « Mise en situation »: opened with the keyboard, a
 * question to the neighbour answered at once and one to the centre de gestion answered after the next step; a
 * question asked in the middle of a form keeps what was typed.
 */

const baseUrl = inject('baseUrl');
const SCENARIO = 'conseil-municipal';
const CODE = 7;
let session: BrowserSession;
let golden: readonly ScenarioEvent[] = [];

/** The answers' list, opened as a trainee opens it. */
async function answers(): Promise<string[]> {
  const { page } = session;
  if ((await page.getAttribute('.v-network__answers-toggle', 'aria-expanded')) !== 'true')
    await page.click('.v-network__answers-toggle');
  return page.$$eval('.v-network__answer', (items) =>
    items.map(
      (item) => `${item.querySelector('strong')?.textContent ?? ''}:${item.getAttribute('data-status')}`,
    ),
  );
}

async function ask(contact: string): Promise<void> {
  const { page } = session;
  if ((await page.getAttribute('.v-network__toggle', 'aria-expanded')) !== 'true')
    await page.click('.v-network__toggle');
  await page.click(`.v-network__contact[data-contact="${contact}"]`);
}

beforeAll(async () => {
  const catalogue = repoCatalogue();
  const scenario = catalogue.scenarios[SCENARIO];
  if (!scenario) throw new Error('scénario absent');
  const program = compileScenario(scenario, catalogue.scenarios);
  golden = autoplay(program, { seed: CODE, worldVars: DEFAULT_WORLD_VARS }, 'good', CODE).log;
  session = await openSession(baseUrl);
  await openTitle(session.page, baseUrl);
  await session.page.click('[data-menu="situation"]');
  await session.page.fill('#code-session', String(CODE));
  await session.page.click(`[data-scenario="${SCENARIO}"]`);
  await session.page.waitForSelector('.v-host .v-network');
});

afterAll(async () => {
  await session.close();
});

describe('the SGM network in a scenario', () => {
  it('is opened with the keyboard, answers at once by phone, in writing after the next step', async () => {
    const { page } = session;
    await tabTo(page, '.v-network__toggle');
    await page.keyboard.press('Enter');
    expect(await page.getAttribute('.v-network__toggle', 'aria-expanded')).toBe('true');
    await settle(page, 150);
    expect(await seriousViolations(page), 'axe, réseau ouvert').toEqual([]);
    await session.screenshot('reseau-01-contacts');

    await page.click('.v-network__contact[data-contact="voisin"]');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('v-network__toggle'))).toBe(
      true,
    );
    await ask('cdg');
    expect(await answers()).toEqual([
      'Secrétaire de mairie de la commune voisine:recue',
      'Service juridique du centre de gestion:attendue',
    ]);
    expect(await page.getAttribute('.v-network__contact[data-contact="cdg"]', 'aria-disabled')).toBe('');
    await session.screenshot('reseau-02-en-attente');

    await enter(page, golden[0] ?? { type: 'user.advance' });
    await page.waitForSelector('.v-network__answer[data-status="recue"] >> nth=1', { state: 'attached' });
    expect((await answers())[1]).toBe('Service juridique du centre de gestion:recue');
    expect(await page.locator('.v-network__answer').nth(1).textContent()).toContain(
      'la règle applicable est',
    );
    await settle(page, 150);
    expect(await seriousViolations(page), 'axe, réponses').toEqual([]);
    await session.screenshot('reseau-03-reponse');
  });

  it('keeps a half-filled form when a question is asked', async () => {
    const { page } = session;
    // The first event was entered by the previous test; go on until a form waits.
    for (const event of golden.slice(1)) {
      if ((await page.getAttribute('.v-host', 'data-kind')) === 'form') break;
      await enter(page, event);
    }
    expect(await page.getAttribute('.v-host', 'data-kind')).toBe('form');
    // Whatever the form's first control is, a text field or a list, what the trainee put in it stays.
    const text = page.locator('.v-step input.v-input[type="text"]').first();
    const select = page.locator('.v-step select').first();
    const typed = (await text.count()) > 0;
    if (typed) await text.fill('brouillon');
    else await select.selectOption({ index: 1 });
    const before = typed ? 'brouillon' : await select.inputValue();
    await ask('forum');
    expect(typed ? await text.inputValue() : await select.inputValue()).toBe(before);
    expect(await answers()).toContain('Forum des secrétaires de mairie du département:attendue');
    await session.screenshot('reseau-04-formulaire');
    expect(session.consoleErrors).toEqual([]);
    expect(session.badRequests).toEqual([]);
  });
});
