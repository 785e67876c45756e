import { execFileSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
// @ts-expect-error -- plain ES module shared with `npm start` and the bench; typed by its use here.
import { servePreview } from '../../scripts/serve.mjs';
import { freePort } from './free-port';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
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
