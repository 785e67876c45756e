/**
 * The xAPI side of a cmi5 launch: connects to the platform (cmi5-client.ts), records the game's moments, builds
 * their statements (xapi-statements.ts) once the launch data is known, and hands them to the sender, which
 * queues them and sends them in order. Moments recorded while the connection is being made wait for it.
 */
import type { Result } from '../core/result';
import type { Cmi5Connection } from './cmi5-client';
import { auContextOf, type Cmi5Launch } from './cmi5-launch';
import type { ScoLaunch } from './launch';
import { createStatementSender, type StatementQueue, type StatementSender } from './xapi-sender';
import { NO_MILESTONES, statementsOf, type Moment } from './xapi-statements';
import { uuidOf } from './xapi-types';

/** Distributes the game's moments to its platform. */
export interface XapiLink {
  /** What the AU is: one scenario or the year (`sco=…` in the launch URL), or null for the whole game. */
  readonly entry: ScoLaunch | null;
  /** Now, as an ISO 8601 timestamp (the shell's clock). */
  now(): string;
  /** Milliseconds since launch. */
  elapsed(): number;
  record(moment: Moment): void;
  /** The learner leaves: `terminated`, sent by a request that outlives the page. Once. */
  leave(): void;
}

export interface XapiLinkDeps {
  readonly launch: Cmi5Launch;
  readonly entry: ScoLaunch | null;
  /** Opens the session with the platform (cmi5-client.ts over the browser's `fetch`). */
  readonly connect: (launch: Cmi5Launch) => Promise<Result<Cmi5Connection, string>>;
  readonly queue: StatementQueue;
  readonly now: () => string;
  readonly elapsed: () => number;
  /** 16 random bytes per statement id. */
  readonly randomBytes: () => Uint8Array;
  readonly schedule: (run: () => void, ms: number) => () => void;
  readonly log: (message: string) => void;
  /** Says a problem to the learner (the narrator). */
  readonly announce: (text: string) => void;
}

/** Opens the link: `initialized` is recorded at once, and sent first once connected. */
export function openXapiLink(deps: XapiLinkDeps): XapiLink {
  const nextId = () => uuidOf(deps.randomBytes());
  let waiting: Moment[] | null = [];
  let sent = NO_MILESTONES;
  let emit: ((moment: Moment, last: boolean) => void) | null = null;

  const record = (moment: Moment) => {
    if (waiting) waiting.push(moment);
    else emit?.(moment, false);
  };
  record({ kind: 'initialized', at: deps.now() });

  void deps.connect(deps.launch).then((connection) => {
    const pending = waiting ?? [];
    waiting = null;
    if (!connection.ok) {
      deps.announce(connection.error);
      return;
    }
    const au = auContextOf(deps.launch, connection.value.data);
    const sender: StatementSender = createStatementSender({
      queue: deps.queue,
      endpoint: deps.launch.endpoint,
      post: (statements, keepalive) => connection.value.post(statements, keepalive),
      schedule: deps.schedule,
      log: deps.log,
    });
    emit = (moment, last) => {
      const built = statementsOf(au, moment, sent, nextId);
      sent = built.sent;
      if (last) sender.leave(built.statements);
      else void sender.send(built.statements);
    };
    for (const moment of pending) emit(moment, moment.kind === 'terminated');
  });

  return {
    entry: deps.entry,
    now: deps.now,
    elapsed: deps.elapsed,
    record,
    leave() {
      const moment: Moment = { kind: 'terminated', at: deps.now(), elapsedMs: deps.elapsed() };
      // Still connecting: the page may live long enough to send the session, terminated last.
      if (waiting) waiting.push(moment);
      else emit?.(moment, true);
      emit = null;
    },
  };
}
