// Backend Guide benchmark: `make bench` (builds the release first).
// Prints one table and the budgets beside their measured values, and writes
// target/bench/results.json. The budgets are issue 13's, issue 14's and
// issue 20's (the Hindi pages).
//
//  1. What a first visit downloads (/): raw, gzip -9, brotli q11, per file;
//     and what a host page downloads for the iframe embed, the inline element,
//     and click-to-load before the click (issue 22: embed.js only, ≤ 2 KB).
//  2. Timing at 4x CPU, /skills and /hi/skills (prerendered) each against the
//     same page as plain HTML and CSS (no script), RUNS pairs of loads (app,
//     then static), cold cache; medians, and the median of each pair's ratio:
//     first content (first-contentful-paint) and the app's takeover
//     (performance mark "bg:app-ready") against the static page's content.
//  3. Scale: 100, 1,000, 10,000 generated cards: render time, and the median
//     time from a keystroke in the search box to the updated list.
//  4. Memory after rendering 10,000 cards: JS heap and wasm linear memory.
//  5. Lighthouse 12.2.3, mobile profile, on /, /skills and /careers, and on
//     /hi/, /hi/skills and /hi/careers.
//  6. The release wasm's growth since the last measured build (WASM_BEFORE).
import { spawn, execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(repo, 'target/bench');
const site = join(out, 'site');
const PORT = Number(process.env.BENCH_PORT ?? 18451);
const HOST_PORT = PORT + 2;
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
// The release wasm of the last measured build, gzip -9 (Node's zlib), as the
// README's Benchmark table gave it: the base of the wasm's growth (issue 20).
const WASM_BEFORE = { build: '6122af8', gzip: 407.1 * 1024 };
const origin = `http://127.0.0.1:${PORT}`;
const hostOrigin = `http://127.0.0.1:${HOST_PORT}`;
const chromeArgs = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--enable-precise-memory-info',
];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const kb = (n) => (n / 1024).toFixed(1);
const sizes = (body) => ({
  raw: body.length,
  gzip: gzipSync(body, { level: 9 }).length,
  brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

// ---------- prepare the site: release build + generated content + static page
rmSync(site, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
cpSync(join(repo, 'dist'), site, { recursive: true });
const skills = JSON.parse(readFileSync(join(repo, 'public/content/skills.json'), 'utf8'));
const siteJson = readFileSync(join(repo, 'public/content/site.json'), 'utf8');

function generated(n) {
  const list = [];
  for (let i = 0; i < n; i++) {
    const base = skills.skills[i % skills.skills.length];
    const id = `${base.id}-${String(i).padStart(5, '0')}`;
    // Real card fields, trimmed so 10,000 cards stay under the 8 MB file cap.
    list.push({
      ...base,
      id,
      name: `${base.name} ${String(i).padStart(5, '0')}`,
      description: [base.description[0].split('. ')[0] + '.'],
      facts: [],
      tools: base.tools.slice(0, 2),
      used_for: base.used_for.slice(0, 1),
      strengths: base.strengths.slice(0, 1),
      tradeoffs: base.tradeoffs.slice(0, 1),
      related: [],
      tags: base.tags.slice(0, 2),
    });
  }
  return { ...skills, skills: list };
}
for (const n of [100, 1000, 10000]) {
  const dir = join(site, 'bench', String(n));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'skills.json'), JSON.stringify(generated(n)));
  writeFileSync(join(dir, 'site.json'), siteJson);
}

// The static pages: a prerendered page (/skills, /hi/skills) itself as plain
// HTML and CSS, with every script and the parked preloads taken out (and the
// with-scripts look that page.js would give it), and a mark once its content
// is there. What the page costs beyond it is what the app adds to a first visit.
writeFileSync(join(site, 'static-mark.js'), 'performance.mark("bg:content-ready");\n');
function staticCopy(prerenderedFile, staticFile) {
  const prerendered = readFileSync(join(site, prerenderedFile), 'utf8');
  const copy = prerendered
    .replace(/<script(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<template data-bg-after-paint>[\s\S]*?<\/template>/g, '')
    .replace(/<html lang="(en|hi)"/, '<html lang="$1" data-js')
    .replace('</body>', '<script src="/static-mark.js"></script></body>');
  if (!copy.includes(' data-js')) throw new Error(`${prerenderedFile}: no <html lang="en|hi"> to mark`);
  writeFileSync(join(site, staticFile), copy);
}
staticCopy('skills/index.html', 'static-skills.html');
staticCopy('hi/skills/index.html', 'static-hi-skills.html');

// ---------- serve it with the project's nginx setup (and a host site)
const server = spawn('bash', [join(repo, 'tests/e2e/serve.sh')], {
  env: { ...process.env, BG_PORT: String(PORT), BG_SUB_PORT: String(PORT + 1), BG_HOST_PORT: String(HOST_PORT), BG_ROOT: site },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const stop = () => server.kill('SIGTERM');
process.on('exit', stop);
for (let i = 0; i < 50; i++) {
  try {
    if ((await fetch(`${origin}/`)).ok) break;
  } catch {}
  await new Promise((r) => setTimeout(r, 100));
}

const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: chromeArgs });
const results = { date: new Date().toISOString(), runs: RUNS };

/** Every same-origin file `url` makes the browser download, with its sizes. */
async function downloads(url, guideOrigin = origin) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const paths = new Set();
  page.on('response', (r) => {
    const u = new URL(r.url());
    if (u.origin === guideOrigin && r.status() < 400) paths.add(u.pathname);
  });
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  await page.waitForLoadState('networkidle');
  await context.close();
  const files = [...paths].map((p) => {
    const file = p.endsWith('/') ? `${p.slice(1)}index.html` : p.slice(1);
    let body;
    try {
      body = readFileSync(join(site, file));
    } catch {
      body = readFileSync(join(site, file, 'index.html'));
    }
    return { file, ...sizes(body) };
  });
  const total = (k) => files.reduce((a, f) => a + f[k], 0);
  return { files, total: { raw: total('raw'), gzip: total('gzip'), brotli: total('brotli') } };
}

// ---------- 1. what a first visit downloads, and an embed's host
results.size = await downloads(`${origin}/`);
results.size.wasm = results.size.files.find((f) => f.file.endsWith('.wasm'));
results.size.glue = results.size.files.find((f) => /^backend-guide-[0-9a-f]+\.js$/.test(f.file));
results.embeds = {
  iframe: (await downloads(`${hostOrigin}/host.html`)).total,
  inline: (await downloads(`${hostOrigin}/host-inline.html`)).total,
  // Click-to-load, before any click: embed.js and nothing else of the guide's.
  click: (await downloads(`${hostOrigin}/host-click.html`)).total,
  loader: sizes(readFileSync(join(site, 'embed.js'))),
  element: sizes(readFileSync(join(site, 'backend-guide-element.js'))),
};

// ---------- 2. timing, app vs static, 4x CPU throttling
async function timings(url, readyMark) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(url, { waitUntil: 'commit' });
  // The app's page is ready when the app has taken it over (its content is
  // marked ready earlier, while the takeover builds it off the page); the
  // static page when its content is there.
  await page.waitForFunction(
    (mark) => performance.getEntriesByName('first-contentful-paint').length > 0
      && performance.getEntriesByName(mark).length > 0,
    readyMark,
    { timeout: 120_000 },
  );
  const t = await page.evaluate((readyMark) => {
    const at = (name) => performance.getEntriesByName(name)[0]?.startTime;
    const parts = performance.getEntriesByName('bg:takeover-part');
    const file = (pattern) => performance.getEntriesByType('resource').find((r) => pattern.test(r.name));
    return {
      firstContent: at('first-contentful-paint'),
      ready: at(readyMark),
      // Where the app's time goes after the first paint (app loads only).
      steps: at('bg:app-ready') === undefined ? undefined : {
        glueRequested: file(/backend-guide-[0-9a-f]+\.js$/)?.startTime,
        wasmDownloaded: file(/_bg\.wasm$/)?.responseEnd,
        appStart: at('bg:app-start'),
        contentDecoded: at('bg:content-decoded'),
        firstPart: parts[0]?.startTime,
        lastPart: parts[parts.length - 1]?.startTime,
        parts: parts.length,
      },
    };
  }, readyMark);
  await context.close();
  return t;
}
/** RUNS pairs of loads of `path` (the app) and then of its static copy. */
async function compare(path, staticPath) {
  const app = [];
  const stat = [];
  for (let i = 0; i < RUNS; i++) {
    app.push(await timings(`${origin}${path}`, 'bg:app-ready'));
    stat.push(await timings(`${origin}${staticPath}`, 'bg:content-ready'));
  }
  const m = (list, k) => median(list.map((r) => r[k]));
  // Each app load and the static load right after it share the machine's
  // state of the moment: the ratio is the median of those pairs' ratios,
  // steadier on a shared machine than a ratio of two medians.
  const paired = (k, sk) => median(app.map((r, i) => r[k] / stat[i][sk]));
  return {
    path,
    appFirstContent: m(app, 'firstContent'),
    appReady: m(app, 'ready'),
    staticFirstContent: m(stat, 'firstContent'),
    staticContent: m(stat, 'ready'),
    firstContentRatio: paired('firstContent', 'firstContent'),
    interactiveRatio: paired('ready', 'ready'),
    steps: Object.fromEntries(Object.keys(app[0].steps ?? {}).map((k) => [k, median(app.map((r) => r.steps[k]))])),
    appRuns: app,
    staticRuns: stat,
  };
}
results.timing = await compare('/skills', '/static-skills.html');
results.timingHi = await compare('/hi/skills', '/static-hi-skills.html');

// ---------- 3. scale and 4. memory (no CPU throttling, to keep the run short)
results.scale = [];
for (const n of [100, 1000, 10000]) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.addInitScript(() => addEventListener('TrunkApplicationStarted', (e) => ((window).__bgWasm = e.detail.wasm)));
  await page.goto(`${origin}/skills?content-dir=bench/${n}`, { waitUntil: 'commit' });
  // The page first shows the shipped cards; the generated ones come with the app.
  // Rendered: the generated cards are built and the page is the app's.
  const marks = ['bg:content-ready', 'bg:app-ready'];
  await page.waitForFunction((names) => names.every((n) => performance.getEntriesByName(n).length > 0), marks, { timeout: 300_000 });
  const renderMs = await page.evaluate((names) => Math.max(...names.map((n) => performance.getEntriesByName(n)[0].startTime)), marks);
  const rendered = await page.locator('article.bg-skill-card').count();
  // Let the start-up's own work (idle tasks, a first garbage collection)
  // finish, then time 21 keys and take the median.
  await page.waitForTimeout(1000);
  const keys = [];
  for (let i = 0; i < 21; i++) {
    const value = i % 2 === 0 ? '1' : '12';
    keys.push(
      await page.evaluate(
        (value) =>
          new Promise((resolve) => {
            const input = document.querySelector('#skill-search');
            const grid = document.querySelector('.bg-skill-grid');
            let t0 = 0;
            // Stops when the list in the DOM has changed (before the next paint):
            // cards added or removed, or cards showing other skills in place.
            const done = () => {
              observer.disconnect();
              resolve(performance.now() - t0);
            };
            const observer = new MutationObserver(done);
            observer.observe(grid, { childList: true, subtree: true, characterData: true, attributes: true });
            t0 = performance.now();
            input.value = value;
            input.dispatchEvent(new Event('input', { bubbles: true }));
          }),
        value,
      ),
    );
  }
  results.scale.push({ cards: n, rendered, renderMs, keystrokeMs: median(keys) });
  if (n === 10000) {
    await page.evaluate(() => { const i = document.querySelector('#skill-search'); i.value = ''; i.dispatchEvent(new Event('input', { bubbles: true })); });
    await page.waitForTimeout(500);
    const heap = await cdp.send('Runtime.getHeapUsage');
    const wasm = await page.evaluate(() => (window).__bgWasm?.memory?.buffer?.byteLength ?? null);
    results.memory = { cards: n, jsHeapUsed: heap.usedSize, wasmMemory: wasm };
  }
  await context.close();
}
await browser.close();

// ---------- 5. Lighthouse (mobile profile)
const LH_EN = ['/', '/skills', '/careers'];
const LH_HI = ['/hi/', '/hi/skills', '/hi/careers'];
results.lighthouse = {};
for (const path of [...LH_EN, ...LH_HI]) {
  // Lighthouse now and then fails to start Chromium: one more try.
  for (let attempt = 0; attempt < 2 && !results.lighthouse[path]?.performance; attempt++) try {
    const lh = join(repo, 'node_modules/.bin/lighthouse');
    const report = join(out, `lighthouse${path.replace(/\//g, '-')}.json`);
    execFileSync(lh, [
      `${origin}${path}`, '--quiet', '--output=json', `--output-path=${report}`,
      '--only-categories=performance,accessibility,best-practices,seo',
      `--chrome-flags=--headless=new ${chromeArgs.join(' ')}`,
    ], { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' }, stdio: ['ignore', 'ignore', 'pipe'] });
    const json = JSON.parse(readFileSync(report, 'utf8'));
    results.lighthouse[path] = {
      ...Object.fromEntries(Object.entries(json.categories).map(([k, v]) => [k, Math.round(v.score * 100)])),
      cls: json.audits['cumulative-layout-shift'].numericValue,
      tbt: json.audits['total-blocking-time'].numericValue,
      fcp: json.audits['first-contentful-paint'].numericValue,
    };
  } catch (e) {
    results.lighthouse[path] = { error: String(e.message).split('\n')[0] };
  }
}

// ---------- 6. the service worker (issue 21), 4x CPU: after one visit to
// /careers, a repeat visit to /skills (another page), and, with the server
// stopped, /path, a page never visited (the worker answers with the shell).
const workerRuns = Math.min(RUNS, 5);
const contexts = [];
const swBrowser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: chromeArgs });
results.worker = { repeatReady: [], offlineReady: [] };
async function throttledReady(page, url) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => performance.getEntriesByName('bg:app-ready').length > 0, null, { timeout: 60_000 });
  const ready = await page.evaluate(() => performance.getEntriesByName('bg:app-ready')[0].startTime);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  return ready;
}
for (let i = 0; i < workerRuns; i++) {
  const context = await swBrowser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/careers`);
  // The worker is active and has cached the language (content and shell).
  await page.waitForFunction(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    if (!reg?.active) return false;
    const name = (await caches.keys()).find((n) => /^bg-\w+-en$/.test(n));
    return !!name && (await (await caches.open(name)).keys()).length > 1;
  }, null, { timeout: 60_000, polling: 200 });
  await page.waitForLoadState('networkidle');
  results.worker.repeatReady.push(await throttledReady(page, `${origin}/skills`));
  contexts.push({ context, page });
}
stop();
await new Promise((r) => setTimeout(r, 500));
for (const { page } of contexts) results.worker.offlineReady.push(await throttledReady(page, `${origin}/path`));
await swBrowser.close();
// What the worker adds to a first visit: itself, its runtime, and the
// page's language cached (content and shell); the app files it precaches
// are already in the HTTP cache from the page's own load.
const workboxDir = readdirSync(site).find((f) => f.startsWith('workbox-v'));
const added = [
  'sw.js',
  ...readdirSync(join(site, workboxDir)).map((f) => join(workboxDir, f)),
  ...readdirSync(join(site, 'content')).filter((f) => f.endsWith('.json')).map((f) => join('content', f)),
  'shell.html',
];
results.worker.firstVisitAdded = added.reduce((a, f) => a + sizes(readFileSync(join(site, f))).brotli, 0);

// ---------- print
const rows = [];
rows.push(['What / downloads', 'raw KB', 'gzip KB', 'brotli KB']);
for (const f of results.size.files) rows.push([`  ${f.file}`, kb(f.raw), kb(f.gzip), kb(f.brotli)]);
rows.push(['  total', kb(results.size.total.raw), kb(results.size.total.gzip), kb(results.size.total.brotli)]);
rows.push(['What a host page downloads from the guide', 'raw KB', 'gzip KB', 'brotli KB']);
for (const [name, t] of [['  iframe embed (embed.js + the embed page)', results.embeds.iframe], ['  inline element (element.js + wasm + css)', results.embeds.inline], ['  click-to-load, before the click', results.embeds.click]]) rows.push([name, kb(t.raw), kb(t.gzip), kb(t.brotli)]);
for (const t of [results.timing, results.timingHi]) {
  rows.push([`${t.path}, 4x CPU`, 'app median ms', 'static', 'ratio (pairs)']);
  rows.push([`  first content (${RUNS} pairs of loads)`, t.appFirstContent.toFixed(0), t.staticFirstContent.toFixed(0), t.firstContentRatio.toFixed(2)]);
  rows.push(['  interactive (bg:app-ready) vs static content', t.appReady.toFixed(0), t.staticContent.toFixed(0), t.interactiveRatio.toFixed(2)]);
  const steps = t.steps;
  rows.push(['  the app after its first paint (medians):', '', '', '']);
  for (const [label, at] of [
    ['first contentful paint', t.appFirstContent],
    ['JS glue requested', steps.glueRequested],
    ['wasm downloaded', steps.wasmDownloaded],
    ['app code starts (wasm compiled, instantiated)', steps.appStart],
    ['content fetched and decoded', steps.contentDecoded],
    [`first of ${steps.parts} parts built, a task each`, steps.firstPart],
    ['last part built', steps.lastPart],
    ['page swapped in, input restored (bg:app-ready)', t.appReady],
  ]) rows.push([`    ${label}`, at === undefined ? 'n/a' : at.toFixed(0), '', '']);
}
rows.push(['Service worker, 4x CPU (medians)', 'ms', '', '']);
rows.push([`  repeat visit, another page (bg:app-ready, ${workerRuns} runs)`, median(results.worker.repeatReady).toFixed(0), '', '']);
rows.push([`  offline, a page never visited (bg:app-ready)`, median(results.worker.offlineReady).toFixed(0), '', '']);
rows.push(['  first visit: what the worker adds (brotli KB)', kb(results.worker.firstVisitAdded), '', '']);
rows.push(['Scale (no throttling)', 'render ms', 'keystroke ms', 'cards in DOM']);
for (const s of results.scale) rows.push([`  ${s.cards} cards`, s.renderMs.toFixed(0), s.keystrokeMs.toFixed(1), String(s.rendered)]);
if (results.memory) rows.push(['Memory at 10,000 cards (MB)', 'JS heap', 'wasm', ''], ['', (results.memory.jsHeapUsed / 1048576).toFixed(1), results.memory.wasmMemory ? (results.memory.wasmMemory / 1048576).toFixed(1) : 'n/a', '']);
rows.push(['Lighthouse (mobile)', 'perf a11y bp seo', 'CLS', 'TBT ms']);
for (const [path, l] of Object.entries(results.lighthouse)) {
  rows.push(l.error ? [`  ${path}`, l.error, '', ''] : [`  ${path}`, `${l.performance} ${l.accessibility} ${l['best-practices']} ${l.seo}`, l.cls.toFixed(3), l.tbt.toFixed(0)]);
}
const w = [52, 18, 14, 14];
for (const r of rows) console.log(r.map((c, i) => String(c).padEnd(w[i])).join(''));
const wasmGzip = results.size.wasm.gzip;
results.wasmGrowth = { since: WASM_BEFORE.build, before: WASM_BEFORE.gzip, now: wasmGzip, growth: wasmGzip - WASM_BEFORE.gzip };
console.log(`\nRelease wasm since ${WASM_BEFORE.build} (gzip -9): ${kb(WASM_BEFORE.gzip)} → ${kb(wasmGzip)} KB, `
  + `${wasmGzip >= WASM_BEFORE.gzip ? '+' : '−'}${kb(Math.abs(results.wasmGrowth.growth))} KB `
  + `(${wasmGzip >= WASM_BEFORE.gzip ? '+' : '−'}${(Math.abs(results.wasmGrowth.growth) / WASM_BEFORE.gzip * 100).toFixed(1)}%)`);

// ---------- budgets (issue 13: prerendering; issue 14: size and speed;
// issue 20: the Hindi pages)
const scale = Object.fromEntries(results.scale.map((s) => [s.cards, s]));
// A set's Lighthouse results, or none if a page of it failed to run.
const lhOf = (paths) => {
  const l = paths.map((p) => results.lighthouse[p]);
  return l.every((x) => x && !x.error) ? l : [];
};
const lh = lhOf(LH_EN);
const lhHi = lhOf(LH_HI);
const lowest = (list, k) => (list.length ? Math.min(...list.map((l) => l[k])) : NaN);
const t = results.timing;
const budgets = [
  ['first content ≤ 1.1× the static page', t.firstContentRatio, (v) => v <= 1.1, (v) => `${v.toFixed(2)}×`],
  ['interactive ≤ 1.5× the static page’s content', t.interactiveRatio, (v) => v <= 1.5, (v) => `${v.toFixed(2)}×`],
  ['/hi/skills first content ≤ 1.1× its static copy', results.timingHi.firstContentRatio, (v) => v <= 1.1, (v) => `${v.toFixed(2)}×`],
  ['Lighthouse performance ≥ 98 on /, /skills, /careers', lowest(lh, 'performance'), (v) => v >= 98, (v) => `lowest ${v}`],
  ['Lighthouse performance ≥ 98 on /hi/, /hi/skills, /hi/careers', lowest(lhHi, 'performance'), (v) => v >= 98, (v) => `lowest ${v}`],
  ['Lighthouse a11y, best practices, SEO 100 on the /hi/ three',
    Math.min(...['accessibility', 'best-practices', 'seo'].map((k) => lowest(lhHi, k))), (v) => v === 100, (v) => `lowest ${v}`],
  ['CLS 0 (/, /skills, /careers)', lh.length ? Math.max(...lh.map((l) => l.cls)) : NaN, (v) => v === 0, (v) => `highest ${v.toFixed(3)}`],
  ['TBT ≤ 200 ms (/, /skills, /careers)', lh.length ? Math.max(...lh.map((l) => l.tbt)) : NaN, (v) => v <= 200, (v) => `highest ${v.toFixed(0)} ms`],
  ['release wasm ≤ 190 KB gzip -9', results.size.wasm.gzip / 1024, (v) => v <= 190, (v) => `${v.toFixed(1)} KB`],
  ['JS glue ≤ 6 KB gzip', results.size.glue.gzip / 1024, (v) => v <= 6, (v) => `${v.toFixed(1)} KB`],
  ['keystroke at 10,000 cards ≤ 16 ms median', scale[10000].keystrokeMs, (v) => v <= 16, (v) => `${v.toFixed(1)} ms`],
  ['keystroke growth 100 → 10,000 cards ≤ 1.3×', scale[10000].keystrokeMs / scale[100].keystrokeMs, (v) => v <= 1.3, (v) => `${v.toFixed(2)}×`],
  ['embed loader ≤ 2 KB gzip', results.embeds.loader.gzip / 1024, (v) => v <= 2, (v) => `${v.toFixed(1)} KB`],
  ['click-to-load: ≤ 2 KB gzip from the guide before the click', results.embeds.click.gzip / 1024, (v) => v <= 2, (v) => `${v.toFixed(1)} KB`],
  ['first visit with the worker: ≤ 80 KB brotli more', results.worker.firstVisitAdded / 1024, (v) => v <= 80, (v) => `${v.toFixed(1)} KB`],
  ['repeat visit interactive ≤ 1.5× the static page’s content', median(results.worker.repeatReady) / t.staticContent, (v) => v <= 1.5, (v) => `${v.toFixed(2)}×`],
  ['offline, a page never visited: content ≤ 1 s at 4× CPU', median(results.worker.offlineReady), (v) => v <= 1000, (v) => `${v.toFixed(0)} ms`],
];
results.budgets = budgets.map(([name, value, ok, show]) => ({ name, value, met: ok(value), shown: show(value) }));
console.log('\nBudgets');
for (const b of results.budgets) console.log(`  ${b.met ? 'met    ' : 'NOT MET'}  ${b.name.padEnd(62)} ${b.shown}`);
writeFileSync(join(out, 'results.json'), JSON.stringify(results, null, 2));
console.log(`\nwritten: target/bench/results.json`);
process.exit(0);
