// Starts `vite preview` on the built game and resolves once it answers; used by `npm start`, tests and the bench.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const viteBin = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url));

/** Serves `outDir` on 127.0.0.1:`port`; returns { url, stop }. */
export async function servePreview({ port = 4173, outDir = 'dist', quiet = true } = {}) {
  const child = spawn(
    process.execPath,
    [viteBin, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', outDir],
    { stdio: quiet ? 'ignore' : 'inherit' },
  );
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`Le serveur de prévisualisation s'est arrêté (code ${child.exitCode}).`);
    try {
      const response = await fetch(url);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
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
