import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { inflateSync, strFromU8, unzipSync } from 'fflate';
import type { Frame, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_WORLD_VARS, autoplay, compileScenario } from '../../src/core/scenario';
import { decodeBase64 } from '../../src/core/save';
import { repoCatalogue } from '../unit/core/scenario/repo-scenarios';
import { playRest, RIGHT } from './binome-driver';
import { openSession, type BrowserSession } from './harness';
import { serveFolder, type StaticServer } from './static-server';
import { playEvent, stepId, SUBMIT } from './scenario-driver';

/**
 * The SCORM 1.2 package in a real SCORM 1.2 runtime: scorm-again's `Scorm12API` mounted as `window.API` in a test
 * page (the LMS) that loads the packaged SCO « Premier jour en mairie » in an iframe, as Moodle does. Played
 * partway, left (the iframe navigates away: `pagehide` finishes the session), relaunched with the CMI data the LMS
 * kept (`cmi.core.entry = resume`), resumed at the same step, finished; then the values the LMS received.
 */

const ZIP = 'dist-packages/une-annee-en-mairie-scorm12.zip';
const TUTORIAL = 'premier-jour';
const DESK = '#overlay[data-screen="bureau-annee"]';
const SCO_HREF = 'sco/index.html?sco=scenario&id=premier-jour';
const YEAR_HREF = 'sco/index.html?sco=annee';
const PAIR_HREF = 'sco/index.html?sco=binome&id=situations-de-tension';

const LMS_PAGE = `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<link rel="icon" href="data:,">
<title>Plateforme de test SCORM 1.2</title>
<script src="scorm12.js"></script>
<script>
  window.lms = { finishes: 0, commits: 0, cmi: null, launches: 0 };
  window.launchSco = (href, cmi) => {
    const api = new Scorm12API({ autocommit: false, lmsCommitUrl: false, logLevel: 5 });
    if (cmi) api.loadFromJSON(cmi, '');
    api.on('LMSCommit', () => { window.lms.commits += 1; });
    api.on('LMSFinish', () => {
      window.lms.finishes += 1;
      window.lms.cmi = api.renderCMIToJSONObject();
    });
    window.API = api;
    window.lms.launches += 1;
    document.getElementById('sco').src = href;
  };
  window.leaveSco = () => { document.getElementById('sco').src = 'about:blank'; };
</script>
</head>
<body style="margin:0">
<iframe id="sco" title="Activité SCORM" style="width:1366px;height:768px;border:0"></iframe>
</body>
</html>`;

/** The CMI object scorm-again rendered at LMSFinish (its JSON form). */
interface CmiJson {
  readonly core: Record<string, string>;
  readonly suspend_data: string;
  readonly interactions: Record<string, { id: string; type: string; result: string; objectives: unknown }>;
  readonly [key: string]: unknown;
}

/** The seed a practice save string holds (base64 → inflate → JSON). */
function seedOf(suspendData: string): number {
  const bytes = decodeBase64(suspendData);
  if (!bytes) throw new Error('suspend_data illisible');
  return (JSON.parse(strFromU8(inflateSync(bytes))) as { seed: number }).seed;
}

let root = '';
let lmsUrl = '';
let server: StaticServer | null = null;
let session: BrowserSession | null = null;

beforeAll(async () => {
  // The global setup has just built dist/: package that build (the same files the script zips after its own).
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/package-scorm.ts', '--from', 'dist'], {
    stdio: 'inherit',
  });
  root = mkdtempSync(join(tmpdir(), 'mairie-lms-'));
  for (const [name, bytes] of Object.entries(unzipSync(readFileSync(ZIP)))) {
    if (name.endsWith('/')) continue;
    const target = join(root, 'sco', name);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, bytes);
  }
  copyFileSync('node_modules/scorm-again/dist/scorm12.js', join(root, 'scorm12.js'));
  writeFileSync(join(root, 'index.html'), LMS_PAGE);
  server = await serveFolder(root);
  lmsUrl = server.url;
});

afterEach(async () => {
  await session?.close();
  session = null;
});

afterAll(async () => {
  await server?.stop();
  rmSync(root, { recursive: true, force: true });
});

async function scoFrame(page: Page, ready = '.v-host'): Promise<Frame> {
  const handle = await page.waitForSelector('#sco');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('pas de cadre');
  await frame.waitForSelector(ready);
  return frame;
}

type LmsWindow = Window & {
  launchSco: (href: string, cmi?: unknown) => void;
  leaveSco: () => void;
  lms: { finishes: number; cmi: unknown };
  API: { cmi: { suspend_data: string } };
};

/** Leaves the SCO and waits for its LMSFinish; returns the CMI data the LMS kept. */
async function leave(page: Page, finishes: number): Promise<CmiJson> {
  await page.evaluate(() => (window as unknown as LmsWindow).leaveSco());
  await page.waitForFunction((count) => (window as unknown as LmsWindow).lms.finishes === count, finishes);
  return ((await page.evaluate(() => (window as unknown as LmsWindow).lms.cmi)) as { cmi: CmiJson }).cmi;
}

/** The LMS's live value of a CMI element. */
const cmiValue = (page: Page, element: string): Promise<unknown> =>
  page.evaluate(
    (path) =>
      path
        .split('.')
        .reduce<unknown>(
          (node, key) => (node as Record<string, unknown> | undefined)?.[key],
          (window as unknown as { API: unknown }).API,
        ),
    element,
  );

describe('the SCORM 1.2 package in scorm-again', () => {
  it('lists one SCO per entry point in its manifest', () => {
    const manifest = readFileSync(join(root, 'sco', 'imsmanifest.xml'), 'utf8');
    expect(manifest).toContain('href="index.html?sco=annee"');
    expect(manifest).toContain(`href="index.html?sco=scenario&amp;id=${TUTORIAL}"`);
    expect(manifest).toContain('href="index.html?sco=binome&amp;id=situations-de-tension"');
    expect(manifest.match(/adlcp:scormtype="sco"/g)?.length).toBeGreaterThanOrEqual(8);
  });

  it('opens a binôme pack’s SCO on the pair’s setup; played to its debrief, the LMS gets completed, no score', async () => {
    session = await openSession(lmsUrl);
    const { page } = session;
    await page.goto(lmsUrl);
    await page.evaluate((href) => (window as unknown as LmsWindow).launchSco(href), PAIR_HREF);
    const frame = await scoFrame(page, '#overlay[data-screen="binome-accueil"] [data-action="commencer"]');
    expect(await frame.textContent('#overlay')).toContain('Situations de tension');
    await frame.click('[data-action="commencer"]');
    await frame.waitForSelector('#overlay[data-screen="binome-jeu"]');
    expect(await cmiValue(page, 'cmi.core.lesson_status')).toBe('incomplete');
    expect(await frame.evaluate(playRest, RIGHT)).toEqual({ situations: 5, handovers: 10, leaks: [] });
    await frame.click('[data-action="bilan"]');
    await frame.waitForSelector('#overlay[data-screen="binome-bilan"]');
    const { core, suspend_data: suspendData, interactions } = await leave(page, 1);
    const results = Object.values(interactions ?? {}).map((item) => item.result);
    console.info('Valeurs reçues par scorm-again (binôme) :', JSON.stringify({ core, results }));
    expect(core.lesson_status).toBe('completed');
    expect(core.score).toMatchObject({ raw: '' });
    expect(core.exit).toBe('');
    expect(suspendData).toBe('');
    expect(results).toEqual(['correct', 'correct', 'correct', 'correct', 'correct']);
    expect(session.consoleErrors).toEqual([]);
    expect(session.badRequests).toEqual([]);
  }, 300_000);

  it('plays the tutorial partway, leaves, resumes at the same step, finishes; the LMS gets score, status, interactions', async () => {
    const catalogue = repoCatalogue();
    const scenario = catalogue.scenarios[TUTORIAL];
    if (!scenario) throw new Error('tutoriel absent');
    const program = compileScenario(scenario, catalogue.scenarios);

    session = await openSession(lmsUrl);
    const { page } = session;
    // What the SCO's adapter logs when the LMS refuses a call (LMSSetValue of a wrong value…).
    const refusals: string[] = [];
    page.on('console', (message) => {
      if (message.text().startsWith('SCORM ')) refusals.push(message.text());
    });
    await page.goto(lmsUrl);
    await page.evaluate(
      (href) => (window as unknown as { launchSco: (h: string) => void }).launchSco(href),
      SCO_HREF,
    );
    let frame = await scoFrame(page);
    // The SCO reports at once: incomplete, and its save string (the seed the game drew, an empty log).
    await page.waitForFunction(
      () => (window as unknown as { API: { cmi: { suspend_data: string } } }).API.cmi.suspend_data !== '',
    );
    expect(await cmiValue(page, 'cmi.core.lesson_status')).toBe('incomplete');
    const seed = seedOf(String(await cmiValue(page, 'cmi.suspend_data')));
    const golden = autoplay(program, { seed, worldVars: DEFAULT_WORLD_VARS }, 'good', seed);
    expect(golden.stoppedBecause).toBeNull();
    const half = Math.floor(golden.log.length / 2);

    const drive = () => frame as unknown as Page;
    for (const event of golden.log.slice(0, half))
      expect(await playEvent(drive(), event), 'réponse refusée').toEqual([]);
    const leftAt = await stepId(drive());
    const midwayData = String(await cmiValue(page, 'cmi.suspend_data'));

    // Leave midway: the SCO's page goes away, its pagehide finishes the session with exit = suspend.
    await page.evaluate(() => (window as unknown as { leaveSco: () => void }).leaveSco());
    await page.waitForFunction(() => (window as unknown as { lms: { finishes: number } }).lms.finishes === 1);
    const left = (await page.evaluate(() => (window as unknown as { lms: { cmi: unknown } }).lms.cmi)) as {
      cmi: CmiJson;
    };
    expect(left.cmi.core.exit).toBe('suspend');
    expect(left.cmi.core.lesson_status).toBe('incomplete');
    expect(left.cmi.core.session_time).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
    expect(left.cmi.suspend_data).toBe(midwayData);
    const midwayInteractions = Object.keys(left.cmi.interactions ?? {}).length;

    // Relaunch, as the LMS does after a suspend: the CMI data it kept, with cmi.core.entry = resume.
    const stored = { cmi: { ...left.cmi, core: { ...left.cmi.core, entry: 'resume' } } };
    await page.evaluate(
      ([href, cmi]) =>
        (window as unknown as { launchSco: (h: string, c: unknown) => void }).launchSco(href as string, cmi),
      [SCO_HREF, stored] as const,
    );
    frame = await scoFrame(page);
    expect(await stepId(drive())).toBe(leftAt);

    for (const event of golden.log.slice(half))
      expect(await playEvent(drive(), event), 'réponse refusée').toEqual([]);
    await frame.click(SUBMIT);
    await frame.waitForSelector('.debrief');
    await session.screenshot('scorm-bilan');
    await page.evaluate(() => (window as unknown as { leaveSco: () => void }).leaveSco());
    await page.waitForFunction(() => (window as unknown as { lms: { finishes: number } }).lms.finishes === 2);
    const received = (await page.evaluate(
      () => (window as unknown as { lms: { cmi: unknown } }).lms.cmi,
    )) as {
      cmi: CmiJson;
    };
    const { core } = received.cmi;
    const interactions = Object.values(received.cmi.interactions ?? {});
    console.info(
      'Valeurs reçues par scorm-again :',
      JSON.stringify({
        midway: { step: leftAt, suspendDataChars: midwayData.length, interactions: midwayInteractions },
        final: {
          core,
          suspendDataChars: received.cmi.suspend_data.length,
          interactions: interactions.map((item) => [item.id, item.type, item.result, item.objectives]),
        },
      }),
    );
    expect(core.lesson_status).toBe('passed');
    expect(core.score).toMatchObject({ raw: '100', min: '0', max: '100' });
    expect(core.exit).toBe('');
    expect(core.session_time).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
    expect(interactions).toHaveLength(golden.snapshot.context.evidence.length);
    for (const item of interactions) {
      expect(item.id).toMatch(/^[A-Za-z0-9_-]{1,255}$/);
      expect(item.result).toBe('correct');
      expect(['choice', 'fill-in', 'matching', 'performance']).toContain(item.type);
    }
    expect(refusals).toEqual([]);
    expect(received.cmi.suspend_data.length).toBeLessThanOrEqual(4096);
    expect(session.consoleErrors).toEqual([]);
    expect(session.badRequests).toEqual([]);
  }, 300_000);
  it('opens the year SCO on its setup, reports it, and resumes it from the LMS at the same week', async () => {
    session = await openSession(lmsUrl);
    const { page } = session;
    await page.goto(lmsUrl);
    await page.evaluate((href) => (window as unknown as LmsWindow).launchSco(href), YEAR_HREF);
    let frame = await scoFrame(page, '[data-action="commencer-annee"]');
    await frame.fill('#code-annee', '7');
    await frame.click('[data-action="commencer-annee"]');
    await frame.waitForSelector('#overlay[data-screen="hub"]');
    expect(await cmiValue(page, 'cmi.core.lesson_status')).toBe('incomplete');
    await frame.click('[data-hotspot="ordinateur"]');
    await frame.waitForSelector(DESK);
    await frame.click('.an-valider');
    await frame.waitForSelector('.bureau-annee__fin:not([disabled])');
    const planned = String(await cmiValue(page, 'cmi.suspend_data'));
    const left = await leave(page, 1);
    expect(left.core.exit).toBe('suspend');
    expect(left.suspend_data).toBe(planned);
    console.info(`suspend_data de l’année, semaine 1 planifiée : ${planned.length} caractères`);

    await page.evaluate(([href, cmi]) => (window as unknown as LmsWindow).launchSco(href as string, cmi), [
      YEAR_HREF,
      { cmi: { ...left, core: { ...left.core, entry: 'resume' } } },
    ] as const);
    frame = await scoFrame(page, '#overlay[data-screen="hub"]');
    await frame.click('[data-hotspot="ordinateur"]');
    // The week's agenda is committed already: the desk offers to end the week, as before leaving.
    await frame.waitForSelector('.bureau-annee__fin:not([disabled])');
    expect(await cmiValue(page, 'cmi.suspend_data')).toBe(planned);
    expect(session.consoleErrors).toEqual([]);
    expect(session.badRequests).toEqual([]);
  }, 300_000);
});
