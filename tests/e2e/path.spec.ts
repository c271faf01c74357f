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

/** Whether `known` skill ids complete a step: all its skills, or any one for `done_when: any`. */
const isDone = (s: any, known: string[]) =>
  s.done_when === 'any' ? s.skills.some((id: string) => known.includes(id)) : s.skills.every((id: string) => known.includes(id));
const hours = (steps: any[]) =>
  steps.reduce((sum, s) => ({ low: sum.low + s.hours.low, high: sum.high + s.hours.high }), { low: 0, high: 0 });
/** The planner's sentence for the steps `known` leaves open, at `perWeek` hours a week. */
function estimate(known: string[], perWeek: number): string {
  const open = hours(path.steps.filter((s: any) => !isDone(s, known)));
  if (open.high === 0) return path.planner.all_done;
  const [low, high] = [Math.ceil(open.low / perWeek), Math.ceil(open.high / perWeek)];
  if (high <= 1) return fill(path.planner.estimate_one_week, { hours: perWeek });
  if (low === high) return fill(path.planner.estimate_single, { weeks: high, hours: perWeek });
  return fill(path.planner.estimate, { low, high, hours: perWeek });
}

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
  const total = hours(path.steps);
  await expect(page.getByRole('main')).toContainText(
    fill(path.total, { low: Math.floor(total.low / 10) * 10, high: Math.ceil(total.high / 10) * 10 }),
  );
  await expect(page.getByRole('contentinfo')).toContainText(`${site.checked_label} ${checkedDay('path.json', 'skills.json')}`);
});

test('a step links to its skill card, and Back returns to the path', async ({ page }) => {
  const id = path.steps[2].skills[0];
  await page.goto('/path');
  await step(page, 2).getByRole('link', { name: skillName(id), exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/skills/${id}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(skillName(id));
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(nav.title);
});

test('marking skills Known completes steps; one language is enough for the first', async ({ page }) => {
  // A step that one of its skills completes (the first language), and one that needs all of its skills.
  const any = path.steps.findIndex((s: any) => s.done_when === 'any' && s.skills.length > 1);
  const all = path.steps.findIndex((s: any) => s.done_when !== 'any' && s.skills.length > 1);
  expect([any, all], 'an any-step and an all-step with several skills').not.toContain(-1);
  const [mine, theirs] = path.steps[all].skills;
  const known = [path.steps[any].skills.at(-1), mine];
  const done = path.steps.map((s: any) => isDone(s, known));
  expect(done[any]).toBe(true);
  expect(done[all]).toBe(false);

  await page.goto('/path');
  await expect(progressLine(page)).toHaveText(fill(path.progress.template, { done: 0, total: path.steps.length }));
  // Mark cards on their pages, the way a reader does; Learning is not Known.
  for (const [id, level] of [...known.map((id) => [id, 'known']), [theirs, 'learning']]) {
    await page.goto(`/skills/${id}`);
    await page.getByRole('combobox', { name: `Progress for ${skillName(id)}` }).selectOption(level);
  }
  await page.goto('/path');
  await expect(progressLine(page)).toHaveText(
    fill(path.progress.template, { done: done.filter(Boolean).length, total: path.steps.length }),
  );
  for (const [i, isDoneNow] of done.entries()) {
    if (isDoneNow) await expect(step(page, i)).toContainText(path.labels.done);
    else await expect(step(page, i)).not.toContainText(path.labels.done);
  }
  await expect(step(page, all)).toContainText('Learning');
});

test('the planner gives a range for the open steps and keeps the hours with the progress', async ({ page }) => {
  await page.goto('/path');
  await expect(page.getByRole('main')).toContainText(path.planner.prompt);
  await hoursField(page).fill('6');
  // Every step open at 6 h a week: each end of the hours divided by 6, rounded up.
  await expect(page.getByText(estimate([], 6))).toBeVisible();
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
  // Every skill but the last step's own ones Known.
  const last = path.steps.at(-1);
  const allButLast = path.steps.flatMap((s: any) => s.skills).filter((id: string) => !last.skills.includes(id));
  expect(isDone(last, allButLast)).toBe(false);
  await seed(page, allButLast, 6);
  await page.goto('/path');
  await expect(page.getByText(estimate(allButLast, 6))).toBeVisible();
  for (const id of last.skills) {
    await page.goto(`/skills/${id}`);
    await page.getByRole('combobox', { name: `Progress for ${skillName(id)}` }).selectOption('known');
  }
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
  await expect(page.getByText(estimate([], 10))).toBeVisible();
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
  await expect(page.getByText(estimate([], 6))).toBeVisible();
  // Embeds keep progress in memory, never in the reader's storage.
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
  const id = path.steps[1].skills[0];
  await step(page, 1).getByRole('link', { name: skillName(id), exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/embed/skills/${id}\\?theme=dark$`));
});

test('on another site: the loader takes data-section="path", and the element renders it inline', async ({ page }) => {
  const host = `http://127.0.0.1:${Number(process.env.BG_HOST_PORT ?? 18433)}`;
  const guide = `http://127.0.0.1:${Number(process.env.BG_PORT ?? 18431)}`;
  await page.goto(`${host}/host-path.html`);
  // Inline: progress in memory, links to the guide in a new tab, the host's URL untouched.
  const element = page.locator('backend-guide');
  await expect(element.getByRole('heading', { level: 1 })).toHaveText(nav.title);
  await element.getByRole('spinbutton', { name: path.planner.hours_label }).fill('6');
  await expect(element.getByText(estimate([], 6))).toBeVisible();
  const id = path.steps[1].skills[0];
  const card = element.getByRole('link', { name: skillName(id), exact: true }).first();
  await expect(card).toHaveAttribute('href', `${guide}/skills/${id}`);
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
