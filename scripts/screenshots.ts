/**
 * Screenshots of every reading page for a person to look at: English and Spanish, light and dark, 375 px and
 * 1280 px wide. Serve the build first (`npm start`), then `node scripts/screenshots.ts [url] [out] [filter]`.
 * The pages are the build's own (every index.html in dist/), so a case report of any shape gets all of its pages.
 */
import { chromium } from '@playwright/test';
import { mkdirSync, readdirSync } from 'node:fs';
import { chromiumPath } from './chromium-path.ts';

const base = process.argv[2] ?? 'http://localhost:4321/';
const out = process.argv[3] ?? 'test-results/screenshots';
const only = process.argv[4];
mkdirSync(out, { recursive: true });
const executablePath = chromiumPath();
const browser = await chromium.launch(executablePath ? { executablePath } : {});
// Every page the build made, as its path under the base ("", "es/clinical-case/", "parallel/discussion/"…).
const paths = readdirSync(process.env['DIST'] ?? 'dist', { recursive: true, encoding: 'utf8' })
  .filter((file) => file === 'index.html' || file.endsWith('/index.html'))
  .map((file) => file.slice(0, -'index.html'.length))
  .sort();
for (const path of paths)
  for (const scheme of ['light', 'dark'] as const)
    for (const width of [375, 1280]) {
      const name = `${(path || 'home/').replaceAll('/', '_')}${scheme}-${width}`;
      if (only && !name.includes(only)) continue;
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
      await page.goto(`${base}${path}`);
      // As a reader sees it a moment later: the scripts that run after the first paint have shown the controls.
      await page.locator('site-search .search-button').waitFor();
      await page.screenshot({ path: `${out}/${name}.png`, fullPage: true });
      await page.close();
    }
await browser.close();
