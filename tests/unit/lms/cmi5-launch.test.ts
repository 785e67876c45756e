import { describe, expect, it } from 'vitest';
import { auContextOf, parseCmi5Launch, parseLaunchData } from '../../../src/lms/cmi5-launch';

const ACTOR = {
  objectType: 'Agent',
  name: 'Camille',
  account: { homePage: 'https://lms.test', name: 'camille' },
};
const PARAMS = {
  endpoint: 'https://lrs.test/xapi',
  fetch: 'https://lms.test/fetch/abc',
  actor: JSON.stringify(ACTOR),
  registration: '8f2b6c1e-2a4d-4c8e-9f1a-0b3c5d7e9f10',
  activityId: 'https://lms.test/au/premier-jour',
};
const query = (params: Record<string, string>) =>
  `?sco=scenario&id=premier-jour&${new URLSearchParams(params)}`;

describe('the cmi5 launch parameters (cmi5 §8.1)', () => {
  it('reads the five parameters; the endpoint gets its closing slash', () => {
    const launch = parseCmi5Launch(query(PARAMS));
    expect(launch).toEqual({
      ok: true,
      value: { ...PARAMS, endpoint: 'https://lrs.test/xapi/', actor: ACTOR },
    });
  });

  it('is no cmi5 launch without any of them (a SCORM or plain launch)', () => {
    expect(parseCmi5Launch('?sco=scenario&id=premier-jour')).toEqual({ ok: true, value: null });
    expect(parseCmi5Launch('')).toEqual({ ok: true, value: null });
  });

  it('says in French what is missing or unreadable', () => {
    const { fetch: _fetch, ...partial } = PARAMS;
    const missing = parseCmi5Launch(query(partial));
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error).toContain('il manque fetch');
    const broken = parseCmi5Launch(
      query({ ...PARAMS, actor: '{"mbox":"mailto:a@b.c"}', registration: '42', endpoint: 'ftp://x' }),
    );
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.error).toMatch(/endpoint, actor, registration illisible/);
    expect(parseCmi5Launch(query({ ...PARAMS, actor: '{not json' })).ok).toBe(false);
  });
});

describe('the LMS.LaunchData document (cmi5 §10.2)', () => {
  const template = { extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': 's-1' } };

  it('keeps the context template, the launch mode, the masteryScore and moveOn', () => {
    const data = parseLaunchData({
      contextTemplate: template,
      launchMode: 'Normal',
      masteryScore: 0.5,
      moveOn: 'CompletedAndPassed',
      returnURL: 'https://lms.test/retour',
    });
    expect(data).toEqual({
      ok: true,
      value: {
        contextTemplate: template,
        launchMode: 'Normal',
        masteryScore: 0.5,
        moveOn: 'CompletedAndPassed',
      },
    });
    if (!data.ok) return;
    const launch = parseCmi5Launch(query(PARAMS));
    if (!launch.ok || !launch.value) throw new Error('lancement illisible');
    expect(auContextOf(launch.value, data.value)).toMatchObject({
      registration: PARAMS.registration,
      activityId: PARAMS.activityId,
      masteryScore: 0.5,
    });
  });

  it('has no masteryScore when the LMS gives none or a wrong one', () => {
    const data = parseLaunchData({ contextTemplate: {}, launchMode: 'Review', masteryScore: 3 });
    expect(data.ok && data.value.masteryScore).toBeNull();
  });

  it('refuses a document without a context template or with an unknown mode', () => {
    expect(parseLaunchData({ launchMode: 'Normal' }).ok).toBe(false);
    expect(parseLaunchData({ contextTemplate: {}, launchMode: 'Libre' }).ok).toBe(false);
    expect(parseLaunchData('LMS.LaunchData').ok).toBe(false);
  });
});
