/**
 * The article on paper: each reading page, in English and in Spanish, printed as a reader prints it. With the print
 * stylesheet applied, every heading and block of the article that the screen shows, each section's heading as the
 * content names it, Table 1 and every reference stay visible; and the PDF the browser prints (read back with
 * poppler's pdftotext) holds their words. What a page prints is what a reader takes to a ward round.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { ARTICLE_PAGES } from '../article-pages.ts';
import { expect, READING_PAGES, test } from './fixtures.ts';

const content = (path: string) => readFileSync(new URL(`../../content/${path}`, import.meta.url), 'utf8');
/** A section's heading in one language, from its front matter. */
const sectionTitle = (locale: string, section: string) =>
  (parse(/^---\n([\s\S]*?)\n---/.exec(content(`article/${locale}/${section}.mdx`))![1]!) as { title: string }).title;
const references = parse(content('references/references.yaml')) as { id: string; title: string }[];
const table = parse(content('labs/table-1.yaml')) as {
  caption: Record<string, string>;
  analytes: { name: Record<string, string> }[];
};

/**
 * Text as the comparison reads it: without white space, soft hyphens and the hyphens of broken lines, and in lower
 * case (a label set in capitals prints as capitals).
 */
const squash = (text: string) => text.replace(/[\s\u00a0\u00ad\u2060-]+/g, '').toLowerCase();

/** What of `wanted` the page, printed to PDF by the browser and read back by pdftotext, lacks. */
async function missingOnPaper(page: Page, wanted: string[]): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'print-'));
  try {
    writeFileSync(join(dir, 'page.pdf'), await page.pdf({ format: 'A4' }));
    const printed = squash(execFileSync('pdftotext', [join(dir, 'page.pdf'), '-'], { encoding: 'utf8' }));
    return wanted.filter((text) => !printed.includes(squash(text)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

for (const { locale, slug, path } of READING_PAGES)
  test(`/${path} prints every heading and block of the article that the screen shows`, async ({ page }) => {
    await page.goto(path);
    // The article's headings and blocks (paragraphs, lists, figures, tables, the chart) as the screen shows them;
    // the contents are navigation, and do not print.
    const onScreen = await page.locator('main').evaluate((main) => {
      const shown = (selector: string) =>
        [...main.querySelectorAll(selector)].filter((el) => el.checkVisibility() && !el.closest('nav'));
      return {
        headings: shown('h1, h2, h3').map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim()),
        blocks: shown('[data-block]').map((el) => el.id),
      };
    });
    const sections = ARTICLE_PAGES.find((p) => p.slug === slug)!.sections.map((s) => sectionTitle(locale, s));
    expect(onScreen.headings, 'the sections’ headings, on screen').toEqual(expect.arrayContaining(sections));

    await page.emulateMedia({ media: 'print' });
    for (const name of onScreen.headings)
      await expect(page.getByRole('heading', { name, exact: true }).first(), `"${name}" on paper`).toBeVisible();
    for (const id of onScreen.blocks) await expect(page.locator(`[id="${id}"]`), `block #${id} on paper`).toBeVisible();
    expect(await missingOnPaper(page, onScreen.headings), `/${path} printed to PDF lacks these headings`).toEqual([]);
  });

for (const { locale, path } of READING_PAGES.filter((p) => p.slug === 'clinical-case'))
  test(`/${path} prints Table 1 whole: its caption and every row`, async ({ page }) => {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    const lab = page.locator('figure#table-1');
    await expect(lab.locator('caption'), 'Table 1’s caption on paper').toBeVisible();
    const rows = lab.locator('tbody tr');
    await expect(rows).toHaveCount(table.analytes.length);
    for (const row of await rows.all()) await expect(row, 'each row of Table 1 on paper').toBeVisible();
    const wanted = [table.caption[locale]!, ...table.analytes.map((a) => a.name[locale]!)];
    expect(await missingOnPaper(page, wanted), `/${path} printed to PDF lacks these of Table 1`).toEqual([]);
  });

for (const { path } of READING_PAGES.filter((p) => p.slug === 'references'))
  test(`/${path} prints every reference`, async ({ page }) => {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    const items = page.locator('.reference-list > li');
    await expect(items).toHaveCount(references.length);
    for (const item of await items.all()) await expect(item, 'each reference on paper').toBeVisible();
    const titles = references.map((r) => r.title);
    expect(await missingOnPaper(page, titles), `/${path} printed to PDF lacks these references`).toEqual([]);
  });
