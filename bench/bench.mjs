// Backend Guide benchmark: `make bench` (builds the release first).
// Prints one table and writes target/bench/results.json. Budgets: README.
//
//  1. Size of every file the first view (/) downloads: raw, gzip -9, brotli q11.
//  2. Time to content (performance mark "bg:content-ready") at /skills vs. a
//     static HTML page of the same cards, 4x CPU throttling, median of RUNS,
//     alternating, same server, cold cache each run.
//  3. Scale: 100, 1,000, 10,000 generated cards: render time, and the median
//     time from a keystroke in the search box to the updated list.
//  4. Memory after rendering 10,000 cards: JS heap and wasm linear memory.
//  5. Lighthouse 12.2.3, mobile profile, on /.
import { spawn, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
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
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const origin = `http://127.0.0.1:${PORT}`;
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
  return { categories: skills.categories, skills: list };
}
for (const n of [100, 1000, 10000]) {
  const dir = join(site, 'bench', String(n));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'skills.json'), JSON.stringify(generated(n)));
  writeFileSync(join(dir, 'site.json'), siteJson);
}

// The static page: the same cards as the app renders, from the same JSON,
// with the same stylesheets, and a mark when its cards are in the DOM.
const index = readFileSync(join(site, 'index.html'), 'utf8');
const cssLinks = [...index.matchAll(/<link rel="stylesheet"[^>]*>/g)].map((m) => m[0]).join('\n');
const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const catName = (id) => skills.categories.find((c) => c.id === id)?.name ?? id;
const cards = [...skills.skills]
  .sort((a, b) => a.name.toLowerCase().localeCompare(b.name.toLowerCase()))
  .map((s) => `<li class="bg-skill-grid__item"><article class="bg-skill-card"><p class="bg-skill-card__category">${esc(catName(s.category))}</p><h2 class="bg-skill-card__title"><a class="bg-skill-card__link" href="/skills/${s.id}">${esc(s.name)}</a></h2><p class="bg-skill-card__summary">${esc(s.summary)}</p>${s.first_release ? `<p class="bg-skill-card__year">First released ${s.first_release}</p>` : ''}</article></li>`)
  .join('');
writeFileSync(join(site, 'static-mark.js'), 'performance.mark("bg:content-ready");\n');
writeFileSync(
  join(site, 'static-skills.html'),
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Skills (static)</title>${cssLinks}</head><body><main class="bg-main"><h1 class="bg-page-head__title">Skills</h1><ul class="bg-skill-grid">${cards}</ul></main><script src="/static-mark.js"></script></body></html>`,
);

// ---------- serve it with the project's nginx setup
const server = spawn('bash', [join(repo, 'tests/e2e/serve.sh')], {
  env: { ...process.env, BG_PORT: String(PORT), BG_SUB_PORT: String(PORT + 1), BG_ROOT: site },
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

// ---------- 1. size of the first view
{
  const context = await browser.newContext();
  const page = await context.newPage();
  const paths = new Set();
  page.on('response', (r) => {
    const u = new URL(r.url());
    if (u.origin === origin && r.status() === 200) paths.add(u.pathname);
  });
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => performance.getEntriesByName('bg:content-ready').length > 0 || document.querySelector('h1'));
  await page.waitForLoadState('networkidle');
  await context.close();
  const files = [...paths].map((p) => {
    const file = p === '/' ? 'index.html' : p.slice(1);
    const body = readFileSync(join(site, file));
    return {
      file,
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
  const total = (k) => files.reduce((a, f) => a + f[k], 0);
  results.size = { files, total: { raw: total('raw'), gzip: total('gzip'), brotli: total('brotli') } };
  results.size.wasm = files.find((f) => f.file.endsWith('.wasm'));
}

// ---------- 2. time to content, app vs static, 4x CPU throttling
async function contentReady(url, { throttle = 4, timeout = 120_000 } = {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.addInitScript(() => addEventListener('TrunkApplicationStarted', (e) => ((window).__bgWasm = e.detail.wasm)));
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => performance.getEntriesByName('bg:content-ready').length > 0, null, { timeout });
  const ms = await page.evaluate(() => performance.getEntriesByName('bg:content-ready')[0].startTime);
  return { ms, page, context, cdp };
}
{
  const app = [];
  const stat = [];
  for (let i = 0; i < RUNS; i++) {
    for (const [list, url] of [[app, `${origin}/skills`], [stat, `${origin}/static-skills.html`]]) {
      const r = await contentReady(url);
      list.push(r.ms);
      await r.context.close();
    }
  }
  results.timeToContent = { app: median(app), static: median(stat), ratio: median(app) / median(stat), appRuns: app, staticRuns: stat };
}

// ---------- 3. scale and 4. memory (no CPU throttling, to keep the run short)
results.scale = [];
for (const n of [100, 1000, 10000]) {
  const r = await contentReady(`${origin}/skills?content-dir=bench/${n}`, { throttle: 1, timeout: 300_000 });
  const count = await r.page.locator('article.bg-skill-card').count();
  const keys = [];
  for (let i = 0; i < 9; i++) {
    const value = i % 2 === 0 ? '1' : '12';
    keys.push(
      await r.page.evaluate(
        (value) =>
          new Promise((resolve) => {
            const input = document.querySelector('#skill-search');
            const grid = document.querySelector('.bg-skill-grid');
            let t0 = 0;
            // Stops when the list in the DOM has changed (before the next paint).
            const done = () => {
              observer.disconnect();
              resolve(performance.now() - t0);
            };
            const observer = new MutationObserver(done);
            observer.observe(grid, { childList: true });
            t0 = performance.now();
            input.value = value;
            input.dispatchEvent(new Event('input', { bubbles: true }));
          }),
        value,
      ),
    );
  }
  const entry = { cards: n, rendered: count, renderMs: r.ms, keystrokeMs: median(keys) };
  if (n === 10000) {
    await r.page.evaluate(() => { const i = document.querySelector('#skill-search'); i.value = ''; i.dispatchEvent(new Event('input', { bubbles: true })); });
    // All 10,000 skills are loaded, indexed and filtered; the list shows its
    // first page of cards (the rest come with "Show more").
    await r.page.waitForTimeout(500);
    const heap = await r.cdp.send('Runtime.getHeapUsage');
    const wasm = await r.page.evaluate(() => (window).__bgWasm?.memory?.buffer?.byteLength ?? null);
    const inDom = await r.page.locator('article.bg-skill-card').count();
    results.memory = { cards: n, cardsInDom: inDom, jsHeapUsed: heap.usedSize, jsHeapTotal: heap.totalSize, wasmMemory: wasm };
  }
  results.scale.push(entry);
  await r.context.close();
}
await browser.close();

// ---------- 5. Lighthouse (mobile profile)
try {
  const lh = join(repo, 'node_modules/.bin/lighthouse');
  const report = join(out, 'lighthouse.json');
  execFileSync(lh, [
    `${origin}/`, '--quiet', '--output=json', `--output-path=${report}`,
    '--only-categories=performance,accessibility,best-practices,seo',
    `--chrome-flags=--headless=new ${chromeArgs.join(' ')}`,
  ], { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' }, stdio: ['ignore', 'ignore', 'pipe'] });
  const cats = JSON.parse(readFileSync(report, 'utf8')).categories;
  results.lighthouse = Object.fromEntries(Object.entries(cats).map(([k, v]) => [k, Math.round(v.score * 100)]));
} catch (e) {
  results.lighthouse = { error: String(e.message).split('\n')[0] };
}
stop();

// ---------- print
const rows = [];
rows.push(['Size of the first view (/)', 'raw KB', 'gzip KB', 'brotli KB']);
for (const f of results.size.files) rows.push([`  ${f.file}`, kb(f.raw), kb(f.gzip), kb(f.brotli)]);
rows.push(['  total', kb(results.size.total.raw), kb(results.size.total.gzip), kb(results.size.total.brotli)]);
rows.push(['Time to content, /skills, 4x CPU (median ms)', 'app', 'static', 'ratio']);
rows.push([`  ${RUNS} runs each`, results.timeToContent.app.toFixed(0), results.timeToContent.static.toFixed(0), results.timeToContent.ratio.toFixed(2)]);
rows.push(['Scale (no throttling)', 'render ms', 'keystroke ms', 'cards in DOM']);
for (const s of results.scale) rows.push([`  ${s.cards} cards`, s.renderMs.toFixed(0), s.keystrokeMs.toFixed(1), String(s.rendered)]);
if (results.memory) rows.push(['Memory at 10,000 cards (MB)', 'JS heap', 'wasm', ''], ['', (results.memory.jsHeapUsed / 1048576).toFixed(1), results.memory.wasmMemory ? (results.memory.wasmMemory / 1048576).toFixed(1) : 'n/a', '']);
rows.push(['Lighthouse (mobile, /)', ...('error' in results.lighthouse ? [results.lighthouse.error, '', ''] : [`perf ${results.lighthouse.performance}`, `a11y ${results.lighthouse.accessibility}`, `bp ${results.lighthouse['best-practices']} seo ${results.lighthouse.seo}`])]);
const w = [48, 12, 12, 22];
for (const r of rows) console.log(r.map((c, i) => String(c).padEnd(w[i])).join(''));
writeFileSync(join(out, 'results.json'), JSON.stringify(results, null, 2));
console.log(`\nwritten: target/bench/results.json`);
process.exit(0);
