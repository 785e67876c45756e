import { execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import type { TestProject } from 'vitest/node';
// @ts-expect-error -- plain ES module shared with `npm start` and the bench; typed by its use here.
import { servePreview } from '../../scripts/serve.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/**
 * A port nothing listens on, chosen by the system: two suites on one machine (a clean clone's CI beside a
 * working copy) must not share a server.
 */
function freePort(): Promise<number> {
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

/** Builds the production game once and serves it for every browser test file. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
  const server = (await servePreview({ port: await freePort() })) as {
    url: string;
    stop: () => Promise<void>;
  };
  project.provide('baseUrl', server.url);
  return () => server.stop();
}
