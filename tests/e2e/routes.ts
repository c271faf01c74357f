import { expect, Page } from '@playwright/test';

/** Every view of the guide, named for screenshot files and test titles. */
export const ROUTES = [
  { name: 'overview', path: '/' },
  { name: 'skills', path: '/skills' },
  { name: 'skill-python', path: '/skills/python' },
  { name: 'skills-side-by-side', path: '/skills/side-by-side?ids=python,java' },
  { name: 'careers', path: '/careers' },
  { name: 'careers-in', path: '/careers?region=in' },
  { name: 'chart-jobs', path: '/careers/charts/jobs' },
  { name: 'compare', path: '/compare' },
  { name: 'compare-step', path: '/compare?step=database' },
  { name: 'path', path: '/path' },
  { name: 'not-found', path: '/no/such/page' },
] as const;

export type Route = (typeof ROUTES)[number];

/** Opens `path` and waits until every content file has rendered. */
export async function openRoute(page: Page, path: string) {
  await page.goto(path);
  await settled(page);
}

/** Waits until the app has taken over the prerendered page (its controls work). */
export async function appReady(page: Page) {
  await page.waitForFunction(() => performance.getEntriesByName('bg:app-ready').length > 0);
}

/** Waits until the app has taken over, the view has its one h1 and nothing is still loading. */
export async function settled(page: Page) {
  await appReady(page);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await expect(page.getByRole('contentinfo').locator('.bg-footer__text')).toBeVisible();
}
