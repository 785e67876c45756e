/**
 * The browser's side of a cmi5 launch, for the composition root: reads the launch parameters, and when there
 * are some, opens the xAPI link over `fetch`, a statement queue in IndexedDB, `crypto` for the statement ids and
 * the page's clock, and terminates the session when the page goes away. Without cmi5 parameters nothing here
 * touches the network.
 */
import { createIndexedDbStatementQueue } from '../storage/indexeddb-statement-queue';
import { connectCmi5 } from './cmi5-client';
import { parseCmi5Launch } from './cmi5-launch';
import type { ScoLaunch } from './launch';
import { openXapiLink, type XapiLink } from './xapi-link';
import { createMemoryStatementQueue } from './xapi-sender';

export interface Cmi5Page {
  readonly window: Window;
  /** The SCO-style entry point of the same URL (`sco=scenario&id=…`, `sco=annee`): what the AU is. */
  readonly entry: ScoLaunch | null;
  readonly now: () => string;
  readonly announce: (text: string) => void;
}

/** The xAPI link of a cmi5 launch, or null when the page was not launched by a cmi5 platform. */
export function startCmi5(page: Cmi5Page): XapiLink | null {
  const { window: win } = page;
  const launch = parseCmi5Launch(win.location.search);
  if (!launch.ok) {
    page.announce(launch.error);
    return null;
  }
  if (!launch.value) return null;
  const link = openXapiLink({
    launch: launch.value,
    entry: page.entry,
    connect: (parameters) => connectCmi5(parameters, (url, init) => win.fetch(url, init)),
    queue: win.indexedDB ? createIndexedDbStatementQueue(win.indexedDB) : createMemoryStatementQueue(),
    now: page.now,
    elapsed: () => win.performance.now(),
    randomBytes: () => win.crypto.getRandomValues(new Uint8Array(16)),
    schedule: (run, ms) => {
      const handle = win.setTimeout(run, ms);
      return () => win.clearTimeout(handle);
    },
    log: (message) => console.warn(message),
    announce: page.announce,
  });
  win.addEventListener('pagehide', () => link.leave());
  return link;
}
