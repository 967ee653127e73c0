import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { expect, READING_PAGES, test } from './fixtures.ts';

const DOI = '10.1016/j.reumae.2020.06.008';

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

for (const { path, locale } of READING_PAGES)
  test(`/${path} carries Highwire citation tags and schema.org JSON-LD`, async ({ page }) => {
    await page.goto(path);
    const meta = (name: string) =>
      page.locator(`meta[name="${name}"]`).evaluateAll((els) => els.map((e) => e.getAttribute('content')));
    expect(await meta('citation_author')).toHaveLength(6);
    expect((await meta('citation_author_institution')).length).toBeGreaterThanOrEqual(6);
    expect(await meta('citation_doi')).toEqual([DOI]);
    expect(await meta('citation_pmid')).toEqual(['34823820']);
    expect(await meta('citation_volume')).toEqual(['17']);
    expect(await meta('citation_issue')).toEqual(['10']);
    expect(await meta('citation_firstpage')).toEqual(['559']);
    expect(await meta('citation_lastpage')).toEqual(['561']);
    expect(await meta('citation_publication_date')).toEqual(['2021/12']);
    expect(await meta('citation_online_date')).toEqual(['2020/10/15']);
    expect(await meta('citation_language')).toEqual([locale]);
    expect(await meta('citation_reference')).toHaveLength(7);
    expect(await meta('citation_keywords')).toHaveLength(1);

    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
    expect(ld['@type']).toBe('MedicalScholarlyArticle');
    expect(ld.inLanguage).toBe(locale);
    expect(ld.author).toHaveLength(6);
    expect(ld.citation).toHaveLength(7);
    expect(ld.identifier.map((i: { propertyID: string }) => i.propertyID)).toEqual(['DOI', 'PMID', 'PMCID']);
    expect(ld.isPartOf.issueNumber).toBe('10');
    expect(ld.isPartOf.isPartOf.volumeNumber).toBe('17');
    expect(ld.about.name).toBe('COVID-19');
    expect(ld.mentions.map((d: { name: string }) => d.name)).toContain('Anakinra');
    const edition = locale === 'en' ? ld.workTranslation : ld.translationOfWork;
    expect(edition.inLanguage).toBe(locale === 'en' ? 'es' : 'en');
    // This build was not told its site URL (see subpath.spec.ts for one that was).
    expect(ld.url).toBeUndefined();

    await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute(
      'content',
      locale === 'en' ? 'en_GB' : 'es_ES',
    );
    await expect(page.locator('meta[property="og:locale:alternate"]')).toHaveAttribute(
      'content',
      locale === 'en' ? 'es_ES' : 'en_GB',
    );
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary');
    const description = await page.locator('meta[name="description"]').getAttribute('content');
    expect(description?.length).toBeGreaterThan(30);
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
  await page.goto('es/discussion/');
  await page.locator('a.cite[data-ref="7"]').hover();
  const preview = page.getByRole('tooltip');
  await expect(preview).toContainText('Referencia 7');
  await expect(preview).toContainText('Monteagudo LA, Boothby A, Gertner E.');
  await page.mouse.move(0, 0);
  await expect(preview).toBeHidden();
});
