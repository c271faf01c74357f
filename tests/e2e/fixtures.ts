import { test as base, expect, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Reads a shipped content file, so tests assert on what the JSON says. */
export function content<T = any>(file: string): T {
  return JSON.parse(readFileSync(join(__dirname, '../../public/content', file), 'utf8'));
}

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
