import { expect, Page } from '@playwright/test';
import { content } from './fixtures';

const skills = content('skills.json').skills;
const careers = content('careers.json');
const steps = content('comparison.json').flow.steps;
// A region two sources cover: the careers page's region switch offers only those.
const region = careers.regions.find(
  (r: any) => new Set(careers.salaries.filter((s: any) => s.region === r.id).map((s: any) => s.source)).size > 1,
);

/** Every view of the guide, named for screenshot files and test titles; ids from the content. */
export const ROUTES = [
  { name: 'overview', path: '/' },
  { name: 'skills', path: '/skills' },
  { name: 'skill', path: `/skills/${skills[0].id}` },
  { name: 'skills-side-by-side', path: `/skills/side-by-side?ids=${skills[0].id},${skills[1].id}` },
  { name: 'careers', path: '/careers' },
  { name: 'careers-region', path: `/careers?region=${region.id}` },
  { name: 'chart-jobs', path: '/careers/charts/jobs' },
  { name: 'compare', path: '/compare' },
  { name: 'compare-step', path: `/compare?step=${steps[Math.floor(steps.length / 2)].id}` },
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
