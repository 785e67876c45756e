/**
 * The cmi5 client: the only module that talks to a cmi5 platform's LRS, with the browser's `fetch` (given by the
 * composition root). It asks the fetch URL for the session's authorization token (cmi5 §8.2), reads the
 * LMS.LaunchData state document (§10), then POSTs statements to the LRS's statement resource.
 *
 * Written here rather than taken from @xapi/cmi5 1.4.0: that library pulls axios (and @xapi/xapi, also over
 * axios), deepmerge and uuid into the game for three HTTP calls; `fetch` does them, with `keepalive` for the
 * statement sent while the page goes away.
 */
import { err, ok, type Result } from '../core/result';
import { parseLaunchData, type Cmi5Launch, type LaunchData } from './cmi5-launch';
import type { XapiStatement } from './xapi-types';

/** The part of `fetch` the client uses. */
export type Http = (url: string, init: RequestInit) => Promise<Response>;

/** What became of a POST of statements. */
export type PostOutcome =
  /** Stored (or already held: an LRS keeps a statement id once). */
  | 'stored'
  /** Not now (network error, 5xx, 429): keep them queued and try again later. */
  | 'retry'
  /** Refused as malformed (another 4xx): sending them again would not help. */
  | 'rejected'
  /** The token is refused (401, 403): nothing more this session; the queue waits for the next launch. */
  | 'unauthorized';

/** A cmi5 session with its LRS. */
export interface Cmi5Connection {
  readonly launch: Cmi5Launch;
  readonly data: LaunchData;
  /** POSTs statements, in order, as one batch; `keepalive` lets it outlive the page. */
  post(statements: readonly XapiStatement[], keepalive?: boolean): Promise<PostOutcome>;
}

/** The xAPI version the statements follow (sent on every LRS request, as xAPI requires). */
export const XAPI_VERSION = '1.0.3';
const UNREACHABLE = 'La plateforme de formation (cmi5) est injoignable : la partie n’est pas suivie.';

function outcomeOf(status: number): PostOutcome {
  if (status >= 200 && status < 300) return 'stored';
  // A conflict means the LRS already holds a statement with that id: ours, sent before.
  if (status === 409) return 'stored';
  if (status === 401 || status === 403) return 'unauthorized';
  if (status === 429 || status >= 500) return 'retry';
  return 'rejected';
}

async function tokenOf(http: Http, fetchUrl: string): Promise<Result<string, string>> {
  let body: unknown;
  try {
    const response = await http(fetchUrl, { method: 'POST' });
    body = await response.json();
  } catch {
    return err(UNREACHABLE);
  }
  const token =
    typeof body === 'object' && body !== null ? (body as Record<string, unknown>)['auth-token'] : null;
  if (typeof token === 'string' && token !== '') return ok(token);
  // The fetch URL answers once per launch (cmi5 §8.2.3): a reloaded page gets an error there.
  return err(
    'La plateforme de formation (cmi5) a refusé la session : relancez l’activité depuis la plateforme.',
  );
}

/** Connects to the platform of a cmi5 launch: the token, then the launch data. */
export async function connectCmi5(launch: Cmi5Launch, http: Http): Promise<Result<Cmi5Connection, string>> {
  const token = await tokenOf(http, launch.fetch);
  if (!token.ok) return token;
  const headers = { Authorization: `Basic ${token.value}`, 'X-Experience-API-Version': XAPI_VERSION };
  const query = new URLSearchParams({
    stateId: 'LMS.LaunchData',
    activityId: launch.activityId,
    agent: JSON.stringify(launch.actor),
    registration: launch.registration,
  });
  let document: unknown;
  try {
    const response = await http(`${launch.endpoint}activities/state?${query.toString()}`, { headers });
    if (!response.ok) return err(UNREACHABLE);
    document = await response.json();
  } catch {
    return err(UNREACHABLE);
  }
  const data = parseLaunchData(document);
  if (!data.ok) return data;
  return ok({
    launch,
    data: data.value,
    async post(statements, keepalive = false) {
      try {
        const response = await http(`${launch.endpoint}statements`, {
          method: 'POST',
          headers: { ...headers, 'Content-Type': 'application/json' },
          body: JSON.stringify(statements),
          keepalive,
        });
        return outcomeOf(response.status);
      } catch {
        return 'retry';
      }
    },
  });
}
