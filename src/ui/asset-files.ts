// The generated assets' built URLs, by path under assets/. Vite fingerprints every file; `no-inline` keeps even
// the small ones as files, so the initial script does not carry them. The one-file build (`npm run
// package:fichier`) swaps this module for asset-files-inline.ts (vite.config.ts).

/** Images (SVG), path under assets/ → URL. */
export const IMAGE_FILES = import.meta.glob<string>('../../assets/images/**/*.svg', {
  eager: true,
  query: '?no-inline',
  import: 'default',
});

/** Sounds (WAV), path under assets/ → URL. */
export const SOUND_FILES = import.meta.glob<string>('../../assets/sounds/*.wav', {
  eager: true,
  query: '?no-inline',
  import: 'default',
});
