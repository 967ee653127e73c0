/**
 * The reader's tour (tour.ts) in WebKit, the engine of every browser on iOS: Debian's webkit2gtk-driver
 * (WebKitWebDriver) starts MiniBrowser with --automation, under a virtual X display (xvfb-run), and
 * selenium-webdriver drives it over WebDriver. WebKitGTK has `popover` and `content-visibility` but no invoker
 * commands: the search button works there through the page's inline opener alone. Playwright's own WebKit build
 * cannot be downloaded on these machines.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { Builder, By, Key, type WebDriver } from 'selenium-webdriver';
import { startHost } from './host.ts';
import { tour, type Driver } from './tour.ts';

const driverPath = process.env['WEBKIT_DRIVER_PATH'] ?? '/usr/bin/WebKitWebDriver';
const browserPath =
  process.env['WEBKIT_BROWSER_PATH'] ??
  [
    '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  ].find((path) => existsSync(path)) ??
  'MiniBrowser';
const port = Number(process.env['TEST_PORT'] ?? 4400) + 3;
const driverPort = port + 1;
// WebDriver's names of the keys the tour presses.
const KEYS: Record<string, string> = { ArrowDown: Key.ARROW_DOWN, Enter: Key.ENTER, Escape: Key.ESCAPE };

test('a reader’s tour in WebKit', { timeout: 300_000 }, async (t) => {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is not built: npm run build first');
  if (!existsSync(driverPath))
    throw new Error(`No WebKitWebDriver at ${driverPath}: apt-get install webkit2gtk-driver`);
  const host = await startHost('dist', port);
  // A display of its own, unless the machine has one (xvfb-run -a picks a free display number).
  const virtual = !process.env['DISPLAY'];
  if (virtual && !existsSync('/usr/bin/xvfb-run'))
    throw new Error('No X display and no xvfb-run: apt-get install xvfb');
  const server = spawn(
    virtual ? '/usr/bin/xvfb-run' : driverPath,
    [...(virtual ? ['-a', driverPath] : []), `--port=${driverPort}`, '--host=127.0.0.1'],
    { stdio: 'ignore', detached: true },
  );
  let session: WebDriver | undefined;
  try {
    const status = `http://127.0.0.1:${driverPort}/status`;
    for (
      let i = 0;
      i < 100 &&
      !(await fetch(status).then(
        (r) => r.ok,
        () => false,
      ));
      i++
    )
      await new Promise((resolve) => setTimeout(resolve, 100));
    session = await new Builder()
      .usingServer(`http://127.0.0.1:${driverPort}`)
      .withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: browserPath, args: ['--automation'] },
      })
      .build();
    const browser = session;
    // A phone's width, as in the other engines' tours (the window's, with its frame).
    await browser.manage().window().setRect({ width: 412, height: 900 });
    const driver: Driver = {
      goto: (url) => browser.get(url),
      evaluate: (fn, ...args) => browser.executeScript(fn, ...args) as never,
      click: async (selector) => browser.findElement(By.css(selector)).click(),
      type: (text) => browser.actions().sendKeys(text).perform(),
      press: (key) =>
        browser
          .actions()
          .sendKeys(KEYS[key] ?? key)
          .perform(),
      // WebDriver has no console to read: the tour's steps check what the reader would see instead.
      errors: () => [],
    };
    await tour(t, driver, host);
  } finally {
    await session?.quit().catch(() => undefined);
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
    await host.close();
  }
});
