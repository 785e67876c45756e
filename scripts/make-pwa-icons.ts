// `npx tsx scripts/make-pwa-icons.ts`: the installed game's icons (public/icones/), drawn from the repository's
// own blason (scripts/assets/documents.ts) on the game's navy, and rasterised by Debian's Chromium, since a web
// app manifest wants PNG icons of 192 and 512 pixels. Nothing is downloaded. The « maskable » icon keeps the
// blason inside the central 80 % that every launcher's mask leaves visible.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
// @ts-expect-error -- plain ES module shared with the tests and the bench.
import { CHROMIUM_ARGS, chromiumPath } from './chromium-path.mjs';
import { blasonShape } from './assets/documents';
import { C } from './assets/palette';

const OUT_DIR = join('public', 'icones');

/** One icon: a square of `size` pixels, the blason filling `fill` of its side. */
function iconSvg(size: number, fill: number): string {
  const blason = size * fill;
  const offset = (size - blason) / 2;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">` +
    `<rect width="${size}" height="${size}" fill="${C.navy}"/>${blasonShape(offset, offset, blason)}</svg>`
  );
}

const ICONS = [
  { file: 'icone-192.png', size: 192, fill: 0.8 },
  { file: 'icone-512.png', size: 512, fill: 0.8 },
  { file: 'icone-masquable-512.png', size: 512, fill: 0.6 },
];

mkdirSync(OUT_DIR, { recursive: true });
const browser = await chromium.launch({
  executablePath: (chromiumPath as () => string)(),
  args: CHROMIUM_ARGS as string[],
});
try {
  for (const icon of ICONS) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
    await page.setContent(`<body style="margin:0">${iconSvg(icon.size, icon.fill)}</body>`);
    await page.screenshot({ path: join(OUT_DIR, icon.file), omitBackground: false });
    await page.close();
    console.log(join(OUT_DIR, icon.file));
  }
} finally {
  await browser.close();
}
