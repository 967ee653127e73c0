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
  await expect(page.locator('.chart-nojs')).toHaveText('The chart needs JavaScript; Table 1 above holds every value.');
  await expect(page.locator('.chart-summary li')).toHaveCount(5);
  await expect(page.locator('.search-nojs')).toHaveText(/Search needs JavaScript/);
  await page.locator('.nav-disclosure summary').click();
  await page.locator('.nav-disclosure').getByRole('link', { name: 'Discussion' }).click();
  await expect(page).toHaveURL(/\/discussion\/$/);
});

test('citations stay plain links to the references without JavaScript', async ({ page }) => {
  await page.goto('introduction/');
  await page.locator('a.cite[data-ref="2"]').click();
  await expect(page).toHaveURL(/\/references\/#ref-2$/);
});
