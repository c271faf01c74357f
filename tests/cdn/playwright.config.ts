import { defineConfig } from '@playwright/test';
import { join } from 'node:path';
import e2e from '../e2e/playwright.config';

// The serving checks of tests/e2e/serving.spec.ts, against Cloudflare Pages'
// asset server (serve.sh) instead of nginx, on the CDN copy of the build.
const port = Number(process.env.BG_CDN_PORT ?? 18441);
process.env.BG_SERVER = 'cdn';
process.env.BG_ROOT = join(__dirname, '../../target/cdn');

export default defineConfig({
  ...e2e,
  testDir: '../e2e',
  testMatch: 'serving.spec.ts',
  outputDir: '../../target/e2e/cdn-results',
  use: { ...e2e.use, baseURL: `http://127.0.0.1:${port}` },
  webServer: {
    command: 'bash serve.sh',
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'pipe',
    stderr: 'pipe',
    env: { BG_CDN_PORT: String(port) },
  },
});
