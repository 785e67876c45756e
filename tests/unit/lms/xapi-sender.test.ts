import { describe, expect, it } from 'vitest';
import type { PostOutcome } from '../../../src/lms/cmi5-client';
import {
  BATCH,
  RETRY_FIRST_MS,
  createMemoryStatementQueue,
  createStatementSender,
  type StatementQueue,
} from '../../../src/lms/xapi-sender';
import type { XapiStatement } from '../../../src/lms/xapi-types';

const ENDPOINT = 'https://lrs.test/xapi/';
const statement = (id: string) => ({ id }) as unknown as XapiStatement;
const many = (from: number, count: number) =>
  Array.from({ length: count }, (_, index) => statement(`s-${from + index}`));

/** An LRS that answers with the outcomes given, then `stored`; what it stored, in order, each id once. */
function lrs(outcomes: PostOutcome[] = []) {
  const stored: string[] = [];
  const posts: { ids: string[]; keepalive: boolean }[] = [];
  const post = (statements: readonly XapiStatement[], keepalive: boolean) => {
    const ids = statements.map((item) => item.id);
    posts.push({ ids, keepalive });
    const outcome = outcomes.shift() ?? 'stored';
    if (outcome === 'stored') for (const id of ids) if (!stored.includes(id)) stored.push(id);
    return Promise.resolve(outcome);
  };
  return { stored, posts, post };
}

/** A timer that runs only when told. */
function timers() {
  const due: { run: () => void; ms: number }[] = [];
  return {
    due,
    schedule: (run: () => void, ms: number) => {
      const entry = { run, ms };
      due.push(entry);
      return () => due.splice(due.indexOf(entry), 1);
    },
    fire() {
      const next = due.shift();
      next?.run();
      return next?.ms;
    },
  };
}

function sender(queue: StatementQueue, server: ReturnType<typeof lrs>, clock = timers()) {
  const logs: string[] = [];
  const sending = createStatementSender({
    queue,
    endpoint: ENDPOINT,
    post: server.post,
    schedule: clock.schedule,
    log: (message) => logs.push(message),
  });
  return { sending, logs, clock };
}

describe('the statement sender', () => {
  it('sends in order, in batches, and empties the queue', async () => {
    const queue = createMemoryStatementQueue();
    const server = lrs();
    const { sending } = sender(queue, server);
    void sending.send(many(1, 3));
    void sending.send(many(4, BATCH + 2));
    await sending.settled();
    expect(server.stored).toEqual(many(1, BATCH + 5).map((item) => item.id));
    expect(await queue.head(ENDPOINT, 100)).toEqual([]);
  });

  it('keeps them queued when a POST fails, retries later with a growing delay, loses and doubles none', async () => {
    const queue = createMemoryStatementQueue();
    const server = lrs(['retry', 'retry']);
    const { sending, clock } = sender(queue, server);
    await sending.send(many(1, 2));
    expect(server.stored).toEqual([]);
    // Statements made while waiting join the queue behind the failed ones; nothing is sent before the delay.
    await sending.send(many(3, 1));
    expect(server.posts).toHaveLength(1);
    expect(clock.fire()).toBe(RETRY_FIRST_MS);
    await sending.settled();
    expect(clock.fire()).toBe(RETRY_FIRST_MS * 2);
    await sending.settled();
    expect(server.stored).toEqual(['s-1', 's-2', 's-3']);
    expect(server.posts.map((post) => post.ids)).toEqual([
      ['s-1', 's-2'],
      ['s-1', 's-2', 's-3'],
      ['s-1', 's-2', 's-3'],
    ]);
    expect(await queue.head(ENDPOINT, 100)).toEqual([]);
  });

  it('sends what a previous launch left in the queue first, at the next launch', async () => {
    const queue = createMemoryStatementQueue();
    const first = sender(queue, lrs(['retry']));
    await first.sending.send(many(1, 2));
    const server = lrs();
    const next = sender(queue, server);
    await next.sending.send(many(3, 1));
    expect(server.stored).toEqual(['s-1', 's-2', 's-3']);
  });

  it('sends one by one after a refused batch, so that one malformed statement costs no other', async () => {
    const queue = createMemoryStatementQueue();
    const server = lrs(['rejected', 'stored', 'rejected', 'stored']);
    const { sending, logs } = sender(queue, server);
    await sending.send(many(1, 3));
    expect(server.stored).toEqual(['s-1', 's-3']);
    expect(logs).toEqual(['xAPI : déclaration refusée par la plateforme (s-2)']);
  });

  it('stops when the token is refused, keeping the queue for the next launch', async () => {
    const queue = createMemoryStatementQueue();
    const server = lrs(['unauthorized']);
    const { sending, logs, clock } = sender(queue, server);
    await sending.send(many(1, 2));
    await sending.send(many(3, 1));
    expect(server.posts).toHaveLength(1);
    expect(clock.due).toEqual([]);
    expect((await queue.head(ENDPOINT, 100)).map((item) => item.statement.id)).toEqual(['s-1', 's-2', 's-3']);
    expect(logs[0]).toContain('prochain lancement');
  });

  it('sends the unsent and the last statements in one keepalive POST when the page goes away', async () => {
    const queue = createMemoryStatementQueue();
    const server = lrs(['retry']);
    const { sending } = sender(queue, server);
    await sending.send(many(1, 2));
    sending.leave([statement('fin')]);
    await sending.settled();
    expect(server.posts.at(-1)).toEqual({ ids: ['s-1', 's-2', 'fin'], keepalive: true });
    // The queue keeps them until a POST it made succeeds: the next launch sends them again, stored once.
    expect((await queue.head(ENDPOINT, 100)).map((item) => item.statement.id)).toEqual(['s-1', 's-2', 'fin']);
  });

  it('keeps each LRS its own statements', async () => {
    const queue = createMemoryStatementQueue();
    await queue.add('https://autre.test/', [statement('ailleurs')]);
    const server = lrs();
    await sender(queue, server).sending.send(many(1, 1));
    expect(server.stored).toEqual(['s-1']);
    expect((await queue.head('https://autre.test/', 10)).map((item) => item.statement.id)).toEqual([
      'ailleurs',
    ]);
  });
});
