import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => join(dir, name));
}

/** Import specifiers of a TypeScript source (static and dynamic). */
function importsOf(source: string): string[] {
  return [...source.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"]([^'"]+)['"]/g)].map(
    (match) => match[1] ?? '',
  );
}

/** The source without comments and string contents, so that a word in a comment is not taken for code. */
function codeOnly(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '')
    .replace(/(['"`])(?:\\.|(?!\1)[^\\])*\1/g, '""');
}

const core = sourceFiles('src/core');

describe('architecture: the core is headless', () => {
  it.each(core)('%s imports no view layer and no third-party runtime but xstate, zod and fflate', (file) => {
    const imports = importsOf(readFileSync(join(ROOT, file), 'utf8'));
    for (const specifier of imports) {
      if (specifier.startsWith('.')) {
        const target = relative(ROOT, join(ROOT, file, '..', specifier));
        expect(target.startsWith('src/core'), `${file} importe ${specifier}`).toBe(true);
      } else {
        expect(['xstate', 'zod', 'fflate'], `${file} importe ${specifier}`).toContain(specifier);
      }
    }
  });

  it.each(core)('%s touches no DOM, real clock or unseeded randomness', (file) => {
    const code = codeOnly(readFileSync(join(ROOT, file), 'utf8'));
    expect(code).not.toMatch(/\b(window|document|localStorage|indexedDB|navigator)\s*[.[]/);
    expect(code).not.toMatch(
      /Math\.random|Date\.now|performance\.now|new Date\(\s*\)|setTimeout|setInterval/,
    );
  });
});

describe('architecture: one adapter per third-party runtime', () => {
  it('only src/audio imports howler', () => {
    for (const file of sourceFiles('src').filter((name) => !name.startsWith('src/audio'))) {
      expect(importsOf(readFileSync(join(ROOT, file), 'utf8')), file).not.toContain('howler');
    }
  });
});
