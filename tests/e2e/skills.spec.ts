import { test, expect, content, openBrokenByNav, skillsMatching, navItem } from './fixtures';
import { appReady } from './routes';
import { readFileSync, writeFileSync } from 'node:fs';

const skills = content('skills.json');
const site = content('site.json');
const cards = (page: any) => page.getByRole('article');
const search = (page: any) => page.getByRole('searchbox', { name: 'Search skills' });
const skill = (id: string) => skills.skills.find((s: any) => s.id === id);
const languages = skills.skills.filter((s: any) => s.category === 'language');
/** Languages by first release, ties A–Z, as "Sort: first release" shows them. */
const byYear = [...languages].sort((a: any, b: any) => a.first_release - b.first_release || (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : 1));
const [python, java] = [skill('python'), skill('java')];

test('every skill is a card whose heading is its name', async ({ page }) => {
  await page.goto('/skills');
  await expect(cards(page)).toHaveCount(skills.skills.length);
  for (const skill of skills.skills) {
    const card = page.getByRole('article', { name: skill.name, exact: true });
    await expect(card.getByRole('heading', { name: skill.name, exact: true })).toBeVisible();
    await expect(card).toContainText(skill.summary);
  }
  await expect(page.getByRole('status').filter({ hasText: 'Showing all' })).toHaveText(
    `Showing all ${skills.skills.length} skills`,
  );
});

test('typing "py" leaves only the matching cards, and the URL keeps it', async ({ page }) => {
  const matching = skillsMatching(skills, 'py');
  expect(matching.length, 'some skill matches "py", and not every one').toBeGreaterThan(0);
  expect(matching.length).toBeLessThan(skills.skills.length);
  await page.goto('/skills');
  await search(page).fill('py');
  await expect(page.getByRole('article').getByRole('heading')).toHaveText(matching.map((s: any) => s.name));
  const verb = matching.length === 1 ? 'matches' : 'match';
  await expect(page.getByText(`${matching.length} of ${skills.skills.length} skills ${verb}`)).toBeVisible();
  await expect(page).toHaveURL(/\/skills\?q=py$/);
  await page.reload();
  await expect(search(page)).toHaveValue('py');
  await expect(cards(page)).toHaveCount(matching.length);
});

test('while typing, the list follows every key at once and the URL once typing pauses', async ({ page }) => {
  // Issue 14: a navigation per keystroke cost more than the search itself.
  await page.goto('/skills');
  await appReady(page);
  const seen = await page.evaluate(async () => {
    const historyBefore = history.length;
    const input = document.querySelector<HTMLInputElement>('#skill-search')!;
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    // The list updates in the same turn: its effects run as microtasks, so
    // draining them (and never yielding to a timer) shows the list after a
    // key however slow the machine is, and no timer can have fired between
    // the keys.
    const settle = async () => {
      for (let i = 0; i < 50; i++) await Promise.resolve();
    };
    const type = async (value: string) => {
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await settle();
      return { search: location.search, cards: document.querySelectorAll('article').length };
    };
    const keys = [await type('j'), await type('ja'), await type('jav')];
    const beforePause = location.search;
    await pause(600);
    const afterPause = location.search;
    // Backspace and pause: the URL is what the box says, not what it said.
    await type('ja');
    await pause(600);
    return { keys: keys.filter(Boolean), beforePause, afterPause, afterBackspace: location.search, historyBefore, historyAfter: history.length };
  });
  expect(seen.keys.map((k: any) => k.search)).toEqual(['', '', '']);
  expect(seen.keys[2].cards).toBe(skillsMatching(skills, 'jav').length);
  expect(seen.beforePause).toBe('');
  expect(seen.afterPause).toBe('?q=jav');
  expect(seen.afterBackspace).toBe('?q=ja');
  await expect(search(page)).toHaveValue('ja');
  // Typing replaces the history entry rather than adding one per key.
  expect(seen.historyAfter).toBe(seen.historyBefore);
});

test('an empty result offers Clear filters', async ({ page }) => {
  await page.goto('/skills?q=zzzz');
  await expect(cards(page)).toHaveCount(0);
  await expect(page.getByText('No skill matches')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(cards(page)).toHaveCount(skills.skills.length);
  await expect(search(page)).toBeFocused();
});

test('category toggles filter, combine, and survive back and reload', async ({ page }) => {
  await page.goto('/skills');
  const [first, second] = skills.categories;
  const count = (category: any) => skills.skills.filter((s: any) => s.category === category.id).length;
  const toggle = page.getByRole('button', { name: first.name });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(cards(page)).toHaveCount(count(first));
  await page.getByRole('button', { name: second.name }).click();
  await expect(cards(page)).toHaveCount(count(first) + count(second));
  await expect(page).toHaveURL(new RegExp(`category=${first.id},${second.id}`));
  await page.goBack();
  await expect(cards(page)).toHaveCount(count(first));
  await page.reload();
  await expect(page.getByRole('button', { name: first.name })).toHaveAttribute('aria-pressed', 'true');
  await expect(cards(page)).toHaveCount(count(first));
});

test('sorting by first release puts languages in year order', async ({ page }) => {
  await page.goto('/skills?category=language');
  await page.getByLabel('Sort').selectOption('year');
  await expect(page).toHaveURL(/sort=year/);
  await expect(page.getByRole('article').getByRole('heading')).toHaveText(byYear.map((s: any) => s.name));
});

test('a deep link opens the detail; Esc returns to the list with focus on the card', async ({ page }) => {
  await page.goto('/skills/python');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(python.name);
  await expect(page.getByRole('main')).toContainText(python.description[0]);
  await expect(page.getByRole('main')).toContainText(String(python.first_release));
  for (const id of python.related) {
    const related = skills.skills.find((s: any) => s.id === id);
    await expect(page.getByRole('link', { name: related.name, exact: true })).toBeVisible();
  }
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/skills$/);
  await expect(page.getByRole('link', { name: python.name, exact: true })).toBeFocused();
});

test('opening a card by keyboard and closing keeps the filters', async ({ page }) => {
  expect(skillsMatching(skills, 'ja')).toContainEqual(java);
  await page.goto('/skills?q=ja');
  const link = page.getByRole('link', { name: java.name, exact: true });
  await link.focus();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/\/skills\/java$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(java.name);
  await page.getByRole('button', { name: /^Close/ }).click();
  await expect(page).toHaveURL(/\/skills\?q=ja$/);
  await expect(page.getByRole('link', { name: java.name, exact: true })).toBeFocused();
});

test('clicking a card body opens it; related skills are links', async ({ page }) => {
  const card = skills.skills.find((s: any) => s.related.length > 0);
  await page.goto('/skills');
  await page.getByRole('article', { name: card.name, exact: true }).getByText(card.summary).click();
  await expect(page).toHaveURL(new RegExp(`/skills/${card.id}$`));
  const first = skill(card.related[0]);
  await page.getByRole('link', { name: first.name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.name);
});

test('an unknown skill id is a real 404 with the not-found page, before and after the app', async ({ page }) => {
  const site = content('site.json');
  const response = await page.goto('/skills/cobol');
  expect(response!.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(site.not_found.title);
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(site.not_found.title);
  await page.getByRole('navigation').getByRole('link', { name: navItem('skills').label }).click();
  await expect(cards(page)).toHaveCount(skills.skills.length);
});

test('compare Python and Java side by side', async ({ page }) => {
  await page.goto('/skills');
  await page.getByRole('checkbox', { name: `Compare ${python.name}` }).check();
  await page.getByRole('checkbox', { name: `Compare ${java.name}` }).check();
  await page.getByRole('link', { name: 'Compare side by side' }).click();
  await expect(page).toHaveURL(/\/skills\/side-by-side\?ids=python,java$/);
  const table = page.getByRole('table');
  await expect(table.getByRole('columnheader', { name: python.name })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: java.name })).toBeVisible();
  const labels = skills.page.labels;
  for (const row of ['category', 'summary', 'first_release', 'known_for', 'tools', 'strengths', 'tradeoffs']) {
    const cells = table.getByRole('row', { name: new RegExp(`^${labels[row]}`) }).getByRole('cell');
    await expect(cells).toHaveCount(2);
  }
  const released = table.getByRole('row', { name: new RegExp(`^${labels.first_release}`) });
  await expect(released.getByRole('cell')).toContainText([String(python.first_release), String(java.first_release)]);
});

test('the side-by-side table keeps its old address', async ({ page }) => {
  // It was /skills/compare before "compare" came to mean only frontend vs backend.
  await page.goto('/skills/compare?ids=python,java');
  const table = page.getByRole('table');
  await expect(table.getByRole('columnheader', { name: python.name })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: java.name })).toBeVisible();
});

test('a fourth skill cannot be added to a comparison', async ({ page }) => {
  expect(languages.length, 'four languages to choose from').toBeGreaterThanOrEqual(4);
  await page.goto('/skills?category=language');
  for (const s of languages.slice(0, 3)) await page.getByRole('checkbox', { name: `Compare ${s.name}` }).check();
  await expect(page.getByRole('checkbox', { name: `Compare ${languages[3].name}` })).toBeDisabled();
});

test('progress survives a reload and the meter counts known skills', async ({ page }) => {
  await page.goto('/skills');
  await page.getByRole('combobox', { name: `Progress for ${skill('python').name}` }).selectOption('known');
  await page.getByRole('combobox', { name: `Progress for ${skill('java').name}` }).selectOption('learning');
  await expect(page.getByText(`Known: 1 of ${skills.skills.length}`)).toBeVisible();
  await page.reload();
  await expect(page.getByRole('combobox', { name: `Progress for ${skill('python').name}` })).toHaveValue('known');
  await expect(page.getByRole('combobox', { name: `Progress for ${skill('java').name}` })).toHaveValue('learning');
  await expect(page.getByText(`Known: 1 of ${skills.skills.length}`)).toBeVisible();
  const stored = await page.evaluate(() => localStorage.getItem('backend-guide.progress.v1'));
  expect(JSON.parse(stored!)).toMatchObject({ version: 1, skills: { python: 'known', java: 'learning' } });
});

test('export then import restores progress; unknown ids are reported', async ({ page }, info) => {
  await page.goto('/skills');
  await page.getByRole('combobox', { name: `Progress for ${skill('ruby').name}` }).selectOption('known');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const file = await (await download).path();
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(exported.skills).toEqual({ ruby: 'known' });

  exported.skills.cobol = 'known';
  exported.skills.php = 'learning';
  const edited = info.outputPath('progress.json');
  writeFileSync(edited, JSON.stringify(exported));
  await page.getByLabel('Import progress').setInputFiles(edited);
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toContainText(
    'Skipped ids this guide does not know: cobol',
  );
  await expect(page.getByRole('combobox', { name: `Progress for ${skill('php').name}` })).toHaveValue('learning');
});

test('a 20 MB file is refused by its size before it is read; the page stays alive', async ({ page }) => {
  await page.goto('/skills');
  const first = skills.skills[0];
  await page.getByRole('combobox', { name: `Progress for ${first.name}` }).selectOption('known');
  const before = await page.evaluate(() => localStorage.getItem('backend-guide.progress.v1'));
  // Valid JSON all the way, so only its size can refuse it.
  const huge = Buffer.from(`{"version": 1, "skills": {}, "pad": "${'x'.repeat(20 * 1024 * 1024)}"}`);
  await page.getByLabel('Import progress').setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: huge });
  await expect(page.getByRole('alert')).toContainText(
    'huge.json could not be imported: it is 21.0 MB, and a progress file is at most 1 MB, so it was not read',
  );
  expect(await page.evaluate(() => localStorage.getItem('backend-guide.progress.v1'))).toBe(before);
  // Still working: a search narrows the list.
  await page.getByRole('searchbox', { name: 'Search skills' }).fill(first.name);
  await expect(page.getByRole('article', { name: first.name, exact: true })).toBeVisible();
});

test('a broken import leaves stored progress intact', async ({ page }, info) => {
  await page.goto('/skills');
  await page.getByRole('combobox', { name: `Progress for ${skill('python').name}` }).selectOption('known');
  const before = await page.evaluate(() => localStorage.getItem('backend-guide.progress.v1'));
  const broken = info.outputPath('broken.json');
  writeFileSync(broken, '{"version": 1, "skills": {"python": "expert"}}');
  await page.getByLabel('Import progress').setInputFiles(broken);
  await expect(page.getByRole('alert')).toContainText('broken.json could not be imported: skills.python: unknown variant');
  await expect(page.getByRole('alert')).toContainText('Your saved progress was not changed');
  expect(await page.evaluate(() => localStorage.getItem('backend-guide.progress.v1'))).toBe(before);
  await expect(page.getByRole('combobox', { name: `Progress for ${skill('python').name}` })).toHaveValue('known');
});

test('skills.json with a dangling related id names the file and path', async ({ page }) => {
  const broken = structuredClone(skills);
  broken.skills[2].related = ['cobol'];
  const label = site.nav.find((n: any) => n.section === 'skills').label;
  await openBrokenByNav(page, '/compare', 'skills.json', JSON.stringify(broken), label);
  await expect(page.getByRole('alert')).toContainText('skills.json');
  await expect(page.getByRole('alert')).toContainText('skills[2].related[0]: unknown skill id "cobol"');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('"Show more" pages through a long list, 60 cards at a time', async ({ page }) => {
  // Generated cards: the shipped file has too few to page.
  const base = skills.skills.find((s: any) => s.category !== 'language');
  const many = Array.from({ length: 150 }, (_, i) => ({
    ...base,
    id: `generated-${i}`,
    name: `Generated skill ${String(i).padStart(3, '0')}`,
    related: [],
  }));
  await page.route('**/content/skills.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ...skills, skills: many }) }),
  );
  // The learning path may only name skills that exist: have it name generated ones.
  const path = content('path.json');
  path.steps.forEach((step: any) => (step.skills = step.skills.map(() => many[0].id).slice(0, 1)));
  await page.route('**/content/path.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(path) }),
  );
  await page.goto('/skills');
  await expect(cards(page)).toHaveCount(60);
  await expect(page.getByRole('status').filter({ hasText: 'Showing all 150 skills' })).toBeVisible();
  await page.getByRole('button', { name: 'Show 60 more of 90 not yet shown' }).click();
  await expect(cards(page)).toHaveCount(120);
  await page.getByRole('button', { name: 'Show 30 more of 30 not yet shown' }).click();
  await expect(cards(page)).toHaveCount(150);
  await expect(page.getByRole('button', { name: /^Show \d+ more/ })).toHaveCount(0);
  await expect(cards(page).last()).toContainText('Generated skill 149');
  // A new search starts again at one page.
  await page.getByRole('searchbox', { name: /search skills/i }).fill('generated skill 1');
  await expect(cards(page)).toHaveCount(60);
});
