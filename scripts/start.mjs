// `npm start`: builds the production game and serves it on http://127.0.0.1:4173.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { servePreview } from './serve.mjs';

const viteBin = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url));
execFileSync(process.execPath, [viteBin, 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
const server = await servePreview({ quiet: true });
console.log(`\n  Une année en mairie est servie sur ${server.url}\n  (Ctrl+C pour arrêter)\n`);
const stop = () => server.stop().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
