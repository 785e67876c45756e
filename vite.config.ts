import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** `vite build --mode fichier`: the one-file build of `npm run package:fichier` (scripts/package-fichier.ts). */
const ONE_FILE = 'fichier';

/**
 * One config for the game build and the test projects.
 * - `unit`: core, presenters, scenarios and CLI — Node environment, no DOM.
 * - `browser`: playwright-core driving Debian's Chromium against the production build.
 * In the one-file mode, every asset becomes a data URL and the code one chunk, for a page opened from file://.
 */
export default defineConfig(({ mode }) => ({
  base: './',
  resolve:
    mode === ONE_FILE
      ? {
          alias: [
            {
              find: /^\.\/asset-files$/,
              replacement: fileURLToPath(new URL('./src/ui/asset-files-inline.ts', import.meta.url)),
            },
          ],
        }
      : {},
  build: {
    target: 'es2022',
    outDir: 'dist',
    chunkSizeWarningLimit: mode === ONE_FILE ? 20_000 : 1600,
    ...(mode === ONE_FILE ? { assetsInlineLimit: () => true, cssCodeSplit: false } : {}),
    rolldownOptions: {
      output: {
        codeSplitting:
          mode === ONE_FILE ? false : { groups: [{ name: 'phaser', test: /node_modules[\\/]phaser/ }] },
      },
    },
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // A hang limit, not a speed limit: the CLI tests start Node processes, which a busy 2-core
          // machine can slow well past Vitest's 5 s default.
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
}));
