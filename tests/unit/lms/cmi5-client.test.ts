import { describe, expect, it } from 'vitest';
import { connectCmi5, type Http } from '../../../src/lms/cmi5-client';
import type { Cmi5Launch } from '../../../src/lms/cmi5-launch';
import type { XapiStatement } from '../../../src/lms/xapi-types';

const LAUNCH: Cmi5Launch = {
  endpoint: 'https://lrs.test/xapi/',
  fetch: 'https://lms.test/fetch/abc',
  actor: { objectType: 'Agent', account: { homePage: 'https://lms.test', name: 'camille' } },
  registration: '8f2b6c1e-2a4d-4c8e-9f1a-0b3c5d7e9f10',
  activityId: 'https://lms.test/au/premier-jour',
};
const LAUNCH_DATA = { contextTemplate: { extensions: {} }, launchMode: 'Normal', masteryScore: 0.5 };

interface Call {
  readonly url: string;
  readonly init: RequestInit;
}

/** A platform answering with `answer` for each request; the calls it got. */
function platform(answer: (call: Call) => Response | Error) {
  const calls: Call[] = [];
  const http: Http = (url, init) => {
    calls.push({ url, init });
    const response = answer({ url, init });
    return response instanceof Error ? Promise.reject(response) : Promise.resolve(response);
  };
  return { http, calls };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

function healthy(statementStatus: () => number | Error) {
  return platform(({ url }) => {
    if (url === LAUNCH.fetch) return json({ 'auth-token': 'jeton' });
    if (url.includes('/activities/state')) return json(LAUNCH_DATA);
    const status = statementStatus();
    return status instanceof Error ? status : new Response(null, { status });
  });
}

describe('the cmi5 client', () => {
  it('fetches the token, reads LMS.LaunchData with it, posts statements with the xAPI headers', async () => {
    const { http, calls } = healthy(() => 200);
    const connection = await connectCmi5(LAUNCH, http);
    if (!connection.ok) throw new Error(connection.error);
    expect(connection.value.data.masteryScore).toBe(0.5);
    expect(calls[0]).toMatchObject({ url: LAUNCH.fetch, init: { method: 'POST' } });
    const state = new URL(calls[1]?.url ?? '');
    expect(state.pathname).toBe('/xapi/activities/state');
    expect(Object.fromEntries(state.searchParams)).toEqual({
      stateId: 'LMS.LaunchData',
      activityId: LAUNCH.activityId,
      agent: JSON.stringify(LAUNCH.actor),
      registration: LAUNCH.registration,
    });
    expect(calls[1]?.init.headers).toEqual({
      Authorization: 'Basic jeton',
      'X-Experience-API-Version': '1.0.3',
    });
    const statement = { id: 's-1' } as unknown as XapiStatement;
    expect(await connection.value.post([statement], true)).toBe('stored');
    expect(calls[2]).toMatchObject({
      url: 'https://lrs.test/xapi/statements',
      init: {
        method: 'POST',
        body: JSON.stringify([statement]),
        keepalive: true,
        headers: {
          Authorization: 'Basic jeton',
          'X-Experience-API-Version': '1.0.3',
          'Content-Type': 'application/json',
        },
      },
    });
  });

  it('tells a retry (network, 5xx, 429) from a refusal (4xx) and a refused token (401, 403)', async () => {
    const answers: (number | Error)[] = [204, 409, 500, 503, 429, new TypeError('réseau'), 400, 401, 403];
    const { http } = healthy(() => answers.shift() ?? 200);
    const connection = await connectCmi5(LAUNCH, http);
    if (!connection.ok) throw new Error(connection.error);
    const outcomes = [];
    for (let index = 0; index < 9; index += 1) outcomes.push(await connection.value.post([]));
    expect(outcomes).toEqual([
      'stored',
      'stored',
      'retry',
      'retry',
      'retry',
      'retry',
      'rejected',
      'unauthorized',
      'unauthorized',
    ]);
  });

  it('says in French that the platform refused the session or cannot be reached', async () => {
    const refused = await connectCmi5(
      LAUNCH,
      platform(() => json({ 'error-code': '1', 'error-text': 'déjà utilisé' }, 403)).http,
    );
    expect(refused).toEqual({ ok: false, error: expect.stringContaining('relancez l’activité') });
    const unreachable = await connectCmi5(LAUNCH, platform(() => new TypeError('réseau')).http);
    expect(unreachable).toEqual({ ok: false, error: expect.stringContaining('injoignable') });
    const noState = await connectCmi5(
      LAUNCH,
      platform(({ url }) => (url === LAUNCH.fetch ? json({ 'auth-token': 't' }) : json({}, 404))).http,
    );
    expect(noState.ok).toBe(false);
  });
});
