import type { APIRequestContext } from '@playwright/test';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { expect, READING_PAGES, test, WALK_TIMEOUT, chartReady } from './fixtures.ts';

// These run against the build made with --site https://example.org --base /case-report/ (npm run build:subpath),
// served by each test host under /case-report/ (see playwright.config.ts).
const SITE = 'https://example.org/case-report/';

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
});

test('under /case-report/ the chart loads and the language switch keeps the anchor', async ({ page }) => {
  await page.goto('clinical-case/#table-1');
  await page.getByRole('link', { name: 'Español', exact: true }).click();
  await expect(page).toHaveURL(/\/case-report\/es\/clinical-case\/#table-1$/);
  await chartReady(page.locator('lab-chart'));
});

/** What a served page's head tells search engines: robots, canonical and language alternates ("hreflang url"). */
async function indexing(request: APIRequestContext, path: string) {
  const tree = fromHtml(await (await request.get(path)).text());
  const all = (selector: string, name: string) => selectAll(selector, tree).map((el) => String(el.properties[name]));
  const languages = all('link[rel="alternate"][hreflang]', 'hrefLang');
  const hrefs = all('link[rel="alternate"][hreflang]', 'href');
  return {
    robots: all('meta[name="robots"]', 'content'),
    canonical: all('link[rel="canonical"]', 'href'),
    alternates: languages.map((language, i) => `${language} ${hrefs[i]}`).sort(),
  };
}

test('each kind of page tells search engines what it is: reading pages, side-by-side pages, the 404 page', async ({
  request,
}) => {
  // Written out here, not derived from the code that writes the head.
  for (const path of ['', 'introduction/', 'clinical-case/', 'discussion/', 'references/']) {
    // A reading page in either language: indexed, its own canonical URL, both languages and English as x-default.
    const alternates = [`en ${SITE}${path}`, `es ${SITE}es/${path}`, `x-default ${SITE}${path}`];
    for (const page of [path, `es/${path}`])
      expect.soft(await indexing(request, page), `the head of reading page /${page}`).toEqual({
        robots: [],
        canonical: [`${SITE}${page}`],
        alternates,
      });
    // A side-by-side page is a reading aid, not a third edition: kept out of the index, with no alternates.
    for (const page of [`parallel/${path}`, `es/parallel/${path}`])
      expect.soft(await indexing(request, page), `the head of side-by-side page /${page}`).toEqual({
        robots: ['noindex, follow'],
        canonical: [`${SITE}${page}`],
        alternates: [],
      });
  }
  for (const page of ['404.html', 'no-such-page/'])
    expect
      .soft(await indexing(request, page), `the head of the 404 page (/${page})`)
      .toEqual({ robots: ['noindex, follow'], canonical: [], alternates: [] });
});

test('every reading page names its absolute canonical URL, language alternates, x-default and share card', async ({
  page,
}) => {
  test.setTimeout(WALK_TIMEOUT);
  for (const { path, locale, slug } of READING_PAGES) {
    await page.goto(path);
    // The same page in the other language, and in English (x-default).
    const counterpart = READING_PAGES.find((p) => p.slug === slug && p.locale !== locale)!;
    const english = READING_PAGES.find((p) => p.slug === slug && p.locale === 'en')!.path;
    // The head is in the page as served: a link that is not there now never comes, so fail at once, saying which.
    const link = async (selector: string, name: string, href: string) => {
      const found = page.locator(selector);
      await expect(found, `/${path}: the ${name} link is missing (or repeated)`).toHaveCount(1, { timeout: 1_000 });
      await expect(found, `/${path}: the ${name} link`).toHaveAttribute('href', href, { timeout: 1_000 });
    };
    await link(`link[rel="alternate"][hreflang="${locale}"]`, `${locale} alternate`, `${SITE}${path}`);
    const other = counterpart.locale;
    await link(`link[rel="alternate"][hreflang="${other}"]`, `${other} alternate`, `${SITE}${counterpart.path}`);
    await link('link[rel="alternate"][hreflang="x-default"]', 'x-default alternate', `${SITE}${english}`);
    await link('link[rel="canonical"]', 'canonical', `${SITE}${path}`);
    await expect(page.locator('meta[property="og:url"]'), path).toHaveAttribute('content', `${SITE}${path}`);
    await expect(page.locator('meta[property="og:image"]'), path).toHaveAttribute(
      'content',
      `${SITE}share-card/${locale}.png`,
    );
    await expect(page.locator('meta[name="twitter:card"]'), path).toHaveAttribute('content', 'summary_large_image');
  }
  // Each home is its language's landing page, whose JSON-LD names its address.
  for (const home of ['', 'es/']) {
    await page.goto(home);
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
    expect(ld.url, `/${home}: the JSON-LD url`).toBe(`${SITE}${home}`);
  }
});

test('the sitemap lists both languages with their alternates and x-default, and robots.txt names it', async ({
  request,
}) => {
  const robots = await (await request.get('robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${SITE}sitemap-index.xml`);
  const index = await (await request.get('sitemap-index.xml')).text();
  const sitemapUrl = /<loc>([^<]+)<\/loc>/.exec(index)?.[1] ?? '';
  expect(sitemapUrl).toMatch(new RegExp(`^${SITE}sitemap-\\d+\\.xml$`));
  const sitemap = await (await request.get(sitemapUrl.slice(SITE.length))).text();
  const urls = [...sitemap.matchAll(/<url><loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  expect(urls.sort()).toEqual(READING_PAGES.map((p) => `${SITE}${p.path}`).sort());
  expect(sitemap).toContain(`hreflang="x-default" href="${SITE}clinical-case/"`);
  expect(sitemap).toContain(`hreflang="es" href="${SITE}es/clinical-case/"`);
});
