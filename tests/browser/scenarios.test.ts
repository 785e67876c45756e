import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { DEFAULT_WORLD_VARS, autoplay, compileScenario, startRun } from '../../src/core/scenario';
import { repoCatalogue } from '../unit/core/scenario/repo-scenarios';
import { seriousViolations } from './axe';
import { openSession, type BrowserSession } from './harness';
import { playEvent, stepId, SUBMIT } from './scenario-driver';
import { openTitle, settle } from './shell-helpers';

/**
 * Every scenario of the catalogue played in the production build, from the title through « Mise en
 * situation » to its debrief: the model answers (the good bot's, computed in Node from the same seed and
 * commune) are entered through the real views, as a trainee would, with axe-core and a screenshot on each kind of
 * step. The debrief must show 20/20. The dépouillement is played twice to 20/20 by stage-count.test.ts (with
 * the mouse on the stage, then the keyboard through the views and mirrors, axe on its table and debrief), so it
 * is not played a third time here.
 */

const baseUrl = inject('baseUrl');
const SESSION_CODE = 7;
/**
 * A screenshot of every step with `MAIRIE_CAPTURES=toutes` (to read a new scenario as a trainee sees it);
 * otherwise of the first step of each kind and of the debrief, which keeps `npm test` short.
 */
const EVERY_STEP = process.env['MAIRIE_CAPTURES'] === 'toutes';
const SCENARIOS = [
  'conseil-municipal',
  'guichet-etat-civil',
  'vote-du-budget',
  'marche-public',
  'urbanisme-guichet',
  'entretien-professionnel',
  'recrutement',
  'cimetiere',
  'liste-electorale',
  'arretes-du-maire',
  'projet-salle-des-fetes',
];
const catalogue = repoCatalogue();
/** What `npm run package:fichier` writes. */
const ONE_FILE = 'dist-packages/une-annee-en-mairie.html';
let session: BrowserSession | null = null;

afterEach(async () => {
  await session?.close();
  session = null;
});

/** Plays a scenario from the title of the game at `url` to its debrief with the model answers. */
async function playToDebrief(url: string, scenarioId: string): Promise<void> {
  const scenario = catalogue.scenarios[scenarioId];
  if (!scenario) throw new Error(`scénario ${scenarioId} absent du catalogue`);
  const program = compileScenario(scenario, catalogue.scenarios);
  const input = { seed: SESSION_CODE, worldVars: DEFAULT_WORLD_VARS };
  const golden = autoplay(program, input, 'good', SESSION_CODE);
  expect(golden.stoppedBecause).toBeNull();
  expect(startRun(program, input).context.variant).toBe(golden.snapshot.context.variant);

  session = await openSession(url);
  const { page } = session;
  await openTitle(page, url);
  await page.click('[data-menu="situation"]');
  await page.fill('#code-session', String(SESSION_CODE));
  await page.click(`[data-scenario="${scenarioId}"]`);
  await page.waitForSelector('.v-host');

  // The mairie's wall calendar is open on the scenario's month, whatever the device's date.
  const month = ((await page.textContent('.v-host__date')) ?? '').split(' ')[2] ?? '';
  const scene = (await page.getAttribute('#scene', 'aria-label')) ?? '';
  if (scene.includes('calendrier mural')) expect(scene).toContain(`le mois de ${month}`);

  const kindsChecked = new Set<string>();
  for (const [index, event] of golden.log.entries()) {
    const before = await stepId(page);
    const kind = (await page.getAttribute('.v-host', 'data-kind')) ?? '';
    const firstOfKind = !kindsChecked.has(kind);
    if (firstOfKind) {
      kindsChecked.add(kind);
      await settle(page, 150);
      expect(await seriousViolations(page), `axe, étape ${before}`).toEqual([]);
    }
    if (firstOfKind || EVERY_STEP)
      await session.screenshot(`${scenarioId}-${String(index + 1).padStart(2, '0')}-${before}`);
    expect(await playEvent(page, event), `réponse refusée à l’étape ${before}`).toEqual([]);
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
}

describe.each(SCENARIOS)('scenario %s in the browser', (scenarioId) => {
  it('is played from the title to its debrief with the model answers, 20/20', async () => {
    await playToDebrief(baseUrl, scenarioId);
  }, 300_000);
});

describe('the one-file build (npm run package:fichier), opened from a USB key', () => {
  it('plays the tutorial from file:// to its debrief, reading nothing beside the page', async () => {
    execFileSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/package-fichier.ts'], {
      stdio: 'inherit',
    });
    await playToDebrief(pathToFileURL(join(process.cwd(), ONE_FILE)).href, 'premier-jour');
  }, 300_000);
});
