/**
 * Reading on the ward: after one visit, the article reads offline in both languages, search included, and every
 * page read from the kept copy says so. Runs at / and under /case-report/.
 */
import { expect, READING_PAGES, test, visitOnce, WALK_TIMEOUT, chartReady } from './fixtures.ts';

// The service worker is what these tests are about (the config blocks it for the others).
test.use({ serviceWorkers: 'allow' });

test('after one visit, every reading page opens offline in both languages, marked as a saved copy', async ({
  page,
  context,
}) => {
  test.setTimeout(WALK_TIMEOUT);
  await visitOnce(page);
  await expect(page.locator('.offline-note')).toBeHidden();
  await context.setOffline(true);
  for (const { path, locale } of READING_PAGES) {
    await test.step(`/${path}`, async () => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.locator('.offline-note')).toHaveText(
        locale === 'en'
          ? /^Offline copy, saved \w+ \d{1,2}, \d{4}/
          : /^Copia sin conexión, guardada el \d{1,2} de \w+ de \d{4}/,
      );
    });
  }
});

test('offline, the Spanish search still finds "citoquinas"', async ({ page, context }) => {
  await visitOnce(page);
  await context.setOffline(true);
  await page.goto('es/');
  await page.getByRole('button', { name: 'Buscar en el artículo' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('searchbox').fill('citoquinas');
  await expect(dialog.getByRole('status')).toHaveText(/resultado/);
  await expect(dialog.locator('.search-result').first()).toBeVisible();
});

test('offline, the lab chart island, the citation files and the JATS XML still load', async ({
  page,
  context,
  baseURL,
}) => {
  await visitOnce(page);
  await context.setOffline(true);
  await page.goto('clinical-case/');
  const chart = page.locator('lab-chart');
  await chartReady(chart);
  const bib = await page.evaluate((url) => fetch(url).then((r) => r.text()), `${baseURL}citation.bib`);
  expect(bib).toContain('@article{FigueroPerez2021,');
  const jats = await page.evaluate((url) => fetch(url).then((r) => r.text()), `${baseURL}article.jats.xml`);
  expect(jats).toContain('<article-id pub-id-type="doi">10.1016/j.reumae.2020.06.008</article-id>');
});

test('offline, each language’s PDF still opens from its home page’s link', async ({ page, context }) => {
  await visitOnce(page);
  await context.setOffline(true);
  for (const path of ['', 'es/']) {
    await page.goto(path);
    const href = await page.getByRole('link', { name: /^PDF \(/ }).getAttribute('href');
    const served = await page.evaluate(
      (url) => fetch(url).then(async (r) => [r.status, (await r.text()).slice(0, 5)]),
      href!,
    );
    expect(served, href!).toEqual([200, '%PDF-']);
  }
});
