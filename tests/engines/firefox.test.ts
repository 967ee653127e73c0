/**
 * The reader's tour (tour.ts) in Firefox: Debian's firefox-esr (FIREFOX_PATH names another), headless, driven over
 * WebDriver BiDi by puppeteer-core. Playwright's own Firefox build cannot be downloaded on these machines.
 */
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { startHost } from './host.ts';
import { tour, type Driver } from './tour.ts';

const executablePath = process.env['FIREFOX_PATH'] ?? '/usr/bin/firefox-esr';
const port = Number(process.env['TEST_PORT'] ?? 4400) + 3;

test('a reader’s tour in Firefox', { timeout: 240_000 }, async (t) => {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is not built: npm run build first');
  if (!existsSync(executablePath)) throw new Error(`No Firefox at ${executablePath}: apt-get install firefox-esr`);
  const host = await startHost('dist', port);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    protocol: 'webDriverBiDi',
    // A phone's width: the header of one row, as a clinician sees it.
    defaultViewport: { width: 412, height: 823 },
  });
  try {
    const page = (await browser.pages())[0] ?? (await browser.newPage());
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`page: ${String(error)}`));
    const driver: Driver = {
      goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
      // puppeteer's types flatten handles; the tour passes only plain values.
      evaluate: (fn, ...args) => page.evaluate(fn as never, ...(args as unknown[] as never[])) as never,
      click: (selector) => page.click(selector),
      type: (text) => page.keyboard.type(text, { delay: 30 }),
      press: (key) => page.keyboard.press(key as never),
      errors: () => errors,
    };
    await tour(t, driver, host);
  } finally {
    await browser.close();
    await host.close();
  }
});
