// Draws the link-preview images (1200×630 PNG, one per section and language)
// that each page names in og:image: `make og-images` writes
// public/og/<section>.png from site.json and public/og/hi/<section>.png from
// hi/site.json, with Debian's Chromium (Devanagari from fonts-lohit-deva). The PNGs are committed; draw them
// again when a section's title or summary changes (the build checks that
// every section has one).
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');
const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const LOCALES = [
  { lang: 'en', dir: '' },
  { lang: 'hi', dir: 'hi/' },
];

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const card = (site, item, lang) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>
  html, body { margin: 0; width: 1200px; height: 630px; }
  body { box-sizing: border-box; padding: 72px 80px; display: flex; flex-direction: column;
    justify-content: space-between; background: #15171c; color: #eceef2;
    font-family: system-ui, "DejaVu Sans", "Liberation Sans", "Lohit Devanagari", "Noto Sans Devanagari", sans-serif; }
  :lang(hi) h1 { line-height: 1.35; }
  :lang(hi) p { line-height: 1.6; }
  .brand { font-size: 34px; font-weight: 700; color: #8ab4ff; letter-spacing: 0.01em; }
  h1 { font-size: 72px; line-height: 1.1; margin: 0 0 28px; max-width: 1000px; }
  p { font-size: 34px; line-height: 1.35; margin: 0; color: #b7bcc7; max-width: 1000px; }
  .lanes { display: flex; gap: 16px; }
  .lanes span { flex: 1; height: 14px; border-radius: 7px; }
</style></head><body>
  <div class="brand">${esc(site.name)}</div>
  <div><h1>${esc(item.title)}</h1><p>${esc(item.summary)}</p></div>
  <div class="lanes"><span style="background:#6fd6e8"></span><span style="background:#ffb86b"></span><span style="background:#8ab4ff"></span></div>
</body></html>`;

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
for (const { lang, dir } of LOCALES) {
  const site = JSON.parse(readFileSync(join(repo, 'public/content', dir, 'site.json'), 'utf8'));
  const out = join(repo, 'public/og', dir);
  mkdirSync(out, { recursive: true });
  for (const item of site.nav) {
    await page.setContent(card(site, item, lang));
    // Shaping needs the font loaded before the picture is taken.
    await page.evaluate(() => document.fonts.ready);
    const file = join(out, `${item.section}.png`);
    await page.screenshot({ path: file, clip: { x: 0, y: 0, width: 1200, height: 630 } });
    console.log(`og-images: ${file}`);
  }
}
await browser.close();
