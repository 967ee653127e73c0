import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { Page } from '@playwright/test';
import { expect, READING_PAGES, SITE_PAGES, test, WALK_TIMEOUT } from './fixtures.ts';

const DOI = '10.1016/j.reumae.2020.06.008';
const TITLE =
  'Anakinra as a potential alternative in the treatment of severe acute respiratory infection associated with SARS-CoV-2 refractory to tocilizumab';

for (const [file, type] of [
  ['citation.bib', 'bibtex'],
  ['citation.ris', 'ris'],
  ['citation.json', 'csl'],
] as const)
  test(`${file} is served and parses with citation-js to the article`, async ({ request }) => {
    const response = await request.get(file);
    expect(response.status()).toBe(200);
    const [item] = (await Cite.async(await response.text())).data as Record<string, unknown>[];
    expect(String(item?.['DOI']).toLowerCase(), type).toBe(DOI);
    expect(item?.['title']).toBe(
      'Anakinra as a potential alternative in the treatment of severe acute respiratory infection associated with SARS-CoV-2 refractory to tocilizumab',
    );
    expect((item?.['author'] as { family: string }[]).map((a) => a.family)).toHaveLength(6);
    expect([item?.['volume'], item?.['issue']].map(String)).toEqual(['17', '10']);
  });

test('the home page offers the citation, a copy button and the three downloads', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('');
  const section = page.locator('section.how-to-cite');
  await expect(section.locator('.citation-text')).toContainText(`doi:${DOI}`);
  await expect(section.locator('.citation-original')).toContainText('Please cite this article as: Figuero-Pérez L');
  await section.getByRole('button', { name: 'Copy citation' }).click();
  await expect(section.getByRole('status')).toHaveText('Citation copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    (await section.locator('.citation-text').textContent())?.trim(),
  );
  for (const name of ['BibTeX (.bib)', 'RIS (.ris)', 'CSL-JSON (.json)'])
    await expect(section.getByRole('link', { name })).toHaveAttribute('download', /^citation\./);
  await expect(section.getByRole('link', { name: '34823820' })).toHaveAttribute(
    'href',
    'https://pubmed.ncbi.nlm.nih.gov/34823820/',
  );
  await expect(section.getByRole('link', { name: 'PMC7561306' })).toHaveAttribute(
    'href',
    'https://pmc.ncbi.nlm.nih.gov/articles/PMC7561306/',
  );
});

test('the Spanish home says how to cite, in Spanish', async ({ page }) => {
  await page.goto('es/');
  await expect(page.getByRole('heading', { name: 'Cómo citar' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Copiar la cita' })).toBeVisible();
});

const meta = (page: Page, name: string) =>
  page.locator(`meta[name="${name}"]`).evaluateAll((els) => els.map((e) => e.getAttribute('content')));
const jsonLd = async (page: Page) =>
  JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');

test('the English landing page carries the Highwire citation tags of the article and its JSON-LD', async ({ page }) => {
  await page.goto('');
  expect(await meta(page, 'citation_title')).toEqual([TITLE]);
  expect(await meta(page, 'citation_author')).toEqual([
    'Figuero-Pérez, Luis',
    'Olivares-Hernández, Alejandro',
    'Escala-Cornejo, Roberto A.',
    'Terán-Brage, Eduardo',
    'López-Gutiérrez, Álvaro',
    'Cruz-Hernández, Juan J.',
  ]);
  const institutions = await meta(page, 'citation_author_institution');
  expect(institutions.length).toBeGreaterThanOrEqual(6);
  // As published: in English, whatever the Spanish pages show.
  for (const name of institutions) expect(name).toMatch(/, Spain$/);
  expect(await meta(page, 'citation_journal_title')).toEqual(['Reumatología Clínica (English Edition)']);
  expect(await meta(page, 'citation_doi')).toEqual([DOI]);
  expect(await meta(page, 'citation_pmid')).toEqual(['34823820']);
  expect(await meta(page, 'citation_volume')).toEqual(['17']);
  expect(await meta(page, 'citation_issue')).toEqual(['10']);
  expect(await meta(page, 'citation_firstpage')).toEqual(['559']);
  expect(await meta(page, 'citation_lastpage')).toEqual(['561']);
  // Google Scholar reads YYYY/MM/DD or YYYY; the issue (December 2021) gives no day.
  expect(await meta(page, 'citation_publication_date')).toEqual(['2021']);
  expect(await meta(page, 'citation_online_date')).toEqual(['2020/10/15']);
  expect(await meta(page, 'citation_language')).toEqual(['en']);
  expect(await meta(page, 'citation_reference')).toHaveLength(7);

  const ld = await jsonLd(page);
  expect(ld['@type']).toBe('MedicalScholarlyArticle');
  expect(ld['@id']).toBe(`https://doi.org/${DOI}`);
  expect(ld.name).toBe(TITLE);
  expect(ld.inLanguage).toBe('en');
  expect(ld.author).toHaveLength(6);
  expect(ld.citation).toHaveLength(7);
  expect(ld.identifier.map((i: { propertyID: string }) => i.propertyID)).toEqual(['DOI', 'PMID', 'PMCID']);
  expect(ld.isPartOf.issueNumber).toBe('10');
  expect(ld.isPartOf.isPartOf.volumeNumber).toBe('17');
  expect(ld.about.name).toBe('COVID-19');
  expect(ld.mentions.map((d: { name: string }) => d.name)).toContain('Anakinra');
  expect(ld.workTranslation.inLanguage).toBe('es');
  // This build was not told its site URL (see subpath.spec.ts for one that was).
  expect(ld.url).toBeUndefined();
});

test('the Spanish landing page declares itself a translation, and never pairs its title with the DOI', async ({
  page,
}) => {
  await page.goto('es/');
  await expect(page.locator('meta[name^="citation_"]')).toHaveCount(0);
  const ld = await jsonLd(page);
  expect(ld.inLanguage).toBe('es');
  expect(ld.name).toBe(
    'Anakinra, una alternativa potencial en el tratamiento de la infección respiratoria grave por SARS-CoV-2 refractaria a tocilizumab',
  );
  expect(ld['@id']).toBeUndefined();
  expect(ld.identifier).toBeUndefined();
  expect(ld.isPartOf).toBeUndefined();
  expect(JSON.stringify({ ...ld, translationOfWork: undefined })).not.toContain(DOI);
  expect(ld.translationOfWork['@id']).toBe(`https://doi.org/${DOI}`);
  expect(ld.translationOfWork.name).toBe(TITLE);
  expect(ld.translationOfWork.inLanguage).toBe('en');
});

test('no other page carries citation tags or article JSON-LD: Google Scholar expects one landing page', async ({
  page,
}) => {
  test.setTimeout(WALK_TIMEOUT);
  for (const { path } of SITE_PAGES.filter((p) => p.slug !== '' || p.parallel)) {
    await page.goto(path);
    await expect(page.locator('meta[name^="citation_"]'), path).toHaveCount(0);
    await expect(page.locator('script[type="application/ld+json"]'), path).toHaveCount(0);
  }
});

for (const { path, locale } of READING_PAGES.filter((p) => p.slug === ''))
  test(`/${path} names its social-card locale and a description`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute(
      'content',
      locale === 'en' ? 'en_GB' : 'es_ES',
    );
    await expect(page.locator('meta[property="og:locale:alternate"]')).toHaveAttribute(
      'content',
      locale === 'en' ? 'es_ES' : 'en_GB',
    );
    const description = await page.locator('meta[name="description"]').getAttribute('content');
    expect(description?.length).toBeGreaterThan(30);
  });

test('each language has its share card: a 1200 × 630 PNG', async ({ request }) => {
  for (const locale of ['en', 'es']) {
    const response = await request.get(`share-card/${locale}.png`);
    expect(response.headers()['content-type']).toBe('image/png');
    const png = await response.body();
    expect([png.readUInt32BE(16), png.readUInt32BE(20)], locale).toEqual([1200, 630]);
  }
});

test('the Spanish home offers the English citation and the Spanish edition’s reference as the article gives it', async ({
  page,
}) => {
  await page.goto('es/');
  const section = page.locator('section.how-to-cite');
  await expect(section.locator('.citation-text')).toHaveAttribute('lang', 'en');
  await expect(section.locator('.citation-text')).toContainText(`${TITLE}. Reumatol Clin (Engl Ed).`);
  await expect(section.locator('.citation-original span')).toHaveText(
    'Figuero-Pérez L, Olivares-Hernández A, Escala-Cornejo RA, Terán-Brage E, López-Gutiérrez Á, Cruz-Hernández JJ. Anakinra, una alternativa potencial en el tratamiento de la infección respiratoria grave por SARS-CoV-2 refractaria a tocilizumab. Reumatol Clin. 2021;17:559–561.',
  );
});

test('on a Spanish page, the footer’s English citation is marked as English', async ({ page }) => {
  await page.goto('es/discussion/');
  const citation = page.locator('.footer-cite [lang="en"]');
  await expect(citation).toContainText(`${TITLE}. Reumatol Clin (Engl Ed).`);
  await expect(page.locator('.footer-cite strong')).toHaveText('Cómo citar:');
});

test('every page and language has its own meta description', async ({ page }) => {
  const descriptions = new Set<string>();
  for (const { path } of READING_PAGES) {
    await page.goto(path);
    descriptions.add((await page.locator('meta[name="description"]').getAttribute('content')) ?? '');
  }
  expect(descriptions.size).toBe(READING_PAGES.length);
});

test('a citation previews its reference on keyboard focus, and Esc closes the preview', async ({ page }) => {
  await page.goto('introduction/');
  const citation = page.locator('a.cite[data-ref="4"]');
  await citation.focus();
  const preview = page.getByRole('tooltip');
  await expect(preview).toBeVisible();
  await expect(preview).toContainText('Reference 4');
  await expect(preview).toContainText('Why tocilizumab could be an effective treatment for severe COVID-19?');
  await expect(citation).toHaveAttribute('aria-describedby', 'reference-preview');
  await page.keyboard.press('Escape');
  await expect(preview).toBeHidden();
  await expect(citation).not.toHaveAttribute('aria-describedby', /.+/);
});

test('a citation previews its reference on hover, in the page’s language', async ({ page }) => {
  // A reader who points at a citation once the page has its script and the previews: a pointer that arrives before
  // them, while the page may still move under it, is another case (the preview follows only if it stays there).
  const previews = page.waitForResponse((response) => response.url().endsWith('/reference-previews-es.json'));
  await page.goto('es/discussion/');
  await previews;
  await page.locator('a.cite[data-ref="7"]').hover();
  const preview = page.getByRole('tooltip');
  await expect(preview).toContainText('Referencia 7');
  await expect(preview).toContainText('Monteagudo LA, Boothby A, Gertner E.');
  await page.mouse.move(0, 0);
  await expect(preview).toBeHidden();
});
