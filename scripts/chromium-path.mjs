// Finds Debian's Chromium for the browser tests and the benchmark; installs it on a Debian machine with root rights.
// No test tool may download a browser of its own on this project's machines.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const CANDIDATES = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'];

function found() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH=${fromEnv} n'existe pas. Corrigez la variable ou retirez-la.`);
  }
  return CANDIDATES.find((path) => existsSync(path));
}

function isDebianRoot() {
  return existsSync('/etc/debian_version') && typeof process.getuid === 'function' && process.getuid() === 0;
}

/** Path of a Chromium executable, installing Debian's package when possible; throws a clear message otherwise. */
export function chromiumPath() {
  const path = found();
  if (path) return path;
  if (!isDebianRoot()) {
    throw new Error(
      'Chromium est introuvable. Installez-le (Debian/Ubuntu : « sudo apt-get install chromium ») ' +
        'ou indiquez son chemin dans la variable CHROMIUM_PATH, puis relancez « npm test ».',
    );
  }
  console.log('Chromium absent : installation du paquet Debian « chromium » (une minute environ)…');
  execFileSync('apt-get', ['update'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  const installed = found();
  if (!installed) throw new Error("Le paquet chromium est installé mais l'exécutable reste introuvable.");
  return installed;
}

/** Launch flags checked on this kind of machine (see ../shared/GUIDE.md §4). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(chromiumPath());
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
