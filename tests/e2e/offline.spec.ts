import { spawn, ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Page } from '@playwright/test';
import { test, expect, content, navItem, byName } from './fixtures';
import { settled } from './routes';

// The service worker (public/sw.js): after one visit the guide works with
// the server gone. setOffline() does not stop a worker's own fetches, so
// these tests serve a copy of the build from an nginx of their own (serve.sh,
// on ports of their own) and stop it. Workers are blocked in the rest of the
// suite (playwright.config.ts) and allowed here.
test.use({ serviceWorkers: 'allow' });
test.describe.configure({ mode: 'serial' });
test.setTimeout(90_000);

const repo = join(__dirname, '../..');
const work = join(repo, 'target/e2e/offline');
const root = join(work, 'root');
const port = Number(process.env.BG_PORT ?? 18431) + 40;
const site = `http://127.0.0.1:${port}`;
const sub = `http://127.0.0.1:${port + 1}/guide/`;

const en = content('site.json');
const hi = content('hi/site.json');
const hiNav = (section: string) => hi.nav.find((n: any) => n.section === section);
/** A skill to search for and open: the first card of the list (A–Z). */
const skill = [...content('skills.json').skills].sort(byName)[0];

/**
 * How many entries the worker caches for a language: its content files, as
 * the build lists them in sw.js (one of each file of public/content), and its
 * shell.
 */
function cachedEntries(locale: string): number {
  const sw = readFileSync(join(root, 'sw.js'), 'utf8');
  const { files } = JSON.parse(/^const SITE = (\{.*\});$/m.exec(sw)![1]).locales[locale];
  const shipped = readdirSync(join(repo, 'public/content')).filter((f) => f.endsWith('.json'));
  expect(files.map((f: string) => basename(f)).sort(), `the ${locale} content files sw.js caches`).toEqual(shipped.sort());
  return files.length + 1;
}

/** nginx from serve.sh on the copy of the build, started and stopped by the tests. */
class Server {
  private process: ChildProcess | null = null;

  async start() {
    this.process = spawn('bash', [join(__dirname, 'serve.sh')], {
      env: {
        ...process.env,
        BG_PORT: String(port),
        BG_SUB_PORT: String(port + 1),
        BG_HOST_PORT: String(port + 2),
        BG_ROOT: root,
        BG_RUN: join(work, 'nginx'),
      },
      stdio: 'ignore',
    });
    await expect.poll(() => fetch(site).then((r) => r.status, () => 0), { timeout: 10_000 }).toBe(200);
  }

  async stop() {
    const child = this.process;
    this.process = null;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    await expect.poll(() => fetch(site).then(() => 'up', () => 'down')).toBe('down');
  }
}

const server = new Server();

test.beforeAll(async () => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  cpSync(join(repo, 'dist'), root, { recursive: true });
});
test.beforeEach(() => server.start());
test.afterEach(() => server.stop());

/** Opens `url` once, and waits until the worker runs and has cached the page's language. */
async function visit(page: Page, url: string) {
  await page.goto(url);
  await page.evaluate(() => navigator.serviceWorker.ready);
  const locale = (await page.locator('html').getAttribute('lang')) ?? 'en';
  const entries = cachedEntries(locale);
  await expect
    .poll(
      () =>
        page.evaluate(async (locale) => {
          const name = (await caches.keys()).find((n) => new RegExp(`^bg-\\w+-${locale}$`).test(n));
          return name ? (await (await caches.open(name)).keys()).length : 0;
        }, locale),
      { timeout: 20_000 },
    )
    .toBe(entries);
}

test('after one visit, with the server gone, every page of its language works in full', async ({ page }) => {
  await visit(page, `${site}/skills`);
  await server.stop();

  // A page visited before, from the worker's cache.
  await page.goto(`${site}/skills`);
  await settled(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(navItem('skills').title);
  // Search works on it.
  await page.getByRole('searchbox', { name: 'Search skills' }).fill(skill.name.toLowerCase());
  await expect(page.getByRole('heading', { name: skill.name, exact: true })).toBeVisible();

  // Pages never visited: the app renders them into the language's shell.
  for (const [path, heading] of [
    ['/careers', navItem('careers').title],
    [`/skills/${skill.id}`, skill.name],
    ['/path', navItem('path').title],
  ]) {
    const response = await page.goto(`${site}${path}`);
    // The shell, not the not-found page: nothing says "not found" meanwhile.
    const body = (await response!.text()).split('<body>')[1];
    expect(body).toContain('bg-page-head__skeleton');
    expect(body).not.toContain(en.not_found.title);
    await settled(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  }
});

test.describe('a corrupt cache', () => {
  // Offline with a broken copy the app does not take the page over, so
  // navigations do not wait for it.
  test.use({ waitForApp: false });

  test('a corrupt copy in the cache, offline, keeps the page readable and names the file', async ({ page }) => {
    await visit(page, `${site}/careers`);
    await settled(page);
    // Opened again while the worker controls it, so the page itself is cached.
    await page.reload();
    await settled(page);
    // The cached careers.json is damaged (a disk error, a cut write).
    await page.evaluate(async () => {
      const name = (await caches.keys()).find((n) => /^bg-\w+-en$/.test(n))!;
      const cache = await caches.open(name);
      const url = new URL('content/careers.json', document.baseURI).href;
      await cache.put(url, new Response('{"sources": [', { headers: { 'content-type': 'application/json' } }));
    });
    await server.stop();
    await page.goto(`${site}/careers`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(navItem('careers').title);
    const notice = page.getByRole('status').filter({ hasText: 'Retry' });
    await expect(notice).toContainText('careers.json', { timeout: 15_000 });
    await expect(page.getByRole('alert')).toHaveCount(0);
    // What the reader came for is still there: the prerendered charts.
    await expect(page.getByRole('figure').first()).toBeVisible();
  });
});

test('the other language works offline after one visit to any page in it', async ({ page }) => {
  await visit(page, `${site}/`);
  await visit(page, `${site}/hi/compare`);
  await server.stop();
  for (const [path, heading] of [
    ['/hi/careers', hiNav('careers').title],
    ['/hi/skills', hiNav('skills').title],
  ]) {
    await page.goto(`${site}${path}`);
    await settled(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  }
});

test('with Save-Data the page asks the worker to cache nothing beyond what was opened', async ({ page }) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setDataSaverOverride' as any, { dataSaverEnabled: true });
  await page.goto(`${site}/skills`);
  expect(await page.evaluate(() => (navigator as any).connection.saveData)).toBe(true);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForTimeout(1000);
  const languages = await page.evaluate(async () => (await caches.keys()).filter((n) => /^bg-\w+-(en|hi)$/.test(n)));
  expect(languages).toEqual([]);
});

test('an embed navigation is never answered with a site page', async ({ page }) => {
  await visit(page, `${site}/`);
  await server.stop();
  // The site's shell would answer a page address; an embed's goes to the network.
  await expect(page.goto(`${site}/embed/skills`)).rejects.toThrow(/ERR_/);
  await expect(page.goto(`${site}/hi/embed/careers`)).rejects.toThrow(/ERR_/);
});

test('under /guide/ the worker is scoped to the sub-path and works offline', async ({ page }) => {
  await visit(page, `${sub}careers`);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(sub);
  await server.stop();
  await page.goto(`${sub}compare`);
  await settled(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(navItem('compare').title);
});

test('a new version waits for the reader, who reloads into it', async ({ page }) => {
  const sw = join(root, 'sw.js');
  const original = readFileSync(sw, 'utf8');
  try {
    await visit(page, `${site}/`);
    // The page is controlled from its next load on; then a new worker is deployed.
    await page.reload();
    // The next version: another build id, as a deploy with new content has.
    const build = /"build":"(\w+)"/.exec(original)![1];
    writeFileSync(sw, original.replace(`"build":"${build}"`, '"build":"next"'));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    // A polite live region (role status) says so.
    const notice = page.getByRole('status').filter({ hasText: 'A new version of the guide is ready' });
    await expect(notice.getByText('A new version of the guide is ready')).toBeVisible();
    // Nothing reloads by itself.
    await page.evaluate(() => ((window as any).__stay = true));
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as any).__stay)).toBe(true);
    // Keyboard reachable: Reload is a button.
    const reload = notice.getByRole('button', { name: 'Reload' });
    await expect(reload).toBeVisible();
    await reload.focus();
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    await settled(page);
    expect(await page.evaluate(() => (window as any).__stay)).toBeUndefined();
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.waiting)).toBeNull();
    await expect(page.getByText('A new version of the guide is ready')).toHaveCount(0);
    // The new version cached the language the old one had; the old caches are gone.
    const caches = () => page.evaluate(async () => (await self.caches.keys()).sort());
    await expect.poll(caches).toEqual(['bg-app', 'bg-next-en', 'bg-next-pages']);
    const kept = await page.evaluate(async () => (await (await self.caches.open('bg-next-en')).keys()).length);
    expect(kept).toBe(cachedEntries('en'));
  } finally {
    writeFileSync(sw, original);
  }
});

test('what the reader typed and their progress survive the reload into a new version', async ({ page }) => {
  const sw = join(root, 'sw.js');
  const original = readFileSync(sw, 'utf8');
  try {
    await visit(page, `${site}/skills`);
    await page.reload();
    // Typed into the search, and a skill marked as known, before the deploy.
    const typed = skill.name.slice(0, 3).toLowerCase();
    await page.getByRole('searchbox', { name: /search skills/i }).fill(typed);
    await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(typed)}`));
    await page.getByRole('combobox', { name: `Progress for ${skill.name}` }).selectOption('known');
    const build = /"build":"(\w+)"/.exec(original)![1];
    writeFileSync(sw, original.replace(`"build":"${build}"`, '"build":"next"'));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    const notice = page.getByRole('status').filter({ hasText: 'A new version of the guide is ready' });
    await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Reload' }).click()]);
    await settled(page);
    await expect(page.getByRole('searchbox', { name: /search skills/i })).toHaveValue(typed);
    await expect(page.getByRole('combobox', { name: `Progress for ${skill.name}` })).toHaveValue('known');
  } finally {
    writeFileSync(sw, original);
  }
});

test('a worker script that fails to install leaves the page working, and says so once', async ({ page }) => {
  const sw = join(root, 'sw.js');
  const original = readFileSync(sw, 'utf8');
  try {
    writeFileSync(sw, `${original}\n}} a deploy cut short`);
    await page.goto(`${site}/skills`);
    const notice = page.getByRole('status').filter({ hasText: 'could not be saved for offline use' });
    await expect(notice).toContainText('The guide could not be saved for offline use. It works as usual while you are online.');
    // The page works: search narrows the list.
    await page.getByRole('searchbox', { name: /search skills/i }).fill(skill.name.toLowerCase());
    await expect(page.getByRole('heading', { level: 2, name: skill.name })).toBeVisible();
    await notice.getByRole('button', { name: 'Close' }).click();
    await expect(page.getByText('could not be saved for offline use')).toHaveCount(0);
  } finally {
    writeFileSync(sw, original);
  }
});

test('a full storage quota is named, and the page works on', async ({ page }) => {
  // Room for less than the app: the worker's install cannot cache it.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: site, quotaSize: 64 * 1024 });
  await page.goto(`${site}/`);
  const notice = page.getByRole('status').filter({ hasText: 'could not be saved for offline use' });
  await expect(notice).toContainText('storage for the site is full', { timeout: 20_000 });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(content('overview.json').title);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active ?? null)).toBeNull();
});

test('the guide is installable in each language', async ({ playwright, launchOptions }) => {
  // Chromium never offers to install from an incognito profile, which a
  // test's own context is: this check runs in a profile on disk.
  const profile = join(work, 'profile');
  const context = await playwright.chromium.launchPersistentContext(profile, { ...launchOptions, headless: true });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const problems: string[] = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    const cdp = await context.newCDPSession(page);
    for (const path of ['/', '/hi/']) {
      await page.goto(`${site}${path}`);
      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
      expect(installabilityErrors, path).toEqual([]);
      const manifest = await cdp.send('Page.getAppManifest');
      expect(manifest.url).toBe(`${site}${path}manifest.webmanifest`);
      expect(manifest.errors).toEqual([]);
    }
    expect(problems, 'the console stays clean').toEqual([]);
  } finally {
    await context.close();
  }
});
