import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, content, openBrokenByNav, checkedDay } from './fixtures';
import { settled } from './routes';

// Issue 15: "Where to start", the learning path. Its steps, their links to
// the skill cards, progress from the progress store, the pace planner,
// keyboard use, the embed and inline views, and print.

const path = content('path.json');
const skills = content('skills.json');
const site = content('site.json');
const nav = site.nav.find((n: any) => n.section === 'path');
const skillName = (id: string) => skills.skills.find((s: any) => s.id === id).name;
const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, name) => String(values[name]));
const KEY = 'backend-guide.progress.v1';

const step = (page: Page, i: number) =>
  page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: path.steps[i].title }) });
const progressLine = (page: Page) => page.getByRole('status').filter({ hasText: / of \d+ steps/ });
const hoursField = (page: Page) => page.getByRole('spinbutton', { name: path.planner.hours_label });

/** Stores progress with `known` skills Known (and optional hours) before the first page loads. */
async function seed(page: Page, known: string[], hours?: number) {
  const state: any = { version: 1, skills: Object.fromEntries(known.map((id) => [id, 'known'])), roles: [] };
  if (hours) state.hours_per_week = hours;
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, value);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [KEY, JSON.stringify(state)],
  );
}

test('the path lists its steps in order, each with why, practice, hours and skill cards', async ({ page }) => {
  await page.goto('/path');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(nav.title);
  await expect(page).toHaveTitle(`${nav.title} — ${site.name}`);
  await expect(page.getByRole('main')).toContainText(path.intro[0]);
  await expect(page.getByRole('heading', { level: 2, name: path.steps_heading })).toBeVisible();
  const titles = page.getByRole('heading', { level: 3 });
  await expect(titles).toHaveText(path.steps.map((s: any) => s.title));
  for (const [i, s] of path.steps.entries()) {
    const item = step(page, i);
    await expect(item).toContainText(s.why);
    await expect(item).toContainText(s.practice[0]);
    await expect(item).toContainText(fill(path.labels.hours, { low: s.hours.low, high: s.hours.high }));
    for (const id of s.skills) {
      await expect(item.getByRole('link', { name: skillName(id), exact: true })).toHaveAttribute('href', `/skills/${id}`);
    }
  }
  // The whole path's hours, rounded outwards to tens (213–420 → 210–420).
  await expect(page.getByRole('main')).toContainText(fill(path.total, { low: 210, high: 420 }));
  await expect(page.getByRole('contentinfo')).toContainText(`${site.checked_label} ${checkedDay('path.json', 'skills.json')}`);
});

test('a step links to its skill card, and Back returns to the path', async ({ page }) => {
  await page.goto('/path');
  await step(page, 2).getByRole('link', { name: skillName('databases') }).click();
  await expect(page).toHaveURL(/\/skills\/databases$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(skillName('databases'));
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(nav.title);
});

test('marking skills Known completes steps; one language is enough for the first', async ({ page }) => {
  await page.goto('/path');
  await expect(progressLine(page)).toHaveText(fill(path.progress.template, { done: 0, total: path.steps.length }));
  // Mark cards Known on their pages, the way a reader does.
  for (const id of ['ruby', 'apis']) {
    await page.goto(`/skills/${id}`);
    await page.getByRole('combobox', { name: `Progress for ${skillName(id)}` }).selectOption('known');
  }
  await page.goto(`/skills/databases`);
  await page.getByRole('combobox', { name: `Progress for ${skillName('databases')}` }).selectOption('learning');
  await page.goto('/path');
  await expect(progressLine(page)).toHaveText(fill(path.progress.template, { done: 2, total: path.steps.length }));
  await expect(step(page, 0)).toContainText(path.labels.done);
  await expect(step(page, 1)).toContainText(path.labels.done);
  // Learning is not Known: the SQL step stays open.
  await expect(step(page, 2)).not.toContainText(path.labels.done);
  await expect(step(page, 2)).toContainText('Learning');
  // The CRUD API step needs both of its skills.
  await expect(step(page, 4)).not.toContainText(path.labels.done);
});

test('the planner gives a range for the open steps and keeps the hours with the progress', async ({ page }) => {
  await page.goto('/path');
  await expect(page.getByRole('main')).toContainText(path.planner.prompt);
  await hoursField(page).fill('6');
  // All 213–420 hours open at 6 h a week: ceil(213/6)–ceil(420/6).
  await expect(page.getByText(fill(path.planner.estimate, { low: 36, high: 70, hours: 6 }))).toBeVisible();
  await expect(page.getByRole('main')).toContainText(path.planner.privacy);
  await expect(page).toHaveURL(/\/path$/); // never in the URL
  expect(JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY))!).hours_per_week).toBe(6);
  await page.reload();
  await expect(hoursField(page)).toHaveValue('6');
  await hoursField(page).fill('0');
  await expect(page.getByRole('main')).toContainText(path.planner.prompt);
  await hoursField(page).fill('');
  expect(JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY))!).hours_per_week).toBeUndefined();
});

test('done steps leave the estimate; every step done says so', async ({ page }) => {
  // Everything but the last step: performance and caching, 15–30 hours.
  const allButLast = path.steps.slice(0, -1).flatMap((s: any) => s.skills);
  await seed(page, allButLast, 6);
  await page.goto('/path');
  await expect(page.getByText(fill(path.planner.estimate, { low: 3, high: 5, hours: 6 }))).toBeVisible();
  await page.goto('/skills/algorithms');
  await page.getByRole('combobox', { name: `Progress for ${skillName('algorithms')}` }).selectOption('known');
  await page.goto('/skills/performance-scalability');
  await page.getByRole('combobox', { name: `Progress for ${skillName('performance-scalability')}` }).selectOption('known');
  await page.goto('/path');
  await expect(page.getByText(path.planner.all_done)).toBeVisible();
  await expect(progressLine(page)).toHaveText(
    fill(path.progress.template, { done: path.steps.length, total: path.steps.length }),
  );
});

test('the hours travel with an exported progress file', async ({ page }) => {
  await seed(page, ['python'], 8);
  await page.goto('/skills');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export progress' }).click(),
  ]);
  const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  expect(exported.hours_per_week).toBe(8);
  expect(exported.skills.python).toBe('known');
});

test('keyboard: from the skip link to the hours field and on to a skill card', async ({ page }) => {
  await page.goto('/path');
  await settled(page);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  for (let i = 0; i < 10 && !(await hoursField(page).evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(hoursField(page)).toBeFocused();
  await page.keyboard.type('10');
  await expect(page.getByText(fill(path.planner.estimate, { low: 22, high: 42, hours: 10 }))).toBeVisible();
  await page.keyboard.press('ArrowUp');
  await expect(hoursField(page)).toHaveValue('11');
  await page.keyboard.press('Tab');
  const first = step(page, 0).getByRole('link', { name: skillName(path.steps[0].skills[0]) });
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(skillName(path.steps[0].skills[0]));
});

test('a step naming an unknown skill names both files and the path, and keeps the page head', async ({ page }) => {
  const broken = structuredClone(path);
  broken.steps[4].skills[1] = 'graphql';
  await openBrokenByNav(page, '/compare', 'path.json', JSON.stringify(broken), nav.label);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('path.json: steps[4].skills[1]: unknown skill id "graphql" (not in skills.json)');
  await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(nav.title);
});

test('every problem in a file is listed: the first, then the rest on request', async ({ page }) => {
  const broken = structuredClone(path);
  broken.steps[0].title = ' ';
  broken.steps[3].practice = [];
  broken.planner.estimate = 'About {low} weeks at {hours} h';
  await openBrokenByNav(page, '/compare', 'path.json', JSON.stringify(broken), nav.label);
  const alert = page.getByRole('alert');
  await expect(alert.locator('.bg-error__detail')).toHaveText(
    'path.json: planner.estimate: must use the placeholder {high}',
  );
  await alert.getByText('2 more problems').click();
  await expect(alert.getByRole('listitem')).toHaveText([
    'path.json: steps[0].title: must not be empty',
    'path.json: steps[3].practice: must list at least one entry',
  ]);
});

test('the embed view shows the path, its links stay embedded', async ({ page }) => {
  await page.goto('/embed/path?theme=dark');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(nav.title);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('link', { name: /open in backend guide/i })).toHaveAttribute('href', '/path');
  await hoursField(page).fill('6');
  await expect(page.getByText(fill(path.planner.estimate, { low: 36, high: 70, hours: 6 }))).toBeVisible();
  // Embeds keep progress in memory, never in the reader's storage.
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
  await step(page, 1).getByRole('link', { name: skillName('apis') }).click();
  await expect(page).toHaveURL(/\/embed\/skills\/apis\?theme=dark$/);
});

test('on another site: the loader takes data-section="path", and the element renders it inline', async ({ page }) => {
  const host = `http://127.0.0.1:${Number(process.env.BG_HOST_PORT ?? 18433)}`;
  const guide = `http://127.0.0.1:${Number(process.env.BG_PORT ?? 18431)}`;
  await page.goto(`${host}/host-path.html`);
  // Inline: progress in memory, links to the guide in a new tab, the host's URL untouched.
  const element = page.locator('backend-guide');
  await expect(element.getByRole('heading', { level: 1 })).toHaveText(nav.title);
  await element.getByRole('spinbutton', { name: path.planner.hours_label }).fill('6');
  await expect(element.getByText(fill(path.planner.estimate, { low: 36, high: 70, hours: 6 }))).toBeVisible();
  const card = element.getByRole('link', { name: skillName('apis') }).first();
  await expect(card).toHaveAttribute('href', `${guide}/skills/apis`);
  await expect(card).toHaveAttribute('target', '_blank');
  expect(page.url()).toBe(`${host}/host-path.html`);
  // The iframe: /embed/path in the host's chosen theme.
  const iframe = page.locator('.backend-guide iframe');
  await expect(iframe).toHaveAttribute('src', `${guide}/embed/path?theme=dark`);
  await iframe.scrollIntoViewIfNeeded();
  await expect(page.frameLocator('.backend-guide iframe').getByRole('heading', { level: 1 })).toHaveText(nav.title);
});

test('print: every step in full, without the planner field', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  await page.goto('/path');
  await settled(page);
  const last = path.steps.at(-1);
  await expect(page.getByText(last.why)).toBeVisible();
  await expect(page.getByText(last.practice.at(-1))).toBeVisible();
  await expect(hoursField(page)).toBeHidden();
  await expect(page.getByRole('navigation')).toBeHidden();
});
