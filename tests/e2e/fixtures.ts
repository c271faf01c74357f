import { test as base, expect, Page } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * `BG_CONTENT_DIR`: a folder laid out like public/content whose files stand
 * in for the shipped ones, both for `content()` and for the pages (each is
 * served in place of `content/<file>`). It shows the tests follow the
 * content: edit a figure there and the tests should still pass. Pages the
 * app does not take over keep the figures they were built with.
 */
const overrideDir = process.env.BG_CONTENT_DIR;
const overrides: string[] = overrideDir ? filesUnder(overrideDir) : [];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.json'))
    .map((e) => relative(dir, join(e.parentPath, e.name)));
}

/** Reads a content file (as shipped, or from `BG_CONTENT_DIR`), so tests assert on what the JSON says. */
export function content<T = any>(file: string): T {
  const path =
    overrideDir && existsSync(join(overrideDir, file))
      ? join(overrideDir, file)
      : join(__dirname, '../../public/content', file);
  return JSON.parse(readFileSync(path, 'utf8'));
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Serves the `BG_CONTENT_DIR` files in place of the shipped ones, in every page of the context. */
async function serveOverrides(page: Page) {
  for (const file of overrides) {
    const body = readFileSync(join(overrideDir!, file), 'utf8');
    await page.context().route(new RegExp(`/content/${escapeRegExp(file)}(\\?.*)?$`), (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        headers: { 'access-control-allow-origin': '*', 'cache-control': 'no-cache' },
        body,
      }),
    );
  }
}

// Figures written as the guide writes them (crates/guide-model/src/money.rs),
// rebuilt here independently: dollars grouped the Western way, rupees and job
// counts the Indian way, lakh and crore from a lakh up.

const LAKH = 100_000;
const CRORE = 100 * LAKH;

/** `n` grouped the Western way: `8,276`. */
export const western = (n: number) => new Intl.NumberFormat('en-US').format(n);

/** `n` grouped the Indian way: `1,15,000`. */
export const indian = (n: number) => new Intl.NumberFormat('en-IN').format(n);

/** `115000` → `1.15 lakh`, `25000000` → `2.5 crore` (half up to hundredths); `undefined` below a lakh. */
export function lakhWords(n: number): string | undefined {
  if (n < LAKH) return undefined;
  const [hundredths, unit] =
    Math.round(n / 1000) < 100 * 100 ? [Math.round(n / 1000), 'lakh'] : [Math.round(n / LAKH), 'crore'];
  return `${new Intl.NumberFormat('en-IN', { maximumFractionDigits: 2 }).format(hundredths / 100)} ${unit}`;
}

/** Dollars: exact (`$170,000`, `$63,332.50`), or in thousands for a source that rounded (`$87K`, `$87.5K`). */
export function usd(value: number, inThousands = false): string {
  if (inThousands) {
    return `$${new Intl.NumberFormat('en-US', { maximumFractionDigits: 1, useGrouping: false }).format(value / 1000)}K`;
  }
  const cents = Number.isInteger(value) ? 0 : 2;
  return `$${new Intl.NumberFormat('en-US', { minimumFractionDigits: cents, maximumFractionDigits: cents }).format(value)}`;
}

/** Rupees, read as lakh per annum: `₹5 lakh`, `₹5,23,456` (exact when not whole in thousands, or lakh above a crore). */
export function inr(value: number): string {
  const whole = Math.round(value);
  const inUnits = whole >= CRORE ? whole % LAKH === 0 : whole % 1000 === 0;
  const words = Number.isInteger(value) && inUnits ? lakhWords(whole) : undefined;
  if (words) return `₹${words}`;
  const paise = Number.isInteger(value) ? 0 : 2;
  return `₹${new Intl.NumberFormat('en-IN', { minimumFractionDigits: paise, maximumFractionDigits: paise }).format(value)}`;
}

/** A job count with its qualifier: `more than 20,000`, `about 1,15,000 (1.15 lakh)`. */
export function jobCount(listing: { count: number; qualifier: string }): string {
  const words = lakhWords(listing.count);
  const number = words ? `${indian(listing.count)} (${words})` : indian(listing.count);
  return { 'more-than': `more than ${number}`, about: `about ${number}`, exactly: number }[listing.qualifier]!;
}

/**
 * A careers.json salary row's amount as its chart shows it. A source whose
 * every figure is a whole number of thousands rounded them (`$87K`);
 * otherwise its dollars are exact.
 */
export function salaryText(careers: any, row: any): string {
  const numbers = careers.salaries
    .filter((s: any) => s.source === row.source)
    .flatMap((s: any) => [s.value, s.low, s.high])
    .filter((v: any) => v != null);
  const rounded = numbers.every((v: number) => v % 1000 === 0);
  const one = (v: number) => (row.currency === 'INR' ? inr(v) : usd(v, rounded));
  const text = row.value != null ? one(row.value) : `${one(row.low)}–${one(row.high)}`;
  return row.currency === 'INR' ? `${text} per year` : text;
}

/**
 * A salary bar's accessible name: `Backend developer, India: $20,386 median (n=219)`,
 * `Backend developer, United States, 2–6 years: $87K–$100K reported range`.
 */
export function salaryLabel(careers: any, row: any): string {
  const role = careers.roles.find((r: any) => r.id === row.role).name;
  const region = careers.regions.find((r: any) => r.id === row.region).name;
  const where = [role, region, row.experience].filter((p) => p != null).join(', ');
  const n = row.n != null ? ` (n=${western(row.n)})` : '';
  return `${where}: ${salaryText(careers, row)} ${careers.page.charts.statistics[row.statistic]}${n}`;
}

/** The skills a search box query shows (name, summary, tags and aliases hold every word), A–Z. */
export function skillsMatching(skills: any, q: string): any[] {
  const words = q.toLowerCase().split(/\s+/).filter(Boolean);
  return skills.skills
    .filter((s: any) => {
      const text = [s.name, s.summary, ...s.tags, ...(s.aliases ?? [])].join('\n').toLowerCase();
      return words.every((w) => text.includes(w));
    })
    .sort((a: any, b: any) => byName(a, b));
}

/** A–Z by lower-cased name, as the skills list sorts. */
export const byName = (a: any, b: any) => {
  const [x, y] = [a.name.toLowerCase(), b.name.toLowerCase()];
  return x < y ? -1 : x > y ? 1 : 0;
};

/** The site.json menu entry of a section (`overview`, `skills`, …). */
/** The job-listings chart's title (its own page's heading, `/careers/charts/jobs`). */
export function jobsTitle(careers: any = content('careers.json')): string {
  const source = careers.sources.find((s: any) => s.id === careers.jobs.source);
  return careers.page.charts.jobs_title.replace('{when}', source.when);
}

/**
 * The keys of the single-chart pages (`/careers/charts/<key>`): per salary
 * source with a statistic, one per currency in the order its figures come,
 * then the job listings.
 */
export function chartKeys(careers: any = content('careers.json')): string[] {
  const keys: string[] = [];
  for (const source of careers.sources.filter((s: any) => s.statistic)) {
    const currencies = careers.salaries.filter((s: any) => s.source === source.id).map((s: any) => s.currency.toLowerCase());
    for (const currency of new Set<string>(currencies)) keys.push(`${source.id}-${currency}`);
  }
  return [...keys, 'jobs'];
}

export const navItem = (section: string) => content('site.json').nav.find((n: any) => n.section === section);

/**
 * The footer's "Facts checked" day for pages made from `files`: the oldest of
 * their `checked` dates, written as the guide writes dates (`29 November 2026`).
 */
export function checkedDay(...files: string[]): string {
  const oldest = files.map((f) => content(f).checked as string).sort()[0];
  const [year, month, day] = oldest.split('-').map(Number);
  const name = new Date(Date.UTC(year, month - 1, day)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  return `${day} ${name} ${year}`;
}

/**
 * Every test watches the console: a Rust panic, an uncaught exception, a
 * Content-Security-Policy violation or an unexpected console error fails the
 * test even if the page looked right.
 * Tests that provoke an HTTP error on purpose list the messages they expect.
 * A page the server sends as "not found" (status 404, by design) logs that
 * status for the page itself; that one message is expected.
 */
export const test = base.extend<{
  consoleGuard: { allow: (pattern: RegExp) => void };
  waitForApp: boolean;
}>({
  /**
   * Pages arrive prerendered and the app takes them over a moment later.
   * By default `goto` and `reload` wait for that (the `bg:app-ready` mark), as
   * a reader waits for a control to respond; tests of what happens before
   * it turn this off.
   */
  waitForApp: [true, { option: true }],
  page: async ({ page, waitForApp, javaScriptEnabled }, use) => {
    if (overrides.length) await serveOverrides(page);
    if (waitForApp && javaScriptEnabled !== false) {
      const ready = () =>
        page.waitForFunction(
          () =>
            !document.querySelector('meta[name="backend-guide"][content="app"]') ||
            performance.getEntriesByName('bg:app-ready').length > 0,
        );
      for (const name of ['goto', 'reload'] as const) {
        const original = page[name].bind(page) as any;
        (page as any)[name] = async (...args: any[]) => {
          const response = await original(...args);
          await ready();
          return response;
        };
      }
    }
    await use(page);
  },
  consoleGuard: [
    async ({ page }, use) => {
      const problems: string[] = [];
      const allowed: RegExp[] = [];
      const notFoundPages = new Set<string>();
      page.on('response', (r) => {
        if (r.status() === 404 && r.request().isNavigationRequest()) notFoundPages.add(r.url());
      });
      page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
      // The strict CSP from deploy/nginx must hold on every page of every test.
      await page.exposeFunction('__bgCspViolation', (v: string) => problems.push(`csp: ${v}`));
      await page.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (e) =>
          (window as any).__bgCspViolation(`${e.violatedDirective} ${e.blockedURI}`),
        ),
      );
      page.on('console', (msg) => {
        const text = msg.text();
        if (/panicked|unreachable|RuntimeError/i.test(text)) problems.push(`panic: ${text}`);
        else if (msg.type() === 'error' && /status of 404/.test(text) && notFoundPages.has(msg.location().url)) return;
        else if (msg.type() === 'error' && !allowed.some((re) => re.test(text)))
          problems.push(`console error: ${text}`);
      });
      await use({ allow: (pattern) => allowed.push(pattern) });
      expect(problems, 'the console stays clean').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Serves `body` in place of a content file for this page only. */
export async function serveBroken(page: Page, file: string, body: string) {
  await page.route(`**/content/${file}`, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
}

/** The notice shown when the app cannot take a page over: the page stays, with Retry. */
export const keptNotice = (page: Page) => page.getByRole('status').filter({ hasText: 'Retry' });

/**
 * Opens `from`, then serves `body` for `file` and follows the site navigation
 * to the section that loads it, so the view (not the takeover) meets the file.
 */
export async function openBrokenByNav(page: Page, from: string, file: string, body: string, label: string) {
  await page.goto(from);
  await serveBroken(page, file, body);
  const nav = content('site.json').nav_label;
  await page.getByRole('navigation', { name: nav }).getByRole('link', { name: label }).click();
}

/**
 * Tracks the page's timers (call before `goto`), so a test can wait for the
 * page to go quiet instead of sleeping before it checks that something did
 * not happen. `markTimers` starts a count; `timersDone` waits until every
 * timeout set since then has run or been cleared and every interval has
 * been cleared (an interval left running fails the wait).
 */
export async function watchTimers(page: Page) {
  await page.addInitScript(() => {
    const w = window as any;
    const pending = new Map<number, number>();
    let epoch = 0;
    w.__bgTimers = {
      mark: () => ++epoch,
      pending: () => [...pending.values()].filter((e) => e === epoch).length,
    };
    const [setT, setI, clearT, clearI] = [w.setTimeout, w.setInterval, w.clearTimeout, w.clearInterval];
    w.setTimeout = (fn: any, ms?: number, ...args: any[]) => {
      const id: number = setT.call(w, (...a: any[]) => {
        pending.delete(id);
        return typeof fn === 'function' ? fn(...a) : undefined;
      }, ms, ...args);
      pending.set(id, epoch);
      return id;
    };
    w.setInterval = (fn: any, ms?: number, ...args: any[]) => {
      const id: number = setI.call(w, fn, ms, ...args);
      pending.set(id, epoch);
      return id;
    };
    // Timeouts and intervals share their ids, and either clear ends either.
    w.clearTimeout = (id: number) => (pending.delete(id), clearT.call(w, id));
    w.clearInterval = (id: number) => (pending.delete(id), clearI.call(w, id));
  });
}

export const markTimers = (page: Page) => page.evaluate(() => (window as any).__bgTimers.mark());

export async function timersDone(page: Page) {
  await page.waitForFunction(() => (window as any).__bgTimers.pending() === 0, undefined, { timeout: 10_000 });
}

/** Holds the wasm until `release()`, so a test can act on the prerendered page. */
export async function holdWasm(page: Page) {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/*_bg.wasm', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}
