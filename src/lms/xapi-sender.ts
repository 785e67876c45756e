/**
 * Sends statements to the LRS in the order they were made, none lost, none stored twice: each is first written
 * to a queue (IndexedDB in the browser) and leaves it only once the LRS has it. A POST that fails for now
 * (network, 5xx) keeps them queued and is tried again after a growing delay, and at the next launch; statement
 * ids make the LRS keep each one once, so a statement sent again (a retry, the page's last POST) is no double.
 */
import type { PostOutcome } from './cmi5-client';
import type { XapiStatement } from './xapi-types';

/** One statement waiting in the queue, under its key (the queue's order). */
export interface QueuedStatement {
  readonly key: number;
  readonly statement: XapiStatement;
}

/** Where statements wait; one queue serves every LRS, each statement under the endpoint it is for. */
export interface StatementQueue {
  /** Appends, in order. */
  add(endpoint: string, statements: readonly XapiStatement[]): Promise<void>;
  /** The oldest `limit` statements for `endpoint`, oldest first. */
  head(endpoint: string, limit: number): Promise<readonly QueuedStatement[]>;
  remove(keys: readonly number[]): Promise<void>;
}

/** A queue in memory (no IndexedDB: the kiosk, a browser that refuses it, the tests). */
export function createMemoryStatementQueue(): StatementQueue {
  const items: { key: number; endpoint: string; statement: XapiStatement }[] = [];
  let next = 1;
  return {
    add(endpoint, statements) {
      for (const statement of statements) items.push({ key: next++, endpoint, statement });
      return Promise.resolve();
    },
    head(endpoint, limit) {
      const found = items.filter((item) => item.endpoint === endpoint).slice(0, limit);
      return Promise.resolve(found.map(({ key, statement }) => ({ key, statement })));
    },
    remove(keys) {
      for (const key of keys) {
        const index = items.findIndex((item) => item.key === key);
        if (index >= 0) items.splice(index, 1);
      }
      return Promise.resolve();
    },
  };
}

export interface SenderDeps {
  readonly queue: StatementQueue;
  readonly endpoint: string;
  readonly post: (statements: readonly XapiStatement[], keepalive: boolean) => Promise<PostOutcome>;
  /** Runs `run` after `ms` milliseconds (the shell's timer); returns its cancellation. */
  readonly schedule: (run: () => void, ms: number) => () => void;
  /** Hears what the learner need not (the console). */
  readonly log: (message: string) => void;
}

export interface StatementSender {
  /** Queues statements and sends what the queue holds, in order. */
  send(statements: readonly XapiStatement[]): Promise<void>;
  /**
   * The page goes away: queues the last statements and sends them with every unsent one in a POST that outlives
   * the page (what it cannot send waits in the queue for the next launch).
   */
  leave(statements: readonly XapiStatement[]): void;
  /** Resolves once every operation asked so far is done (tests). */
  settled(): Promise<void>;
}

/** Statements per POST. */
export const BATCH = 25;
/** The first retry's delay and the longest one. */
export const RETRY_FIRST_MS = 500;
export const RETRY_MAX_MS = 60_000;
/** A keepalive request carries at most 64 KB: beyond this many statements, the queue keeps them for later. */
const KEEPALIVE_MAX = 40;

export function createStatementSender(deps: SenderDeps): StatementSender {
  const { queue, endpoint } = deps;
  /** Every queue operation runs after the previous one: the order of the statements is the order of the calls. */
  let chain: Promise<void> = Promise.resolve();
  /** Statements of this session not yet known to be stored, for the page's last POST. */
  let unsent: XapiStatement[] = [];
  let failures = 0;
  let waiting: (() => void) | null = null;
  let stopped = false;
  /** After a refused batch, one statement per POST, so that one malformed statement loses no other. */
  let single = false;

  const then = (step: () => Promise<void>) => {
    chain = chain
      .then(step)
      .catch((error: unknown) => deps.log(`xAPI : file d’attente inaccessible (${String(error)})`));
    return chain;
  };

  const forget = (sent: readonly QueuedStatement[]) => {
    const ids = new Set(sent.map((item) => item.statement.id));
    unsent = unsent.filter((statement) => !ids.has(statement.id));
  };

  async function drain(): Promise<void> {
    while (!stopped && !waiting) {
      const batch = await queue.head(endpoint, single ? 1 : BATCH);
      if (batch.length === 0) return;
      const outcome = await deps.post(
        batch.map((item) => item.statement),
        false,
      );
      if (outcome === 'retry') {
        failures += 1;
        const delay = Math.min(RETRY_MAX_MS, RETRY_FIRST_MS * 2 ** (failures - 1));
        waiting = deps.schedule(() => {
          waiting = null;
          void then(drain);
        }, delay);
        return;
      }
      if (outcome === 'unauthorized') {
        stopped = true;
        deps.log('xAPI : la plateforme refuse le jeton ; les déclarations attendent le prochain lancement.');
        return;
      }
      if (outcome === 'rejected' && batch.length > 1) {
        single = true;
        continue;
      }
      if (outcome === 'rejected')
        deps.log(`xAPI : déclaration refusée par la plateforme (${batch[0]?.statement.id})`);
      failures = 0;
      await queue.remove(batch.map((item) => item.key));
      forget(batch);
    }
  }

  return {
    send(statements) {
      unsent.push(...statements);
      return then(async () => {
        await queue.add(endpoint, statements);
        await drain();
      });
    },
    leave(statements) {
      unsent.push(...statements);
      const last = unsent.slice();
      // Queued and sent as any other, should the page live on (a page kept in the back-forward cache).
      void then(async () => {
        await queue.add(endpoint, statements);
        await drain();
      });
      if (stopped || last.length > KEEPALIVE_MAX) return;
      // Its answer may never come back: what it stored, the next launch sends again, and the LRS keeps once.
      void deps.post(last, true);
    },
    settled: () => chain,
  };
}
