import { describe, expect, it } from 'vitest';
import { autoplay, openScenarioSession, stepKeyOf, type ScenarioEvent } from '../../../src/core/scenario';
import { practiceSuspendData, readPracticeSuspendData } from '../../../src/core/save';
import { findScormApi, openLmsLink, type ApiHost, type Scorm12Api } from '../../../src/lms/scorm12';
import { takePracticeResume, trackPractice } from '../../../src/lms/track';
import { repoScenario } from '../scenarios/scenario-kit';

/** A SCORM 1.2 API that records every call, with a store of CMI values. */
function fakeApi(initial: Record<string, string> = {}) {
  const cmi: Record<string, string> = { 'cmi.core.lesson_status': 'not attempted', ...initial };
  const calls: string[] = [];
  const api: Scorm12Api = {
    LMSInitialize: () => (calls.push('LMSInitialize'), 'true'),
    LMSFinish: () => (calls.push('LMSFinish'), 'true'),
    LMSGetValue: (element) => cmi[element] ?? '',
    LMSSetValue: (element, value) => {
      cmi[element] = value;
      return 'true';
    },
    LMSCommit: () => (calls.push('LMSCommit'), 'true'),
    LMSGetLastError: () => '0',
    LMSGetErrorString: () => '',
  };
  return { api, cmi, calls };
}

const host = (api: unknown, parent: ApiHost | null = null, opener: ApiHost | null = null): ApiHost => {
  const self: { API?: unknown; parent: ApiHost | null; opener: ApiHost | null } = { parent, opener };
  if (api !== undefined) self.API = api;
  self.parent = parent ?? self;
  return self;
};

describe('the discovery of the SCORM 1.2 API (RTE 3.3.6.1)', () => {
  const { api } = fakeApi();

  it('finds it in the window, in a parent or in the opener', () => {
    expect(findScormApi(host(api))).toBe(api);
    const lms = host(api);
    expect(findScormApi(host(undefined, host(undefined, lms)))).toBe(api);
    expect(findScormApi(host(undefined, null, host(undefined, lms)))).toBe(api);
  });

  it('finds nothing in a lone window, nor in an object that lacks the API methods', () => {
    expect(findScormApi(host(undefined))).toBeNull();
    expect(findScormApi(host({ LMSInitialize: () => 'true' }))).toBeNull();
  });

  it('skips a parent of another origin (a getter that throws)', () => {
    const foreign = {
      get API(): unknown {
        throw new Error('SecurityError');
      },
      parent: null,
      opener: null,
    };
    expect(findScormApi(host(undefined, foreign))).toBeNull();
  });
});

describe('a practice SCO reported to the platform', () => {
  const { scenario, program } = repoScenario('premier-jour');
  const launch = { sco: 'scenario', scenarioId: 'premier-jour' } as const;
  const good = autoplay(program, { seed: 7 }, 'good', 1);
  const half = good.log.slice(0, Math.floor(good.log.length / 2));

  function play(session: ReturnType<typeof openScenarioSession>, events: readonly ScenarioEvent[]) {
    for (const event of events) expect(session.send(event).accepted).toBe(true);
  }

  it('writes incomplete, the suspend data and the interactions midway, then suspend on leaving', () => {
    const { api, cmi, calls } = fakeApi();
    const link = openLmsLink(
      api,
      launch,
      () => 83_456,
      () => undefined,
    );
    if (!link) throw new Error('pas de lien');
    expect(link.resumeData).toBeNull();
    const session = openScenarioSession(program, { seed: 7 });
    trackPractice(link, program, session, () => undefined);
    play(session, half);
    expect(cmi['cmi.core.lesson_status']).toBe('incomplete');
    expect(cmi['cmi.suspend_data']).toBe(practiceSuspendData(session.snapshot().context));
    const written = Object.keys(cmi).filter((key) => /^cmi\.interactions\.\d+\.id$/.test(key));
    expect(written).toHaveLength(session.evidence().length);
    link.finish();
    expect(cmi['cmi.core.exit']).toBe('suspend');
    expect(cmi['cmi.core.session_time']).toBe('0000:01:23.46');
    expect(calls.at(-1)).toBe('LMSFinish');
    expect(cmi['cmi.core.score.raw']).toBeUndefined();
  });

  it('resumes at the same step from the suspend data, then reports passed with the score', () => {
    const first = openScenarioSession(program, { seed: 7 });
    play(first, half);
    const data = practiceSuspendData(first.snapshot().context);
    const { api, cmi } = fakeApi({ 'cmi.core.entry': 'resume', 'cmi.suspend_data': data });
    const link = openLmsLink(
      api,
      launch,
      () => 0,
      () => undefined,
    );
    if (!link) throw new Error('pas de lien');
    const resume = takePracticeResume(link, scenario, () => undefined);
    expect(resume?.seed).toBe(7);
    expect(takePracticeResume(link, scenario, () => undefined)).toBeNull();
    const session = openScenarioSession(program, { seed: resume?.seed ?? 0 }, resume?.log ?? []);
    expect(stepKeyOf(session.snapshot())).toBe(stepKeyOf(first.snapshot()));
    trackPractice(link, program, session, () => undefined);
    play(session, good.log.slice(half.length));
    expect(session.isDone()).toBe(true);
    expect(cmi['cmi.core.lesson_status']).toBe('passed');
    expect(Number(cmi['cmi.core.score.raw'])).toBeGreaterThanOrEqual(50);
    expect(cmi['cmi.core.score.max']).toBe('100');
    expect(cmi['cmi.core.exit']).toBe('');
    link.finish();
    expect(cmi['cmi.core.exit']).toBe('');
  });

  it('reports a run replayed in the same attempt after the first one’s interactions', () => {
    const { api, cmi } = fakeApi();
    const link = openLmsLink(
      api,
      launch,
      () => 0,
      () => undefined,
    );
    if (!link) throw new Error('pas de lien');
    const firstRun = openScenarioSession(program, { seed: 7 });
    const stop = trackPractice(link, program, firstRun, () => undefined);
    play(firstRun, good.log);
    stop();
    const count = firstRun.evidence().length;
    expect(link.interactionCount()).toBe(count);
    const replay = openScenarioSession(program, { seed: 7 });
    trackPractice(link, program, replay, () => undefined);
    expect(cmi['cmi.core.lesson_status']).toBe('incomplete');
    play(replay, good.log.slice(0, 3));
    const ids = Object.keys(cmi).filter((key) => /^cmi\.interactions\.\d+\.id$/.test(key));
    expect(ids).toHaveLength(count + replay.evidence().length);
    expect(cmi[`cmi.interactions.${count}.id`]).toMatch(new RegExp(`^${count + 1}-premier-jour-`));
  });

  it('keeps the tutorial midway and whole far within 4 096 characters', () => {
    const session = openScenarioSession(program, { seed: 7 });
    play(session, half);
    const midway = practiceSuspendData(session.snapshot().context).length;
    play(session, good.log.slice(half.length));
    const whole = practiceSuspendData(session.snapshot().context).length;
    expect(midway).toBeLessThan(4096);
    expect(whole).toBeLessThan(4096);
    console.info(`suspend_data du tutoriel : ${midway} caractères à mi-parcours, ${whole} à la fin`);
  });

  it('refuses a save string of another scenario or a damaged one in French', () => {
    const session = openScenarioSession(program, { seed: 7 });
    play(session, half);
    const data = practiceSuspendData(session.snapshot().context);
    const other = repoScenario('conseil-municipal').scenario;
    expect(readPracticeSuspendData(data, other)).toEqual({
      ok: false,
      error: 'La progression enregistrée est celle d’un autre scénario.',
    });
    expect(readPracticeSuspendData('abc', scenario).ok).toBe(false);
  });
});

describe('a binôme pack as a SCO', () => {
  const { program } = repoScenario('situations-de-tension');
  const launch = { sco: 'binome', packId: 'situations-de-tension' } as const;
  const pair = autoplay(program, { seed: 3 }, 'good', 3);

  function linked(initial: Record<string, string> = {}) {
    const fake = fakeApi(initial);
    const link = openLmsLink(
      fake.api,
      launch,
      () => 0,
      () => undefined,
    );
    if (!link) throw new Error('pas de lien');
    return { ...fake, link };
  }

  it('reports each act’s legality, then completed with no score, and keeps nothing to resume from', () => {
    const { cmi, link } = linked();
    const session = openScenarioSession(program, { seed: 3 });
    trackPractice(link, program, session, () => undefined, 'binome');
    for (const event of pair.log.slice(0, -1)) session.send(event);
    expect(cmi['cmi.core.lesson_status']).toBe('incomplete');
    for (const event of pair.log.slice(-1)) session.send(event);
    expect(session.isDone()).toBe(true);
    expect(cmi['cmi.core.lesson_status']).toBe('completed');
    expect(cmi['cmi.core.score.raw']).toBeUndefined();
    expect(cmi['cmi.suspend_data']).toBe('');
    const results = Object.keys(cmi).filter((key) => /^cmi\.interactions\.\d+\.result$/.test(key));
    expect(results).toHaveLength(session.evidence().length);
    expect(results.length).toBeGreaterThan(0);
    link.finish();
    expect(cmi['cmi.core.exit']).toBe('');
  });

  it('is not heard as a practice scenario, nor a practice scenario as a pack', () => {
    const { cmi, link } = linked();
    const session = openScenarioSession(program, { seed: 3 });
    trackPractice(link, program, session, () => undefined);
    for (const event of pair.log) session.send(event);
    expect(cmi['cmi.core.lesson_status']).toBe('incomplete');
    const tutorial = repoScenario('premier-jour').program;
    const scenarioLink = openLmsLink(
      fakeApi().api,
      { sco: 'scenario', scenarioId: 'premier-jour' },
      () => 0,
      () => undefined,
    );
    if (!scenarioLink) throw new Error('pas de lien');
    const untracked = trackPractice(
      scenarioLink,
      tutorial,
      openScenarioSession(tutorial, { seed: 1 }),
      () => undefined,
      'binome',
    );
    expect(scenarioLink.interactionCount()).toBe(0);
    untracked();
  });
});
