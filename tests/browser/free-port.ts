import { createServer } from 'node:net';

/**
 * A port nothing listens on, chosen by the system: two suites on one machine (a clean clone's CI beside a
 * working copy) must not share a server.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
