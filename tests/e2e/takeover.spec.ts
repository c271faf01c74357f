import { test, expect, content, holdWasm } from './fixtures';
import { appReady } from './routes';

// Races between the reader and the takeover (issue 21, item 6): what the
// reader does while the app is still being built off the page lands where
// they meant it, or nowhere; never on another control.
test.use({ waitForApp: false });

const site = content('site.json');
const careers = content('careers.json');
const nav = (section: string) => site.nav.find((n: any) => n.section === section);

test('a link clicked while the app is being built ends on the clicked page', async ({ page }) => {
  // A slow phone: the build off the page takes long enough to click into.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
  await page.goto('/careers');
  await page.waitForFunction(() => performance.getEntriesByName('bg:takeover-part').length > 0, null, {
    polling: 10,
  });
  expect(await page.evaluate(() => performance.getEntriesByName('bg:app-ready').length)).toBe(0);
  await page.getByRole('navigation', { name: site.nav_label }).getByRole('link', { name: nav('skills').label }).click();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await expect(page).toHaveURL(/\/skills$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(nav('skills').title);
  await expect(page.locator('main')).toHaveCount(1);
  await expect(page.getByRole('article').first()).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('an early click goes to the same chart even when the content moved it', async ({ page }) => {
  // The live file lists the sources the other way round, so the charts'
  // order differs from the prerendered page's.
  const swapped = { ...careers, sources: [...careers.sources].reverse() };
  await page.route('**/content/careers.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(swapped) }),
  );
  const release = await holdWasm(page);
  await page.goto('/careers');
  const figures = page.getByRole('figure');
  const clicked = figures.first();
  const name = await clicked.getAttribute('data-key');
  await clicked.getByRole('button', { name: 'Show table' }).click();
  release();
  await appReady(page);
  // The chart the reader clicked shows its table, wherever it now stands.
  const same = page.locator(`figure[data-key="${name}"]`);
  await expect(same.getByRole('button', { name: 'Hide table' })).toHaveAttribute('aria-expanded', 'true');
  await expect(figures.getByRole('button', { name: 'Hide table' })).toHaveCount(1);
  // The chart now first is another one, and kept its table closed.
  expect(await figures.first().getAttribute('data-key')).not.toBe(name);
});

test('an early click on a control the live content no longer has is dropped', async ({ page }) => {
  const first = careers.responsibilities[0];
  const without = { ...careers, responsibilities: careers.responsibilities.slice(1) };
  await page.route('**/content/careers.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(without) }),
  );
  const release = await holdWasm(page);
  await page.goto('/careers');
  await page.getByRole('checkbox', { name: `This is me: ${first.title}` }).check();
  release();
  await appReady(page);
  await expect(page.getByRole('checkbox', { name: `This is me: ${first.title}` })).toHaveCount(0);
  // No other item was ticked in its place.
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem('backend-guide.progress.v1'))).toBeNull();
});
