import { defineConfig } from '@playwright/test';

// Browser tests run against the release build served by nginx (serve.sh),
// in Debian's Chromium. Nothing here downloads a browser.
const port = Number(process.env.BG_PORT ?? 18431);
const subPort = Number(process.env.BG_SUB_PORT ?? 18432);
const hostPort = Number(process.env.BG_HOST_PORT ?? 18433);

export default defineConfig({
  testDir: '.',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  outputDir: '../../target/e2e/results',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    headless: true,
    // The release build registers a service worker, which would answer
    // requests before page.route() sees them; offline.spec.ts allows it.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: 'bash serve.sh',
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    env: { BG_PORT: String(port), BG_SUB_PORT: String(subPort), BG_HOST_PORT: String(hostPort) },
  },
});
