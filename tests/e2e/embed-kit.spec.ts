import { extract } from '@extractus/oembed-extractor';
import { test, expect, content } from './fixtures';

// Issue 22: the guide on the platforms site owners use. oEmbed: paste a
// link into WordPress or Ghost.
const guide = `http://127.0.0.1:${Number(process.env.BG_PORT ?? 18431)}`;
const host = `http://127.0.0.1:${Number(process.env.BG_HOST_PORT ?? 18433)}`;

const site = content('site.json');
const siteHi = content('hi/site.json');
const titleOf = (s: any, section: string) => s.nav.find((n: any) => n.section === section).title;

/**
 * The build names its public origin in every absolute address (`make build`:
 * http://127.0.0.1:8080); the suite serves that build at `guide`. The client
 * fetches through this map, as a deployed guide needs none.
 */
async function publicOrigin(): Promise<string> {
  const html = await (await fetch(`${guide}/skills`)).text();
  return new URL(html.match(/<link rel="canonical" href="([^"]+)"/)![1]).origin;
}

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
