/**
 * Screenshots of every reading page for a person to look at: English and Spanish, light and dark, 375 px and
 * 1280 px wide. Serve the build first (`npm run preview`), then `node scripts/screenshots.ts [url] [out]`.
 */
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { chromiumPath } from './chromium-path.ts';

const base = process.argv[2] ?? 'http://localhost:4321/';
const out = process.argv[3] ?? 'test-results/screenshots';
const only = process.argv[4];
mkdirSync(out, { recursive: true });
const executablePath = chromiumPath();
const browser = await chromium.launch(executablePath ? { executablePath } : {});
const pages = ['', 'introduction/', 'clinical-case/', 'discussion/', 'references/', 'parallel/clinical-case/'];
for (const locale of ['', 'es/'])
  for (const path of pages)
    for (const scheme of ['light', 'dark'] as const)
      for (const width of [375, 1280]) {
        const name = `${locale.replace('/', '') || 'en'}-${path.replaceAll('/', '_') || 'home'}-${scheme}-${width}`;
        if (only && !name.includes(only)) continue;
        const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
        await page.goto(`${base}${locale}${path}`);
        // As a reader sees it a moment later: the scripts that run after the first paint have shown the controls.
        await page.locator('site-search .search-button').waitFor();
        await page.screenshot({ path: `${out}/${name}.png`, fullPage: true });
        await page.close();
      }
await browser.close();
