import { fileURLToPath } from 'node:url';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';

/** `vite build --mode fichier`: the one-file build of `npm run package:fichier` (scripts/package-fichier.ts). */
const ONE_FILE = 'fichier';

/**
 * The installable, offline game (src/app/offline.ts registers its worker): a French web app manifest and a
 * service worker that precaches every file of the build. Fonts in WOFF2 only: every browser with service
 * workers reads WOFF2, the WOFF files are never asked for. The Phaser and scenario chunks pass Workbox's 2 Mio
 * default. Every query is ignored on lookup, so `?borne` and a SCO's `?sco=…` find the cached page, and no
 * other page of the host is answered by the game's.
 */
const offlineGame = VitePWA({
  // Not NODE_ENV's (`test` under Vitest, whose global setup builds the game): the tested worker is the shipped one.
  mode: 'production',
  registerType: 'prompt',
  injectRegister: false,
  manifest: {
    id: './',
    name: 'Une année en mairie',
    short_name: 'En mairie',
    description:
      'Jeu sérieux : une année comme secrétaire général·e de mairie d’une commune de 1 200 habitants.',
    lang: 'fr',
    dir: 'ltr',
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#26355a',
    theme_color: '#26355a',
    icons: [
      { src: 'icones/icone-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icones/icone-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'icones/icone-masquable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{html,js,css,svg,wav,woff2,png}'],
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    ignoreURLParametersMatching: [/./],
    navigateFallback: null,
    cleanupOutdatedCaches: true,
  },
});

/**
 * One config for the game build and the test projects.
 * - `unit`: core, presenters, scenarios and CLI — Node environment, no DOM.
 * - `browser`: playwright-core driving Debian's Chromium against the production build.
 * In the one-file mode, every asset becomes a data URL and the code one chunk, for a page opened from file://.
 */
export default defineConfig(({ mode }) => ({
  base: './',
  // The one-file page is opened from a file: no origin, so no service worker nor manifest.
  plugins: mode === ONE_FILE ? [] : [offlineGame],
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
