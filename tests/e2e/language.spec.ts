import { expect, READING_PAGES, test } from './fixtures.ts';

test('the language switch lands on the same page in the other language, keeping the anchor', async ({ page }) => {
  await page.goto('clinical-case/#table-1');
  const toSpanish = page.getByRole('link', { name: 'Español', exact: true });
  await expect(toSpanish).toHaveAttribute('hreflang', 'es');
  await expect(toSpanish).toHaveAttribute('lang', 'es');
  await toSpanish.click();
  await expect(page).toHaveURL(/\/es\/clinical-case\/#table-1$/);
  await expect(page.locator('#table-1')).toBeInViewport();
  await page.getByRole('link', { name: 'English', exact: true }).click();
  await expect(page).toHaveURL(/\/clinical-case\/#table-1$/);
  await expect(page).not.toHaveURL(/\/es\//);
});

test('the switch keeps an anchor reached by following a link on the page', async ({ page }) => {
  await page.goto('references/');
  await page.locator('#ref-5 .ref-cited a').click();
  await expect(page).toHaveURL(/\/discussion\/#cite-discussion-5$/);
  await page.getByRole('link', { name: 'Español', exact: true }).click();
  await expect(page).toHaveURL(/\/es\/discussion\/#cite-discussion-5$/);
});

for (const { path, locale } of READING_PAGES)
  test(`/${path} names its language alternates, x-default and canonical URL`, async ({ page, baseURL }) => {
    await page.goto(path);
    const counterpart = locale === 'en' ? `es/${path}` : path.replace(/^es\//, '');
    const english = locale === 'en' ? path : counterpart;
    const href = async (selector: string) => page.locator(selector).getAttribute('href');
    expect(await href(`link[rel="alternate"][hreflang="${locale}"]`)).toBe(`${baseURL}${path}`);
    expect(await href(`link[rel="alternate"][hreflang="${locale === 'en' ? 'es' : 'en'}"]`)).toBe(
      `${baseURL}${counterpart}`,
    );
    expect(await href('link[rel="alternate"][hreflang="x-default"]')).toBe(`${baseURL}${english}`);
    expect(await href('link[rel="canonical"]')).toBe(`${baseURL}${path}`);
  });

test.describe('a reader whose browser prefers Spanish', () => {
  test.use({ locale: 'es-ES' });
  test('sees a dismissible suggestion, in Spanish, on an English page, and no redirect', async ({ page }) => {
    await page.goto('discussion/');
    await expect(page).toHaveURL(/\/discussion\/$/);
    const suggestion = page.locator('.lang-suggestion');
    await expect(suggestion).toBeVisible();
    await expect(suggestion).toHaveAttribute('lang', 'es');
    await expect(suggestion.getByRole('link', { name: 'Leerlo en español' })).toHaveAttribute(
      'href',
      /\/es\/discussion\/$/,
    );
    await suggestion.getByRole('button', { name: 'Cerrar' }).click();
    await expect(suggestion).toBeHidden();
    await page.goto('introduction/');
    await expect(page.locator('.lang-suggestion')).toBeHidden();
  });
  test('sees no suggestion on a Spanish page', async ({ page }) => {
    await page.goto('es/discussion/');
    await expect(page.locator('.lang-suggestion')).toBeHidden();
  });
});

test.describe('a reader whose browser prefers English', () => {
  test.use({ locale: 'en-GB' });
  test('is offered the English page, in English, from a Spanish page', async ({ page }) => {
    await page.goto('es/clinical-case/');
    const suggestion = page.locator('.lang-suggestion');
    await expect(suggestion).toBeVisible();
    await expect(suggestion.getByRole('link', { name: 'Read it in English' })).toHaveAttribute(
      'href',
      /\/clinical-case\/$/,
    );
  });
  test('sees no suggestion on an English page', async ({ page }) => {
    await page.goto('clinical-case/');
    await expect(page.locator('.lang-suggestion')).toBeHidden();
  });
});

test('the sitemap lists both languages with their alternates and x-default, and robots.txt names it', async ({
  request,
  baseURL,
}) => {
  const robots = await (await request.get('robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${baseURL}sitemap-index.xml`);
  const index = await (await request.get('sitemap-index.xml')).text();
  const sitemapUrl = /<loc>([^<]+)<\/loc>/.exec(index)?.[1] ?? '';
  const sitemap = await (await request.get(sitemapUrl.replace(/^https?:\/\/[^/]+\//, '/'))).text();
  const urls = [...sitemap.matchAll(/<url><loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  expect(urls.sort()).toEqual(READING_PAGES.map((p) => `${baseURL}${p.path}`).sort());
  expect(sitemap).toContain(`hreflang="x-default" href="${baseURL}clinical-case/"`);
  expect(sitemap).toContain(`hreflang="es" href="${baseURL}es/clinical-case/"`);
});
