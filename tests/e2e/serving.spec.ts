import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';

const dist = process.env.BG_ROOT ?? join(__dirname, '../../dist');

// What deploy/nginx promises, checked against the same nginx the suite uses.

test('pages carry a strict CSP and the security headers', async ({ request }) => {
  for (const [path, status] of [['/', 200], ['/skills/python', 200], ['/no/such/page', 404]] as const) {
    const response = await request.get(path);
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
    expect(headers['cache-control']).toBe('no-cache');
  }
});

test('embed views may be framed by any site', async ({ request }) => {
  const csp = (await request.get('/embed/skills')).headers()['content-security-policy'];
  expect(csp).toContain('frame-ancestors *');
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
  // Sent as the build compressed it (scripts/precompress.mjs), not compressed
  // again on the fly (which would send no length, and more bytes).
  for (const [encoding, suffix] of [['br', 'br'], ['gzip', 'gz']]) {
    const sent = await request.get(`/${wasm}`, { headers: { 'Accept-Encoding': encoding } });
    expect(sent.headers()['content-encoding']).toBe(encoding);
    expect(Number(sent.headers()['content-length']), `${wasm}.${suffix}`).toBe(statSync(join(dist, `${wasm}.${suffix}`)).size);
    expect((await sent.body()).equals(readFileSync(join(dist, wasm))), 'the same bytes once decoded').toBe(true);
  }
  const json = await request.get('/content/site.json', { headers: { 'Accept-Encoding': 'gzip' } });
  expect(json.headers()['content-encoding']).toBe('gzip');
  expect(json.headers()['cache-control']).toBe('no-cache');
});
