import { test, expect, content } from './fixtures';

// Network faults on overview.json: each shows a clear error with Retry, and
// Retry recovers once the fault is gone.
const overview = content('overview.json');
const url = '**/content/overview.json';

async function retryRecovers(page: any) {
  await page.unroute(url);
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(overview.title);
  await expect(page.getByRole('alert')).toHaveCount(0);
}

test('404 names the file and the status', async ({ page, consoleGuard }) => {
  consoleGuard.allow(/status of 404/);
  await page.route(url, (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('overview.json: the server answered HTTP 404');
  await retryRecovers(page);
});

test('500 names the file and the status', async ({ page, consoleGuard }) => {
  consoleGuard.allow(/status of 500/);
  await page.route(url, (route) => route.fulfill({ status: 500, body: 'Internal error' }));
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('overview.json: the server answered HTTP 500');
  await retryRecovers(page);
});

test.describe('a stalled response', () => {
  // The page is read while the app still waits for the file.
  test.use({ waitForApp: false });

  test('a response that stalls keeps the prerendered page readable, then times out with Retry', async ({ page }) => {
    test.setTimeout(40_000);
    await page.route(url, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 10_000));
      await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(overview) }).catch(() => {});
    });
    await page.goto('/');
    // The words were in the page itself; the app waits for the file to take over.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(overview.title);
    await expect(page.getByRole('navigation')).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('overview.json: the server did not answer within 8 seconds', {
      timeout: 12_000,
    });
    await retryRecovers(page);
  });
});

test('a truncated body is a decode error at the point it stops', async ({ page }) => {
  const text = JSON.stringify(overview);
  await page.route(url, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: text.slice(0, text.length / 2) }),
  );
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('overview.json: sections[');
  await expect(page.getByRole('alert')).toContainText('EOF while parsing');
  await retryRecovers(page);
});

test('HTML served instead of JSON is named as such', async ({ page }) => {
  await page.route(url, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Oops</title>' }),
  );
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('overview.json: the server sent an HTML page instead of JSON');
  await retryRecovers(page);
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
  await page.getByRole('navigation').getByRole('link', { name: content('site.json').nav[1].label }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(content('site.json').nav[1].title);
  expect(await page.evaluate(() => (window as any).__bgLongTimers)).toBe(0);
});
