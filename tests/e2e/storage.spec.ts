import { test, expect, content } from './fixtures';

const KEY = 'backend-guide.progress.v1';

test('corrupt stored progress: the app runs, says so once, and keeps a copy', async ({ page }) => {
  await page.addInitScript((key) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(key, '{"version":1,"skills":{"python":"expert"');
      sessionStorage.setItem('seeded', '1');
    }
  }, KEY);
  await page.goto('/skills');
  await expect(page.getByRole('status').filter({ hasText: 'could not be read' })).toContainText('started fresh');
  expect(await page.evaluate(() => localStorage.getItem('backend-guide.progress.v1.unreadable'))).toBe(
    '{"version":1,"skills":{"python":"expert"',
  );
  await page.getByRole('combobox', { name: 'Progress for Python' }).selectOption('known');
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Progress for Python' })).toHaveValue('known');
  await expect(page.getByText('could not be read')).toHaveCount(0);
});

test('a full storage quota is reported, and nothing breaks', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  await page.goto('/skills');
  await page.getByRole('combobox', { name: 'Progress for Java' }).selectOption('learning');
  await expect(page.getByRole('status').filter({ hasText: 'could not be saved' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Progress for Java' })).toHaveValue('learning');
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByText('could not be saved')).toHaveCount(0);
});

test('storage that throws on access: the app runs and says progress is not kept', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
  });
  await page.goto('/skills');
  await expect(page.getByRole('status').filter({ hasText: 'does not let the guide store' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Progress for Ruby' }).selectOption('known');
  await expect(page.getByText('Known: 1 of')).toBeVisible();
});

test('a skill ticked in one tab shows in another open tab, without a reload', async ({ page, context }) => {
  const skill = content('skills.json').skills[0];
  const other = await context.newPage();
  await other.goto('/skills');
  await other.waitForFunction(() => performance.getEntriesByName('bg:app-ready').length > 0);
  await page.goto('/skills');
  await page.getByRole('combobox', { name: `Progress for ${skill.name}` }).selectOption('known');
  await expect(other.getByRole('combobox', { name: `Progress for ${skill.name}` })).toHaveValue('known', {
    timeout: 1_000,
  });
  await other.close();
});
