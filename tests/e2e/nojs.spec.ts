import { expect, expectPanelsDrawn, READING_PAGES, test } from './fixtures.ts';

test.use({ javaScriptEnabled: false });

// The language switch names the other language in that language.
const SWITCH = { en: 'Español', es: 'English' } as const;

for (const { path, locale } of READING_PAGES)
  test(`/${path} reads completely without JavaScript`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('link', { name: SWITCH[locale], exact: true })).toBeVisible();
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
  test(`/${path} shows the lab chart without JavaScript: a drawn panel per analyte`, async ({ page, request }) => {
    await page.goto(path);
    const chart = page.locator('#lab-chart');
    await chart.scrollIntoViewIfNeeded();
    await expectPanelsDrawn(chart);
    const panels = chart.locator('.chart-panel');
    await expect(panels.first().locator('.chart-panel-title')).toHaveText(panel);
    // Procalcitonin's axis, in the page's number format: the panel its image shows, in the language's file.
    const src = new URL((await panels.nth(6).locator('img').getAttribute('src'))!, page.url());
    const sheet = await (await request.get(src.href.replace(/#.*/, ''))).text();
    const top = new RegExp(`<view id="${src.hash.slice(1)}" viewBox="0 (\\d+) `).exec(sheet)?.[1];
    expect(top, `no view ${src.hash} in ${src.pathname}`).toBeDefined();
    const drawn = sheet.slice(sheet.indexOf(`<svg y="${top}"`)).split('</svg>')[0];
    expect(drawn).toContain(`>${tick}</text>`);
    // The island's controls, which need JavaScript, are not shown in its place.
    await expect(chart.locator('.chart-live')).toBeHidden();
    await expect(chart.getByRole('combobox')).toBeHidden();
  });

test('citations stay plain links to the references without JavaScript', async ({ page }) => {
  await page.goto('introduction/');
  await page.locator('a.cite[data-ref="2"]').click();
  await expect(page).toHaveURL(/\/references\/#ref-2$/);
});
