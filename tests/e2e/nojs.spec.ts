import { expect, READING_PAGES, test } from './fixtures.ts';

test.use({ javaScriptEnabled: false });

for (const { path, locale } of READING_PAGES)
  test(`/${path} reads completely without JavaScript`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const switchName = locale === 'en' ? 'Español' : 'English';
    await expect(page.getByRole('link', { name: switchName, exact: true })).toBeVisible();
    await expect(page.locator('nav.site-nav a').first()).toBeAttached();
    await expect(page.locator('.search-nojs')).toBeVisible();
    await expect(page.locator('.search-button')).toBeHidden();
  });

test('the clinical case shows the text, Table 1, Fig. 1 and what the chart needs, without JavaScript', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('clinical-case/');
  await expect(page.locator('#table-1 tbody tr')).toHaveCount(8);
  await expect(page.locator('#fig-1 figcaption')).toBeVisible();
  await expect(page.locator('.chart-summary li')).toHaveCount(5);
  await expect(page.locator('.search-nojs')).toHaveText(/Search needs JavaScript/);
  await page.locator('.nav-disclosure summary').click();
  await page.locator('.nav-disclosure').getByRole('link', { name: 'Discussion' }).click();
  await expect(page).toHaveURL(/\/discussion\/$/);
});

for (const { path, panel, tick } of [
  { path: 'clinical-case/', panel: 'Leukocytes (/μL)', tick: '0.5' },
  { path: 'es/clinical-case/', panel: 'Leucocitos (/μL)', tick: '0,5' },
])
  test(`/${path} shows the lab chart without JavaScript: a drawn panel per analyte`, async ({ page }) => {
    await page.goto(path);
    const chart = page.locator('#lab-chart');
    await chart.scrollIntoViewIfNeeded();
    const panels = chart.locator('.chart-panel');
    await expect(panels).toHaveCount(8);
    await expect(panels.first().locator('.chart-panel-title')).toHaveText(panel);
    for (const svg of await panels.locator('svg').all()) {
      await expect(svg).toBeVisible();
      const box = await svg.boundingBox();
      expect(box?.height).toBeGreaterThan(60);
    }
    // Procalcitonin's axis, in the page's number format.
    await expect(panels.nth(6).locator('svg text', { hasText: tick })).toHaveCount(1);
    // The island's controls, which need JavaScript, are not shown in its place.
    await expect(chart.locator('.chart-live')).toBeHidden();
    await expect(chart.getByRole('combobox')).toBeHidden();
  });

test('citations stay plain links to the references without JavaScript', async ({ page }) => {
  await page.goto('introduction/');
  await page.locator('a.cite[data-ref="2"]').click();
  await expect(page).toHaveURL(/\/references\/#ref-2$/);
});
