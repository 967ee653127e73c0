import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test, chartReady } from './fixtures.ts';

test('no chart code is requested before the chart scrolls into view; then the canvas draws', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 700 });
  const chartRequests: string[] = [];
  page.on('request', (r) => {
    if (/\/island\.[\w-]+\.js|chart\.js|chunk/.test(r.url())) chartRequests.push(r.url());
  });
  await page.goto('clinical-case/');
  // eslint-disable-next-line playwright/no-networkidle -- the assertion is that nothing more is fetched: the network must settle first
  await page.waitForLoadState('networkidle');
  expect(chartRequests).toEqual([]);
  await expect(page.locator('lab-chart')).not.toHaveAttribute('data-ready', 'true');
  await chartReady(page.locator('lab-chart'));
  expect(chartRequests.length).toBeGreaterThan(0);
  // The canvas has pixels drawn on it, not just a size.
  const inked = await page.locator('lab-chart canvas').evaluate((canvas: HTMLCanvasElement) => {
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let count = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) count++;
    return count;
  });
  expect(inked).toBeGreaterThan(1000);
});

test('printed from the top, without scrolling, the chart’s pictures are all drawn on paper', async ({ page }) => {
  // They load lazily (they lie below the first screen): printing must not find them still waiting. A phone, where
  // they lie furthest below the first screen.
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('clinical-case/');
  await page.pdf({ format: 'A4' });
  const drawn = await page
    .locator('.chart-panel img')
    .evaluateAll((all) => all.map((img) => (img as HTMLImageElement).naturalWidth > 0));
  expect(drawn.length, 'one picture per analyte').toBeGreaterThan(0);
  expect(drawn, 'every picture, on paper').not.toContain(false);
});

test('choosing another analyte redraws the chart and relabels the canvas', async ({ page }) => {
  await page.goto('clinical-case/');
  const chart = page.locator('lab-chart');
  await chartReady(chart);
  const canvas = chart.locator('canvas');
  await expect(canvas).toHaveAttribute('role', 'img');
  await expect(canvas).toHaveAttribute('aria-label', /Leukocytes/);
  const before = await canvas.evaluate((c: HTMLCanvasElement) => c.toDataURL());
  await chart.getByLabel('Show').selectOption('crp');
  await expect(canvas).toHaveAttribute('aria-label', /C reactive protein/);
  await expect.poll(() => canvas.evaluate((c: HTMLCanvasElement) => c.toDataURL())).not.toBe(before);
  await chart.getByLabel('Show').selectOption('uln');
  await expect(canvas).toHaveAttribute('aria-label', /All analytes, as multiples of the upper reference limit/);
});

test('the chart selector works from the keyboard', async ({ page }) => {
  await page.goto('clinical-case/');
  const chart = page.locator('lab-chart');
  await chartReady(chart);
  await chart.getByLabel('Show').focus();
  await page.keyboard.press('ArrowDown');
  await expect(chart.locator('canvas')).toHaveAttribute('aria-label', /Lymphocytes/);
});

/** What the chart island draws: the file its element names (src/pages/lab-chart-[chart].json.ts). */
async function islandData(page: Page, request: APIRequestContext) {
  const src = await page.locator('lab-chart').getAttribute('data-src');
  const response = await request.get(new URL(src!, page.url()).href);
  expect(response.headers()['content-type']).toMatch(/^application\/json/);
  return (await response.json()).data;
}

test('the Spanish chart and table speak Spanish and use decimal commas', async ({ page, request }) => {
  await page.goto('es/clinical-case/');
  const chart = page.locator('lab-chart');
  await chartReady(chart);
  await expect(chart.getByLabel('Mostrar')).toBeVisible();
  await expect(chart.getByRole('option')).toContainText(['Leucocitos (/μL)', 'Proteína C reactiva (mg/dL)']);
  await expect(chart.locator('canvas')).toHaveAttribute(
    'aria-label',
    'Gráfico de líneas: Leucocitos en cada momento de la tabla 1',
  );
  const data = await islandData(page, request);
  expect(data.timepoints).toEqual(['Ingreso', 'Inicio de anakinra', '48\u00a0h tras anakinra', 'Alta']);
  await expect(page.locator('.chart-summary')).toContainText('Proteína C reactiva: descenso de 10,01 a 1,60 mg/dL');
  await expect(page.locator('#table-1 tr[data-analyte="crp"] td').nth(2)).toContainText('1,60');
  // Tooltips and points carry the values formatted for the page's locale.
  expect(data.series[1].points.map((p: { display: string }) => p.display)).toEqual(['0,71', '0,87', '5,60', '1,28']);
});

test('censored values are labelled as censored, and missing values leave gaps', async ({ page, request }) => {
  await page.goto('clinical-case/');
  const data = await islandData(page, request);
  const il6 = data.series.find((s: { id: string }) => s.id === 'il-6');
  expect(il6.points.map((p: { y: number | null; censored: string | null }) => [p.y, p.censored])).toEqual([
    [null, null],
    [1000, '>'],
    [null, null],
    [null, null],
  ]);
  await expect(page.locator('#table-1 tr[data-analyte="il-6"] td').nth(1)).toContainText('> 1000');
});

test('the chart marks the treatment events the text places, on ordered steps', async ({ page }) => {
  await page.goto('clinical-case/');
  const events = page.locator('.chart-events li');
  await expect(events).toHaveText([
    // Each number joined to its unit by a no-break space.
    /Tocilizumab \(between “Admission” and “Start of anakinra”\): 8\u00a0mg\/kg every 12\u00a0h, 2 subcutaneous doses/,
    /Anakinra \(at “Start of anakinra”\): 100\u00a0mg single total dose, subcutaneous/,
    /Discharge \(at “Discharge”\): 14 days after admission/,
  ]);
  await expect(page.locator('.chart-note')).toContainText('ordered steps, not a time scale');
});

test('Table 1 downloads as CSV with censored and missing values explicit', async ({ page }) => {
  await page.goto('clinical-case/');
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download Table 1 as CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('table-1.csv');
  const csv = await (await page.request.get('table-1.csv')).text();
  expect(csv).toContain('IL-6,pg/mL,0,3.4,anakinra-start,Values at start of anakinra,censored,>,1000,> 1000');
  expect(csv).toContain('C reactive protein,mg/dL,0,0.5,discharge,Values on discharge,censored,≤,0.1,≤ 0.1');
});

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('anchors jump instead of scrolling smoothly', async ({ page }) => {
    await page.goto('clinical-case/');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
  });
});

test('without reduced motion, anchors scroll smoothly', async ({ page }) => {
  await page.goto('clinical-case/');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('smooth');
});

test('the Spanish summary reads right for singular and plural analytes: no verb to agree with either', async ({
  page,
}) => {
  await page.goto('es/clinical-case/');
  const lines = page.locator('.chart-summary li');
  // "Leucocitos" is plural and "Proteína C reactiva" singular: a conjugated verb would fit only one of them.
  // A per-unit set against its number ("8,11/μL"), with no space and no invisible character.
  await expect(lines.filter({ hasText: /^Leucocitos:/ })).toHaveText('Leucocitos: aumento de 4,42 a 8,11/μL');
  await expect(lines.filter({ hasText: /^Proteína C reactiva:/ })).toHaveText(
    'Proteína C reactiva: descenso de 10,01 a 1,60 mg/dL',
  );
  for (const line of await lines.allTextContents())
    expect(line.trim()).toMatch(
      /^[^:]+: (aumento de [\d,]+ a [\d,]+|descenso de [\d,]+ a [\d,]+|sin cambios, [\d,]+)(\u00a0|\/)/,
    );
});

test("the build-time panels follow the reader's theme switch, not only the system's", async ({ browser, baseURL }) => {
  // `stored` is what the theme switch keeps in localStorage (none: the system's theme applies).
  const panel = async (colorScheme: 'light' | 'dark', stored: { name: string; value: string }[] = []) => {
    const context = await browser.newContext({
      baseURL: baseURL!,
      colorScheme,
      viewport: { width: 700, height: 900 },
      storageState: { cookies: [], origins: [{ origin: new URL(baseURL!).origin, localStorage: stored }] },
    });
    const page = await context.newPage();
    // Without the island, which would draw over them.
    await page.route(/\/island\.[\w-]+\.js/, (route) => route.abort());
    await page.goto('clinical-case/');
    const image = page.locator('.chart-panel img').first();
    await image.scrollIntoViewIfNeeded();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    const shot = await image.screenshot();
    await context.close();
    return shot;
  };
  const switchedToDark = await panel('light', [{ name: 'theme', value: 'dark' }]);
  expect(switchedToDark.equals(await panel('dark'))).toBe(true);
  expect(switchedToDark.equals(await panel('light'))).toBe(false);
});
