import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { HUB_HOTSPOT_IDS } from '../../src/core/assets/hub-places';
import { formatMark } from '../../src/ui/report/report-presenter';
import { buildYearBilan, playYearWithBot, type YearEvent } from '../../src/core/year';
import { yearEnv } from '../unit/core/year/year-fixtures';
import { seriousViolations } from './axe';
import { openSession, type BrowserSession } from './harness';
import { playEvent, SUBMIT } from './scenario-driver';
import { openTitle, settle, waitForScene } from './shell-helpers';

/**
 * A whole year, January to December, played in the production build as a trainee plays it: each week the agenda
 * is planned with the day menus of the task cards and validated, the rendez-vous are opened from the hub's places
 * (the guichet, the salle du conseil) or from the desk, every scenario is answered through its views, the week
 * is ended, and at the end the bilan is read. The answers are the good bot's (computed in Node on the same
 * year and code), so the bilan on screen must say what the core says of that year.
 */

const baseUrl = inject('baseUrl');
const CODE = 7;
/** The year played; `MAIRIE_ANNEE=annee-2026` plays the other one (by hand: `npm test` plays 2027). */
const CONFIG = process.env['MAIRIE_ANNEE'] ?? 'annee-2027';
const DESK = '#overlay[data-screen="bureau-annee"]';
let session: BrowserSession | null = null;

afterEach(async () => {
  await session?.close();
  session = null;
});

async function showDesk(page: Page): Promise<void> {
  if (await page.locator(DESK).count()) return;
  await page.click('[data-hotspot="ordinateur"]');
  await page.waitForSelector(DESK);
}

/**
 * Chooses every task's day in its menu, as the player does (a `change` of the card's day menu; tasks left out
 * go back to « à planifier »), then validates. The menus are set in the page, one after the other: the desk
 * re-renders after each choice, so each menu is looked up afresh.
 */
async function plan(page: Page, slots: readonly (readonly [string, number])[]): Promise<void> {
  await showDesk(page);
  const refused = await page.evaluate((wanted) => {
    const days = new Map(wanted);
    const menu = (task: string) =>
      document.querySelector<HTMLSelectElement>(`[data-tache="${task}"] select.an-tache__jour`);
    const shown = [...document.querySelectorAll('[data-tache]')].map(
      (card) => card.getAttribute('data-tache') ?? '',
    );
    const choices: [string, string][] = [
      ...shown.filter((task) => !days.has(task)).map((task): [string, string] => [task, '']),
      ...wanted.map(([task, day]): [string, string] => [task, String(day)]),
    ];
    const problems: string[] = [];
    for (const [task, value] of choices) {
      const select = menu(task);
      const option = select ? [...select.options].find((candidate) => candidate.value === value) : undefined;
      if (!select || !option || option.disabled) {
        problems.push(`${task} → ${value}`);
        continue;
      }
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }
    return problems;
  }, slots);
  expect(refused, 'jours impossibles à choisir dans les menus').toEqual([]);
  expect(await page.textContent('#an-etat')).toBe(
    'Planning possible : validez-le pour commencer la semaine.',
  );
  await page.click('.an-valider');
  await page.waitForFunction(() =>
    document.querySelector('#an-etat')?.textContent?.startsWith('Planning validé'),
  );
}

/** Opens an activity from its place of the mairie when it has one, else from the desk's rendez-vous. */
async function open(page: Page, activityId: string, scenarioId: string): Promise<void> {
  const place = yearEnv(CONFIG).scenarios[scenarioId]?.place;
  // The mairie's computer is the desk itself: what happens at the computer is opened from the desk's agenda.
  if (place && place !== HUB_HOTSPOT_IDS.computer) {
    await page.click('.ecran-bureau .situations-entete button:has-text("La mairie")');
    await page.waitForSelector('#overlay[data-screen="hub"]');
    await waitForScene(page, 'hub');
    await session?.screenshot(`${CONFIG}-mairie-avant-${activityId}`);
    await page.click(`[data-hotspot="${place}"]`);
  } else {
    await showDesk(page);
    await page.click(`[data-activite="${activityId}"]`);
  }
  await page.waitForSelector('.v-host');
}

describe('a whole year in the browser', () => {
  it('is played from January to December through the hub, and its bilan read', async () => {
    const env = yearEnv(CONFIG);
    const played = playYearWithBot(env, { configId: CONFIG, seed: CODE, post: 'temps-plein' }, 'good', CODE);
    if (!played.ok) throw new Error(played.error);
    const bilan = buildYearBilan(env, played.value.state, `${env.config.year}-12-31`);
    if (!bilan.ok) throw new Error(bilan.error);
    const scenarioOf = new Map(
      played.value.state.activities.map((activity) => [activity.id, activity.scenarioId]),
    );

    session = await openSession(baseUrl);
    const { page } = session;
    await openTitle(page, baseUrl);
    await page.click('[data-menu="annee"]');
    await page.check(`[data-choix="annee:${CONFIG}"]`);
    await page.check('[data-choix="poste:temps-plein"]');
    await page.fill('#code-annee', String(CODE));
    await page.click('[data-action="commencer-annee"]');
    await page.waitForSelector('#overlay[data-screen="hub"]');

    let week = 1;
    let inActivity = false;
    const log: readonly YearEvent[] = played.value.log;
    for (const [index, event] of log.entries()) {
      if (event.type === 'week.plan') await plan(page, event.slots);
      if (event.type === 'activity.open') {
        await open(page, event.activityId, scenarioOf.get(event.activityId) ?? '');
        inActivity = true;
        await session.screenshot(`${CONFIG}-s${String(week).padStart(2, '0')}-${event.activityId}`);
      }
      if (event.type === 'activity.event') {
        expect(await playEvent(page, event.event), `semaine ${week}, ${JSON.stringify(event.event)}`).toEqual(
          [],
        );
      }
      const next = log[index + 1];
      if (inActivity && next?.type !== 'activity.event') {
        // The end step's « Voir le bilan » goes back to the desk (the marks wait for the year's bilan).
        await page.click(SUBMIT);
        await page.waitForSelector(DESK);
        inActivity = false;
      }
      if (event.type === 'week.end') {
        await showDesk(page);
        if ([1, 14, 26, 40].includes(week)) {
          await settle(page, 100);
          await session.screenshot(`${CONFIG}-s${String(week).padStart(2, '0')}-fin`);
        }
        await page.click('.bureau-annee__fin');
        week += 1;
        if (next)
          await page.waitForFunction(
            (n) => document.querySelector('#an-titre')?.textContent?.startsWith(`Semaine ${n} sur`),
            week,
          );
      }
    }

    await page.waitForSelector('#overlay[data-screen="bilan-annee"]');
    await settle(page, 200);
    await session.screenshot(`${CONFIG}-bilan`);
    const text = (await page.textContent('#overlay')) ?? '';
    expect(text).toContain(`Note de l’année : ${formatMark(bilan.value.report.overall.mark)}`);
    expect(text).toContain(`${bilan.value.weekCount} semaine(s) sur ${bilan.value.weekCount}`);
    for (const bloc of bilan.value.report.blocs) expect(text).toContain(bloc.title);
    expect(await seriousViolations(page), 'axe, bilan de l’année').toEqual([]);
    expect(session.consoleErrors).toEqual([]);
    expect(session.badRequests).toEqual([]);
  }, 1_200_000);
});
