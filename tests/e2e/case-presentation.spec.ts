/**
 * A case report of another shape costs only content: the invented fixture in tests/fixtures/case-presentation/
 * (four pages, two lab tables, a "Case presentation" section, no Spanish of the authors; see its README) is built
 * with the same code (`npm run build:fixture2`) and served at /case-presentation/. The expected values below are
 * the fixture's own words.
 */
import { expect, search, test } from './fixtures.ts';

const BASE = '/case-presentation/';

/** The fixture's pages in reading order, as its sections' front matter declares them, in each language. */
const PAGES = {
  en: [
    {
      path: '',
      nav: 'Report',
      heading: 'Test fixture: invented case presentation of placebotine in an imaginary fever',
    },
    { path: 'case-presentation/', nav: 'Case presentation', heading: 'Case presentation' },
    { path: 'outcome/', nav: 'Outcome', heading: 'Outcome' },
    { path: 'references/', nav: 'References', heading: 'References' },
  ],
  es: [
    {
      path: 'es/',
      nav: 'Informe',
      heading: 'Caso de prueba: presentación inventada de placebotina en una fiebre imaginaria',
    },
    { path: 'es/case-presentation/', nav: 'Presentación del caso', heading: 'Presentación del caso' },
    { path: 'es/outcome/', nav: 'Evolución', heading: 'Evolución' },
    { path: 'es/references/', nav: 'Bibliografía', heading: 'Bibliografía' },
  ],
} as const;

// What each language's lab tables say (the fixture's content/labs/*.yaml).
const TABLES = {
  en: { labels: ['Table 1', 'Table 2'], table1Rows: ['Potassium (mmol/L)', 'Glucose (mg/dL)'], event: 'Going home' },
  es: { labels: ['Tabla 1', 'Tabla 2'], table1Rows: ['Potasio (mmol/L)', 'Glucosa (mg/dL)'], event: 'Alta' },
} as const;
const CSV_ANALYTE = { 'table-1': 'Potassium', 'table-2': 'Ferritin' } as const;

for (const locale of ['en', 'es'] as const) {
  const pages = PAGES[locale];
  const tables = TABLES[locale];

  test(`in ${locale}, its four pages render, each with its heading, in the navigation's order`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    for (const [i, expected] of pages.entries()) {
      const response = await page.goto(expected.path);
      expect(response?.status(), `/${expected.path}`).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(expected.heading);
      const nav = page.locator('#site-nav');
      await expect(nav.getByRole('link')).toHaveText(pages.map((p) => p.nav));
      await expect(nav.locator('a[aria-current="page"]')).toHaveText(expected.nav);
      // The next page's link, and none on the last page.
      const next = await page.locator('a[rel="next"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(next, `/${expected.path}: its next link`).toEqual(
        pages.slice(i + 1, i + 2).map((p) => `${BASE}${p.path}`),
      );
    }
  });

  test(`in ${locale}, both lab tables show with their charts, and both CSVs download`, async ({ page, request }) => {
    const [table1, table2] = tables.labels;
    await page.goto(pages[1].path);
    await expect(page.locator('#table-1 caption .table-label')).toContainText(table1);
    await expect(page.locator('#table-1 tbody th')).toHaveText(tables.table1Rows);
    await expect(page.locator('#table-1-chart img').first()).toHaveAttribute(
      'src',
      new RegExp(`^${BASE}lab-chart-table-1-${locale}\\.svg#panel-potassium$`),
    );
    await page.goto(pages[2].path);
    await expect(page.locator('#table-2 caption .table-label')).toContainText(table2);
    await expect(page.locator('#table-2 tr[data-analyte="ferritin"] td').nth(1)).toContainText('> 1000');
    await expect(page.locator('#table-2-chart .chart-events')).toContainText(tables.event);
    for (const [id, analyte] of Object.entries(CSV_ANALYTE)) {
      const csv = await request.get(`${id}.csv`);
      expect(csv.status(), `${id}.csv`).toBe(200);
      expect(csv.headers()['content-type']).toContain('text/csv');
      expect(await csv.text()).toContain(analyte);
    }
    await expect(page.locator('#table-2').getByRole('link', { name: /CSV/ })).toHaveAttribute(
      'href',
      `${BASE}table-2.csv`,
    );
  });

  test(`in ${locale}, a citation links to its reference`, async ({ page }) => {
    await page.goto(pages[1].path);
    const cite = page.locator('main sup a').first();
    await expect(cite).toHaveAttribute('href', `${BASE}${locale === 'en' ? '' : 'es/'}references/#ref-1`);
    await cite.click();
    await expect(page).toHaveURL(new RegExp(`${BASE}${locale === 'en' ? '' : 'es/'}references/#ref-1$`));
    await expect(page.locator('#ref-1')).toContainText('An imaginary fever in an invented cohort');
  });

  test(`in ${locale}, the references page prints each kind of reference in Vancouver style, in English`, async ({
    page,
  }) => {
    await page.goto(pages.at(-1)!.path);
    // The fixture's references (its references.yaml) as Citing Medicine prints each kind; the web page's site is its
    // publisher, set upright like the rest: only a journal's title is in italics.
    const printed = [
      'Invented Health Organization. Imaginary fevers: a fact sheet that does not exist [Internet]. Invented Health Organization; 2024 Feb 1 [cited 2025 Jan 5]. Available from: https://example.org/invented-fact-sheet.',
      'Nobody N. A textbook of imaginary medicine. 2nd ed. Nowhere: Invented Press; 2022.',
      'Someone S. Invented illnesses. In: Nobody N, editor. A textbook of imaginary medicine. 2nd ed. Nowhere: Invented Press; 2022. p. 101–15.',
      'Invented Health Organization. No case like it: an invented survey. Nowhere: Invented Health Organization; 2023. Report No.: IHO/2023.1.',
    ];
    for (const [i, text] of printed.entries()) {
      const item = page.locator(`#ref-${i + 3}`);
      await expect(item).toHaveAttribute('lang', 'en');
      // The reference's own text: the item without its links to PubMed and to the citing places.
      const own = await item.evaluate((li) => {
        const copy = li.cloneNode(true) as HTMLElement;
        copy.querySelector('.ref-links')?.remove();
        return copy.textContent ?? '';
      });
      expect(own.replace(/\s+/g, ' ').trim()).toBe(text);
      await expect(item.locator('i')).toHaveCount(0);
    }
    await expect(page.locator('#ref-1 i')).toHaveText('Ann Invented Cases.');
    await expect(
      page.locator('#ref-3').getByRole('link', { name: 'https://example.org/invented-fact-sheet' }),
    ).toHaveAttribute('href', 'https://example.org/invented-fact-sheet');
  });

  test(`in ${locale}, the references page offers a PubMed search for journal articles only`, async ({ page }) => {
    await page.goto(pages.at(-1)!.path);
    const search = (n: number) =>
      page.getByRole('link', {
        name: locale === 'en' ? `Search PubMed for reference ${n}` : `Buscar en PubMed la referencia ${n}`,
      });
    for (const n of [1, 2])
      await expect(search(n)).toHaveAttribute('href', /^https:\/\/pubmed\.ncbi\.nlm\.nih\.gov\/\?term=/);
    for (const n of [3, 4, 5, 6]) {
      await expect(search(n)).toHaveCount(0);
      await expect(page.locator(`#ref-${n}`).getByRole('link', { name: /PubMed/ })).toHaveCount(0);
    }
  });

  test(`in ${locale}, search finds a word of its case presentation`, async ({ page }) => {
    await page.goto(pages[0].path);
    const dialog = await search(page, locale === 'en' ? 'placebotine' : 'placebotina');
    const result = dialog.locator('.search-result', {
      has: page.locator(`a[href^="${BASE}${locale === 'en' ? '' : 'es/'}case-presentation/"]`),
    });
    await expect(result.first()).toBeVisible();
  });
}

test('the Spanish says the whole Spanish text is the site’s translation, never that the authors wrote any', async ({
  page,
}) => {
  await page.goto('es/');
  const full = page.locator('#translation-notice');
  await expect(full).toContainText(
    'Todo el texto en español es traducción propia de este sitio a partir de la edición en inglés de la revista.',
  );
  await expect(full).not.toContainText('autores');
  await page.goto('es/case-presentation/');
  const short = page.getByRole('complementary', { name: 'Sobre esta traducción' });
  await expect(short).toContainText('Todo el texto en español es traducción propia de este sitio.');
  await expect(short).not.toContainText('salvo');
  await page.goto('es/parallel/');
  await expect(page.locator('.parallel-intro')).toContainText('Todo el texto en español es traducción propia');
  await expect(page.locator('.parallel-intro')).not.toContainText('autores');
  await page.goto('parallel/');
  await expect(page.locator('.parallel-intro')).toContainText('The whole Spanish text is this site’s own translation');
  await expect(page.locator('.parallel-intro')).not.toContainText('authors');
});

// Its JATS file is checked where the build writes it, in seconds (tests/formats/jats.test.ts: title, sections, no
// Spanish metadata of the authors').
test('its PDFs exist, linked from its home', async ({ page, request }) => {
  await page.goto('');
  for (const locale of ['en', 'es']) {
    const pdf = await request.get(`ficticia-2025-${locale}.pdf`);
    expect(pdf.status(), `ficticia-2025-${locale}.pdf`).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
  }
  await expect(page.getByRole('link', { name: /^PDF/ }).first()).toHaveAttribute('href', `${BASE}ficticia-2025-en.pdf`);
});
