// Draws the installed app's icons from public/favicon.svg with Debian's
// Chromium: `make icons` writes public/icons/icon-192.png, icon-512.png and
// maskable-512.png (the mark inside the safe zone, on the favicon's blue).
// The PNGs are committed; draw them again when the favicon changes.
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');
const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const svg = readFileSync(join(repo, 'public/favicon.svg'), 'utf8');
const blue = /fill="(#[0-9a-f]{6})"/i.exec(svg)[1];
const out = join(repo, 'public/icons');
mkdirSync(out, { recursive: true });

// A maskable icon is cropped to a circle of 80 % of its size: the mark
// (without its rounded square) sits in the middle 60 %, on a full bleed.
const page = (size, maskable) => `<!doctype html><html><head><style>
  html, body { margin: 0; width: ${size}px; height: ${size}px; overflow: hidden; }
  body { display: grid; place-items: center; background: ${maskable ? blue : 'transparent'}; }
  svg { width: ${maskable ? 0.6 * size : size}px; height: ${maskable ? 0.6 * size : size}px; display: block; }
</style></head><body>${svg}</body></html>`;

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
for (const [name, size, maskable] of [['icon-192.png', 192, false], ['icon-512.png', 512, false], ['maskable-512.png', 512, true]]) {
  const tab = await browser.newPage({ viewport: { width: size, height: size } });
  await tab.setContent(page(size, maskable));
  await tab.screenshot({ path: join(out, name), omitBackground: !maskable, clip: { x: 0, y: 0, width: size, height: size } });
  await tab.close();
  console.log(`icons: public/icons/${name}`);
}
await browser.close();
