/**
 * A second case report costs only content: the invented fixture in tests/fixtures/second-article/ (other analytes,
 * time points, events, figure and references; see its README) is built with the same code (`npm run
 * build:fixture`) and served at /second-article/. The expected values below are the fixture's own words.
 */
import type { Locator } from '@playwright/test';
import { chartReady, expect, search, test } from './fixtures.ts';

test('the invented case report renders its own table, chart, figure and contents in English', async ({ page }) => {
  await page.goto('clinical-case/');
  await expect(page).toHaveTitle('Clinical case · Invented exemplumab case');
  const table = page.locator('#table-1');
  await expect(table.getByRole('columnheader')).toHaveText(['Analyte', 'Day 1', 'Day 3', 'Day 9', 'Reference range']);
  await expect(table.getByRole('rowheader')).toHaveText(['Sodium (mmol/L)', 'Creatinine (mg/dL)', 'Lactate (mmol/L)']);
  await expect(page.locator('#fig-a')).toContainText('The invented scan is not reproduced here.');
  await expect(page.locator('#fig-a').getByRole('link', { name: 'Figure A in the original article' })).toHaveAttribute(
    'href',
    'https://doi.org/10.5555/fixture.0001',
  );
  const summary = page.locator('.chart-summary');
  await expect(summary).toContainText('From day 3 to day 9');
  await expect(summary).toContainText('Values on both days:');
  await expect(summary).toContainText('Sodium rose from 133 to 140 mmol/L');
  await expect(page.locator('.chart-events')).toContainText('Exemplumab (at “Day 3”): invented dose, test data');
  await expect(page.getByRole('navigation', { name: 'On this page' }).getByRole('link')).toHaveText([
    'Clinical case',
    'Figure A',
    'Table 1',
    'Clinical course of the laboratory values',
  ]);
  const chart = page.locator('lab-chart');
  await chartReady(chart);
  await expect(chart.getByRole('option')).toHaveText([
    'Sodium (mmol/L)',
    'Creatinine (mg/dL)',
    'Lactate (mmol/L)',
    'All analytes, as multiples of the upper reference limit',
  ]);
});

test('the invented case report renders in Spanish, with decimal commas', async ({ page }) => {
  await page.goto('es/clinical-case/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Caso clínico');
  await expect(page.locator('#table-1 tbody th').first()).toHaveText('Sodio (mmol/L)');
  await expect(page.locator('#table-1 tr[data-analyte="creatinine"] td').nth(1)).toContainText('1,40');
  await expect(page.locator('#fig-a')).toContainText('La exploración inventada no se reproduce aquí.');
  await expect(page.locator('.chart-summary')).toContainText('Del día 3 al día 9');
  await expect(page.getByRole('link', { name: 'Descargar la tabla 1 en CSV' })).toBeVisible();
});

test('search finds the invented case report in each language, and files its figure under its section', async ({
  page,
}) => {
  await page.goto('');
  let dialog = await search(page, 'exemplumab');
  await expect(dialog.locator('.search-result a.search-result-title').first()).toHaveAttribute(
    'href',
    /^\/second-article\//,
  );
  await page.goto('es/');
  dialog = await search(page, 'exploración inventada');
  const figure = dialog.locator('.search-result', { has: page.locator('a[href$="#fig-a"]') });
  await expect(figure.locator('.search-result-section')).toHaveText('Caso clínico');
  await expect(figure.locator('a.search-result-title')).toHaveAttribute(
    'href',
    /^\/second-article\/es\/clinical-case\//,
  );
});

test('the invented case report cites itself, in the page and in the citation files', async ({ page, request }) => {
  await page.goto('');
  await expect(page.locator('#citation-text')).toContainText(
    'Ejemplo A, Prueba B. Test fixture: invented case of exemplumab for a fictitious condition. J Invented Test Data.',
  );
  await expect(page.locator('.how-to-cite .identifiers')).toContainText('10.5555/fixture.0001');
  const bib = await (await request.get('citation.bib')).text();
  expect(bib).toContain('title = {Test fixture: invented case of exemplumab for a fictitious condition}');
  expect(bib).toContain('doi = {10.5555/fixture.0001}');
  await page.goto('references/');
  await expect(page.locator('#ref-2')).toContainText('Exemplumab in nobody: an imaginary series');
  await expect(
    page.locator('#ref-2').getByRole('link', { name: 'Back to citation 1 of reference 2 in Discussion' }),
  ).toHaveAttribute('href', '/second-article/discussion/#cite-discussion-2');
});

/** The text a reader gets by selecting a paragraph and copying it (Ctrl+C), as the clipboard holds it. */
async function copied(paragraph: Locator): Promise<string> {
  await paragraph.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
  });
  await paragraph.page().keyboard.press('ControlOrMeta+C');
  return paragraph.page().evaluate(() => navigator.clipboard.readText());
}

test('a call of several references copies as "1,2" and links each number to its reference, in both views', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('discussion/');
  const paragraph = page.locator('p', { has: page.locator('.cite-sup') });
  expect(await copied(paragraph)).toBe(
    'Exemplumab has been tried in nobody before, nor its fictitious syndrome named.1,2',
  );
  const call = paragraph.locator('.cite-sup');
  await expect(call.getByRole('link')).toHaveText(['1', '2']);
  await expect(call.getByRole('link', { name: 'Reference 1' })).toHaveAttribute(
    'href',
    '/second-article/references/#ref-1',
  );
  await call.getByRole('link', { name: 'Reference 2' }).click();
  await expect(page).toHaveURL(/\/second-article\/references\/#ref-2$/);
  // Each reference of the call is a citation of its own, which the reference list links back to.
  await expect(
    page.locator('#ref-1').getByRole('link', { name: 'Back to citation 1 of reference 1 in Discussion' }),
  ).toHaveAttribute('href', '/second-article/discussion/#cite-discussion-1');
  await page.locator('#ref-1').getByRole('link', { name: 'Back to citation 1 of reference 1 in Discussion' }).click();
  await expect(page.locator('#cite-discussion-1')).toBeInViewport();

  await page.goto('parallel/discussion/');
  const pair = page.locator('.parallel .pair', { has: page.locator('.cite-sup') });
  const english = pair.locator('.pair-side[lang="en"] p');
  const spanish = pair.locator('.pair-side[lang="es"] p');
  expect(await copied(english)).toBe(
    'Exemplumab has been tried in nobody before, nor its fictitious syndrome named.1,2',
  );
  // In Spanish the call stands before the full stop.
  expect(await copied(spanish)).toBe(
    'El exemplumab no se ha probado antes en nadie, ni se ha nombrado su síndrome ficticio1,2.',
  );
  await expect(spanish.getByRole('link', { name: 'Referencia 2' })).toHaveAttribute(
    'href',
    '/second-article/es/references/#ref-2',
  );
  // The Spanish side's ids take its prefix, so both sides' citations stand on one page.
  await expect(spanish.locator('.cite-sup a').nth(0)).toHaveAttribute('id', 'es-cite-discussion-1');
  await expect(spanish.locator('.cite-sup a').nth(1)).toHaveAttribute('id', 'es-cite-discussion-2');
});

test('the home page lists every section it holds in its contents, and a page its subheadings', async ({ page }) => {
  await page.goto('');
  const contents = page.getByRole('navigation', { name: 'On this page' });
  await expect(contents.getByRole('link')).toHaveText(['Abstract', 'Highlights', 'How to cite']);
  await contents.getByRole('link', { name: 'Highlights' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Highlights' })).toBeInViewport();
  await page.goto('es/');
  await expect(page.getByRole('navigation', { name: 'En esta página' }).getByRole('link')).toHaveText([
    'Resumen',
    'Puntos clave',
    'Cómo citar',
  ]);
  // The discussion's title is the page's h1: its ### subheading is an h2 there, an h3 under the h2 of the side by side.
  await page.goto('discussion/');
  await expect(page.getByRole('heading', { level: 2, name: 'Limitations' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'On this page' }).getByRole('link')).toHaveText([
    'Discussion',
    'Limitations',
    'Conflict of interests',
  ]);
  await page.goto('parallel/discussion/');
  await expect(page.getByRole('heading', { level: 3, name: 'Limitaciones' })).toBeVisible();
});
