// `npm run package:fichier`: the whole game in one HTML file, for a USB key or a machine with no server
// (dist-packages/une-annee-en-mairie.html). Vite builds it in its one-file mode (vite.config.ts: every image,
// sound and font as a data URL, the code as one chunk); this script then puts the script, the style sheet and
// the icon inside the page, since a page opened from file:// may load nothing beside itself.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const OUT_DIR = 'dist-packages';
const FILE_NAME = 'une-annee-en-mairie.html';
const BUILD_DIR = join(OUT_DIR, '.build-fichier');

rmSync(BUILD_DIR, { recursive: true, force: true });
execFileSync(
  process.execPath,
  [
    'node_modules/vite/bin/vite.js',
    'build',
    '--mode',
    'fichier',
    '--logLevel',
    'warn',
    '--outDir',
    BUILD_DIR,
  ],
  { stdio: 'inherit' },
);

const read = (path: string) => readFileSync(join(BUILD_DIR, path.replace(/^\.\//, '')), 'utf8');
/** A text inside an element of the page: its closing tag must not appear in it (`<\/` reads the same in JS and CSS strings). */
const guard = (text: string, tag: string) => text.replaceAll(`</${tag}`, `<\\/${tag}`);

let html = read('index.html');
const tags = {
  script: /<script type="module" crossorigin src="([^"]+)"><\/script>/,
  style: /<link rel="stylesheet" crossorigin href="([^"]+)">/,
  icon: /<link rel="icon" type="image\/svg\+xml" href="([^"]+)" \/>/,
};
for (const [name, pattern] of Object.entries(tags)) {
  if (!pattern.test(html)) throw new Error(`index.html construit : balise ${name} introuvable`);
}
html = html
  .replace(tags.icon, (_, href: string) => {
    const icon = `data:image/svg+xml;base64,${Buffer.from(read(href)).toString('base64')}`;
    return `<link rel="icon" type="image/svg+xml" href="${icon}" />`;
  })
  .replace(tags.style, (_, href: string) => `<style>${guard(read(href), 'style')}</style>`)
  .replace(tags.script, (_, src: string) => `<script type="module">${guard(read(src), 'script')}</script>`);
if (/(src|href)="\.\/assets\//.test(html))
  throw new Error('la page garde un lien vers un fichier à côté d’elle');

mkdirSync(OUT_DIR, { recursive: true });
const target = join(OUT_DIR, FILE_NAME);
writeFileSync(target, html);
rmSync(BUILD_DIR, { recursive: true, force: true });
const megabytes = (Buffer.byteLength(html) / 1_000_000).toFixed(2).replace('.', ',');
console.log(`${target} : ${megabytes} Mo, un seul fichier`);
