import AxeBuilder from '@axe-core/playwright';
import { extract } from '@extractus/oembed-extractor';
import type { Frame, Page, Request } from '@playwright/test';
import { test, expect, content } from './fixtures';

// Issue 22: the guide on the platforms site owners use. oEmbed (paste a
// link into WordPress or Ghost), WordPress's sandboxed iframe and its height
// messages, click-to-load, the plain-iframe snippet, and bad attributes.
const guide = `http://127.0.0.1:${Number(process.env.BG_PORT ?? 18431)}`;
const host = `http://127.0.0.1:${Number(process.env.BG_HOST_PORT ?? 18433)}`;

const site = content('site.json');
const siteHi = content('hi/site.json');
const skills = content('skills.json');
const titleOf = (s: any, section: string) => s.nav.find((n: any) => n.section === section).title;

/** The frame whose address starts with `prefix`, once it exists. */
async function frameAt(page: Page, prefix: string): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => f.url().startsWith(prefix))).toBe(true);
  return page.frames().find((f) => f.url().startsWith(prefix))!;
}

/**
 * The build names its public origin in every absolute address (`make build`:
 * http://127.0.0.1:8080); the suite serves that build at `guide`. The client
 * fetches through this map, as a deployed guide needs none.
 */
async function publicOrigin(): Promise<string> {
  const html = await (await fetch(`${guide}/skills`)).text();
  return new URL(html.match(/<link rel="canonical" href="([^"]+)"/)![1]).origin;
}

const appReady = (frame: Frame) => frame.waitForFunction(() => performance.getEntriesByName('bg:app-ready').length > 0);

test.describe('oEmbed', () => {
  for (const [path, lang, embed, heading] of [
    ['/skills', 'en', '/embed/skills', titleOf(site, 'skills')],
    ['/', 'en', '/embed/overview', content('overview.json').title],
    ['/hi/skills/python', 'hi', '/hi/embed/skills/python', content('hi/skills.json').skills.find((s: any) => s.id === 'python').name],
  ] as const) {
    test(`a client discovers ${path} from its head and gets an iframe of ${embed}`, async ({ page }) => {
      // A real oEmbed client: it reads the page's discovery link, then the answer.
      const origin = await publicOrigin();
      const served = (text: string) => text.split(origin).join(guide);
      const answer: any = await extract(`${origin}${path}`, {}, (url: string) => fetch(served(url)));
      expect(answer.method).toBe('auto-discovery');
      expect(answer.version).toBe('1.0');
      expect(answer.type).toBe('rich');
      expect(answer.provider_name).toBe(lang === 'hi' ? siteHi.name : site.name);
      expect(answer.provider_url).toBe(`${origin}/${lang === 'hi' ? 'hi/' : ''}`);
      expect(answer.cache_age).toBeGreaterThan(0);
      expect([answer.width, answer.height]).toEqual([720, 600]);
      expect(answer.thumbnail_url).toMatch(new RegExp(`^${origin}/og/${lang === 'hi' ? 'hi/' : ''}\\w+\\.png$`));
      expect([answer.thumbnail_width, answer.thumbnail_height]).toEqual([1200, 630]);
      expect((await page.request.get(served(answer.thumbnail_url))).status()).toBe(200);
      const title = lang === 'hi' ? `${siteHi.name}: ${heading}` : `${site.name}: ${heading}`;
      expect(answer.html).toBe(
        `<iframe src="${origin}${embed}" title="${title}" width="720" height="600" loading="lazy"></iframe>`,
      );

      // The html works as the consumer pastes it, on a page that runs no script.
      await page.goto(`${host}/host-paste.html`);
      await page.evaluate((html) => document.body.insertAdjacentHTML('beforeend', html), served(answer.html));
      await expect(page.getByTitle(title)).toBeVisible();
      await expect(page.frameLocator('iframe').getByRole('heading', { level: 1 })).toHaveText(heading);
    });
  }

  test('answers are JSON, readable from any origin, and only for pages with an embed view', async ({ request }) => {
    const response = await request.get('/oembed/skills.json');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^application\/json(\+oembed)?\b/);
    expect(response.headers()['access-control-allow-origin']).toBe('*');
    expect((await request.get('/oembed/404.json')).status()).toBe(404);
    const missing = await (await request.get('/no/such/page')).text();
    expect(missing).not.toContain('json+oembed');
    const embedView = await (await request.get('/embed/skills')).text();
    expect(embedView).not.toContain('json+oembed');
  });
});

test.describe("WordPress's sandboxed iframe", () => {
  test('runs the embed view from a null origin and sizes it by its secret', async ({ page }) => {
    await page.goto(`${host}/host-wordpress.html`);
    const frame = await frameAt(page, `${guide}/embed/skills#?secret=abc`);
    await appReady(frame);
    expect(await frame.evaluate(() => origin)).toBe('null');
    // Every stylesheet passed its integrity check (fetched with CORS, so its
    // rules are readable; without, reading them throws and nothing applies).
    const rules = await frame.evaluate(() =>
      [...document.querySelectorAll('link[rel=stylesheet]')].map((l) => (l as HTMLLinkElement).sheet!.cssRules.length),
    );
    expect(rules.length).toBeGreaterThanOrEqual(8);
    expect(rules.every((n) => n > 0), `${rules}`).toBe(true);
    expect(await frame.evaluate(() => getComputedStyle(document.querySelector('.bg-visually-hidden')!).position)).toBe('absolute');

    const inside = page.frameLocator('iframe[data-secret="abc"]');
    await expect(inside.getByRole('heading', { level: 1 })).toHaveText(titleOf(site, 'skills'));
    // The app works, with progress in memory (storage throws in a null origin).
    await inside.getByRole('searchbox', { name: /search skills/i }).fill('ruby');
    await expect(inside.getByRole('heading', { level: 2, name: skills.skills.find((s: any) => s.id === 'ruby').name })).toBeVisible();
    const ruby = skills.skills.find((s: any) => s.id === 'ruby').name;
    await inside.getByRole('combobox', { name: `Progress for ${ruby}` }).selectOption('known');
    await expect(inside.getByRole('combobox', { name: `Progress for ${ruby}` })).toHaveValue('known');

    // WordPress's message, with the secret from the address, besides the guide's own.
    const height = (secret: string) => page.locator(`iframe[data-secret="${secret}"]`).evaluate((el) => Number((el as HTMLIFrameElement).height));
    await expect.poll(() => page.evaluate(() => (window as any).wpMessages.filter((m: any) => m.secret === 'abc').length)).toBeGreaterThan(0);
    const last = await page.evaluate(() => (window as any).wpMessages.filter((m: any) => m.secret === 'abc').at(-1));
    expect(last.message).toBe('height');
    const inner = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    expect(Math.abs(last.value - inner)).toBeLessThanOrEqual(2);
    await expect.poll(() => height('abc')).toBe(Math.min(1000, Math.max(200, last.value)));
    // Chromium pauses off-screen cross-origin frames: the second one reports once seen.
    await page.locator('iframe[data-secret="xyz"]').scrollIntoViewIfNeeded();
    await expect.poll(() => page.evaluate(() => (window as any).wpMessages.some((m: any) => m.secret === 'xyz'))).toBe(true);
  });

  test('a message with another secret or from another window changes nothing', async ({ page }) => {
    await page.goto(`${host}/host-wordpress.html`);
    const frame = await frameAt(page, `${guide}/embed/skills#?secret=abc`);
    const other = await frameAt(page, `${guide}/embed/overview#?secret=xyz`);
    await appReady(frame);
    await page.locator('iframe[data-secret="xyz"]').scrollIntoViewIfNeeded();
    await appReady(other);
    const height = () => page.locator('iframe[data-secret="abc"]').evaluate((el) => (el as HTMLIFrameElement).height);
    await expect.poll(() => page.evaluate(() => (window as any).wpMessages.length)).toBeGreaterThan(1);
    await page.waitForTimeout(300);
    const before = await height();
    // The other embed posts abc's secret; the host page posts it itself.
    await other.evaluate(() => parent.postMessage({ secret: 'abc', message: 'height', value: 234 }, '*'));
    await page.evaluate(() => window.postMessage({ secret: 'abc', message: 'height', value: 345 }, '*'));
    await page.waitForTimeout(300);
    expect(await height()).toBe(before);
    // A forged setTheme from a window that is not the parent changes nothing either.
    await other.evaluate(() => parent.frames[0].postMessage({ backendGuide: { setTheme: 'dark' } }, '*'));
    await page.waitForTimeout(300);
    expect(await frame.evaluate(() => document.documentElement.dataset.theme ?? 'auto')).toBe('auto');
  });
});

test.describe('click-to-load', () => {
  test('fetches nothing from the guide but embed.js until the reader asks, then loads and focuses the widget', async ({ page }) => {
    const fromGuide: Request[] = [];
    page.on('request', (r) => {
      if (r.url().startsWith(guide)) fromGuide.push(r);
    });
    await page.goto(`${host}/host-click.html`);
    const facade = page.locator('.bg-facade').first();
    await expect(facade).toContainText('Skills');
    await expect(facade).toContainText(`127.0.0.1:${new URL(guide).port}`);
    const load = page.getByRole('button', { name: 'Load the Backend Guide widget' });
    await expect(load).toBeVisible();
    await page.waitForTimeout(500);
    expect(fromGuide.length).toBeGreaterThan(0);
    expect(fromGuide.map((r) => new URL(r.url()).pathname).filter((p) => p !== '/embed.js')).toEqual([]);
    await expect(page.locator('iframe')).toHaveCount(0);
    // The loader is all that came from the guide: under 2 KB on the wire.
    let bytes = 0;
    for (const r of fromGuide) bytes += (await r.sizes()).responseBodySize;
    expect(bytes / fromGuide.length).toBeLessThanOrEqual(2048);
    // Styled by a class through the CSSOM: no style attribute in the host page.
    expect(await page.locator('[style]').count()).toBe(0);
    expect(await facade.evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('solid');

    await load.click();
    const iframe = page.locator('iframe');
    await expect(iframe).toHaveCount(1);
    await expect(iframe).toBeFocused();
    expect(await iframe.getAttribute('src')).toBe(`${guide}/embed/skills?theme=light`);
    await expect(page.frameLocator('iframe').getByRole('heading', { level: 1 })).toHaveText(titleOf(site, 'skills'));
    await expect(page.locator('.bg-facade')).toHaveCount(1);
  });

  test('speaks the widget language and passes axe', async ({ page }) => {
    await page.goto(`${host}/host-click.html`);
    const hindi = page.locator('.bg-facade[lang="hi"]');
    await expect(hindi).toContainText('शुरुआत');
    await expect(hindi.getByRole('button', { name: 'बैकएंड गाइड विजेट लोड करें' })).toBeVisible();
    const results = await new AxeBuilder({ page }).include('.bg-facade').withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    // By keyboard: Enter on the button loads, and focus is in the widget.
    await hindi.getByRole('button').focus();
    await page.keyboard.press('Enter');
    const iframe = page.locator('.backend-guide iframe');
    await expect(iframe).toBeFocused();
    expect(await iframe.getAttribute('src')).toMatch(new RegExp(`^${guide}/hi/embed/path\\?theme=(light|dark)$`));
  });
});

test.describe('bad attributes', () => {
  test('each unknown value falls back to a safe default with one warning naming it', async ({ page }) => {
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning' && /Backend Guide/.test(m.text())) warnings.push(m.text());
    });
    await page.goto(`${host}/host-bad.html`);
    const frames = page.locator('iframe');
    await expect(frames).toHaveCount(4);
    const srcs = await frames.evaluateAll((els) => els.map((el) => (el as HTMLIFrameElement).src));
    expect(srcs).toEqual([
      expect.stringMatching(new RegExp(`^${guide}/embed/overview\\?theme=`)),
      expect.stringMatching(new RegExp(`^${guide}/embed/skills\\?theme=`)),
      expect.stringMatching(new RegExp(`^${guide}/embed/path\\?theme=`)),
      expect.stringMatching(new RegExp(`^${guide}/embed/skills/no-such-skill\\?theme=`)),
    ]);
    expect(await frames.nth(2).getAttribute('loading')).toBe('lazy');
    // Async scripts run in any order.
    await expect.poll(() => warnings.length).toBe(3);
    await page.waitForTimeout(300);
    expect(warnings.sort()).toEqual([
      'Backend Guide: data-load="sometimes" is unknown; using lazy',
      'Backend Guide: data-section="carrers" is unknown; using overview',
      'Backend Guide: data-skill="../../etc" is unknown; using embed/skills',
    ]);

    // A skill that does not exist: the not-found view inside the widget, with the way to the list.
    await frames.nth(3).scrollIntoViewIfNeeded();
    const missing = page.frameLocator('iframe >> nth=3');
    await expect(missing.getByRole('heading', { level: 1 })).toHaveText(site.not_found.title);
    await expect(missing.getByRole('link', { name: titleOf(site, 'skills') })).toHaveAttribute('href', /^\/embed\/skills(\?|$)/);
  });
});

test.describe('the plain-iframe snippet', () => {
  test('is offered with Copy, and works pasted into a page that runs no script', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/careers?region=in');
    await page.getByRole('button', { name: /^Embed/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this section' });
    const field = dialog.getByRole('textbox', { name: /^A plain iframe/ });
    const title = await page.title();
    await expect(field).toHaveValue(
      `<iframe src="${guide}/embed/careers?region=in&amp;theme=auto" title="${title}" width="100%" height="600" loading="lazy"></iframe>\n<p><a href="${guide}/careers?region=in">${title}</a></p>`,
    );
    await dialog.getByRole('button', { name: /copy a plain iframe/i }).click();
    await expect(dialog.getByRole('status').nth(2)).toHaveText('Copied');
    const snippet = await page.evaluate(() => navigator.clipboard.readText());
    expect(snippet).toBe(await field.inputValue());

    await page.goto(`${host}/host-paste.html`);
    await page.evaluate((html) => document.body.insertAdjacentHTML('beforeend', html), snippet);
    const iframe = page.getByTitle(title);
    await expect(iframe).toHaveAttribute('height', '600');
    await expect(page.frameLocator('iframe').getByRole('heading', { level: 1 })).toHaveText(titleOf(site, 'careers'));
    await expect(page.frameLocator('iframe').getByRole('radio', { name: 'India' })).toBeChecked();
    await expect(page.getByRole('link', { name: title })).toHaveAttribute('href', `${guide}/careers?region=in`);
  });
});
