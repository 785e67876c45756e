// `npm run package:scorm`: the SCORM 1.2 package for a learning platform (Moodle's « Paquetage SCORM »…).
// Builds the game with its relative base (vite.config.ts: base './'), so that it runs from the folder the
// platform unzips it into, writes imsmanifest.xml (one SCO per entry point: the year, each practice scenario)
// and zips it all with fflate into dist-packages/une-annee-en-mairie-scorm12.zip.
//
//   npm run package:scorm                     build then package
//   npm run package:scorm -- --from dist      package an existing build (the browser tests' own)
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { nodeIo } from '../src/cli/node-io';
import { readCatalogue } from '../src/cli/scenario-files';
import { scormManifest, type ManifestSco } from '../src/lms/manifest';
import { presentPractice } from '../src/ui/practice/practice-presenter';

const OUT_DIR = 'dist-packages';
const ZIP_NAME = 'une-annee-en-mairie-scorm12.zip';
const BUILD_DIR = join(OUT_DIR, '.build-scorm');

function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(root, name)).isFile())
    .map((name) => name.split(sep).join('/'))
    .sort();
}

const fromIndex = process.argv.indexOf('--from');
const from = fromIndex > 0 ? process.argv[fromIndex + 1] : undefined;
let root = from ?? BUILD_DIR;
if (!from) {
  rmSync(BUILD_DIR, { recursive: true, force: true });
  execFileSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn', '--outDir', BUILD_DIR, '--emptyOutDir'],
    { stdio: 'inherit' },
  );
}
root = relative('.', root);

const catalogue = readCatalogue(nodeIo);
if (catalogue.errors.length > 0) {
  for (const error of catalogue.errors) console.error(`${error.file} › ${error.path} : ${error.message}`);
  process.exit(1);
}
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const scos: ManifestSco[] = [
  { launch: { sco: 'annee' }, title: 'Une année en mairie — l’année complète' },
  ...presentPractice(catalogue).cards.map((card): ManifestSco => ({
    launch: { sco: 'scenario', scenarioId: card.id },
    title: `Mise en situation — ${card.title}`,
  })),
];
const files = filesUnder(root);
const manifest = scormManifest({
  identifier: 'une-annee-en-mairie',
  version: pkg.version,
  title: 'Une année en mairie',
  scos,
  files,
});
const entries: Zippable = { 'imsmanifest.xml': new TextEncoder().encode(manifest) };
for (const file of files) entries[file] = readFileSync(join(root, file));
// Mostly compressed already (images, sounds, fonts): a fixed date keeps the zip identical from one run to another.
const zip = zipSync(entries, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') });
mkdirSync(OUT_DIR, { recursive: true });
const target = join(OUT_DIR, ZIP_NAME);
writeFileSync(target, zip);
if (!from) rmSync(BUILD_DIR, { recursive: true, force: true });
console.log(
  `${target} : ${(zip.length / 1_000_000).toFixed(2).replace('.', ',')} Mo, ${files.length} fichiers, ` +
    `${scos.length} SCO (${scos.map((sco) => (sco.launch.sco === 'annee' ? 'annee' : sco.launch.scenarioId)).join(', ')})`,
);
