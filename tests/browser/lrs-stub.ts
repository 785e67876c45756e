import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

/**
 * A cmi5 platform's LRS for the browser tests, on 127.0.0.1 and a free port: the fetch URL (one token per
 * launch), the LMS.LaunchData state document, and the statement resource, which validates each statement's shape
 * and headers and keeps each id once, as an LRS does. It can fail the next POST of statements with a 500.
 */

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const IRI = /^https?:\/\/[^\s]+$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const SESSION_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';

export interface StoredStatement {
  readonly id: string;
  readonly actor: unknown;
  readonly verb: { readonly id: string };
  readonly object: { readonly id: string };
  readonly result?: Record<string, unknown> & { readonly extensions?: Record<string, unknown> };
  readonly context?: { readonly registration?: string; readonly extensions?: Record<string, unknown> };
  readonly timestamp: string;
}

export interface LrsStub {
  readonly url: string;
  /** The launch parameters of a cmi5 launch on this LRS (a fresh fetch URL), once its `launched` is stored. */
  launchParameters(activityId: string): URLSearchParams;
  /** The statements stored, in the order they first arrived, each id once. */
  readonly statements: StoredStatement[];
  /** Shape or header problems found, statements sent again with another content (409), POSTs failed on purpose. */
  readonly problems: string[];
  readonly conflicts: string[];
  readonly failed: number;
  /** How many statements arrived again (a retry, the page's last POST): the LRS keeps them once. */
  readonly repeated: number;
  /** The next POST of statements answers 500. */
  failNextPost(): void;
  /** Resolves once `check` holds of the stored statements. */
  until(check: (statements: readonly StoredStatement[]) => boolean): Promise<void>;
  close(): Promise<void>;
}

const ACTOR = {
  objectType: 'Agent',
  name: 'Camille Martin',
  account: { homePage: 'https://plateforme.test', name: 'camille' },
};

function shapeProblems(value: unknown, registration: string): string[] {
  if (typeof value !== 'object' || value === null) return ['pas un objet'];
  const statement = value as Partial<StoredStatement>;
  const problems: string[] = [];
  if (typeof statement.id !== 'string' || !UUID.test(statement.id))
    problems.push(`id ${String(statement.id)}`);
  if (JSON.stringify(statement.actor) !== JSON.stringify(ACTOR)) problems.push('actor');
  if (!IRI.test(statement.verb?.id ?? '')) problems.push('verb.id');
  if (!IRI.test(statement.object?.id ?? '')) problems.push('object.id');
  if (!ISO_TIME.test(statement.timestamp ?? '')) problems.push('timestamp');
  if (statement.context?.registration !== registration) problems.push('context.registration');
  if (!statement.context?.extensions?.[SESSION_EXTENSION]) problems.push('sessionid');
  return problems;
}

function body(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    request.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    request.on('end', () => resolve(text));
  });
}

export function startLrsStub(): Promise<LrsStub> {
  const registration = randomUUID();
  const sessionId = randomUUID();
  const tokens = new Map<string, string | null>();
  const valid = new Set<string>();
  const statements: StoredStatement[] = [];
  const byId = new Map<string, string>();
  const problems: string[] = [];
  const conflicts: string[] = [];
  const waiters: { check: (all: readonly StoredStatement[]) => boolean; resolve: () => void }[] = [];
  let failNext = false;
  let failed = 0;
  let repeated = 0;
  let url = '';

  const notify = () => {
    for (const waiter of waiters.splice(0)) {
      if (waiter.check(statements)) waiter.resolve();
      else waiters.push(waiter);
    }
  };
  const send = (response: ServerResponse, status: number, payload?: unknown) => {
    response.writeHead(status, {
      'Access-Control-Allow-Origin': '*',
      'Content-Type': 'application/json',
      'X-Experience-API-Version': '1.0.3',
    });
    response.end(payload === undefined ? undefined : JSON.stringify(payload));
  };
  const authorized = (request: IncomingMessage): boolean => {
    const version = request.headers['x-experience-api-version'];
    if (typeof version !== 'string' || !version.startsWith('1.0'))
      problems.push('X-Experience-API-Version absent');
    const token = (request.headers.authorization ?? '').replace(/^Basic /, '');
    return valid.has(token);
  };

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const target = new URL(request.url ?? '/', url);
    if (request.method === 'OPTIONS') {
      response.writeHead(204, {
        'Access-Control-Allow-Origin': '*',
        'Access-Control-Allow-Methods': 'GET, POST, PUT, OPTIONS',
        'Access-Control-Allow-Headers': 'Authorization, Content-Type, X-Experience-API-Version',
      });
      return void response.end();
    }
    if (request.method === 'POST' && target.pathname.startsWith('/fetch/')) {
      // One token per fetch URL, given once (cmi5 §8.2.3).
      const token = tokens.get(target.pathname);
      if (!token) return send(response, 200, { 'error-code': '1', 'error-text': 'URL déjà utilisée' });
      tokens.set(target.pathname, null);
      valid.add(token);
      return send(response, 200, { 'auth-token': token });
    }
    if (!authorized(request)) return send(response, 401, { error: 'jeton refusé' });
    if (request.method === 'GET' && target.pathname === '/xapi/activities/state') {
      const query = target.searchParams;
      if (query.get('stateId') !== 'LMS.LaunchData' || query.get('registration') !== registration)
        return send(response, 404);
      return send(response, 200, {
        contextTemplate: {
          contextActivities: {
            grouping: [
              { objectType: 'Activity', id: 'https://plateforme.test/cours/du-secretaire-de-mairie' },
            ],
          },
          extensions: { [SESSION_EXTENSION]: sessionId },
        },
        launchMode: 'Normal',
        moveOn: 'CompletedAndPassed',
        masteryScore: 0.5,
        returnURL: 'https://plateforme.test/cours',
      });
    }
    if (request.method === 'POST' && target.pathname === '/xapi/statements') {
      const text = await body(request);
      if (failNext) {
        failNext = false;
        failed += 1;
        return send(response, 500, { error: 'panne simulée' });
      }
      const parsed: unknown = JSON.parse(text);
      const batch = Array.isArray(parsed) ? parsed : [parsed];
      const found = batch.flatMap((item: unknown) => shapeProblems(item, registration));
      if (found.length > 0) {
        problems.push(...found);
        return send(response, 400, { error: found.join(', ') });
      }
      for (const item of batch as StoredStatement[]) {
        const json = JSON.stringify(item);
        const held = byId.get(item.id);
        if (held === undefined) {
          byId.set(item.id, json);
          statements.push(item);
        } else if (held === json) repeated += 1;
        else conflicts.push(item.id);
      }
      notify();
      return send(
        response,
        200,
        batch.map((item: { id: string }) => item.id),
      );
    }
    return send(response, 404);
  }

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      problems.push(`erreur du bouchon : ${String(error)}`);
      send(response, 400);
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
      resolve({
        url,
        launchParameters(activityId) {
          const fetchPath = `/fetch/${randomUUID()}`;
          tokens.set(fetchPath, Buffer.from(`camille:${randomUUID()}`).toString('base64'));
          // The LMS says it launched the AU before the AU says anything (cmi5 §9.3.1).
          const launched: StoredStatement = {
            id: randomUUID(),
            actor: ACTOR,
            verb: { id: 'http://adlnet.gov/expapi/verbs/launched' },
            object: { id: activityId },
            context: { registration, extensions: { [SESSION_EXTENSION]: sessionId } },
            timestamp: new Date().toISOString(),
          };
          statements.push(launched);
          return new URLSearchParams({
            endpoint: `${url}/xapi/`,
            fetch: `${url}${fetchPath}`,
            actor: JSON.stringify(ACTOR),
            registration,
            activityId,
          });
        },
        statements,
        problems,
        conflicts,
        get failed() {
          return failed;
        },
        get repeated() {
          return repeated;
        },
        failNextPost() {
          failNext = true;
        },
        until(check) {
          return new Promise((resolveWait) => {
            waiters.push({ check, resolve: resolveWait });
            notify();
          });
        },
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
