// Firefox smoke suite (issue 23): the release build in Debian's firefox-esr,
// headless, driven by puppeteer-core over WebDriver BiDi, behind the same
// nginx as the Playwright tests (tests/e2e/serve.sh) on ports of its own.
// Run: node tests/firefox/smoke.mjs (make e2e-firefox). Exits 1 on failure.
import puppeteer from 'puppeteer-core';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, unlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '../..');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const PORT = 18531;
const SUB_PORT = 18532;
const HOST_PORT = 18533;
const GUIDE = `http://127.0.0.1:${PORT}`;
const HOST = `http://127.0.0.1:${HOST_PORT}`;
const CHECK_TIMEOUT = 60_000;
const WAIT = 30_000;

// Expectations come from the shipped content, as in tests/e2e.
const content = (file) => JSON.parse(readFileSync(join(repo, 'public/content', file), 'utf8'));
const site = content('site.json');
const hiSite = content('hi/site.json');
const skills = content('skills.json');
const navTitle = (s, section) => s.nav.find((n) => n.section === section).title;
const skillName = (id) => skills.skills.find((s) => s.id === id).name;

const ROUTES = [
  ['/', content('overview.json').title],
  ['/skills', navTitle(site, 'skills')],
  ['/skills/python', skillName('python')],
  ['/skills/side-by-side?ids=python,java', skills.page.compare.title],
  ['/careers', navTitle(site, 'careers')],
  ['/compare', navTitle(site, 'compare')],
  ['/path', navTitle(site, 'path')],
  ['/no/such/page', site.not_found.title, 404],
  ['/hi/', content('hi/overview.json').title],
  ['/hi/skills', navTitle(hiSite, 'skills')],
];

// ---- server ----

/**
 * Starts serve.sh through a root of symlinks, so its nginx files (target/e2e/
 * nginx under the root it finds, host pages included) stay apart from those
 * of a Playwright run going on at the same time.
 */
async function startServer() {
  // The response, or null; a listener that never answers must not hang us.
  const get = (url) => fetch(url, { signal: AbortSignal.timeout(2000) }).catch(() => null);
  // Another server on these ports would be tested in place of this one.
  for (const port of [PORT, SUB_PORT, HOST_PORT])
    if (await get(`http://127.0.0.1:${port}/`)) throw new Error(`port ${port} is already in use`);
  const root = join(repo, 'target/firefox/root');
  mkdirSync(join(root, 'tests'), { recursive: true });
  mkdirSync(join(root, 'target'), { recursive: true });
  for (const path of ['tests/e2e', 'tests/fixtures', 'deploy', 'dist']) {
    try {
      unlinkSync(join(root, path));
    } catch {}
    symlinkSync(join(repo, path), join(root, path));
  }
  const env = {
    ...process.env,
    BG_PORT: String(PORT),
    BG_SUB_PORT: String(SUB_PORT),
    BG_HOST_PORT: String(HOST_PORT),
    BG_ROOT: join(repo, 'dist'),
  };
  // Its own process group, so stopping it stops nginx and nothing else.
  const server = spawn('bash', [join(root, 'tests/e2e/serve.sh')], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  server.stdout.on('data', (d) => (output += d));
  server.stderr.on('data', (d) => (output += d));
  const exited = new Promise((resolve) => server.once('exit', resolve));
  const deadline = Date.now() + WAIT;
  for (;;) {
    if (server.exitCode !== null || server.signalCode !== null) throw new Error(`serve.sh exited:\n${output}`);
    const up = await Promise.all([get(`${GUIDE}/`), get(`${HOST}/host.html`)]);
    if (up.every((r) => r?.ok)) break;
    if (Date.now() > deadline) {
      await stopServer({ server, exited });
      throw new Error(`serve.sh did not answer on ${GUIDE} and ${HOST}:\n${output}`);
    }
    await sleep(200);
  }
  return { server, exited };
}

async function stopServer({ server, exited }) {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const signal = (sig) => {
    try {
      process.kill(-server.pid, sig);
    } catch {}
  };
  signal('SIGTERM');
  if ((await Promise.race([exited.then(() => true), sleep(5000).then(() => false)])) === false) signal('SIGKILL');
}

// ---- pages ----

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A page that records what must never happen: an uncaught error, a Rust
 * panic, a console error, a CSP violation (in any frame). A page served as
 * "not found" by design may log its own 404.
 */
async function guardedPage(context) {
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT);
  const problems = [];
  const notFound = new Set();
  page.on('response', (r) => {
    if (r.status() === 404 && r.request().isNavigationRequest()) notFound.add(r.url());
  });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message ?? err}`));
  page.on('console', (msg) => {
    const text = msg.text();
    if (/panicked|unreachable|RuntimeError/i.test(text)) problems.push(`panic: ${text}`);
    else if (msg.type() === 'error' && /404/.test(text) && notFound.has(msg.location()?.url)) return;
    else if (msg.type() === 'error') problems.push(`console error: ${text}`);
  });
  await page.exposeFunction('__bgCspViolation', (v) => problems.push(`csp: ${v}`));
  await page.evaluateOnNewDocument(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__bgCspViolation(`${e.violatedDirective} ${e.blockedURI} on ${location.href}`),
    ),
  );
  return { page, problems };
}

/** Waits until the app has taken over the prerendered page in `frame`. */
const appReady = (frame) =>
  frame.waitForFunction(() => performance.getEntriesByName('bg:app-ready').length > 0, { timeout: WAIT });

/** Waits for exactly one h1 reading `text`; says what there was if not. */
async function oneH1(frame, text) {
  try {
    await frame.waitForFunction(
      (want) => {
        const h1 = document.querySelectorAll('h1');
        return h1.length === 1 && h1[0].textContent.trim() === want;
      },
      { timeout: 10_000 },
      text,
    );
  } catch {
    const seen = await frame.$$eval('h1', (all) => all.map((h) => h.textContent.trim()));
    throw new Error(`expected one h1 ${JSON.stringify(text)}, saw ${JSON.stringify(seen)}`);
  }
}

function expectEqual(actual, expected, what) {
  const [a, e] = [JSON.stringify(actual), JSON.stringify(expected)];
  if (a !== e) throw new Error(`${what}: expected ${e}, got ${a}`);
}

// ---- checks ----

const checks = [];
const check = (name, fn) => checks.push({ name, fn });

for (const [path, h1, status = 200] of ROUTES) {
  check(`${path} renders its h1 and the app takes over`, async ({ page }) => {
    const response = await page.goto(GUIDE + path);
    expectEqual(response.status(), status, 'HTTP status');
    await appReady(page.mainFrame());
    await oneH1(page.mainFrame(), h1);
    // Late fetches and their errors count too.
    await page.waitForNetworkIdle({ idleTime: 300, timeout: WAIT });
  });
}

check('search narrows the skill list', async ({ page }) => {
  const query = 'py';
  // The guide matches name, summary and tags, case-insensitively.
  const want = skills.skills
    .filter((s) => [s.name, s.summary, ...s.tags].some((t) => t.toLowerCase().includes(query)))
    .map((s) => s.name)
    .sort();
  if (!(want.length < skills.skills.length && want.includes(skillName('python'))))
    throw new Error(`content no longer fits this check: "${query}" matches ${JSON.stringify(want)}`);
  const cards = () =>
    page.$$eval('article', (all) =>
      all.map((a) => document.getElementById(a.getAttribute('aria-labelledby'))?.textContent.trim()).sort(),
    );
  await page.goto(`${GUIDE}/skills`);
  await appReady(page.mainFrame());
  expectEqual((await cards()).length, skills.skills.length, 'cards before searching');
  const box = await page.waitForSelector('::-p-aria([name="Search skills"][role="searchbox"])');
  await box.type(query);
  try {
    await page.waitForFunction((n) => document.querySelectorAll('article').length === n, { timeout: 10_000 }, want.length);
  } catch {}
  expectEqual(await cards(), want, `cards after typing "${query}"`);
});

check("an embed in WordPress's sandboxed iframe gets its styles and sizes itself by its secret", async ({ page }) => {
  // A null origin: the stylesheets load only with CORS (crossorigin + ACAO *).
  await page.goto(`${HOST}/host-wordpress.html`);
  const frame = await page.waitForFrame((f) => f.url().startsWith(`${GUIDE}/embed/skills`), { timeout: WAIT });
  await appReady(frame);
  const position = await frame.evaluate(() => getComputedStyle(document.querySelector('.bg-visually-hidden')).position);
  if (position !== 'absolute') throw new Error(`the embed's stylesheets did not apply (position: ${position})`);
  await page
    .waitForFunction(() => window.wpMessages.some((m) => m.secret === 'abc' && m.message === 'height'), { timeout: WAIT })
    .catch(() => {
      throw new Error('the host received no WordPress height message with the secret abc');
    });
});

check('an embed on another site takes the height it posts', async ({ page }) => {
  const fixture = readFileSync(join(repo, 'tests/fixtures/host.html'), 'utf8');
  const reserved = Number(/data-height="(\d+)"/.exec(fixture)[1]);
  // The host page keeps the height messages it receives.
  await page.evaluateOnNewDocument(() => {
    if (window !== top) return;
    window.__bgHeights = [];
    addEventListener('message', (e) => {
      const h = e.data?.backendGuide?.height;
      if (typeof h === 'number') window.__bgHeights.push({ origin: e.origin, h });
    });
  });
  await page.goto(`${HOST}/host.html`);
  const frame = await page.waitForFrame((f) => f.url().startsWith(`${GUIDE}/embed/skills`), { timeout: WAIT });
  await appReady(frame);
  await oneH1(frame, navTitle(site, 'skills'));
  const posted = await page
    .waitForFunction((origin) => window.__bgHeights.filter((m) => m.origin === origin).at(-1)?.h, { timeout: WAIT }, GUIDE)
    .catch(() => {
      throw new Error(`the host page received no height message from ${GUIDE}`);
    });
  const height = Math.ceil(await posted.jsonValue());
  if (height === reserved) throw new Error(`the posted height equals the reserved ${reserved}px`);
  // The iframe follows the latest message and then fits its content.
  let state;
  const deadline = Date.now() + 10_000;
  do {
    const outer = await page.$eval('iframe', (f) => f.getBoundingClientRect().height);
    const inner = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
    const last = await page.evaluate((o) => Math.ceil(window.__bgHeights.filter((m) => m.origin === o).at(-1).h), GUIDE);
    state = { reserved, outer, inner, last };
    if (outer !== reserved && outer === last && Math.abs(outer - inner) <= 2) return;
    await sleep(200);
  } while (Date.now() < deadline);
  throw new Error(`the iframe did not take its posted height: ${JSON.stringify(state)}`);
});

check('exporting progress downloads the file', async ({ browser }) => {
  const dir = mkdtempSync(join(repo, 'target/firefox/downloads-'));
  const context = await browser.createBrowserContext({ downloadBehavior: { policy: 'allow', downloadPath: dir } });
  try {
    const { page, problems } = await guardedPage(context);
    await page.goto(`${GUIDE}/skills`);
    await appReady(page.mainFrame());
    const ruby = await page.waitForSelector(`::-p-aria([name="Progress for ${skillName('ruby')}"][role="combobox"])`);
    await ruby.select('known');
    await (await page.waitForSelector('::-p-aria([name="Export progress"][role="button"])')).click();
    let saved;
    const deadline = Date.now() + 15_000;
    while (!saved && Date.now() < deadline) {
      await sleep(200);
      const file = readdirSync(dir).find((f) => f.endsWith('.json'));
      try {
        saved = file && JSON.parse(readFileSync(join(dir, file), 'utf8'));
      } catch {} // still being written
    }
    if (!saved) throw new Error(`nothing was saved in ${dir}: ${JSON.stringify(readdirSync(dir))}`);
    expectEqual(saved.skills, { ruby: 'known' }, 'exported progress');
    if (problems.length) throw new Error(problems.join('\n'));
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

// ---- runner ----

async function run() {
  const started = Date.now();
  const secs = (ms) => `${(ms / 1000).toFixed(1)}s`;
  let server, browser;
  let passed = 0;
  let failed = 0;
  const stop = async () => {
    await browser?.close().catch(() => {});
    if (server) await stopServer(server);
  };
  // Synchronous: puppeteer's own handler exits the process right after.
  for (const sig of ['SIGINT', 'SIGTERM'])
    process.once(sig, () => {
      try {
        if (server) process.kill(-server.server.pid, 'SIGTERM');
      } catch {}
      browser?.process()?.kill('SIGKILL');
      process.exit(130);
    });
  try {
    server = await startServer();
    browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, timeout: 60_000 });
    console.log(`Firefox smoke: ${await browser.version()} against ${GUIDE} (host ${HOST})`);
    for (const { name, fn } of checks) {
      const t = Date.now();
      const context = browser.defaultBrowserContext();
      const { page, problems } = await guardedPage(context);
      let timer;
      try {
        await Promise.race([
          fn({ page, browser }),
          new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out after ${secs(CHECK_TIMEOUT)}`)), CHECK_TIMEOUT))),
        ]);
        if (problems.length) throw new Error(`the console was not clean:\n${problems.join('\n')}`);
        passed++;
        console.log(`  ok    ${name} (${secs(Date.now() - t)})`);
      } catch (err) {
        failed++;
        console.log(`  FAIL  ${name} (${secs(Date.now() - t)})\n${String(err.message ?? err).replace(/^/gm, '        ')}`);
      } finally {
        clearTimeout(timer);
        await page.close().catch(() => {});
      }
    }
  } catch (err) {
    failed++;
    console.log(`Firefox smoke could not run: ${err.stack ?? err}`);
  } finally {
    await stop();
  }
  console.log(`Firefox smoke: ${passed} of ${checks.length} passed in ${secs(Date.now() - started)}`);
  process.exit(failed || passed !== checks.length ? 1 : 0);
}

await run();
