import { test, expect, content, keptNotice, openBrokenByNav, serveBroken, watchTimers, markTimers, timersDone } from './fixtures';
import type { Page } from '@playwright/test';

const comparison = content('comparison.json');
const { aspects } = comparison;
const { steps } = comparison.flow;
const site = content('site.json');
const nav = site.nav.find((n: any) => n.section === 'compare');
const compareTitle = nav.title;
const overviewNav = site.nav.find((n: any) => n.section === 'overview');
const words = comparison.page;
/** A step with a step before and after it, for deep links and arrow keys. */
const middle = Math.floor(steps.length / 2);

const flow = (page: Page) => page.getByRole('region', { name: comparison.flow.title });
const stepButton = (page: Page, id: string) =>
  flow(page).getByRole('button', { name: steps.find((s: any) => s.id === id).name });
const announced = (i: number) => {
  const step = steps[i];
  return `Step ${i + 1} of ${steps.length}: ${step.name} — handled by the ${step.side}`;
};

test.describe('on a 1280 px screen', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the aspects are a real table with Frontend and Backend columns', async ({ page }) => {
    await page.goto('/compare');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(compareTitle);
    const table = page.getByRole('table', { name: words.table_caption });
    await expect(table).toBeVisible();
    await expect(table.getByRole('columnheader', { name: words.side_names.frontend })).toBeVisible();
    await expect(table.getByRole('columnheader', { name: words.side_names.backend })).toBeVisible();
    await expect(table.getByRole('rowheader')).toHaveCount(aspects.length);
    for (const aspect of aspects) {
      await expect(table.getByRole('rowheader', { name: aspect.name })).toBeVisible();
      await expect(table.getByRole('cell', { name: aspect.frontend })).toBeVisible();
      await expect(table.getByRole('cell', { name: aspect.backend })).toBeVisible();
    }
    // The phone cards are not in the accessibility tree on a wide screen.
    await expect(page.getByRole('group', { name: 'Side to show' })).toHaveCount(0);
  });

  test('choosing an aspect highlights it and puts it in the URL', async ({ page }) => {
    await page.goto('/compare');
    const link = page.getByRole('rowheader').getByRole('link', { name: aspects[2].name });
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/compare\\?aspect=${aspects[2].id}$`));
    await expect(link).toHaveAttribute('aria-current', 'true');
    await expect(page.locator('a[aria-current="true"]:visible')).toHaveCount(1);
    // Back leaves the aspect unfocused again.
    await page.goBack();
    await expect(page).toHaveURL(/\/compare$/);
    await expect(link).not.toHaveAttribute('aria-current', 'true');
  });

  test('a deep link to an aspect highlights and scrolls to its row', async ({ page }) => {
    const last = aspects[aspects.length - 1];
    await page.goto(`/compare?aspect=${last.id}`);
    const header = page.getByRole('rowheader', { name: last.name });
    await expect(header.getByRole('link')).toHaveAttribute('aria-current', 'true');
    await expect(header).toBeInViewport();
  });

  test('unknown ids in the URL are ignored', async ({ page }) => {
    await page.goto('/compare?aspect=no-such-row&step=no-such-step&utm=1');
    await expect(page.getByRole('table')).toBeVisible();
    await expect(page.locator('[aria-current="true"], [aria-current="step"]')).toHaveCount(0);
    await expect(flow(page).getByRole('status')).toHaveText('');
    await expect(flow(page)).toContainText('Choose a step');
  });
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 640 } });

  test('the aspects become cards with a Frontend | Backend switch', async ({ page }) => {
    await page.goto('/compare');
    const switcher = page.getByRole('group', { name: 'Side to show' });
    await expect(switcher).toBeVisible();
    await expect(page.getByRole('table')).toHaveCount(0);
    const frontend = switcher.getByRole('button', { name: words.side_names.frontend });
    const backend = switcher.getByRole('button', { name: words.side_names.backend });
    await expect(frontend).toHaveAttribute('aria-pressed', 'true');
    await expect(backend).toHaveAttribute('aria-pressed', 'false');
    const card = page.getByRole('listitem').filter({
      has: page.getByRole('heading', { level: 3, name: aspects[0].name }),
    });
    await expect(card.getByText(aspects[0].frontend)).toBeVisible();
    await expect(card.getByText(aspects[0].backend)).toBeHidden();
    await backend.click();
    await expect(backend).toHaveAttribute('aria-pressed', 'true');
    await expect(frontend).toHaveAttribute('aria-pressed', 'false');
    await expect(card.getByText(aspects[0].backend)).toBeVisible();
    await expect(card.getByText(aspects[0].frontend)).toBeHidden();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, 'no horizontal scrolling').toBeLessThanOrEqual(0);
  });

  test('a deep link highlights and scrolls to the card', async ({ page }) => {
    const last = aspects[aspects.length - 1];
    await page.goto(`/compare?aspect=${last.id}`);
    const heading = page.getByRole('heading', { level: 3, name: last.name });
    await expect(heading.getByRole('link')).toHaveAttribute('aria-current', 'true');
    await expect(heading).toBeInViewport();
  });
});

test('arrow keys move the step selection and announce the owning side', async ({ page }) => {
  await page.goto('/compare');
  const status = flow(page).getByRole('status');
  await stepButton(page, steps[0].id).click();
  await expect(status).toHaveText(announced(0));
  await expect(page).toHaveURL(new RegExp(`step=${steps[0].id}$`));

  await page.keyboard.press('ArrowRight');
  await expect(stepButton(page, steps[1].id)).toBeFocused();
  await expect(stepButton(page, steps[1].id)).toHaveAttribute('aria-current', 'step');
  await expect(status).toHaveText(announced(1));

  await page.keyboard.press('ArrowDown');
  await expect(status).toHaveText(announced(2));
  await expect(page).toHaveURL(new RegExp(`step=${steps[2].id}$`));

  await page.keyboard.press('End');
  await expect(stepButton(page, steps[steps.length - 1].id)).toBeFocused();
  await expect(status).toHaveText(announced(steps.length - 1));

  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowLeft');
  await expect(stepButton(page, steps[0].id)).toBeFocused();
  await expect(status).toHaveText(announced(0));

  // Only the selected step is a tab stop (roving tabindex).
  await expect(flow(page).locator('button[tabindex="0"]')).toHaveCount(1);
});

test('a step deep link selects it and keeps the aspect', async ({ page }) => {
  const i = middle;
  await page.goto(`/compare?aspect=${aspects[0].id}&step=${steps[i].id}`);
  await expect(stepButton(page, steps[i].id)).toHaveAttribute('aria-current', 'step');
  await expect(flow(page).getByRole('status')).toHaveText(announced(i));
  await expect(flow(page)).toContainText(steps[i].text);
  await stepButton(page, steps[i + 1].id).click();
  await expect(page).toHaveURL(
    new RegExp(`/compare\\?aspect=${aspects[0].id}&step=${steps[i + 1].id}$`),
  );
});

test('Play walks through the steps and stops on a key press', async ({ page }) => {
  await watchTimers(page);
  await page.goto('/compare');
  const status = flow(page).getByRole('status');
  await markTimers(page);
  await flow(page).getByRole('button', { name: 'Play', exact: true }).click();
  const stop = flow(page).getByRole('button', { name: 'Stop', exact: true });
  await expect(stop).toBeVisible();
  await expect(status).toHaveText(announced(0));
  await expect(status).toHaveText(announced(1), { timeout: 4_000 });
  await page.keyboard.press('Escape');
  await expect(flow(page).getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  const stoppedAt = await status.textContent();
  // Play's timer is gone (a timer left running fails this wait), so no step follows.
  await timersDone(page);
  await expect(status).toHaveText(stoppedAt!);
});

test('Play stops on a click elsewhere', async ({ page }) => {
  await page.goto('/compare');
  await flow(page).getByRole('button', { name: 'Play', exact: true }).click();
  await expect(flow(page).getByRole('button', { name: 'Stop', exact: true })).toBeVisible();
  await page.getByRole('heading', { level: 1 }).click();
  await expect(flow(page).getByRole('button', { name: 'Play', exact: true })).toBeVisible();
});

test('with reduced motion the steps change without transitions', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/compare');
  const duration = () =>
    stepButton(page, steps[0].id).evaluate((el) => getComputedStyle(el).transitionDuration);
  expect(await duration()).toBe('0s');
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  expect(await duration()).not.toBe('0s');
});

test('the overview shows the compact request flow', async ({ page }) => {
  await page.goto('/');
  const region = flow(page);
  await expect(region.getByRole('heading', { level: 2, name: comparison.flow.title })).toBeVisible();
  await expect(region.getByRole('listitem').getByRole('button')).toHaveCount(steps.length);
  const i = middle;
  await stepButton(page, steps[i].id).click();
  await expect(region.getByRole('status')).toHaveText(announced(i));
  await expect(page).toHaveURL(/\/$/); // the compact copy keeps the URL as it is
  await page.keyboard.press('ArrowLeft');
  await expect(region.getByRole('status')).toHaveText(announced(i - 1));
  await page.getByRole('link', { name: words.preview_link }).click();
  await expect(page).toHaveURL(/\/compare$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(compareTitle);
});

test('a step without an owner names the file and path; the rest of the page stays', async ({ page }) => {
  const broken = structuredClone(comparison);
  delete broken.flow.steps[2].side;
  await openBrokenByNav(page, '/skills', 'comparison.json', JSON.stringify(broken), nav.label);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('comparison.json');
  await expect(alert).toContainText('flow.steps[2]: missing field `side`');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(compareTitle);
  // The overview's own content does not depend on comparison.json.
  await page.getByRole('navigation', { name: site.nav_label }).getByRole('link', { name: overviewNav.label }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(content('overview.json').title);
});

test.describe('at takeover', () => {
  test.use({ waitForApp: false });
  test('a broken comparison.json keeps the prerendered page and says why', async ({ page }) => {
    const broken = structuredClone(comparison);
    delete broken.flow.steps[2].side;
    await serveBroken(page, 'comparison.json', JSON.stringify(broken));
    await page.goto('/compare');
    await expect(keptNotice(page)).toContainText('flow.steps[2]: missing field `side`');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(compareTitle);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});

test.describe('built with --public-url /guide/', () => {
  const subPort = Number(process.env.BG_SUB_PORT ?? 18432);
  test.use({ baseURL: `http://127.0.0.1:${subPort}` });

  test('aspect links and step URLs keep the base path', async ({ page }) => {
    const [step, next] = [steps[middle].id, steps[middle + 1].id];
    await page.goto(`/guide/compare?step=${step}`);
    await expect(stepButton(page, step)).toHaveAttribute('aria-current', 'step');
    const link = page.getByRole('rowheader').getByRole('link', { name: aspects[1].name });
    await expect(link).toHaveAttribute('href', `/guide/compare?aspect=${aspects[1].id}&step=${step}`);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/guide/compare\\?aspect=${aspects[1].id}&step=${step}$`));
    await stepButton(page, step).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(new RegExp(`/guide/compare\\?aspect=${aspects[1].id}&step=${next}$`));
    await page.reload();
    await expect(stepButton(page, next)).toHaveAttribute('aria-current', 'step');
  });
});
