import { test, expect, content } from './fixtures';
import type { Frame, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

// The guide and a host site on another origin (tests/e2e/serve.sh).
const guide = `http://127.0.0.1:${Number(process.env.BG_PORT ?? 18431)}`;
const host = `http://127.0.0.1:${Number(process.env.BG_HOST_PORT ?? 18433)}`;

const site = content('site.json');
const overview = content('overview.json');
const skills = content('skills.json');
const titleOf = (section: string) => site.nav.find((n: any) => n.section === section).title;
const skillName = (id: string) => skills.skills.find((s: any) => s.id === id).name;

/** The embed's frame, once the loader has made it. */
async function embedFrame(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => f.url().startsWith(`${guide}/embed/`))).toBe(true);
  return page.frames().find((f) => f.url().startsWith(`${guide}/embed/`))!;
}

const frameTheme = (frame: Frame) => frame.evaluate(() => document.documentElement.dataset.theme ?? 'auto');

/**
 * Counts `{ bgTestMark }` messages arriving in `target`. A window handles its
 * messages in order, so once a mark posted last has arrived, every message
 * posted before it from the same window has been handled.
 */
const countMarks = (target: Page | Frame) =>
  target.evaluate(() => {
    (window as any).__bgMarks = 0;
    addEventListener('message', (e) => e.data?.bgTestMark && (window as any).__bgMarks++);
  });
const marksArrived = (target: Page | Frame, n: number) =>
  // Polled by time: a frame off screen may not run animation frames.
  target.waitForFunction((n) => (window as any).__bgMarks === n, n, { polling: 50 });

/** How far the iframe's height is from its content's height, in px. */
async function misfit(page: Page, frame: Frame) {
  const inner = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
  const outer = await page.locator('iframe').first().evaluate((el) => el.getBoundingClientRect().height);
  return Math.abs(inner - outer);
}

test.describe('embed views', () => {
  test('show the section without the site chrome, with a link to the full page', async ({ page }) => {
    await page.goto('/embed/skills?q=py&category=language&theme=dark');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(titleOf('skills'));
    await expect(page.getByRole('searchbox', { name: /search skills/i })).toHaveValue('py');
    await expect(page.getByRole('banner')).toHaveCount(0);
    // The only footer is the embed's own: a link out, not the site's footer.
    await expect(page.getByRole('contentinfo')).toHaveCount(1);
    await expect(page.getByRole('contentinfo')).not.toContainText(site.footer.sources[0].name);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const open = page.getByRole('contentinfo').getByRole('link', { name: /open in backend guide/i });
    await expect(open).toHaveAttribute('href', '/skills?q=py&category=language');
    await expect(open).toHaveAttribute('target', '_blank');
    await expect(open).toHaveAttribute('rel', 'noopener');
    // No full-viewport layout inside an embed, or the iframe would grow in a loop.
    expect(await page.evaluate(() => getComputedStyle(document.body).minHeight)).toBe('0px');
    // The embed's theme is the host's business, never the reader's stored choice.
    expect(await page.evaluate(() => localStorage.getItem('backend-guide.theme.v1'))).toBeNull();
  });

  for (const [path, heading] of [
    ['/embed/overview', overview.title],
    ['/embed/skills/python', skillName('python')],
    ['/embed/careers', titleOf('careers')],
    ['/embed/compare', titleOf('compare')],
  ]) {
    test(`${path} renders its section`, async ({ page }) => {
      await page.goto(`${path}?theme=light`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      await expect(page.getByRole('navigation', { name: site.nav_label })).toHaveCount(0);
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    });
  }

  test('links inside an embed stay embedded', async ({ page }) => {
    await page.goto('/embed/skills?q=ruby');
    await page.getByRole('link', { name: skillName('ruby'), exact: true }).click();
    await expect(page).toHaveURL(/\/embed\/skills\/ruby$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(skillName('ruby'));
    await expect(page.getByRole('link', { name: /open in backend guide/i })).toHaveAttribute('href', '/skills/ruby');
  });
});

test.describe('the loader script on another site', () => {
  test('is small and served at the site root', async ({ request }) => {
    // What is sent: the build's copy, minified (scripts/loaders.mjs).
    const response = await request.get('/embed.js');
    expect(response.status()).toBe(200);
    const sent = await response.body();
    expect(gzipSync(sent, { level: 9 }).length).toBeLessThanOrEqual(2048);
    expect(sent.length, 'minified').toBeLessThan(readFileSync(join(__dirname, '../../public/embed.js')).length);
    expect(response.headers()['content-type']).toContain('javascript');
  });

  test('makes a lazy, titled iframe that fits its content and grows when a card opens', async ({ page }) => {
    await page.goto(`${host}/host.html`);
    const iframe = page.locator('iframe');
    await expect(iframe).toHaveCount(1);
    await expect(iframe).toHaveAttribute('title', 'Backend Guide: skills');
    await expect(iframe).toHaveAttribute('loading', 'lazy');
    expect(await iframe.getAttribute('src')).toBe(`${guide}/embed/skills?q=ruby&theme=light`);
    // It sits right after the script, before the host's own text.
    expect(await iframe.evaluate((el) => el.previousElementSibling?.tagName)).toBe('SCRIPT');

    const frame = await embedFrame(page);
    const inside = page.frameLocator('iframe');
    await expect(inside.getByRole('heading', { level: 1 })).toHaveText(titleOf('skills'));
    await expect.poll(() => misfit(page, frame)).toBeLessThanOrEqual(2);
    const listHeight = await iframe.evaluate((el) => el.getBoundingClientRect().height);
    expect(listHeight).not.toBe(400); // the reserved height gave way to the content's

    await inside.getByRole('link', { name: skillName('ruby'), exact: true }).click();
    await expect(inside.getByRole('heading', { level: 1 })).toHaveText(skillName('ruby'));
    await expect.poll(() => iframe.evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThan(listHeight + 50);
    await expect.poll(() => misfit(page, frame)).toBeLessThanOrEqual(2);
  });

  test('follows the host colour scheme and setTheme, and ignores anything else', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`${host}/host.html`);
    const frame = await embedFrame(page);
    await expect.poll(() => frameTheme(frame)).toBe('light');

    // data-theme="auto": the host's prefers-color-scheme, passed on live.
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => frameTheme(frame)).toBe('dark');

    const post = (data: unknown) =>
      page.evaluate(([d, origin]) => document.querySelector('iframe')!.contentWindow!.postMessage(d, origin), [
        data,
        guide,
      ] as const);
    await post({ backendGuide: { setTheme: 'light' } });
    await expect.poll(() => frameTheme(frame)).toBe('light');

    // Malformed messages from the host, and a well-formed one from a window
    // that is not the parent, change nothing.
    await countMarks(frame);
    for (const junk of [
      'dark',
      { backendGuide: 'dark' },
      { backendGuide: { setTheme: 'blue' } },
      { backendGuide: { setTheme: 'dark', extra: 1 } },
      { setTheme: 'dark' },
      null,
      [1, 2],
    ]) {
      await post(junk);
    }
    await frame.evaluate(() => window.postMessage({ backendGuide: { setTheme: 'dark' } }, '*'));
    await frame.evaluate(() => window.postMessage({ bgTestMark: true }, '*'));
    await post({ bgTestMark: true });
    await marksArrived(frame, 2);
    expect(await frameTheme(frame)).toBe('light');

    // Height messages from anywhere but the embed, or out of range, are ignored.
    await expect.poll(() => misfit(page, frame)).toBeLessThanOrEqual(2);
    const height = await page.locator('iframe').evaluate((el) => el.getBoundingClientRect().height);
    await countMarks(page);
    await page.evaluate(() => window.postMessage({ backendGuide: { height: 77 } }, '*'));
    await page.evaluate(() => window.postMessage({ bgTestMark: true }, '*'));
    await frame.evaluate(() => {
      for (const height of ['900', -5, 1e9, Number.NaN, null]) parent.postMessage({ backendGuide: { height } }, '*');
      parent.postMessage({ bgTestMark: true }, '*');
    });
    await marksArrived(page, 2);
    expect(await page.locator('iframe').evaluate((el) => el.getBoundingClientRect().height)).toBe(height);
  });
});

test.describe('an embed that is still starting', () => {
  test('keeps a setTheme its host posts before the app has arrived', async ({ page }) => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/*_bg.wasm', async (route) => {
      await held;
      await route.continue();
    });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`${host}/host.html`);
    const frame = await embedFrame(page);
    await expect(page.frameLocator('iframe').getByRole('heading', { level: 1 })).toHaveText(titleOf('skills'));
    await page.evaluate((origin) => document.querySelector('iframe')!.contentWindow!.postMessage({ backendGuide: { setTheme: 'dark' } }, origin), guide);
    // Applied at once by the page's first script…
    await expect.poll(() => frameTheme(frame)).toBe('dark');
    // (every theme the page takes from here on is recorded)
    await frame.evaluate(() => {
      const root = document.documentElement;
      const seen: string[] = ((window as any).__bgThemes = []);
      new MutationObserver(() => seen.push(root.dataset.theme ?? 'auto')).observe(root, {
        attributes: true,
        attributeFilter: ['data-theme'],
      });
    });
    release();
    await frame.waitForFunction(() => performance.getEntriesByName('bg:app-ready').length > 0);
    // … and kept by the app, which never showed another while taking over.
    expect(await frameTheme(frame)).toBe('dark');
    expect(await frame.evaluate(() => (window as any).__bgThemes.filter((t: string) => t !== 'dark'))).toEqual([]);
  });
});

test.describe('inline <backend-guide>', () => {
  test('renders in a shadow root that the host CSS cannot reach, and leaves the host alone', async ({ page }) => {
    await page.goto(`${host}/host-inline.html`);
    const element = page.locator('backend-guide');
    await expect(element.getByRole('heading', { level: 1 })).toHaveText(titleOf('skills'));
    await expect(element).toHaveAttribute('data-theme', 'dark');
    const cardTitle = element.getByRole('heading', { level: 2 }).first();
    await expect(cardTitle).toBeVisible();
    // The host's `h2 { color: rgb(255, 0, 0) }` applies to its own h2 only.
    expect(await page.locator('body > h2').first().evaluate((h) => getComputedStyle(h).color)).toBe('rgb(255, 0, 0)');
    expect(await cardTitle.evaluate((h) => getComputedStyle(h).color)).not.toBe('rgb(255, 0, 0)');
    // And the guide's CSS stays inside: the host's page keeps its own look.
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain('Georgia');

    // Search works from a local signal: the host's URL and title stay as they were.
    const search = element.getByRole('searchbox', { name: /search skills/i });
    await search.fill('ruby');
    await expect(element.getByRole('heading', { level: 2, name: skillName('ruby') })).toBeVisible();
    await expect(element.getByRole('heading', { level: 2, name: skillName('java') })).toHaveCount(0);
    expect(page.url()).toBe(`${host}/host-inline.html`);
    await expect(page).toHaveTitle('A wiki that shows Backend Guide inline');
    // Links lead to the guide in a new tab.
    await expect(element.getByRole('link', { name: skillName('ruby'), exact: true })).toHaveAttribute(
      'href',
      `${guide}/skills/ruby`,
    );

    // The iframe embed on the same page, placed into its <div class="backend-guide">.
    // Chromium pauses rendering in off-screen cross-origin frames, so its
    // height arrives once it is scrolled into view.
    const frame = await embedFrame(page);
    await page.locator('.backend-guide iframe').scrollIntoViewIfNeeded();
    await expect(page.frameLocator('.backend-guide iframe').getByRole('heading', { level: 1 })).toHaveText(overview.title);
    await expect.poll(() => misfit(page, frame)).toBeLessThanOrEqual(2);
  });

  test('the guide sends the CORS headers inline mode needs', async ({ request }) => {
    for (const path of ['/backend-guide-element.js', '/index.html', '/content/skills.json']) {
      const response = await request.get(path);
      expect(response.headers()['access-control-allow-origin'], path).toBe('*');
    }
  });
});

test.describe('inline <backend-guide> taken out and put back', () => {
  test('mounts again each time, and 20 rounds leave no nodes or listeners behind', async ({ page }) => {
    await page.goto(`${host}/host-inline.html`);
    // The page's iframe widget loads when it likes (lazy); its document would
    // count too, so it goes, and only the inline element is measured.
    await page.evaluate(() => document.querySelector('div.backend-guide')!.remove());
    const cdp = await page.context().newCDPSession(page);
    const shown = page.locator('backend-guide').getByRole('searchbox');
    // One section in the shadow root, its search box working.
    const mountedOnce = async () => {
      await expect(shown).toBeVisible();
      expect(await page.evaluate(() => document.querySelector('backend-guide')!.shadowRoot!.querySelectorAll('.bg-inline').length)).toBe(1);
    };
    const round = async () => {
      await page.evaluate(() => {
        const el = document.querySelector('backend-guide')!;
        const parent = el.parentNode!;
        const next = el.nextSibling;
        el.remove();
        parent.insertBefore(el, next);
      });
      await mountedOnce();
    };
    const counters = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Memory.getDOMCounters')) as { nodes: number; jsEventListeners: number };
    };
    await mountedOnce();
    for (let i = 0; i < 3; i++) await round();
    const before = await counters();
    for (let i = 0; i < 20; i++) await round();
    const after = await counters();
    // A leak of one mount per round would add hundreds of nodes and dozens of listeners.
    expect(after.jsEventListeners, 'listeners').toBeLessThanOrEqual(before.jsEventListeners);
    expect(after.nodes, 'nodes').toBeLessThanOrEqual(before.nodes + 20);
    // Taken out for good: the section goes with it.
    const left = await page.evaluate(() => {
      const el = document.querySelector('backend-guide')!;
      el.remove();
      return el.shadowRoot!.querySelectorAll('.bg-inline').length;
    });
    expect(left).toBe(0);
  });
});

test.describe('inline <backend-guide> stays inside the host page', () => {
  test('"Compare side by side" opens the guide in a new tab instead of leaving the host page', async ({ page }) => {
    await page.goto(`${host}/host-inline.html`);
    const element = page.locator('backend-guide');
    await element.getByRole('checkbox', { name: `Compare ${skillName('python')}` }).check();
    await element.getByRole('checkbox', { name: `Compare ${skillName('java')}` }).check();
    const link = element.getByRole('link', { name: 'Compare side by side' });
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('href', new RegExp(`^${guide}/skills/`));
    const [popup] = await Promise.all([page.waitForEvent('popup'), link.click()]);
    await expect(popup.getByRole('columnheader', { name: skillName('java') })).toBeVisible();
    expect(page.url()).toBe(`${host}/host-inline.html`);
  });

  test('"Clear filters" gives focus back to the search box inside the element', async ({ page }) => {
    await page.goto(`${host}/host-inline.html`);
    const element = page.locator('backend-guide');
    const search = element.getByRole('searchbox', { name: /search skills/i });
    await search.fill('no skill has this name');
    await element.getByRole('button', { name: 'Clear filters' }).click();
    await expect(search).toHaveValue('');
    await expect(search).toBeFocused();
    // Not dropped to the host's <body>.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BACKEND-GUIDE');
  });
});

test.describe('an iframe embed and the reader', () => {
  test("never reads or writes the reader's progress", async ({ page }) => {
    const stored = JSON.stringify({ version: 1, skills: { python: 'known' }, roles: [] });
    await page.goto('/skills');
    await page.evaluate((s) => localStorage.setItem('backend-guide.progress.v1', s), stored);
    await page.goto('/embed/skills?theme=light');
    await expect(page.getByRole('combobox', { name: `Progress for ${skillName('python')}` })).toHaveValue('none');
    await page.getByRole('combobox', { name: `Progress for ${skillName('java')}` }).selectOption('known');
    await expect(page.getByText('Known: 1 of')).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('backend-guide.progress.v1'))).toBe(stored);
  });

  test('keeps its theme= when its own controls rewrite the URL', async ({ page }) => {
    await page.goto('/embed/careers?theme=dark');
    await page.getByRole('radio', { name: 'India' }).check();
    await expect(page).toHaveURL(/[?&]region=in(&|$)/);
    await expect(page).toHaveURL(/[?&]theme=dark(&|$)/);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

    await page.goto('/embed/skills?theme=dark');
    await page.getByRole('searchbox', { name: /search skills/i }).fill('py');
    await expect(page).toHaveURL(/[?&]q=py(&|$)/);
    await expect(page).toHaveURL(/[?&]theme=dark(&|$)/);

    await page.goto('/embed/compare?theme=dark');
    const aspect = content('comparison.json').aspects[2];
    await page.getByRole('link', { name: aspect.name }).first().click();
    await expect(page).toHaveURL(new RegExp(`[?&]aspect=${aspect.id}(&|$)`));
    await expect(page).toHaveURL(/[?&]theme=dark(&|$)/);
  });
});

test.describe('the Embed dialog', () => {
  test('offers both snippets for the section with its options and theme, and copies them', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/skills?q=py');
    const button = page.getByRole('button', { name: /^Embed/ });
    await button.click();
    const dialog = page.getByRole('dialog', { name: 'Embed this section' });
    await expect(dialog).toBeVisible();
    const loader = dialog.getByRole('textbox', { name: /^In an iframe/ });
    await expect(loader).toHaveValue(
      `<script src="${guide}/embed.js" data-section="skills" data-theme="auto" data-query="q=py" async></script>`,
    );
    await expect(dialog.getByRole('textbox', { name: /^Inline/ })).toHaveValue(
      `<script type="module" src="${guide}/backend-guide-element.js"></script>\n<backend-guide section="skills" theme="auto"></backend-guide>`,
    );
    await dialog.getByRole('button', { name: /copy in an iframe/i }).click();
    await expect(dialog.getByRole('status').first()).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await loader.inputValue());

    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
  });

  test('uses the current theme, and says how to copy by hand without a clipboard', async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
    await page.goto('/careers');
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
    await page.getByRole('button', { name: /^Embed/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this section' });
    await expect(dialog.getByRole('textbox', { name: /^In an iframe/ })).toHaveValue(/data-section="careers" data-theme="dark"/);
    await dialog.getByRole('button', { name: /copy inline/i }).click();
    await expect(dialog.getByRole('status').nth(1)).toContainText('press Ctrl+C');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('button', { name: /^Embed/ })).toBeFocused();
  });
});
