import { existsSync } from 'node:fs';

/**
 * The Chromium that the browser tests, the benchmark and the screenshots drive: CHROMIUM_PATH, else Debian's
 * /usr/bin/chromium, else undefined (Playwright's own download, where it has one).
 */
export function chromiumPath(): string | undefined {
  return process.env['CHROMIUM_PATH'] ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
}
