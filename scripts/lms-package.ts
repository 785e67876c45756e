// What the learning-platform packages share (package-scorm.ts, package-cmi5.ts): the game built with its relative
// base (vite.config.ts: base './') so that it runs from the folder the platform unzips it into, its entry
// points (the year, each practice scenario), and a reproducible zip written with fflate into dist-packages/.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { nodeIo } from '../src/cli/node-io';
import { readCatalogue } from '../src/cli/scenario-files';
import { binomePacks } from '../src/core/binome/packs';
import type { ScoLaunch } from '../src/lms/launch';
import { scoIdentifierOf } from '../src/lms/manifest';
import { presentPractice } from '../src/ui/practice/practice-presenter';

export const OUT_DIR = 'dist-packages';

/** A built game: its folder, its files (relative, with `/`), and how to clean up a build made for the package. */
export interface GameBuild {
  readonly root: string;
  readonly files: readonly string[];
  readonly done: () => void;
}

/**
 * The game to package: `--from <dir>` packages an existing build (the browser tests' own); otherwise the game is
 * built into `dist-packages/<buildName>`, removed once packaged.
 */
export function gameBuild(argv: readonly string[], buildName: string): GameBuild {
  const fromIndex = argv.indexOf('--from');
  const from = fromIndex > 0 ? argv[fromIndex + 1] : undefined;
  const buildDir = join(OUT_DIR, buildName);
  if (!from) {
    rmSync(buildDir, { recursive: true, force: true });
    execFileSync(
      process.execPath,
      ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn', '--outDir', buildDir, '--emptyOutDir'],
      { stdio: 'inherit' },
    );
  }
  const root = relative('.', from ?? buildDir);
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(root, name)).isFile())
    .map((name) => name.split(sep).join('/'))
    .sort();
  return { root, files, done: () => (from ? undefined : rmSync(buildDir, { recursive: true, force: true })) };
}

/** One entry point of a package, with the French title and summary the platform shows. */
export interface EntryPoint {
  readonly launch: ScoLaunch;
  readonly title: string;
  readonly description: string;
}

/**
 * The year, then each practice scenario in the order of the practice screen, then each binôme pack; exits on a
 * broken scenario.
 */
export function entryPoints(): EntryPoint[] {
  const catalogue = readCatalogue(nodeIo);
  if (catalogue.errors.length > 0) {
    for (const error of catalogue.errors) console.error(`${error.file} › ${error.path} : ${error.message}`);
    process.exit(1);
  }
  return [
    {
      launch: { sco: 'annee' },
      title: 'Une année en mairie — l’année complète',
      description:
        'Une année entière de secrétaire général(e) de mairie à Saint-Aubin-sur-Loire : le calendrier, ses échéances et ses conséquences.',
    },
    ...presentPractice(catalogue).cards.map((card): EntryPoint => ({
      launch: { sco: 'scenario', scenarioId: card.id },
      title: `Mise en situation — ${card.title}`,
      description: card.summary,
    })),
    ...binomePacks(catalogue).map((pack): EntryPoint => ({
      launch: { sco: 'binome', packId: pack.id },
      title: `Atelier — ${pack.title}`,
      // Said to the trainer who assigns it: the platform receives a completion, never a mark.
      description: `${pack.summary} Un débrief à discuter, pas une note.`,
    })),
  ];
}

/** The short name of an entry point, for the scripts' summaries. */
export const entryName = (entry: EntryPoint) => scoIdentifierOf(entry.launch);

/** The package's version: the game's. */
export const gameVersion = () =>
  (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

/**
 * Zips the description file (`name`: `text`) and the game's files into dist-packages/`zipName`; returns its
 * path and size in bytes.
 */
export function writePackage(
  zipName: string,
  description: { readonly name: string; readonly text: string },
  build: GameBuild,
): { readonly path: string; readonly bytes: number } {
  const entries: Zippable = { [description.name]: new TextEncoder().encode(description.text) };
  for (const file of build.files) entries[file] = readFileSync(join(build.root, file));
  // Mostly compressed already (images, sounds, fonts): a fixed date keeps the zip identical from one run to
  // another.
  const zip = zipSync(entries, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') });
  mkdirSync(OUT_DIR, { recursive: true });
  const path = join(OUT_DIR, zipName);
  writeFileSync(path, zip);
  return { path, bytes: zip.length };
}

/** « 12,34 Mo ». */
export const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(2).replace('.', ',')} Mo`;
