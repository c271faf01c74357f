import { test, expect, content } from './fixtures';

// The guide in Hindi under /hi/: its own content files, its own head, a
// language switch that keeps what the reader was looking at, and Indian
// number formats. Expectations come from the content files; numbers are
// checked against the browser's own Intl formatting, an implementation
// independent of the guide's.
const en = content('site.json');
const hi = content('hi/site.json');
const hiSkills = content('hi/skills.json');
const hiCareers = content('hi/careers.json');
const navHi = (section: string) => hi.nav.find((n: any) => n.section === section);
const navEn = (section: string) => en.nav.find((n: any) => n.section === section);
const indian = (n: number) => new Intl.NumberFormat('en-IN').format(n);
const LOCALE_KEY = 'backend-guide.locale.v1';

test('a Hindi page is Hindi from its head to its footer', async ({ page }) => {
  await page.goto('/hi/skills');
  await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(navHi('skills').title);
  await expect(page).toHaveTitle(new RegExp(navHi('skills').title));
  const nav = page.getByRole('navigation', { name: hi.nav_label });
  await expect(nav.getByRole('link', { name: navHi('careers').label })).toHaveAttribute('href', /\/hi\/careers$/);
  // Each page lists itself and the other language, and x-default is English.
  const origin = new URL(page.url()).origin;
  const alternate = (lang: string) => page.locator(`link[rel="alternate"][hreflang="${lang}"]`);
  await expect(alternate('hi')).toHaveAttribute('href', /^https?:\/\/[^/]+\/hi\/skills$/);
  await expect(alternate('en')).toHaveAttribute('href', /^https?:\/\/[^/]+\/skills$/);
  await expect(alternate('x-default')).toHaveAttribute('href', /^https?:\/\/[^/]+\/skills$/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/hi\/skills$/);
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'hi_IN');
  // Dates the Indian way, with the Hindi month name.
  const [year, month, day] = hiSkills.checked.split('-').map(Number);
  const monthName = new Date(Date.UTC(year, month - 1, day)).toLocaleString('hi-IN', { month: 'long', timeZone: 'UTC' });
  await expect(page.getByRole('contentinfo')).toContainText(`${day} ${monthName} ${year}`);
  expect(origin).toMatch(/^http:\/\/127\.0\.0\.1/);
});

test('the language switch keeps the search and remembers the choice', async ({ page }) => {
  await page.goto('/skills?q=py');
  const toHindi = page.getByRole('link', { name: 'हिन्दी' });
  await expect(toHindi).toHaveAttribute('hreflang', 'hi');
  await expect(toHindi).toHaveAttribute('lang', 'hi');
  await toHindi.click();
  await expect(page).toHaveURL(/\/hi\/skills\?q=py$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
  await expect(page.getByRole('searchbox')).toHaveValue('py');
  expect(await page.evaluate((key) => localStorage.getItem(key), LOCALE_KEY)).toBe('hi');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/skills\?q=py$/);
  await expect(page).not.toHaveURL(/\/hi\//);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(navEn('skills').title);
  expect(await page.evaluate((key) => localStorage.getItem(key), LOCALE_KEY)).toBe('en');
});

test('the compared step carries over to the other language', async ({ page }) => {
  const step = content('comparison.json').flow.steps[2].id;
  await page.goto(`/compare?step=${step}`);
  await page.getByRole('link', { name: 'हिन्दी' }).click();
  await expect(page).toHaveURL(new RegExp(`/hi/compare\\?step=${step}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(navHi('compare').title);
});

test('Hindi words find Hindi cards, and Latin names find theirs', async ({ page }) => {
  await page.goto('/hi/skills');
  const cards = page.getByRole('article');
  await expect(cards).toHaveCount(hiSkills.skills.length);
  // A Hindi word that only one skill's searchable text holds.
  const text = (s: any) => [s.name, s.summary, ...(s.tags ?? [])].join(' ');
  const [skill, word] = hiSkills.skills
    .flatMap((s: any) => (s.summary.match(/[\u0900-\u097F]{5,}/g) ?? []).map((w: string) => [s, w]))
    .find(([, w]: [any, string]) => hiSkills.skills.filter((o: any) => text(o).includes(w)).length === 1);
  await page.getByRole('searchbox').fill(word);
  await expect(cards).toHaveCount(1);
  await expect(page.getByRole('article', { name: skill.name, exact: true })).toBeVisible();
  // Names are written in Latin letters in both languages.
  await page.getByRole('searchbox').fill('PHP');
  await expect(page.getByRole('article', { name: 'PHP', exact: true })).toBeVisible();
  // An alias in the other script finds its card: "database" finds डेटाबेस.
  const aliased = hiSkills.skills.find((s: any) => (s.aliases ?? []).some((a: string) => /^[a-z]+$/.test(a)));
  const alias = aliased.aliases.find((a: string) => /^[a-z]+$/.test(a));
  await page.getByRole('searchbox').fill(alias);
  await expect(page.getByRole('article', { name: aliased.name, exact: true })).toBeVisible();
  await page.getByRole('searchbox').fill('ज़ज़ज़ज़');
  await expect(cards).toHaveCount(0);
});

test('/hi/careers writes rupees and counts the Indian way', async ({ page }) => {
  await page.goto('/hi/careers');
  const main = page.getByRole('main');
  const naukri = hiCareers.jobs.listings.find((l: any) => l.count >= 100_000);
  await expect(main).toContainText(indian(naukri.count));
  await expect(main).toContainText(`${(naukri.count / 100_000).toFixed(2).replace(/0+$/, '').replace(/\.$/, '')} लाख`);
  // A survey figure (published exactly, with its n), in Western grouping.
  const dollars = hiCareers.salaries.find((s: any) => s.currency === 'USD' && s.value && s.n && s.value >= 100_000);
  await expect(main).toContainText(`$${new Intl.NumberFormat('en-US').format(dollars.value)}`);
  await expect(main).not.toContainText(new Intl.NumberFormat('en-US').format(naukri.count));
});

test.describe('without scripts', () => {
  test.use({ javaScriptEnabled: false });

  test('a Hindi page reads in full and links to its English twin', async ({ page }) => {
    await page.goto('/hi/path');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(navHi('path').title);
    await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('href', /^\/path$/);
  });
});

test('an unknown Hindi address is a 404 in Hindi', async ({ page }) => {
  const response = await page.goto('/hi/no/such/page');
  expect(response?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(hi.not_found.title);
});

test('the sitemap lists each page with both languages', async ({ request }) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
  expect(xml).toMatch(/<loc>[^<]*\/hi\/careers<\/loc>/);
  expect(xml).toMatch(/<xhtml:link rel="alternate" hreflang="hi" href="[^"]*\/hi\/careers"\s*\/>/);
});

test.describe('a browser that prefers Hindi', () => {
  test.use({ locale: 'hi-IN' });

  test('on an English page sees a suggestion in Hindi, never a redirect; closing it is remembered', async ({ page }) => {
    await page.goto('/skills?q=py');
    await expect(page).toHaveURL(/\/skills\?q=py$/);
    const suggestion = page.getByRole('complementary', { name: 'यह गाइड हिन्दी में भी है।' });
    await expect(suggestion).toHaveAttribute('lang', 'hi');
    await expect(suggestion.getByRole('link', { name: 'यह पेज हिन्दी में पढ़ें' })).toHaveAttribute(
      'href',
      /\/hi\/skills\?q=py$/,
    );
    await suggestion.getByRole('button', { name: 'नहीं, धन्यवाद' }).click();
    await expect(suggestion).toHaveCount(0);
    expect(await page.evaluate((key) => localStorage.getItem(key), LOCALE_KEY)).toBe('en');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(navEn('skills').title);
    await expect(suggestion).toHaveCount(0);
  });

  test('on a Hindi page sees none', async ({ page }) => {
    await page.goto('/hi/skills');
    await expect(page.getByRole('searchbox')).toBeEditable();
    await expect(page.getByRole('complementary', { name: /English/ })).toHaveCount(0);
  });
});

test('a Hindi page suggests nothing to a browser set to English', async ({ page }) => {
  await page.goto('/hi/skills');
  await expect(page.getByRole('searchbox')).toBeEditable();
  await expect(page.getByRole('complementary', { name: /English/ })).toHaveCount(0);
});

test('a Hindi host page embeds both widgets in Hindi', async ({ page }) => {
  const host = `http://127.0.0.1:${Number(process.env.BG_HOST_PORT ?? 18433)}`;
  await page.goto(`${host}/host-hindi.html`);
  // The iframe loader, with data-lang="hi": /hi/embed/path.
  const frame = page.frameLocator('.backend-guide iframe');
  await expect(page.locator('.backend-guide iframe')).toHaveAttribute('src', /\/hi\/embed\/path\?/);
  await page.locator('.backend-guide iframe').scrollIntoViewIfNeeded();
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(navHi('path').title);
  await expect(frame.locator('html')).toHaveAttribute('lang', 'hi');
  // The inline element, with lang="hi": Hindi content and the code's Hindi words.
  const inline = page.locator('backend-guide');
  await expect(inline.getByRole('article', { name: hiSkills.skills[5].name, exact: true })).toBeVisible();
  await expect(inline.getByRole('searchbox', { name: 'स्किल खोजें' })).toBeVisible();
});

test('progress is one store: a skill ticked on /hi/ shows on the English page', async ({ page }) => {
  const skill = hiSkills.skills[1];
  await page.goto(`/hi/skills/${skill.id}`);
  const select = page.getByRole('combobox', { name: new RegExp(skill.name) });
  await select.selectOption('known');
  await page.goto(`/skills/${skill.id}`);
  const english = content('skills.json').skills.find((s: any) => s.id === skill.id);
  await expect(page.getByRole('combobox', { name: `Progress for ${english.name}` })).toHaveValue('known');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('the Hindi header is still one row of at most 64 px', async ({ page }) => {
    await page.goto('/hi/path');
    const header = page.getByRole('banner');
    expect((await header.boundingBox())!.height).toBeLessThanOrEqual(64);
    await expect(header.getByRole('link', { name: 'English' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});

test('an unknown language prefix is the real 404, with a way into both languages', async ({ page }) => {
  const response = await page.goto('/xx/skills');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.not_found.title);
  await expect(page.getByRole('link', { name: en.not_found.home_link })).toHaveAttribute('href', /^\/$/);
  await expect(page.getByRole('link', { name: 'गाइड हिन्दी में पढ़ें' })).toHaveAttribute('href', /\/hi\/$/);
});

test('a broken Hindi file loaded by a view shows its problem in Hindi, with Retry', async ({ page }) => {
  await page.goto('/hi/compare');
  const broken = structuredClone(content('hi/path.json'));
  broken.steps[0].title = ' ';
  await page.route('**/content/hi/path.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(broken) }),
  );
  await page.getByRole('navigation', { name: hi.nav_label }).getByRole('link', { name: navHi('path').label }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('path.json: steps[0].title');
  await expect(alert.getByRole('button', { name: 'फिर से कोशिश करें' })).toBeVisible();
  // The rest of the page keeps working.
  await page.getByRole('navigation', { name: hi.nav_label }).getByRole('link', { name: navHi('skills').label }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(navHi('skills').title);
});

test('an unknown data-lang or lang falls back to English with one warning naming it', async ({ page }) => {
  const host = `http://127.0.0.1:${Number(process.env.BG_HOST_PORT ?? 18433)}`;
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning' && /Backend Guide/.test(m.text())) warnings.push(m.text());
  });
  await page.goto(`${host}/host-lang-xx.html`);
  const frame = page.locator('.backend-guide iframe');
  await expect(frame).toHaveAttribute('src', /\/embed\/path\?/);
  await expect(frame).not.toHaveAttribute('src', /\/hi\//);
  const skills = content('skills.json');
  await expect(page.locator('backend-guide').getByRole('article', { name: skills.skills[5].name, exact: true })).toBeVisible();
  await expect.poll(() => warnings.length).toBe(2);
  expect(warnings.every((w) => w.includes('"xx"'))).toBe(true);
});
