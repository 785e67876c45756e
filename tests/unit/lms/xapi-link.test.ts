import { describe, expect, it, vi } from 'vitest';
import { autoplay, openScenarioSession } from '../../../src/core/scenario';
import { err, ok } from '../../../src/core/result';
import type { Cmi5Connection, PostOutcome } from '../../../src/lms/cmi5-client';
import type { Cmi5Launch } from '../../../src/lms/cmi5-launch';
import type { ScoLaunch } from '../../../src/lms/launch';
import { openXapiLink } from '../../../src/lms/xapi-link';
import { createMemoryStatementQueue } from '../../../src/lms/xapi-sender';
import { PROGRESS_EXTENSION, STEP_EXTENSION } from '../../../src/lms/xapi-vocabulary';
import { trackPracticeXapi, trackYearXapi } from '../../../src/lms/xapi-track';
import type { XapiStatement } from '../../../src/lms/xapi-types';
import { openYearSession, playYearWithBot, yearEvidence } from '../../../src/core/year';
import { repoScenario } from '../scenarios/scenario-kit';
import { yearEnv } from '../core/year/year-fixtures';
import { markOf } from '../../../src/lms/track';

const LAUNCH: Cmi5Launch = {
  endpoint: 'https://lrs.test/xapi/',
  fetch: 'https://lms.test/fetch/abc',
  actor: { objectType: 'Agent', account: { homePage: 'https://lms.test', name: 'camille' } },
  registration: '8f2b6c1e-2a4d-4c8e-9f1a-0b3c5d7e9f10',
  activityId: 'https://lms.test/au/premier-jour',
};

/** A connected platform that stores what it is sent, and the link over it, with a counting clock. */
function linked(entry: ScoLaunch | null, connected = true) {
  const stored: XapiStatement[] = [];
  const announced: string[] = [];
  let tick = 0;
  let bytes = 0;
  const connection: Cmi5Connection = {
    launch: LAUNCH,
    data: { contextTemplate: {}, launchMode: 'Normal', masteryScore: null, moveOn: 'CompletedAndPassed' },
    post(statements) {
      // As an LRS: a statement id is kept once.
      for (const statement of statements)
        if (!stored.some((held) => held.id === statement.id)) stored.push(statement);
      return Promise.resolve<PostOutcome>('stored');
    },
  };
  const link = openXapiLink({
    launch: LAUNCH,
    entry,
    connect: () => Promise.resolve(connected ? ok(connection) : err('La plateforme est injoignable.')),
    queue: createMemoryStatementQueue(),
    now: () => new Date(Date.UTC(2026, 11, 7, 10, 0, tick++)).toISOString(),
    elapsed: () => 61_000,
    randomBytes: () => new Uint8Array(16).fill(bytes++ % 256),
    schedule: () => () => undefined,
    log: () => undefined,
    announce: (text) => announced.push(text),
  });
  return { link, stored, announced };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const verbOf = (statement: XapiStatement) => statement.verb.id.split('/').at(-1);

describe('a practice run told to a cmi5 platform', () => {
  const { program } = repoScenario('premier-jour');
  const good = autoplay(program, { seed: 7 }, 'good', 1);

  it('sends initialized, then per step progressed and per decision answered, then completed, passed, terminated', async () => {
    const { link, stored } = linked({ sco: 'scenario', scenarioId: 'premier-jour' });
    const session = openScenarioSession(program, { seed: 7 });
    trackPracticeXapi(link, program, session);
    for (const event of good.log) expect(session.send(event).accepted).toBe(true);
    link.leave();
    await settle();
    await settle();
    const verbs = stored.map(verbOf);
    expect(verbs[0]).toBe('initialized');
    expect(verbs.slice(-3)).toEqual(['completed', 'passed', 'terminated']);
    expect(verbs.filter((verb) => verb === 'answered')).toHaveLength(session.evidence().length);
    // An answer comes before the step it leads to.
    const answered = stored.filter((statement) => verbOf(statement) === 'answered');
    expect(answered.map((statement) => statement.object.id.split('/').at(-1))).toEqual(
      session.evidence().map((item) => item.step),
    );
    const steps = stored.filter((statement) => verbOf(statement) === 'progressed');
    expect(steps[0]?.result?.extensions?.[STEP_EXTENSION]).toBe('accueil');
    expect(steps.at(-1)?.result?.extensions?.[PROGRESS_EXTENSION]).toBe(1);
    expect(stored.find((statement) => verbOf(statement) === 'passed')?.result?.score).toEqual({
      scaled: 1,
      raw: 20,
      min: 0,
      max: 20,
    });
    // Ids are fresh UUIDs; timestamps follow the clock.
    expect(new Set(stored.map((statement) => statement.id)).size).toBe(stored.length);
    const times = stored.map((statement) => statement.timestamp);
    expect([...times].sort()).toEqual(times);
  });

  it('does not tell another scenario than the one the platform launched', async () => {
    const { link, stored } = linked({ sco: 'scenario', scenarioId: 'conseil-municipal' });
    const session = openScenarioSession(program, { seed: 7 });
    trackPracticeXapi(link, program, session);
    for (const event of good.log) session.send(event);
    await settle();
    expect(stored.map(verbOf)).toEqual(['initialized']);
  });

  it('says in French when the platform cannot be reached, and the game plays on', async () => {
    const { link, stored, announced } = linked(null, false);
    const session = openScenarioSession(program, { seed: 7 });
    trackPracticeXapi(link, program, session);
    for (const event of good.log) expect(session.send(event).accepted).toBe(true);
    link.leave();
    await settle();
    expect(stored).toEqual([]);
    expect(announced).toEqual(['La plateforme est injoignable.']);
  });
});

describe('a binôme pack told to a cmi5 platform', () => {
  const { program } = repoScenario('situations-de-tension');
  const pair = autoplay(program, { seed: 3 }, 'good', 3);

  it('sends each act’s legality as answered, then completed and never passed or failed: it is not a mark', async () => {
    const { link, stored } = linked({ sco: 'binome', packId: 'situations-de-tension' });
    const session = openScenarioSession(program, { seed: 3 });
    trackPracticeXapi(link, program, session, 'binome');
    for (const event of pair.log) expect(session.send(event).accepted).toBe(true);
    link.leave();
    await settle();
    await settle();
    const verbs = stored.map(verbOf);
    expect(verbs.filter((verb) => verb === 'answered')).toHaveLength(session.evidence().length);
    expect(verbs.slice(-2)).toEqual(['completed', 'terminated']);
    expect(verbs).not.toContain('passed');
    expect(verbs).not.toContain('failed');
  });

  it('is not told when the platform launched the same scenario as a practice run', async () => {
    const { link, stored } = linked({ sco: 'scenario', scenarioId: 'situations-de-tension' });
    trackPracticeXapi(link, program, openScenarioSession(program, { seed: 3 }), 'binome');
    await settle();
    expect(stored.map(verbOf)).toEqual(['initialized']);
  });
});

describe('a year told to a cmi5 platform', () => {
  const env = yearEnv('annee-2027');
  const setup = { configId: env.config.id, seed: 5, post: 'temps-plein' };

  it('sends each decision as it arrives, a progressed per week, then completed and the mark of the year', async () => {
    const played = playYearWithBot(env, setup, 'good', 5);
    if (!played.ok) throw new Error(played.error);
    const final = played.value.state;
    const { link, stored } = linked({ sco: 'annee' });
    const session = openYearSession(env, setup);
    if (!session.ok) throw new Error('ouverture impossible');
    trackYearXapi(link, env, session.value);
    for (const event of final.log) expect(session.value.send(event).ok).toBe(true);
    link.leave();
    // Too many unsent for the page's last POST: the queue sends them, terminated last.
    await vi.waitFor(() => expect(stored.map(verbOf)).toContain('terminated'));
    const verbs = stored.map(verbOf);
    const evidence = yearEvidence(final);
    expect(verbs.filter((verb) => verb === 'answered')).toHaveLength(evidence.length);
    expect(verbs.filter((verb) => verb === 'progressed')).toHaveLength(final.weekCount + 1);
    const mark = markOf(evidence) ?? 0;
    expect(verbs.slice(-3)).toEqual(['completed', mark >= 10 ? 'passed' : 'failed', 'terminated']);
    expect(stored.at(-2)?.result?.score?.raw).toBe(mark);
    const weeks = stored.filter((statement) => verbOf(statement) === 'progressed');
    expect(weeks[0]?.result?.extensions?.[STEP_EXTENSION]).toBe('semaine-1');
    expect(weeks.at(-1)?.result?.extensions).toMatchObject({
      [STEP_EXTENSION]: 'bilan',
      [PROGRESS_EXTENSION]: 1,
    });
  });

  it('does not tell a practice run when the AU is the year', async () => {
    const { program } = repoScenario('premier-jour');
    const { link, stored } = linked({ sco: 'annee' });
    trackPracticeXapi(link, program, openScenarioSession(program, { seed: 7 }));
    await settle();
    expect(stored.map(verbOf)).toEqual(['initialized']);
  });
});
