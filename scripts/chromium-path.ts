import { existsSync } from 'node:fs';

const first = (...paths: string[]) => paths.find((path) => existsSync(path));

/**
 * The Chromium that the benchmark and the screenshots drive: CHROMIUM_PATH, else Debian's /usr/bin/chromium, else
 * undefined (Playwright's own download, where it has one).
 */
export function chromiumPath(): string | undefined {
  return process.env['CHROMIUM_PATH'] ?? first('/usr/bin/chromium');
}

/**
 * The Chromium that the browser tests drive: CHROMIUM_PATH, else Debian's chromium-headless-shell, the headless-only
 * build of the same Chromium that Playwright itself runs headless tests on (one browser test takes about half the
 * time it takes in the full browser on a 2-core machine), else the full /usr/bin/chromium.
 */
export function testChromiumPath(): string | undefined {
  return process.env['CHROMIUM_PATH'] ?? first('/usr/bin/chromium-headless-shell', '/usr/bin/chromium');
}
