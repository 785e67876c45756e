import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEFAULT_WORLD_VARS, autoplay, compileScenario } from '../../src/core/scenario';
import { auIdOf } from '../../src/lms/cmi5-course';
import { repoCatalogue } from '../unit/core/scenario/repo-scenarios';
import { openSession, type BrowserSession } from './harness';
import { startLrsStub, type LrsStub, type StoredStatement } from './lrs-stub';
import { playEvent, SUBMIT } from './scenario-driver';

/**
 * The game launched by a cmi5 platform on the tutorial « Premier jour en mairie », at the URL of its AU in the cmi5
 * package's course structure (`npm run package:cmi5`): it fetches its token, reads
 * LMS.LaunchData, and sends its xAPI statements to a local LRS (lrs-stub.ts) while the trainee plays to the 20/20
 * debrief. The LRS fails one POST midway: the statements wait in the IndexedDB queue and arrive later, in order,
 * none lost, none twice. Leaving the page sends `terminated`.
 */

const baseUrl = inject('baseUrl');
const TUTORIAL = 'premier-jour';
const ACTIVITY = 'https://plateforme.test/cours/du-secretaire-de-mairie/au/premier-jour';
const SEED = 'https://une-annee-en-mairie.fr/xapi/extensions/seed';
/** What Chromium logs of the POST the LRS fails on purpose. */
const FAILED_POST =
  'Failed to load resource: the server responded with a status of 500 (Internal Server Error)';

let lrs: LrsStub;
let session: BrowserSession;
/** The tutorial's AU in the cmi5 package's course structure: the URL a platform launches. */
let tutorialUrl = '';

beforeAll(async () => {
  lrs = await startLrsStub();
  // The global setup has just built dist/: package that build as `npm run package:cmi5` does.
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/package-cmi5.ts', '--from', 'dist'], {
    stdio: 'inherit',
  });
  const course = strFromU8(
    unzipSync(readFileSync('dist-packages/une-annee-en-mairie-cmi5.zip'), {
      filter: (file) => file.name === 'cmi5.xml',
    })['cmi5.xml'] ?? new Uint8Array(),
  );
  const au = auIdOf({ launch: { sco: 'scenario', scenarioId: TUTORIAL }, title: '' });
  const url = new RegExp(`<au id="${au}"[\\s\\S]*?<url>([^<]*)</url>`).exec(course)?.[1];
  if (!url) throw new Error(`AU du tutoriel absente de cmi5.xml (${au})`);
  tutorialUrl = url.replace(/&amp;/g, '&');
});

afterAll(async () => {
  await session.close();
  await lrs.close();
});

const verbOf = (statement: StoredStatement) => statement.verb.id.split('/').at(-1) ?? '';
const has = (verb: string) => (statements: readonly StoredStatement[]) =>
  statements.some((statement) => verbOf(statement) === verb);

describe('a cmi5 launch', () => {
  it('sends the statements of a tutorial run to the LRS, in order, one per decision, none lost when a POST fails', async () => {
    const catalogue = repoCatalogue();
    const scenario = catalogue.scenarios[TUTORIAL];
    if (!scenario) throw new Error('tutoriel absent');
    const program = compileScenario(scenario, catalogue.scenarios);

    session = await openSession(baseUrl);
    const { page } = session;
    // The platform adds the cmi5 launch parameters to the AU's URL.
    await page.goto(`${baseUrl}${tutorialUrl}&${lrs.launchParameters(ACTIVITY)}`);
    await page.waitForSelector('.v-host');
    // The run's seed is in its first statements: the model answers are computed from it.
    await lrs.until(has('progressed'));
    const seed = Number(
      lrs.statements.find((statement) => verbOf(statement) === 'progressed')?.context?.extensions?.[SEED],
    );
    const golden = autoplay(program, { seed, worldVars: DEFAULT_WORLD_VARS }, 'good', seed);
    expect(golden.stoppedBecause).toBeNull();

    const half = Math.floor(golden.log.length / 2);
    for (const [index, event] of golden.log.entries()) {
      if (index === half) lrs.failNextPost();
      expect(await playEvent(page, event), 'réponse refusée').toEqual([]);
    }
    await page.click(SUBMIT);
    await page.waitForSelector('.debrief');
    expect(await page.locator('.debrief').textContent()).toContain('20/20');
    await lrs.until(has('passed'));
    // Everything sent: the queue in IndexedDB is empty.
    await page.waitForFunction(
      () =>
        new Promise<boolean>((resolve) => {
          const opening = indexedDB.open('une-annee-en-mairie-xapi');
          opening.onsuccess = () => {
            const count = opening.result.transaction('declarations').objectStore('declarations').count();
            count.onsuccess = () => resolve(count.result === 0);
            count.onerror = () => resolve(false);
          };
          opening.onerror = () => resolve(false);
        }),
    );

    // Leaving the page terminates the session.
    await page.goto('about:blank');
    await lrs.until(has('terminated'));

    const statements = lrs.statements;
    console.info(
      `Déclarations xAPI reçues (${statements.length}) :\n` +
        statements
          .map((statement) => {
            const result = statement.result ? ` ${JSON.stringify(statement.result)}` : '';
            return `${verbOf(statement)} ${statement.object.id}${result}`;
          })
          .join('\n'),
    );
    const verbs = statements.map(verbOf);
    expect(verbs.slice(0, 2)).toEqual(['launched', 'initialized']);
    expect(verbs.slice(-3)).toEqual(['completed', 'passed', 'terminated']);
    expect(new Set(verbs.slice(2, -3))).toEqual(new Set(['progressed', 'answered']));
    // One answered per scored decision, in the order they were taken, each right.
    const answered = statements.filter((statement) => verbOf(statement) === 'answered');
    expect(answered.map((statement) => statement.object.id.split('/').at(-1))).toEqual(
      golden.snapshot.context.evidence.map((item) => item.step),
    );
    expect(answered.every((statement) => statement.result?.['success'] === true)).toBe(true);
    const passed = statements.at(-2);
    expect(passed?.result).toMatchObject({ score: { scaled: 1, raw: 20, min: 0, max: 20 }, success: true });
    expect(passed?.context?.extensions?.['https://w3id.org/xapi/cmi5/context/extensions/masteryscore']).toBe(
      0.5,
    );
    // The failed POST happened, and cost nothing: no shape problem, no id stored twice or with two contents.
    expect(lrs.failed).toBe(1);
    expect(lrs.problems).toEqual([]);
    expect(lrs.conflicts).toEqual([]);
    expect(new Set(statements.map((statement) => statement.id)).size).toBe(statements.length);
    const timestamps = statements.slice(1).map((statement) => statement.timestamp);
    expect([...timestamps].sort()).toEqual(timestamps);
    expect(session.consoleErrors.filter((message) => message !== FAILED_POST)).toEqual([]);
    expect(session.badRequests.filter((request) => !request.includes(lrs.url))).toEqual([]);
  }, 120_000);
});
