import { test, expect, content } from './fixtures';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// Each fixture in tests/fixtures/bad-content is served in place of the real
// file. The page must name the file, JSON path and reason (the same message
// the content checker prints), keep the rest of the page working, and never
// run text as code.
const dir = join(__dirname, '../fixtures/bad-content');
const cases = readFileSync(join(dir, 'expected.tsv'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => line.split('\t') as [string, string]);
const site = content('site.json');
const pageFor: Record<string, string> = {
  'site.json': '/',
  'overview.json': '/',
  'skills.json': '/skills',
  'path.json': '/path',
};

test('there are at least 30 fixtures', () => expect(cases.length).toBeGreaterThanOrEqual(30));

for (const [fixture, expected] of cases) {
  const file = `${fixture.split('--')[0]}.json`;
  // A date in the future is checked where the clock is trusted (content-check,
  // the native tests): a reader whose clock is behind still sees the page.
  const shown = expected === 'ok' || expected.includes('is in the future');
  test(`${fixture}: ${shown ? 'renders safely as text' : 'names file and path'}`, async ({ page }) => {
    const body = readFileSync(join(dir, fixture));
    await page.route(`**/content/${file}`, (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body }),
    );
    await page.goto(pageFor[file]);
    if (shown) {
      const json = JSON.parse(body.toString('utf8').replace(/^\uFEFF/, ''));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(json.title);
      await expect(page.getByRole('heading', { level: 2, name: json.sections[0].heading })).toBeVisible();
      await expect(page.getByRole('main')).toContainText(json.sections[0].paragraphs[0].slice(-40));
      await expect(page.getByRole('alert')).toHaveCount(0);
    } else {
      // site.json feeds the header, footer and overview links: each says so.
      const alert = page.getByRole('alert').first();
      await expect(alert).toContainText(expected);
      await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
      // The rest of the page keeps working.
      if (file === 'site.json') {
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(content('overview.json').title);
      } else {
        const nav = page.getByRole('navigation', { name: site.nav_label });
        await nav.getByRole('link', { name: site.nav[3].label }).click();
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(site.nav[3].title);
      }
    }
    expect(await page.evaluate(() => (window as any).__bgInjected)).toBeUndefined();
  });
}

test('a 10 MB content file is refused with its size; the page keeps working', async ({ page }) => {
  const big = JSON.stringify({ title: 'x'.repeat(10 * 1024 * 1024), lead: 'l', sections: [] });
  await page.route('**/content/overview.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: big }),
  );
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText(
    'overview.json: (whole file): the file is 10.0 MB; content files may be at most 8 MB',
  );
  await page.getByRole('navigation', { name: site.nav_label }).getByRole('link', { name: site.nav[1].label }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(site.nav[1].title);
});
