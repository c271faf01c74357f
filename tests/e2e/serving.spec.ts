import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';

// What deploy/nginx promises, checked against the same nginx the suite uses.
// tests/cdn runs these checks again (BG_SERVER=cdn) against Cloudflare Pages'
// own asset server (wrangler), serving the CDN copy of the build with
// deploy/cloudflare/_headers; BG_ROOT is then that copy.
const cdn = process.env.BG_SERVER === 'cdn';
const dist = process.env.BG_ROOT ?? join(__dirname, '../../dist');

// The security headers as deploy/nginx/security-headers.conf writes them: the
// CDN's _headers must send the same.
const securityConf = readFileSync(join(__dirname, '../../deploy/nginx/security-headers.conf'), 'utf8');
function securityHeaders(frameAncestors: string): [string, string][] {
  const lines = [...securityConf.matchAll(/^add_header ([\w-]+) "([^"]*)" always;$/gm)];
  expect(lines.length).toBeGreaterThanOrEqual(5);
  return lines.map(([, name, value]) => [name.toLowerCase(), value.replace('$bg_frame_ancestors', frameAncestors)]);
}

// trunk's hashed asset names, as deploy/nginx/locations.conf matches them.
const hashed = /-[0-9a-f]{12,16}(_bg)?\.(js|wasm|css|svg)$/;
// Pages sends its 404s with no-store whatever _headers says.
const notFoundCache = cdn ? 'no-store' : 'no-cache';

test('pages carry a strict CSP and the security headers', async ({ request }) => {
  const paths = [['/', 200], ['/skills/python', 200], ['/hi/', 200], ['/hi/skills', 200], ['/no/such/page', 404], ['/hi/no/such/page', 404]] as const;
  for (const [path, status] of paths) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(status);
    const headers = response.headers();
    const csp = headers['content-security-policy'];
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toMatch(/'unsafe-eval'/);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['cache-control'], path).toBe(status === 200 ? 'no-cache' : notFoundCache);
    for (const [name, value] of securityHeaders("'self'")) expect(headers[name], `${path} ${name}`).toBe(value);
    // Pages adds this to everything unless _headers takes it off.
    expect(headers['access-control-allow-origin'], path).toBeUndefined();
  }
});

test('embed views may be framed by any site', async ({ request }) => {
  const paths = [['/embed/skills', 200], ['/hi/embed/skills', 200], ['/embed/', 200], ['/embed/no/such/view', 404], ['/hi/embed/no/such/view', 404]] as const;
  for (const [path, status] of paths) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(status);
    const headers = response.headers();
    expect(headers['content-security-policy'], path).toContain('frame-ancestors *');
    // One policy, not the site's 'self' one as well (browsers apply both).
    for (const [name, value] of securityHeaders('*')) expect(headers[name], `${path} ${name}`).toBe(value);
    expect(headers['x-frame-options'], path).toBeUndefined();
    expect(headers['cache-control'], path).toBe(status === 200 ? 'no-cache' : notFoundCache);
    // Framing needs no CORS: the page itself is a navigation, not a fetch.
    expect(headers['access-control-allow-origin'], path).toBeUndefined();
  }
});

test('oEmbed answers are JSON that any site may read; only pages with an embed view have one', async ({ request }) => {
  for (const path of ['/oembed/index.json', '/oembed/skills/python.json', '/oembed/hi/index.json', '/oembed/hi/careers.json']) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
    const headers = response.headers();
    expect(headers['content-type'], path).toMatch(/^application\/json(\+oembed)?\b/);
    expect(headers['access-control-allow-origin'], path).toBe('*');
    expect(headers['cache-control'], path).toBe('no-cache');
    for (const [name, value] of securityHeaders("'self'")) expect(headers[name], `${path} ${name}`).toBe(value);
    const answer = await response.json();
    expect(answer.type, path).toBe('rich');
  }
  for (const path of ['/oembed/404.json', '/oembed/embed/skills.json']) {
    expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(404);
  }
});

test('an unknown address gets the not-found page of its part of the site, as a 404', async ({ request }) => {
  for (const [path, page, lang, embed] of [
    ['/no/such/page', '404.html', 'en', false],
    ['/skills/no-such-skill', '404.html', 'en', false],
    ['/hi/no/such/page', 'hi/404.html', 'hi', false],
    ['/embed/no/such/view', 'embed/404.html', 'en', true],
    ['/hi/embed/no/such/view', 'hi/embed/404.html', 'hi', true],
  ] as const) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(404);
    const html = await response.text();
    expect(html, path).toContain(`<html lang="${lang}"`);
    expect(html.includes('class="bg-embed-page"'), path).toBe(embed);
    expect(html === readFileSync(join(dist, page), 'utf8'), `${path} is ${page}`).toBe(true);
  }
});

test('every page of the sitemap, its embed view and every address they link to answer 200 with no redirect', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const pages = [...sitemap.matchAll(/<loc>https?:\/\/[^/]+([^<]*)<\/loc>/g)].map((m) => m[1]);
  expect(pages).toContain('/hi/skills');
  // /x is embedded at /embed/x, /hi/x at /hi/embed/x; the widget builder has no embed view.
  const embeds = pages.filter((p) => !/^(\/hi)?\/widget$/.test(p)).map((p) => p.replace(/^(\/hi)?\//, '$1/embed/'));
  const checked = new Set<string>();
  const links = new Set<string>();
  for (const path of [...pages, ...embeds, '/overview', '/skills/compare']) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
    checked.add(path);
    for (const [, href] of (await response.text()).matchAll(/(?:href|src)="(\/[^"#?]*)/g)) links.add(href);
  }
  expect(links).toContain('/embed/skills/python');
  for (const path of [...links].filter((l) => !checked.has(l))) {
    expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(200);
  }
});

test('hashed assets are immutable; the other files at the top are no-cache', async ({ request }) => {
  const files = readdirSync(dist).filter(
    (f) => statSync(join(dist, f)).isFile() && !/\.(html|br|gz)$/.test(f) && !f.startsWith('_'),
  );
  expect(files.filter((f) => hashed.test(f)).length).toBeGreaterThanOrEqual(8);
  for (const file of files) {
    const response = await request.get(`/${file}`, { maxRedirects: 0 });
    expect(response.status(), file).toBe(200);
    const cache = response.headers()['cache-control'];
    expect(cache, file).toBe(hashed.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache');
    if (hashed.test(file)) expect(response.headers()['access-control-allow-origin'], file).toBe('*');
  }
});

test('the service worker is checked on every visit; its Workbox runtime is kept', async ({ request }) => {
  const worker = await request.get('/sw.js', { maxRedirects: 0 });
  expect(worker.status()).toBe(200);
  expect(worker.headers()['cache-control']).toBe('no-cache');
  const runtime = readdirSync(dist).find((f) => f.startsWith('workbox-v'))!;
  const files = readdirSync(join(dist, runtime));
  expect(files.length).toBeGreaterThanOrEqual(5);
  for (const file of files) {
    const response = await request.get(`/${runtime}/${file}`, { maxRedirects: 0 });
    expect(response.status(), file).toBe(200);
    expect(response.headers()['cache-control'], file).toBe('public, max-age=31536000, immutable');
  }
});

test('inline mode can read what it needs from other sites; embed.js needs no CORS', async ({ request }) => {
  for (const path of ['/backend-guide-element.js', '/index.html', '/content/skills.json', '/content/hi/skills.json']) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
    expect(response.headers()['access-control-allow-origin'], path).toBe('*');
    expect(response.headers()['cache-control'], path).toBe('no-cache');
  }
  const loader = await request.get('/embed.js');
  expect(loader.headers()['access-control-allow-origin']).toBeUndefined();
  expect(loader.headers()['cache-control']).toBe('no-cache');
});

test('the wasm is application/wasm, compressed or not, and always the same bytes', async ({ request }) => {
  const wasm = readdirSync(dist).find((f) => f.endsWith('_bg.wasm'))!;
  for (const encoding of ['br', 'gzip', 'identity']) {
    const sent = await request.get(`/${wasm}`, { headers: { 'Accept-Encoding': encoding } });
    expect(sent.headers()['content-type'], encoding).toBe('application/wasm');
    expect(sent.headers()['content-encoding'], encoding).toBe(encoding === 'identity' ? undefined : encoding);
    expect((await sent.body()).equals(readFileSync(join(dist, wasm))), `${encoding}: the same bytes once decoded`).toBe(true);
  }
  if (cdn) {
    // The CDN compresses by itself; the build's .br/.gz copies are not shipped.
    expect(readdirSync(dist).filter((f) => /\.(br|gz)$/.test(f))).toEqual([]);
    expect((await request.get(`/${wasm}.br`, { maxRedirects: 0 })).status()).toBe(404);
  }
});

test('index.html has no inline script; hashed assets are immutable and compressed', async ({ request }) => {
  const html = await (await request.get('/')).text();
  // The one inline <script> is JSON-LD: data for search engines, never run.
  expect(html).not.toMatch(/<script(?![^>]*\b(?:src=|type="application\/ld\+json"))[^>]*>/);
  expect(html.match(/<script type="application\/ld\+json">/g)).toHaveLength(1);
  const assets = [...html.matchAll(/(?:href|src)="\/([^"]+-[0-9a-f]{12,16}(?:_bg)?\.(?:js|wasm|css))"/g)].map((m) => m[1]);
  // The page does not preload the wasm (it would slow the first paint);
  // trunk names it after its JS glue.
  const glue = html.match(/"\/(backend-guide-[0-9a-f]+)\.js"/)![1];
  const wasm = `${glue}_bg.wasm`;
  expect(assets.length).toBeGreaterThanOrEqual(3);
  for (const asset of assets) {
    const response = await request.get(`/${asset}`, { headers: { 'Accept-Encoding': 'br, gzip' } });
    expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  }
  const response = await request.get(`/${wasm}`, { headers: { 'Accept-Encoding': 'br' } });
  expect(response.headers()['content-type']).toBe('application/wasm');
  expect(response.headers()['content-encoding']).toBe('br');
  const json = await request.get('/content/site.json', { headers: { 'Accept-Encoding': 'gzip' } });
  expect(json.headers()['content-encoding']).toBe('gzip');
  expect(json.headers()['cache-control']).toBe('no-cache');
  // Sent as the build compressed it (scripts/precompress.mjs), not compressed
  // again on the fly (which would send no length, and more bytes). nginx
  // only: a CDN compresses as it sends.
  if (cdn) return;
  for (const [encoding, suffix] of [['br', 'br'], ['gzip', 'gz']]) {
    const sent = await request.get(`/${wasm}`, { headers: { 'Accept-Encoding': encoding } });
    expect(sent.headers()['content-encoding']).toBe(encoding);
    expect(Number(sent.headers()['content-length']), `${wasm}.${suffix}`).toBe(statSync(join(dist, `${wasm}.${suffix}`)).size);
    expect((await sent.body()).equals(readFileSync(join(dist, wasm))), 'the same bytes once decoded').toBe(true);
  }
});

test('the app takes over a page and a Hindi embed view under these headers', async ({ page }) => {
  // The fixture waits for the app and fails on any CSP violation or error.
  for (const path of ['/skills', '/hi/embed/skills']) {
    const response = await page.goto(path);
    expect(response!.status(), path).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
  }
});
