import base from './playwright.config';
import { defineConfig } from '@playwright/test';

// `make screenshots`: pictures for people to look at, not tests that can
// fail, so `make test` (playwright.config.ts) does not run them.
export default defineConfig({ ...base, testMatch: 'screenshots.shots.ts' });
