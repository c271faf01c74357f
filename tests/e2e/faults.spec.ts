import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, content, navItem } from './fixtures';

// Network faults on the content a page was rendered from: the page the
// reader has stays readable, a quiet notice names the file and offers Retry,
// and Retry lets the app take over once the fault is gone.
const overview = content('overview.json');
const url = '**/content/overview.json';

/**
 * Where the decoder stops in overview.json's text cut before `at`: the
 * top-level field the cut falls in, then `[` (an array: an index follows),
 * `.` (an object: a field follows) or `:` (a value: the message follows).
 */
function cutPath(value: any, at: number): string {
  let end = 1; // past the opening brace
  for (const [key, v] of Object.entries(value)) {
    end += JSON.stringify(key).length + 1 + JSON.stringify(v).length;
    if (at < end) return `${key}${Array.isArray(v) ? '[' : v !== null && typeof v === 'object' ? '.' : ':'}`;
    end += 1; // the comma
  }
  throw new Error(`a cut at ${at} leaves every field whole`);
}

/** The notice shown while the app cannot take the page over. */
const notice = (page: Page) => page.getByRole('status').filter({ hasText: 'Retry' });

async function keepsPageThenRetryRecovers(page: Page, reason: string) {
  const main = page.getByRole('main');
  const before = (await main.innerText()).length;
  await expect(notice(page)).toContainText(reason, { timeout: 12_000 });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(overview.title);
  await expect(page.getByRole('alert')).toHaveCount(0);
  // Kept in its no-script form: nothing of it is hidden for an app that is not there.
  expect((await main.innerText()).length).toBeGreaterThanOrEqual(before);
  await page.unroute(url);
  await notice(page).getByRole('button', { name: 'Retry' }).click();
  await page.waitForFunction(() => performance.getEntriesByName('bg:app-ready').length > 0);
  await expect(notice(page)).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(overview.title);
  await expect(page.getByRole('alert')).toHaveCount(0);
}

test.describe('a page whose content fails at takeover', () => {
  // The app does not take over until Retry, so tests do not wait for it.
  test.use({ waitForApp: false });

  test('404 keeps the page and names the file and the status', async ({ page, consoleGuard }) => {
    consoleGuard.allow(/status of 404/);
    await page.route(url, (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await page.goto('/');
    await keepsPageThenRetryRecovers(page, 'overview.json: the server answered HTTP 404');
  });

  test('500 keeps the page and names the file and the status', async ({ page, consoleGuard }) => {
    consoleGuard.allow(/status of 500/);
    await page.route(url, (route) => route.fulfill({ status: 500, body: 'Internal error' }));
    await page.goto('/');
    await keepsPageThenRetryRecovers(page, 'overview.json: the server answered HTTP 500');
  });

  test('a response that stalls keeps the page, then offers Retry', async ({ page }) => {
    test.setTimeout(40_000);
    await page.route(url, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 10_000));
      await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(overview) }).catch(() => {});
    });
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(overview.title);
    await expect(page.getByRole('navigation').first()).toBeVisible();
    await keepsPageThenRetryRecovers(page, 'overview.json: the server did not answer within 8 seconds');
  });

  test('a truncated body keeps the page and names where it stops', async ({ page }) => {
    const text = JSON.stringify(overview);
    const half = Math.floor(text.length / 2);
    await page.route(url, (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: text.slice(0, half) }),
    );
    await page.goto('/');
    await expect(notice(page)).toContainText('EOF while parsing');
    await keepsPageThenRetryRecovers(page, `overview.json: ${cutPath(overview, half)}`);
  });

  test('a file over 8 MB is refused by its declared length, before it is read', async ({ page }) => {
    const body = JSON.stringify({ ...overview, padding: ' '.repeat(9 * 1024 * 1024) });
    await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
    await page.goto('/');
    await keepsPageThenRetryRecovers(page, 'overview.json: (whole file): the file is 9.0 MB; content files may be at most 8 MB');
  });

  test('a file over 8 MB with no declared length is stopped while it downloads', async ({ page }) => {
    // Served by nginx, which compresses it on the fly: no Content-Length, so
    // only counting the bytes as they arrive can stop it. Read whole, it
    // would be refused as "64.0 MB", after 64 MB had filled the tab.
    const dir = join(__dirname, '../../dist/bench/oversize');
    mkdirSync(dir, { recursive: true });
    try {
      writeFileSync(join(dir, 'overview.json'), `{"padding": "${' '.repeat(64 * 1024 * 1024)}"}`);
      await page.route(url, (route) => route.continue({ url: new URL('/bench/oversize/overview.json', route.request().url()).href }));
      const responded = page.waitForResponse(/bench\/oversize\/overview\.json/);
      await page.goto('/');
      const response = await responded;
      expect(response.headers()['content-length']).toBeUndefined();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(overview.title);
      await expect(notice(page)).toContainText('overview.json: (whole file): the file is over 8 MB; content files may be at most 8 MB', {
        timeout: 12_000,
      });
      await expect(page.getByRole('alert')).toHaveCount(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('HTML served instead of JSON is named as such', async ({ page }) => {
    await page.route(url, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Oops</title>' }),
    );
    await page.goto('/');
    await keepsPageThenRetryRecovers(page, 'overview.json: the server sent an HTML page instead of JSON');
  });

  test('a failed Retry keeps the page and the notice', async ({ page, consoleGuard }) => {
    consoleGuard.allow(/status of 503/);
    await page.route(url, (route) => route.fulfill({ status: 503, body: 'Busy' }));
    await page.goto('/');
    await expect(notice(page)).toContainText('HTTP 503');
    await notice(page).getByRole('button', { name: 'Retry' }).click();
    await expect(notice(page).getByRole('button', { name: 'Retry' })).toBeVisible();
    await expect(notice(page)).toContainText('HTTP 503');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(overview.title);
    await keepsPageThenRetryRecovers(page, 'HTTP 503');
  });
});

test('a file the page did not have shows its error with Retry', async ({ page, consoleGuard }) => {
  // Nothing is on the page to keep: the route's own content fails, so its
  // place shows the error and Retry.
  consoleGuard.allow(/status of 404/);
  const careers = navItem('careers');
  await page.goto('/');
  await page.route('**/content/careers.json', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.getByRole('navigation').first().getByRole('link', { name: careers.label }).click();
  await expect(page.getByRole('alert')).toContainText('careers.json: the server answered HTTP 404');
  await page.unroute('**/content/careers.json');
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(careers.title);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a fetch that finishes in time leaves no timer or closure behind', async ({ page }) => {
  // Each fetch armed an 8 s setTimeout whose Rust closure was freed only if
  // it fired; a fetch that finished first cleared the timer and leaked the
  // closure. The deadline is now the browser's own AbortSignal.timeout().
  await page.addInitScript(() => {
    const w = window as any;
    w.__bgLongTimers = 0;
    const original = window.setTimeout;
    (window as any).setTimeout = (fn: any, ms?: number, ...rest: any[]) => {
      if (ms !== undefined && ms >= 8000) w.__bgLongTimers += 1;
      return original(fn, ms, ...rest);
    };
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(overview.title);
  const skills = navItem('skills');
  await page.getByRole('navigation').getByRole('link', { name: skills.label }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(skills.title);
  expect(await page.evaluate(() => (window as any).__bgLongTimers)).toBe(0);
});
