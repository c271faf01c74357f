import { test, expect, content } from './fixtures';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// Broken content, one case per kind of failure (the native tests check every
// fixture in tests/fixtures/bad-content against the same expected.tsv). A
// reader must never lose a readable page: a file the page was rendered from
// that arrives broken keeps the page and names the problem in a notice; a
// file a view loads later shows the error in its place, with Retry, and the
// rest of the page keeps working. Text is never run as code.
const dir = join(__dirname, '../fixtures/bad-content');
const expected = new Map(
  readFileSync(join(dir, 'expected.tsv'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split('\t') as [string, string]),
);
const site = content('site.json');
const nav = (section: string) => site.nav.find((n: any) => n.section === section);
/** The page each file is rendered from, and the section whose view loads it. */
const pageFor: Record<string, { path: string; section: string }> = {
  'overview.json': { path: '/', section: 'overview' },
  'skills.json': { path: '/skills', section: 'skills' },
  'path.json': { path: '/path', section: 'path' },
};

const kinds = [
  ['a syntax error', 'overview--invalid-json.json'],
  ['a value of the wrong type', 'overview--wrong-type-title.json'],
  ['an HTML page served as JSON', 'overview--html-in-json.json'],
  ['a rule of one file', 'skills--duplicate-id.json'],
  ['a rule across files', 'path--unknown-skill.json'],
];

async function serveFixture(page: Page, fixture: string) {
  const file = `${fixture.split('--')[0]}.json`;
  const body = readFileSync(join(dir, fixture));
  await page.route(`**/content/${file}`, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
  return file;
}

for (const [kind, fixture] of kinds) {
  const message = expected.get(fixture)!;

  test.describe(`${kind} (${fixture})`, () => {
    test.use({ waitForApp: false });

    test('at takeover keeps the page and names file and path', async ({ page }) => {
      const file = await serveFixture(page, fixture);
      await page.goto(pageFor[file].path);
      await expect(page.getByRole('status').filter({ hasText: 'Retry' })).toContainText(message);
      const heading = file === 'overview.json' ? content('overview.json').title : nav(pageFor[file].section).title;
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      await expect(page.getByRole('alert')).toHaveCount(0);
      expect(await page.evaluate(() => (window as any).__bgInjected)).toBeUndefined();
    });
  });

  test(`${kind} (${fixture}) loaded by a view shows the error with Retry`, async ({ page }) => {
    await page.goto('/compare');
    const file = await serveFixture(page, fixture);
    const links = page.getByRole('navigation', { name: site.nav_label });
    await links.getByRole('link', { name: nav(pageFor[file].section).label }).click();
    const alert = page.getByRole('alert').first();
    await expect(alert).toContainText(message);
    await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
    // The rest of the page keeps working.
    await links.getByRole('link', { name: nav('compare').label }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(nav('compare').title);
    expect(await page.evaluate(() => (window as any).__bgInjected)).toBeUndefined();
  });
}

test('markup in the content is shown as text, never run', async ({ page }) => {
  const fixture = 'overview--ok-html-text.json';
  expect(expected.get(fixture)).toBe('ok');
  await serveFixture(page, fixture);
  await page.goto('/');
  const json = JSON.parse(readFileSync(join(dir, fixture), 'utf8').replace(/^\uFEFF/, ''));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(json.title);
  await expect(page.getByRole('main')).toContainText(json.sections[0].paragraphs[0].slice(-40));
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(await page.evaluate(() => (window as any).__bgInjected)).toBeUndefined();
});

test.describe('a 10 MB content file', () => {
  test.use({ waitForApp: false });

  test('is refused with its size; the page keeps working', async ({ page }) => {
    const big = JSON.stringify({ title: 'x'.repeat(10 * 1024 * 1024), lead: 'l', sections: [] });
    await page.route('**/content/overview.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: big }),
    );
    await page.goto('/');
    await expect(page.getByRole('status').filter({ hasText: 'Retry' })).toContainText(
      'overview.json: (whole file): the file is 10.0 MB; content files may be at most 8 MB',
    );
    await page.getByRole('navigation', { name: site.nav_label }).getByRole('link', { name: nav('skills').label }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(nav('skills').title);
  });
});
