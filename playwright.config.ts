import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

/**
 * Browser tests run against `astro preview` of the built site: the root build on :4321 and the sub-path build
 * (`npm run build:subpath`, base /case-report/) on :4322. The browser is the Chromium named by CHROMIUM_PATH,
 * else Debian's /usr/bin/chromium when present, else Playwright's own.
 */
const chromium = process.env['CHROMIUM_PATH'] ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const preview = (port: number, extra = '') => ({
  command: `npx astro preview --ignore-lock --port ${port} ${extra}`.trim(),
  url: `http://localhost:${port}${extra ? '/case-report/' : '/'}`,
  env: { ASTRO_PREVIEW_BACKGROUND: '0' },
  reuseExistingServer: !process.env['CI'],
  timeout: 60_000,
});

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: !!process.env['CI'],
  retries: process.env['CI'] ? 1 : 0,
  workers: 2,
  fullyParallel: true,
  reporter: process.env['CI'] ? [['list'], ['html', { open: 'never' }]] : [['list']],
  use: {
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      ...(chromium ? { executablePath: chromium } : {}),
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: [preview(4321), preview(4322, '--outDir dist-subpath --base /case-report/')],
  projects: [
    { name: 'root', use: { baseURL: 'http://localhost:4321/' }, testIgnore: /subpath\.spec\.ts/ },
    { name: 'subpath', use: { baseURL: 'http://localhost:4322/case-report/' }, testMatch: /subpath\.spec\.ts/ },
  ],
});
