import { join } from 'node:path';
import { test } from './fixtures';
import { ROUTES, openRoute } from './routes';

// Issue 8, item 7: a full-page picture of every route at phone and desktop
// width, light and dark, in screenshots/ (ignored by git) for people to look at.
const OUT = join(__dirname, '../../screenshots');

for (const width of [360, 1280]) {
  for (const theme of ['light', 'dark'] as const) {
    test.describe(`${width} px, ${theme}`, () => {
      test.use({ viewport: { width, height: width < 600 ? 640 : 800 }, colorScheme: theme });
      for (const route of ROUTES) {
        test(`screenshot of ${route.path}`, async ({ page }) => {
          await page.emulateMedia({ reducedMotion: 'reduce' });
          await openRoute(page, route.path);
          await page.screenshot({ path: join(OUT, `${route.name}-${width}-${theme}.png`), fullPage: true });
        });
      }
    });
  }
}
