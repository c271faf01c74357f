import type { Page } from '@playwright/test';
import { test, expect, chartKeys, content, holdWasm, jobsTitle, navItem, salaryText, skillsMatching } from './fixtures';
import { ROUTES, appReady } from './routes';

// Every page is HTML before the wasm arrives (crates/prerender); the app
// then takes it over without a seam (src/takeover.rs).

const site = content('site.json');
const overview = content('overview.json');
const skills = content('skills.json');
const careers = content('careers.json');
const comparison = content('comparison.json');
const subPort = Number(process.env.BG_SUB_PORT ?? 18432);

const skillName = (id: string) => skills.skills.find((s: any) => s.id === id).name;

/** What a route's h1 says, from the content files. */
function h1Of(path: string): string {
  const [, section, id] = new URL(path, 'http://x').pathname.split('/');
  if (!section) return overview.title;
  if (section === 'skills' && id === 'side-by-side') return skills.page.compare.title;
  if (section === 'skills' && id) return skillName(id);
  if (section === 'careers' && id === 'charts') return jobsTitle();
  return navItem(section)?.title ?? site.not_found.title;
}

/** The layout shifts the page has had: their sum, and what moved (for the failure message). */
const layoutShifts = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<{ total: number; moved: string[] }>((resolve) => {
        let total = 0;
        const moved: string[] = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as any[]) {
            if (entry.hadRecentInput) continue;
            total += entry.value;
            for (const s of entry.sources ?? []) {
              const n = s.node as Element | null;
              moved.push(`${n?.nodeName ?? '?'}.${(n as any)?.className ?? ''} at ${Math.round(entry.startTime)} ms: ${JSON.stringify(s.previousRect)} → ${JSON.stringify(s.currentRect)}`);
            }
          }
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve({ total, moved }), 300);
      }),
  );
const layoutShift = async (page: Page) => (await layoutShifts(page)).total;

test.describe('with scripts off', () => {
  test.use({ javaScriptEnabled: false });

  for (const route of ROUTES) {
    test(`${route.path} shows its heading, its text and working links`, async ({ page }) => {
      await page.goto(route.path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(h1Of(route.path));
      await expect(page.getByRole('contentinfo')).toContainText(site.footer.text);
      await expect(page.getByRole('status').filter({ hasText: 'Loading' })).toHaveCount(0);
      // "Needs JavaScript" is said only next to the controls that need it.
      for (const note of await page.getByText(/needs? JavaScript/).all()) {
        if (await note.isVisible()) await expect(note).toHaveClass(/bg-needs-js/);
      }
      // The menu's links are real links.
      await page.getByRole('navigation').getByRole('link', { name: navItem('careers').label }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(navItem('careers').title);
    });
  }

  test('embed views show their section, without the site chrome', async ({ page }) => {
    for (const path of ['/overview', '/skills', '/skills/python', '/careers', '/compare', '/path']) {
      await page.goto(`/embed${path}`);
      await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(path === '/overview' ? overview.title : h1Of(path));
      await expect(page.getByRole('banner'), path).toHaveCount(0);
      await expect(page.getByRole('link', { name: /open in backend guide/i }), path).toBeVisible();
    }
  });

  test('the overview and compare pages show every step of the request', async ({ page }) => {
    for (const path of ['/', '/compare']) {
      await page.goto(path);
      for (const step of comparison.flow.steps) await expect(page.getByText(step.text)).toBeVisible();
    }
    // Both sides of every aspect, on a phone too (the switch needs the app).
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/compare');
    const card = page.getByRole('listitem').filter({
      has: page.getByRole('heading', { level: 3, name: comparison.aspects[0].name }),
    });
    await expect(card.getByText(comparison.aspects[0].frontend)).toBeVisible();
    await expect(card.getByText(comparison.aspects[0].backend)).toBeVisible();
  });

  test('charts show their bars and numbers, and their tables show their rows', async ({ page }) => {
    await page.goto('/careers');
    const figures = page.getByRole('figure');
    expect(await figures.count()).toBeGreaterThanOrEqual(3);
    for (const figure of await figures.all()) {
      await expect(figure.locator('svg rect.bg-chart__bar').first()).toBeVisible();
      await expect(figure.getByRole('table')).toBeVisible();
      expect(await figure.getByRole('row').count()).toBeGreaterThan(1);
    }
    await expect(page.getByText(salaryText(careers, careers.salaries[0]), { exact: true }).first()).toBeVisible();
    for (const duty of careers.responsibilities) await expect(page.getByText(duty.title)).toBeVisible();
  });

  test('on a phone the menu lies open, since its button needs the app', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/careers');
    const nav = page.getByRole('navigation', { name: site.nav_label });
    for (const item of site.nav) await expect(nav.getByRole('link', { name: item.label })).toBeVisible();
    await nav.getByRole('link', { name: navItem('skills').label }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(navItem('skills').title);
  });

  test('every skill is listed, and each card leads to its page', async ({ page }) => {
    await page.goto('/skills');
    await expect(page.getByRole('article')).toHaveCount(skills.skills.length);
    const last = skills.skills.at(-1);
    await page.getByRole('link', { name: last.name, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/skills/${last.id}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(last.name);
  });

  test('the sub-path build links and reads under /guide/', async ({ page }) => {
    await page.goto(`http://127.0.0.1:${subPort}/guide/skills/python`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(skillName('python'));
    await page.getByRole('navigation').getByRole('link', { name: navItem('skills').label }).click();
    await expect(page).toHaveURL(`http://127.0.0.1:${subPort}/guide/skills`);
    await expect(page.getByRole('article')).toHaveCount(skills.skills.length);
  });
});

test.describe('status codes', () => {
  test('an unknown address is a real 404 with the not-found page', async ({ page, request }) => {
    for (const path of ['/no/such/page', '/skills/no-such-skill', '/careers/extra']) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
      expect(await response.text(), path).toContain(site.not_found.title);
    }
    const response = await page.goto('/no/such/page');
    expect(response!.status()).toBe(404);
    await appReady(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(site.not_found.title);
    await page.getByRole('link', { name: site.not_found.home_link }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(overview.title);
  });

  test("an unknown embed address is the embed's own 404, framed like the rest", async ({ request }) => {
    const response = await request.get('/embed/no/such/view');
    expect(response.status()).toBe(404);
    expect(response.headers()['content-security-policy']).toContain('frame-ancestors *');
    const html = await response.text();
    expect(html).toContain('class="bg-embed-page"');
    expect(html).toContain(site.not_found.title);
  });

  test('every page of the sitemap answers 200, and the deep links of before still work', async ({ request }) => {
    const sitemap = await (await request.get('/sitemap.xml')).text();
    const paths = [...sitemap.matchAll(/<loc>https?:\/\/[^/]+([^<]*)<\/loc>/g)].map((m) => m[1]);
    // Each section, skill and chart, the side-by-side table and the widget
    // builder, in English and in Hindi.
    const perLanguage = site.nav.length + skills.skills.length + chartKeys().length + 2;
    expect(paths.filter((p) => !p.startsWith('/hi/') && p !== '/hi').length).toBe(perLanguage);
    expect(paths.filter((p) => p.startsWith('/hi/') || p === '/hi').length).toBe(perLanguage);
    for (const path of [...paths, '/skills?q=py', '/careers?region=in', '/compare?aspect=pay', '/skills/compare?ids=python,java', '/embed/skills/python?theme=dark']) {
      expect((await request.get(path)).status(), path).toBe(200);
    }
    expect(await (await request.get('/robots.txt')).text()).toMatch(/^Sitemap: .*\/sitemap\.xml$/m);
  });
});

test.describe('the takeover', () => {
  // These tests act on the prerendered page before the app takes over.
  test.use({ waitForApp: false });

  for (const path of ['/', '/skills', '/skills/python', '/careers', '/compare']) {
    test(`${path}: nothing moves and nothing flashes`, async ({ page }) => {
      await page.goto(path);
      const [before, title] = [await page.locator('main').innerText(), await page.title()];
      await appReady(page);
      const shifts = await layoutShifts(page);
      expect(shifts.total, shifts.moved.join('\n')).toBe(0);
      expect(await page.locator('main').innerText()).toBe(before);
      expect(await page.title()).toBe(title);
    });
  }

  test('on slow 3G the page is readable at its first paint, and the app takes over later', async ({ page }) => {
    test.slow();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    // DevTools' "Slow 3G": 400 kbit/s down, 400 ms round trips.
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 400,
      downloadThroughput: (400 * 1024) / 8,
      uploadThroughput: (400 * 1024) / 8,
    });
    await page.goto('/skills', { waitUntil: 'commit' });
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, { timeout: 60_000 });
    // At the first paint the page is the whole list, readable, with no app yet.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(navItem('skills').title);
    expect(await page.getByRole('main').innerText()).toContain(skillsMatching(skills, '')[0].name);
    expect(await page.evaluate(() => performance.getEntriesByName('bg:app-ready').length)).toBe(0);
    // Later the app arrives and takes over, with nothing lost.
    await page.waitForFunction(() => performance.getEntriesByName('bg:app-ready').length > 0, null, { timeout: 90_000 });
    const { paint, wasm } = await page.evaluate(() => ({
      paint: performance.getEntriesByName('first-contentful-paint')[0].startTime,
      wasm: (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((e) => e.name.endsWith('_bg.wasm'))!.responseEnd,
    }));
    expect(paint, 'painted long before the wasm had arrived').toBeLessThan(wasm);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(navItem('skills').title);
  });

  test('/careers is built a part per task off the page, then swapped in at once', async ({ page }) => {
    // Records every change under <body> once the parser is done with it.
    await page.addInitScript(() => {
      const w = window as any;
      w.__bodyChanges = [];
      document.addEventListener('DOMContentLoaded', () =>
        new MutationObserver((records) =>
          w.__bodyChanges.push({
            at: performance.now(),
            removed: records.filter((r) => r.target === document.body).reduce((n, r) => n + r.removedNodes.length, 0),
            added: records.filter((r) => r.target === document.body).reduce((n, r) => n + r.addedNodes.length, 0),
          }),
        ).observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true }),
      );
    });
    await page.goto('/careers');
    const before = await page.locator('main').innerText();
    await appReady(page);
    const { changes, parts, ready } = await page.evaluate(() => ({
      changes: (window as any).__bodyChanges as { at: number; added: number; removed: number }[],
      parts: performance.getEntriesByName('bg:takeover-part').map((m) => m.startTime),
      ready: performance.getEntriesByName('bg:app-ready')[0].startTime,
    }));
    // Header, route, footer, the salary section, its charts, the other sections.
    expect(parts.length).toBeGreaterThanOrEqual(8);
    // Nothing on the page changed while the parts were built; then one batch
    // put the new page in and took the prerendered one out.
    const first = changes[0];
    expect(first.added).toBeGreaterThan(0);
    expect(first.removed).toBeGreaterThan(0);
    expect(first.at).toBeGreaterThan(Math.max(...parts));
    expect(first.at).toBeLessThanOrEqual(ready);
    expect(await page.locator('main').innerText()).toBe(before);
    expect(await layoutShift(page)).toBe(0);
  });

  test('what the reader typed and ticked before the app arrived is kept', async ({ page }) => {
    const release = await holdWasm(page);
    await page.goto('/skills');
    await page.getByRole('searchbox', { name: 'Search skills' }).fill('py');
    release();
    await appReady(page);
    await expect(page.getByRole('searchbox', { name: 'Search skills' })).toHaveValue('py');
    await expect(page.getByRole('searchbox', { name: 'Search skills' })).toBeFocused();
    await expect(page).toHaveURL(/\/skills\?q=py$/);
    await expect(page.getByRole('article')).toHaveCount(skillsMatching(skills, 'py').length);
  });

  test('a tick and the scroll position survive the takeover on a long page', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 700 });
    const release = await holdWasm(page);
    await page.goto('/careers');
    const first = careers.responsibilities[0];
    const box = page.getByRole('checkbox', { name: `This is me: ${first.title}` });
    await box.scrollIntoViewIfNeeded();
    await box.check();
    const scrolled = await page.evaluate(() => window.scrollY);
    expect(scrolled).toBeGreaterThan(300);
    release();
    await appReady(page);
    await expect(box).toBeChecked();
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
    // The app took the tick as the reader's: it is in their progress now.
    await expect(page.getByText(`1 of ${careers.responsibilities.length} describe you`)).toBeAttached();
    const stored = await page.evaluate(() => localStorage.getItem('backend-guide.progress.v1'));
    expect(JSON.parse(stored!).roles).toEqual([first.id]);
  });

  test('a region picked before the app arrived is the one it shows', async ({ page }) => {
    const release = await holdWasm(page);
    await page.goto('/careers');
    await expect(page.getByRole('radio', { name: 'All regions' })).toBeChecked();
    const region = careers.regions.find((r: any) => r.id === 'in');
    await page.getByRole('radio', { name: region.name }).check();
    release();
    await appReady(page);
    await expect(page).toHaveURL(new RegExp(`/careers\\?region=${region.id}$`));
    await expect(page.getByRole('radio', { name: region.name })).toBeChecked();
  });

  test('the live content wins over what was prerendered', async ({ page }) => {
    const edited = { ...overview, title: 'Edited after the build' };
    await page.route('**/content/overview.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify(edited) }),
    );
    await page.goto('/');
    await appReady(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Edited after the build');
  });

  test('the reader’s stored theme applies before the page paints', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('backend-guide.theme.v1', 'dark'));
    const release = await holdWasm(page);
    await page.goto('/skills');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    release();
    await appReady(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark');
  });
});
