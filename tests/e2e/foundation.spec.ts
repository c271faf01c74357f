import { test, expect, content, checkedDay } from './fixtures';

const overview = content('overview.json');
const site = content('site.json');
const navItem = (section: string) => site.nav.find((n: any) => n.section === section);

test('the overview renders its headings from overview.json', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(overview.title);
  for (const section of overview.sections) {
    await expect(page.getByRole('heading', { level: 2, name: section.heading })).toBeVisible();
  }
  await expect(page).toHaveTitle(`${site.name} — ${site.tagline}`);
  await expect(page.getByRole('contentinfo')).toContainText(site.footer.sources[0].name);
  // The tagline sits under the title; the footer says when the facts were checked.
  await expect(page.locator('.bg-page-head__tagline')).toHaveText(site.tagline);
  await expect(page.getByRole('contentinfo')).toContainText(`${site.checked_label} ${checkedDay('overview.json', 'comparison.json')}`);
  await expect(page.getByRole('region', { name: site.explore_label })).toBeVisible();
});

test('page titles name the site from site.json', async ({ page }) => {
  const skills = content('skills.json');
  await page.goto('/skills/python');
  await expect(page).toHaveTitle(`Python — ${site.name}`);
  await page.goto('/skills/side-by-side?ids=python,java');
  await expect(page).toHaveTitle(`${skills.page.compare.title} — ${site.name}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(skills.page.compare.title);
  // The not-found page draws on no content file, so it shows no checked date.
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(site.not_found.title);
  await expect(page.getByRole('contentinfo')).not.toContainText(site.checked_label);
});

// Issue 15: at 360×740 the header was 200 px tall, 27% of the first screen.
test.describe('the header on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('is one row of at most 64 px that names the current page and works by keyboard', async ({ page }) => {
    await page.goto('/path');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(navItem('path').title);
    const header = page.getByRole('banner');
    expect((await header.boundingBox())!.height, 'header height').toBeLessThanOrEqual(64);
    // One row: the brand and the menu button, which names the current page.
    const menu = header.getByRole('button', { name: `Menu: ${navItem('path').label}` });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    const [brand, button] = [await header.getByRole('link', { name: site.name }).boundingBox(), await menu.boundingBox()];
    expect(Math.abs(brand!.y + brand!.height / 2 - (button!.y + button!.height / 2))).toBeLessThan(2);
    const nav = page.getByRole('navigation', { name: site.nav_label });
    await expect(nav).toBeHidden();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    // Keyboard: skip link, brand, language, menu; Enter opens, Tab walks the links, Escape closes.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(header.getByRole('link', { name: 'हिन्दी' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(menu).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(nav).toBeVisible();
    await expect(nav.getByRole('link', { name: navItem('path').label })).toHaveAttribute('aria-current', 'page');
    for (const item of site.nav) {
      await page.keyboard.press('Tab');
      await expect(nav.getByRole('link', { name: item.label, exact: true })).toBeFocused();
    }
    await page.keyboard.press('Tab');
    await expect(page.getByRole('combobox', { name: 'Theme' })).toBeFocused();
    // The open menu lies over the page: the header row keeps its height.
    expect((await header.boundingBox())!.height).toBeLessThanOrEqual(64);
    await page.keyboard.press('Escape');
    await expect(nav).toBeHidden();
    await expect(menu).toBeFocused();

    // A tap opens it, a link navigates and closes it, and the button follows.
    await menu.click();
    await nav.getByRole('link', { name: navItem('skills').label }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(navItem('skills').title);
    await expect(nav).toBeHidden();
    await expect(header.getByRole('button', { name: `Menu: ${navItem('skills').label}` })).toBeVisible();
  });
});

test('an unknown path shows the not-found view with a way home', async ({ page }) => {
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(site.not_found.title);
  await page.getByRole('link', { name: site.not_found.home_link }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(overview.title);
});

test('a missing content file is a 404, not the app page', async ({ request }) => {
  const response = await request.get('/content/nope.json');
  expect(response.status()).toBe(404);
});

// Broken and failing content: bad-content.spec.ts and faults.spec.ts.

test.describe('built with --public-url /guide/', () => {
  const subPort = Number(process.env.BG_SUB_PORT ?? 18432);
  test.use({ baseURL: `http://127.0.0.1:${subPort}` });

  test('links, routes and content fetches follow the base path', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (r) => r.url().includes('/content/') && fetched.push(new URL(r.url()).pathname));
    await page.goto('/guide/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(overview.title);
    const skills = page.getByRole('navigation').getByRole('link', { name: navItem('skills').label });
    await expect(skills).toHaveAttribute('href', '/guide/skills');
    await skills.click();
    await expect(page).toHaveURL(/\/guide\/skills$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(navItem('skills').title);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(navItem('skills').title);
    expect(fetched.length).toBeGreaterThan(0);
    expect(fetched.every((p) => p.startsWith('/guide/content/'))).toBe(true);
  });
});
