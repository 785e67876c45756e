// Starts `vite preview` on the built game and resolves once it answers; used by `npm start`, tests and the bench.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const viteBin = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url));

/** True when a server answers at `url`; false while nothing listens there. */
async function answers(url) {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

/** Serves `outDir` on 127.0.0.1:`port`; returns { url, stop }. */
export async function servePreview({ port = 4173, outDir = 'dist', quiet = true } = {}) {
  const url = `http://127.0.0.1:${port}/`;
  // Another server on the port would answer the readiness check below before the new one fails on
  // --strictPort, and the tests would run against whatever it serves.
  if (await answers(url))
    throw new Error(`Le port ${port} est déjà occupé par un autre serveur : arrêtez-le avant de relancer.`);
  const child = spawn(
    process.execPath,
    [viteBin, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', outDir],
    { stdio: quiet ? 'ignore' : 'inherit' },
  );
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`Le serveur de prévisualisation s'est arrêté (code ${child.exitCode}).`);
    if (await answers(url)) break;
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`Le serveur ne répond pas sur ${url}.`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve(undefined);
        child.once('exit', () => resolve(undefined));
        child.kill();
      }),
  };
}
