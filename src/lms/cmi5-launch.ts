/**
 * What a cmi5 platform gives the game at launch, read purely: the five launch parameters of the URL (cmi5 §8.1:
 * `endpoint`, `fetch`, `actor`, `registration`, `activityId`) and the LMS.LaunchData state document (§10). A
 * URL without them is no cmi5 launch (null); a broken one is one French sentence, and the game plays untracked.
 */
import { err, ok, type Result } from '../core/result';
import type { AuContext, LaunchMode } from './xapi-statements';
import type { XapiAgent, XapiContext } from './xapi-types';

/** The launch URL's parameters. */
export interface Cmi5Launch {
  /** The LRS's base URL, ending with `/`. */
  readonly endpoint: string;
  /** The one-time URL that gives the authorization token. */
  readonly fetch: string;
  readonly actor: XapiAgent;
  readonly registration: string;
  readonly activityId: string;
}

/** The LMS.LaunchData document, as far as the game uses it. */
export interface LaunchData {
  readonly contextTemplate: XapiContext;
  readonly launchMode: LaunchMode;
  readonly masteryScore: number | null;
  readonly moveOn: string | null;
}

const PARAMETERS = ['endpoint', 'fetch', 'actor', 'registration', 'activityId'] as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PROBLEM = 'Le lancement par la plateforme de formation (cmi5) est incomplet';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function absoluteUrl(text: string): URL | null {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

function agentOf(text: string): XapiAgent | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(value) || !isRecord(value['account'])) return null;
  const { homePage, name } = value['account'];
  if (typeof homePage !== 'string' || typeof name !== 'string') return null;
  return {
    objectType: 'Agent',
    ...(typeof value['name'] === 'string' ? { name: value['name'] } : {}),
    account: { homePage, name },
  };
}

/**
 * The cmi5 launch of a query string: null when it has none of the parameters, a French problem when some are
 * missing or wrong (the actor must be an Agent with an account, as cmi5 §8.1.2 says).
 */
export function parseCmi5Launch(search: string): Result<Cmi5Launch | null, string> {
  const params = new URLSearchParams(search);
  const missing = PARAMETERS.filter((name) => !params.get(name));
  if (missing.length === PARAMETERS.length) return ok(null);
  if (missing.length > 0) return err(`${PROBLEM} : il manque ${missing.join(', ')}. Le suivi est désactivé.`);
  const endpoint = absoluteUrl(params.get('endpoint') ?? '');
  const fetchUrl = absoluteUrl(params.get('fetch') ?? '');
  const actor = agentOf(params.get('actor') ?? '');
  const registration = params.get('registration') ?? '';
  const activityId = params.get('activityId') ?? '';
  const wrong = [
    endpoint ? null : 'endpoint',
    fetchUrl ? null : 'fetch',
    actor ? null : 'actor',
    UUID.test(registration) ? null : 'registration',
    absoluteUrl(activityId) || activityId.includes(':') ? null : 'activityId',
  ].filter((name) => name !== null);
  if (wrong.length > 0 || !endpoint || !fetchUrl || !actor)
    return err(`${PROBLEM} : ${wrong.join(', ')} illisible. Le suivi est désactivé.`);
  const base = endpoint.href.endsWith('/') ? endpoint.href : `${endpoint.href}/`;
  return ok({ endpoint: base, fetch: fetchUrl.href, actor, registration, activityId });
}

const LAUNCH_MODES: readonly LaunchMode[] = ['Normal', 'Browse', 'Review'];

/** The LMS.LaunchData document, or a French problem when it is not one (cmi5 §10.2). */
export function parseLaunchData(value: unknown): Result<LaunchData, string> {
  if (!isRecord(value) || !isRecord(value['contextTemplate']))
    return err('La plateforme de formation n’a pas donné le contexte du lancement (LMS.LaunchData).');
  const mode = value['launchMode'];
  const launchMode = LAUNCH_MODES.find((candidate) => candidate === mode) ?? null;
  if (!launchMode) return err('La plateforme de formation a donné un mode de lancement inconnu.');
  const mastery = value['masteryScore'];
  const masteryScore = typeof mastery === 'number' && mastery >= 0 && mastery <= 1 ? mastery : null;
  const moveOn = typeof value['moveOn'] === 'string' ? value['moveOn'] : null;
  return ok({ contextTemplate: value['contextTemplate'] as XapiContext, launchMode, masteryScore, moveOn });
}

/** The AU's context for the statement builders. */
export function auContextOf(launch: Cmi5Launch, data: LaunchData): AuContext {
  return {
    actor: launch.actor,
    registration: launch.registration,
    activityId: launch.activityId,
    contextTemplate: data.contextTemplate,
    launchMode: data.launchMode,
    masteryScore: data.masteryScore,
  };
}
