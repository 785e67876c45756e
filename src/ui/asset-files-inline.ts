// The generated assets as data URLs, for the one-file build (`npm run package:fichier`, vite.config.ts): opened
// from a USB key (file://), the page may load nothing beside itself.

/**
 * A data URL in base64. Vite inlines an SVG as percent-encoded text, but Phaser's loader reads every data URL as
 * base64 (`atob`): the text is re-encoded from its UTF-8 bytes.
 */
function base64DataUrl(url: string): string {
  const match = /^data:([^;,]+)(;base64)?,(.*)$/su.exec(url);
  if (!match || match[2] !== undefined) return url;
  const bytes = new TextEncoder().encode(decodeURIComponent(match[3] ?? ''));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `data:${match[1] ?? ''};base64,${btoa(binary)}`;
}

const inlined = (files: Readonly<Record<string, string>>): Readonly<Record<string, string>> =>
  Object.fromEntries(Object.entries(files).map(([path, url]) => [path, base64DataUrl(url)]));

/** Images (SVG), path under assets/ → data URL. */
export const IMAGE_FILES = inlined(
  import.meta.glob<string>('../../assets/images/**/*.svg', {
    eager: true,
    query: '?inline',
    import: 'default',
  }),
);

/** Sounds (WAV), path under assets/ → data URL. */
export const SOUND_FILES = inlined(
  import.meta.glob<string>('../../assets/sounds/*.wav', { eager: true, query: '?inline', import: 'default' }),
);
