// trunk post_build hook, release builds, after the prerender: writes the
// service worker sw.js from public/sw.js at the public URL's root, with
// workbox-build's injectManifest (the precache list of the hashed app
// assets) and the Workbox runtime copied beside it (no CDN), and prints
// what a first visit precaches, in brotli bytes.
//   node scripts/service-worker.mjs <build folder>
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { copyWorkboxLibraries, getManifest, injectManifest } from 'workbox-build';

const dir = process.argv[2];
if (!dir) {
  console.error('service-worker: usage: service-worker.mjs <build folder>');
  process.exit(1);
}
const repo = join(import.meta.dirname, '..');
const MODULES = ['core', 'routing', 'strategies', 'precaching', 'cacheable-response'];

// The Workbox runtime: only the production builds sw.js imports.
const workbox = await copyWorkboxLibraries(dir);
for (const name of readdirSync(join(dir, workbox))) {
  const keep = MODULES.some((m) => name === `workbox-${m}.prod.js`);
  const path = join(dir, workbox, name);
  if (!keep) rmSync(path);
  else writeFileSync(path, readFileSync(path, 'utf8').replace(/\n\/\/# sourceMappingURL=.*\n?$/, '\n'));
}

// The hashed assets every page loads (not the inline element's or the
// iframe loader's scripts, which other sites load).
const hashed = /-[0-9a-f]{12,16}(?:_bg)?\.(?:js|wasm|css|svg)$/;
const app = {
  globDirectory: dir,
  globPatterns: ['*.{js,wasm,css,svg}'],
  globIgnores: ['sw.js', 'embed.js', 'backend-guide-element.js'],
  dontCacheBustURLsMatching: hashed,
  maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
};

// Each language: its content files and its app shell (shell.html, written by
// the prerenderer: the site's frame with nothing in <main>).
const locales = {};
for (const [code, prefix] of [['en', ''], ['hi', 'hi/']]) {
  const { manifestEntries } = await getManifest({
    globDirectory: dir,
    globPatterns: [`content/${prefix}*.json`, `${prefix}shell.html`],
    globIgnores: ['content/hi/kept-terms.json'],
  });
  const shell = `${prefix}shell.html`;
  locales[code] = {
    prefix,
    shell,
    files: manifestEntries.map((e) => e.url).filter((u) => u !== shell),
    revisions: manifestEntries,
  };
}
const appEntries = (await getManifest(app)).manifestEntries;
const build = createHash('sha256')
  .update(JSON.stringify([appEntries, Object.values(locales).map((l) => l.revisions)]))
  .digest('hex')
  .slice(0, 10);
const site = {
  build,
  locales: Object.fromEntries(Object.entries(locales).map(([c, { revisions, ...l }]) => [c, l])),
};

const source = readFileSync(join(repo, 'public/sw.js'), 'utf8')
  .replace('__BG_WORKBOX__', workbox)
  .replace('__BG_LOCALES__', JSON.stringify(site));
const staged = join(dir, 'sw.src.js');
writeFileSync(staged, source);
const { count, warnings } = await injectManifest({ ...app, swSrc: staged, swDest: join(dir, 'sw.js') });
rmSync(staged);
for (const w of warnings) console.warn(`service-worker: ${w}`);

// What the worker adds to a first visit (brotli): itself, the runtime and one
// language's content and shell. The app's assets the page has loaded already.
const br = (path) => brotliCompressSync(readFileSync(join(dir, path))).length;
const runtime = MODULES.map((m) => br(`${workbox}/workbox-${m}.prod.js`)).reduce((a, b) => a + b, 0);
const english = [...locales.en.files, locales.en.shell].map(br).reduce((a, b) => a + b, 0);
const appBytes = appEntries.map((e) => br(e.url)).reduce((a, b) => a + b, 0);
console.log(
  `service-worker: sw.js (build ${build}) precaches ${count} app files (${appBytes} B br, ` +
    `already loaded by the page); a first visit adds sw.js + runtime ${br('sw.js') + runtime} B br, ` +
    `English content + shell ${english} B br`,
);
