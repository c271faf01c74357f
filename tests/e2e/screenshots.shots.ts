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
      // Each route in English, then in Hindi (/hi/…, files named hi-…).
      for (const route of ROUTES) {
        for (const [prefix, path] of [['', route.path], ['hi-', route.path === '/' ? '/hi/' : `/hi${route.path}`]]) {
          test(`screenshot of ${path}`, async ({ page }) => {
            await page.emulateMedia({ reducedMotion: 'reduce' });
            await openRoute(page, path);
            await page.screenshot({ path: join(OUT, `${prefix}${route.name}-${width}-${theme}.png`), fullPage: true });
          });
        }
      }
    });
  }
}
