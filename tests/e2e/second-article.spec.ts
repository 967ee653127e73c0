/**
 * A second case report costs only content: the invented fixture in tests/fixtures/second-article/ (other analytes,
 * time points, events, figure and references; see its README) is built with the same code (`npm run
 * build:fixture`) and served at /second-article/. The expected values below are the fixture's own words.
 */
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
