import { crawl } from './crawl.ts';
import { expect, SITE_PAGES, test } from './fixtures.ts';

// These run against the build made with --base /case-report/ (see playwright.config.ts).

test('under /case-report/ a crawl finds every page, asset and anchor, with no redirect', async ({
  request,
  baseURL,
}) => {
  expect(baseURL).toMatch(/\/case-report\/$/);
  const result = await crawl(request, baseURL!);
  expect(result.problems).toEqual([]);
  for (const { path } of SITE_PAGES) expect(result.pages).toContain(`${baseURL}${path}`);
  expect(result.pages.every((p) => new URL(p).pathname.startsWith('/case-report/'))).toBe(true);
});

test('under /case-report/ search loads and its results open the right anchor', async ({ page }) => {
  await page.goto('es/');
  await page.getByRole('button', { name: 'Buscar en el artículo' }).click();
  await page.getByRole('searchbox').fill('Monteagudo');
  const link = page.locator('.search-result a[href$="#ref-7"]');
  await expect(link).toHaveAttribute('href', /^\/case-report\/es\/references\/\?highlight=monteagudo#ref-7$/i);
  await link.click();
  await expect(page.locator('#ref-7 mark.pagefind-highlight')).toHaveText('Monteagudo');
});

test('under /case-report/ the citation downloads and the CSV are served', async ({ request }) => {
  for (const file of ['citation.bib', 'citation.ris', 'citation.json', 'table-1.csv']) {
    const response = await request.get(file);
    expect(response.status(), file).toBe(200);
    expect(await response.text(), file).toMatch(/10\.1016\/j\.reumae\.2020\.06\.008|Leukocytes/);
  }
  await expect.poll(async () => (await request.get('robots.txt')).text()).toContain('/case-report/sitemap-index.xml');
});

test('under /case-report/ the chart loads and the language switch keeps the anchor', async ({ page }) => {
  await page.goto('clinical-case/#table-1');
  await page.getByRole('link', { name: 'Español', exact: true }).click();
  await expect(page).toHaveURL(/\/case-report\/es\/clinical-case\/#table-1$/);
  await page.locator('lab-chart').scrollIntoViewIfNeeded();
  await expect(page.locator('lab-chart')).toHaveAttribute('data-ready', 'true');
});
