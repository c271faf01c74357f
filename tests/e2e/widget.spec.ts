import AxeBuilder from '@axe-core/playwright';
import type { Frame, Page } from '@playwright/test';
import { test, expect, content, jobsTitle } from './fixtures';

// Issue 22, item 5: the widget builder at /widget for site owners, the
// pages of single charts it offers, the footer's and the Embed dialog's
// links to it, and no inner scrollbar in a widget at host widths 280–1200 px.
const guide = `http://127.0.0.1:${Number(process.env.BG_PORT ?? 18431)}`;
const host = `http://127.0.0.1:${Number(process.env.BG_HOST_PORT ?? 18433)}`;

const site = content('site.json');
const siteHi = content('hi/site.json');
const skills = content('skills.json');
const careers = content('careers.json');
const w = site.widget;
const skill = skills.skills[0];
const hostile = '"><script>window.__bgHit = 1</script><img src=x onerror="window.__bgHit = 2">';

const field = (page: Page, name: string | RegExp) => page.getByRole('textbox', { name });
const script = (page: Page) => field(page, /^In an iframe/);
const plain = (page: Page) => field(page, /^A plain iframe/);
const inline = (page: Page) => field(page, /^Inline, without an iframe/);
const link = (page: Page) => field(page, w.link_label);
const stage = (page: Page) => page.locator('.bg-widget__stage');

/** The preview's iframe, once it shows `path` (an embed view's address). */
async function previewAt(page: Page, path: string): Promise<Frame> {
  const frame = () => page.frames().find((f) => new URL(f.url() || 'about:blank', guide).pathname === path);
  await expect.poll(() => !!frame(), { message: `the preview shows ${path}` }).toBe(true);
  return frame()!;
}

test.describe('the widget builder', () => {
  test('every page of the site links to it from its footer, in its language', async ({ page }) => {
    for (const [path, words, href] of [
      ['/', w, '/widget'],
      ['/careers', w, '/widget'],
      ['/hi/skills', siteHi.widget, '/hi/widget'],
    ] as const) {
      await page.goto(path);
      const footerLink = page.getByRole('contentinfo').getByRole('link', { name: words.link });
      await expect(footerLink).toHaveAttribute('href', href);
    }
    await page.getByRole('contentinfo').getByRole('link', { name: siteHi.widget.link }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(siteHi.widget.title);
    await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
  });

  test('each choice changes the preview and every snippet', async ({ page }) => {
    await page.goto('/widget');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(w.title);
    await expect(page).toHaveTitle(`${w.title} — ${site.name}`);
    await expect(script(page)).toHaveValue(`<script src="${guide}/embed.js" data-section="overview" data-theme="auto" async></script>`);
    await previewAt(page, '/embed/overview');

    // One skill card.
    await page.getByRole('combobox', { name: w.what }).selectOption({ label: skill.name });
    await expect(script(page)).toHaveValue(new RegExp(`data-section="skills" data-skill="${skill.id}" data-theme="auto"`));
    await expect(plain(page)).toHaveValue(new RegExp(`^<iframe src="${guide}/embed/skills/${skill.id}\\?theme=auto" title="${skill.name} — ${site.name}"`));
    await expect(link(page)).toHaveValue(`${guide}/skills/${skill.id}`);
    await expect(inline(page)).toHaveValue(/<backend-guide section="skills" theme="auto"><\/backend-guide>$/);
    await expect(page.getByText(w.inline_note.replace('{section}', site.nav.find((n: any) => n.section === 'skills').label))).toBeVisible();
    const card = await previewAt(page, `/embed/skills/${skill.id}`);
    await expect(card.getByRole('heading', { level: 1 })).toHaveText(skill.name);

    // One chart, dark, in Hindi: the iframe's name is the Hindi page's title.
    await page.getByRole('combobox', { name: w.what }).selectOption({ label: jobsTitle() });
    await page.getByRole('combobox', { name: w.theme }).selectOption('dark');
    await page.getByRole('combobox', { name: w.language }).selectOption('hi');
    await expect(script(page)).toHaveValue(
      `<script src="${guide}/embed.js" data-section="careers" data-chart="jobs" data-theme="dark" data-lang="hi" async></script>`,
    );
    const hiTitle = `${jobsTitle(content('hi/careers.json'))} — ${siteHi.name}`;
    await expect(plain(page)).toHaveValue(
      `<iframe src="${guide}/hi/embed/careers/charts/jobs?theme=dark" title="${hiTitle}" width="100%" height="600" loading="lazy"></iframe>\n<p><a href="${guide}/hi/careers/charts/jobs">${hiTitle}</a></p>`,
    );
    await expect(link(page)).toHaveValue(`${guide}/hi/careers/charts/jobs`);
    const chart = await previewAt(page, '/hi/embed/careers/charts/jobs');
    await expect(chart.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(chart.getByRole('heading', { level: 1 })).toHaveText(jobsTitle(content('hi/careers.json')));
    await expect(page, 'the address keeps the choice').toHaveURL(/\/widget\?show=chart%3Ajobs&theme=dark&lang=hi$/);

    // Height: the kept space and the plain iframe's.
    await page.getByRole('textbox', { name: w.height }).fill('480');
    await expect(script(page)).toHaveValue(/ data-height="480" async><\/script>$/);
    await expect(plain(page)).toHaveValue(/ height="480" loading="lazy">/);

    // A reload shows the same widget.
    await page.reload();
    await expect(page.getByRole('combobox', { name: w.what })).toHaveValue('chart:jobs');
    await expect(page.getByRole('combobox', { name: w.language })).toHaveValue('hi');
    await expect(page.getByRole('textbox', { name: w.height })).toHaveValue('480');
    await expect(script(page)).toHaveValue(/data-chart="jobs" data-theme="dark" data-lang="hi" data-height="480"/);
  });

  test('click to load: the preview is the facade until pressed, then the widget with focus', async ({ page }) => {
    await page.goto('/widget?show=path');
    await page.getByRole('radio', { name: w.load_click.label }).check();
    await expect(script(page)).toHaveValue(/data-section="path" data-theme="auto" data-load="click" async/);
    const button = stage(page).getByRole('button', { name: 'Load the Backend Guide widget' });
    await expect(button).toBeVisible();
    await expect(stage(page).locator('iframe')).toHaveCount(0);
    await button.click();
    const frame = await previewAt(page, '/embed/path');
    await expect(stage(page).locator('iframe')).toBeFocused();
    await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('Copy puts each snippet on the clipboard', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/widget?show=careers&load=eager');
    for (const [name, snippet] of [
      [/^Copy In an iframe/, script(page)],
      [/^Copy A plain iframe/, plain(page)],
      [/^Copy Inline/, inline(page)],
      [new RegExp(`^Copy ${w.link_label}`), link(page)],
    ] as const) {
      const button = page.getByRole('button', { name });
      await button.click();
      await expect(button.locator('xpath=following-sibling::*[@role="status"]')).toHaveText('Copied');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await snippet.inputValue());
    }
    expect(await script(page).inputValue()).toContain('data-load="eager"');
    // A new choice makes the old "Copied" untrue.
    await page.getByRole('combobox', { name: w.theme }).selectOption('light');
    await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toHaveCount(0);
  });

  test('hostile input stays text: in the fields, the snippets, the preview and the address', async ({ page }) => {
    await page.goto(`/widget?name=${encodeURIComponent(hostile)}&height=${encodeURIComponent(hostile)}`);
    const escaped = hostile.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
    await expect(page.getByRole('textbox', { name: w.name })).toHaveValue(hostile);
    await expect(script(page)).toHaveValue(`<script src="${guide}/embed.js" data-section="overview" data-theme="auto" data-title="${escaped}" async></script>`);
    await expect(plain(page)).toHaveValue(new RegExp(`title="${escaped.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`));
    // The height is refused, by name, and left out of the snippets.
    const height = page.getByRole('textbox', { name: w.height });
    await expect(height).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText(w.height_error.split('{value}')[0] + hostile, { exact: false })).toBeVisible();
    await expect(script(page)).not.toHaveValue(/data-height/);
    // Typed, too.
    await page.getByRole('textbox', { name: w.name }).fill(`${hostile}!`);
    await expect(script(page)).toHaveValue(/data-title="&quot;&gt;&lt;script&gt;window.__bgHit = 1&lt;\/script&gt;&lt;img src=x onerror=&quot;window.__bgHit = 2&quot;&gt;!"/);
    await page.getByRole('textbox', { name: w.height }).fill('12px');
    await expect(page.getByText('“12px”', { exact: false })).toBeVisible();
    await page.getByRole('textbox', { name: w.height }).fill('700');
    await expect(height).not.toHaveAttribute('aria-invalid', 'true');
    await expect(script(page)).toHaveValue(/data-height="700"/);
    expect(await page.evaluate(() => (window as any).__bgHit)).toBeUndefined();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
  });

  test('values the address cannot use are named, and the defaults shown', async ({ page }) => {
    await page.goto('/widget?show=skill:no-such-skill&load=later&theme=%22%3E%3Cb%3E');
    for (const [name, value] of [
      ['show', 'skill:no-such-skill'],
      ['load', 'later'],
      ['theme', '"><b>'],
    ]) {
      await expect(page.getByText(w.unknown.replace('{name}', name).replace('{value}', value))).toBeVisible();
    }
    await expect(page.locator('main b')).toHaveCount(0);
    await expect(script(page)).toHaveValue(`<script src="${guide}/embed.js" data-section="overview" data-theme="auto" async></script>`);
  });

  test('the Embed dialog links to it, preset to its section and theme', async ({ page }) => {
    await page.goto('/hi/path');
    await page.getByRole('combobox', { name: 'थीम' }).selectOption('dark');
    await page.locator('.bg-embed-button').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('link').click();
    await expect(page).toHaveURL(/\/hi\/widget\?show=path&theme=dark&lang=hi$/);
    await expect(page.getByRole('combobox', { name: siteHi.widget.what })).toHaveValue('path');
    await expect(page.locator('#widget-script')).toHaveValue(
      `<script src="${guide}/embed.js" data-section="path" data-theme="dark" data-lang="hi" async></script>`,
    );
  });

  test('is usable by keyboard: the choices, then Copy', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/widget');
    await page.getByRole('combobox', { name: w.what }).focus();
    await page.keyboard.press('ArrowDown'); // the next section
    await expect(script(page)).toHaveValue(/data-section="skills"/);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('combobox', { name: w.theme })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('combobox', { name: w.language })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('radio', { name: w.load_lazy.label })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('radio', { name: w.load_eager.label })).toBeChecked();
    await expect(script(page)).toHaveValue(/data-load="eager"/);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('textbox', { name: w.height })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('textbox', { name: w.name })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(script(page)).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toHaveCount(1);
  });

  for (const [path, scheme] of [
    ['/widget', 'light'],
    ['/widget?show=path&load=click', 'dark'],
    ['/hi/widget', 'dark'],
  ] as const) {
    test(`${path} in ${scheme} passes axe`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      const results = await new AxeBuilder({ page }).exclude('.bg-widget__stage iframe').analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
    });
  }

  test.describe('with scripts off', () => {
    test.use({ javaScriptEnabled: false });
    test('it shows the default snippets and the widget itself', async ({ page }) => {
      await page.goto('/widget');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(w.title);
      // The build names its public origin; the snippets are the defaults.
      await expect(script(page)).toHaveValue(/^<script src="http[^"]+\/embed\.js" data-section="overview" data-theme="auto" async><\/script>$/);
      await expect(plain(page)).toHaveValue(/^<iframe src="http[^"]+\/embed\/overview\?theme=auto" title="[^"]+" width="100%" height="600" loading="lazy"><\/iframe>/);
      await expect(link(page)).toHaveValue(/^http[^"]+\/$/);
      await expect(page.locator('.bg-widget__stage iframe')).toHaveAttribute('src', '/embed/overview?theme=auto');
      await expect(page.locator('.bg-needs-js').first()).toBeVisible();
      const frame = page.frameLocator('.bg-widget__stage iframe');
      await expect(frame.getByRole('heading', { level: 1 })).toHaveText(content('overview.json').title);
    });

    test('the Hindi builder shows the Hindi widget', async ({ page }) => {
      await page.goto('/hi/widget');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(siteHi.widget.title);
      await expect(page.locator('.bg-widget__stage iframe')).toHaveAttribute('src', '/hi/embed/overview?theme=auto');
      const frame = page.frameLocator('.bg-widget__stage iframe');
      await expect(frame.getByRole('heading', { level: 1 })).toHaveText(content('hi/overview.json').title);
    });
  });
});

test.describe('one chart on its own page', () => {
  test('shows the chart with its source, and links to all the figures', async ({ page }) => {
    await page.goto('/careers/charts/jobs');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(jobsTitle());
    await expect(page).toHaveTitle(`${jobsTitle()} — ${site.name}`);
    await expect(page.getByRole('figure', { name: jobsTitle() })).toBeVisible();
    for (const listing of careers.jobs.listings) await expect(page.getByRole('figure').getByText(listing.portal).first()).toBeVisible();
    await page.getByRole('link', { name: site.nav.find((n: any) => n.section === 'careers').title }).last().click();
    await expect(page).toHaveURL(/\/careers$/);
  });

  test('a salary chart names its source', async ({ page }) => {
    const source = careers.sources.find((s: any) => s.statistic);
    const currency = careers.salaries.find((s: any) => s.source === source.id).currency.toLowerCase();
    await page.goto(`/careers/charts/${source.id}-${currency}`);
    await expect(page.getByText(source.detail)).toBeVisible();
    await expect(page.getByRole('figure')).toHaveCount(1);
  });

  test('an unknown chart is not found, with status 404, on the site and in an embed', async ({ page, consoleGuard }) => {
    for (const path of ['/careers/charts/no-such-chart', '/embed/careers/charts/no-such-chart', '/embed/widget']) {
      const response = await page.goto(path);
      expect(response!.status(), path).toBe(404);
      await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(site.not_found.title);
    }
  });
});

// A widget fits its content at any host width: the loader sizes the iframe
// to the view's height, so the view itself never scrolls.
test.describe('no inner scrollbar', () => {
  const widgets = [
    ['section', 'overview'],
    ['section', 'skills'],
    ['section', 'careers'],
    ['section', 'compare'],
    ['section', 'path'],
    ['skill', skill.id],
    ['chart', 'jobs'],
    // Hindi's words are longer.
    ['hi', 'overview'],
    ['hi', 'skills'],
  ] as const;
  for (const width of [280, 360, 768, 1200]) {
    test(`at a host width of ${width} px`, async ({ page }) => {
      test.slow();
      await page.setViewportSize({ width, height: 800 });
      for (const [kind, value] of widgets) {
        // The blog's page, its own widget taken out, the column as wide as the window.
        await page.goto(`${host}/host.html`);
        await page.evaluate(
          ([guide, kind, value]) => {
            document.querySelectorAll('iframe').forEach((f) => f.remove());
            document.body.style.maxWidth = 'none';
            const s = document.createElement('script');
            s.src = `${guide}/embed.js`;
            s.dataset.section = kind === 'skill' ? 'skills' : kind === 'chart' ? 'careers' : value;
            if (kind === 'skill' || kind === 'chart') s.dataset[kind] = value;
            if (kind === 'hi') s.dataset.lang = 'hi';
            s.dataset.load = 'eager';
            document.body.append(s);
          },
          [guide, kind, value],
        );
        const iframe = page.locator('iframe');
        const frame = await (await iframe.elementHandle())!.contentFrame();
        await frame!.waitForFunction(() => performance.getEntriesByName('bg:app-ready').length > 0);
        // The loader has applied the view's last reported height.
        await expect
          .poll(async () => {
            const inner = await frame!.evaluate(() => document.documentElement.scrollHeight);
            const outer = await iframe.evaluate((el) => (el as HTMLElement).clientHeight);
            return Math.abs(inner - outer) <= 1;
          }, { message: `${kind} ${value}: the iframe is as tall as its view` })
          .toBe(true);
        const overflow = await frame!.evaluate(() => ({
          down: document.documentElement.scrollHeight - innerHeight,
          across: document.documentElement.scrollWidth - innerWidth,
        }));
        expect(overflow.down, `${kind} ${value} at ${width} px scrolls down`).toBeLessThanOrEqual(1);
        expect(overflow.across, `${kind} ${value} at ${width} px scrolls across`).toBeLessThanOrEqual(0);
      }
    });
  }
});
