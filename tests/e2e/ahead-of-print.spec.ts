/**
 * A report online ahead of print is published as what it is: the invented fixture in tests/fixtures/ahead-of-print/
 * (no volume, issue, pages, PMID or PMCID; two corresponding authors; references of five kinds in CSL; citations of
 * several references at one point; a subheading; no lab table; see its README) is built with the same code
 * (`npm run build:fixture3`) and served at /ahead-of-print/. The expected values are written here by hand from the
 * fixture's YAML and MDX, as Citing Medicine (the NLM's Vancouver) prints each kind, never read from the build.
 */
import { expect, test } from './fixtures.ts';

const BASE = '/ahead-of-print/';

// Citing Medicine's line for an article online ahead of print: the date of the online issue, the DOI, the mark.
const HOW_TO_CITE =
  'Prueba M, Ensayo JL, Muestra I, Simulado P, Ficticio-Ruiz AB. Test fixture: invented late response to fictomab in ' +
  'an imaginary vasculitis. Case Rep Invent Med. 2026 Oct 15. doi:10.5555/fixture.0301. [Epub ahead of print]';

const WORDS = {
  en: {
    prefix: '',
    corresponding: 'Corresponding author',
    ahead: 'Published online ahead of print in Case Reports in Invented Medicine, 15 October 2026.',
    subheading: 'Treatment',
    colophon: 'Text reproduced from the article as the journal published it in English, for reading.',
  },
  es: {
    prefix: 'es/',
    corresponding: 'Autor para correspondencia',
    ahead: 'Publicado de forma anticipada en línea en Case Reports in Invented Medicine, 15 de octubre de 2026.',
    subheading: 'Tratamiento',
    colophon: 'Texto procedente de la versión publicada en inglés por la revista, para su lectura.',
  },
} as const;

/** A reference's own text: its list item without the links to PubMed and to the places that cite it. */
const ownText = (item: import('@playwright/test').Locator) =>
  item.evaluate((li) => {
    const copy = li.cloneNode(true) as HTMLElement;
    copy.querySelector('.ref-links')?.remove();
    return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
  });

for (const locale of ['en', 'es'] as const) {
  const words = WORDS[locale];

  test(`in ${locale}, the home prints no volume, issue, pages, PMID or PMCID, and cites it as ahead of print`, async ({
    page,
  }) => {
    await page.goto(words.prefix);
    await expect(page.locator('#citation-text')).toHaveText(HOW_TO_CITE);
    const footer = page.locator('.footer-cite');
    await expect(footer).toContainText(HOW_TO_CITE);
    const info = page.locator('details.article-info');
    await info.locator('summary').click();
    await expect(info.locator('p').filter({ hasText: 'Case Reports in Invented Medicine' })).toHaveText(words.ahead);
    // The identifiers: the DOI alone, on the page and in its footer.
    await expect(page.locator('.identifiers')).toHaveCount(2);
    for (const identifiers of await page.locator('.identifiers').all()) {
      await expect(identifiers).toContainText('10.5555/fixture.0301');
      await expect(identifiers).not.toContainText(/PMID|PMC|PubMed/);
    }
    const body = page.locator('body');
    await expect(body).not.toContainText(/PMID|PMCID|PubMed Central/);
    await expect(body).not.toContainText(/\b(vol|volume|volumen|número|issue)\b/i);
  });

  test(`in ${locale}, both corresponding authors are marked, each with an e-mail, and no equal contribution`, async ({
    page,
  }) => {
    await page.goto(words.prefix);
    const byline = page.locator('.authors li');
    await expect(byline).toHaveCount(5);
    await expect(byline.filter({ has: page.locator(`[title="${words.corresponding}"]`) })).toHaveText([
      /^Marta Prueba/,
      /^Ana Belén Ficticio-Ruiz/,
    ]);
    const info = page.locator('details.article-info');
    await info.locator('summary').click();
    await expect(info.locator('p', { hasText: words.corresponding })).toHaveText([
      `* ${words.corresponding}: M. Prueba, marta.prueba@example.org`,
      `* ${words.corresponding}: A.B. Ficticio-Ruiz, ana.ficticio@example.org`,
    ]);
    await expect(info.getByRole('link', { name: 'ana.ficticio@example.org' })).toHaveAttribute(
      'href',
      'mailto:ana.ficticio@example.org',
    );
    // No author is marked as an equal contributor (the real article's ◇), and no note says any is.
    const header = page.locator('header.article-header');
    await expect(header.locator('[title="Contributed equally"], [title="Contribuyeron por igual"]')).toHaveCount(0);
    await expect(header).not.toContainText(/◇|contributed equally|contribuyeron por igual/i);
  });

  test(`in ${locale}, several references cited at one point link each, and a run of three prints as a range`, async ({
    page,
  }) => {
    await page.goto(words.prefix);
    const pair = page.locator('#background-1 sup').nth(1);
    await expect(pair).toHaveText('2,3');
    await expect(pair.getByRole('link')).toHaveText(['2', '3']);
    await expect(pair.getByRole('link').nth(1)).toHaveAttribute('href', `${BASE}${words.prefix}references/#ref-3`);
    await page.goto(`${words.prefix}case-presentation/`);
    const range = page.locator('main sup').first();
    await expect(range).toHaveText('4–6');
    await expect(range.getByRole('link')).toHaveText(['4', '6']);
    // Reference 5, inside the range, lists this place among those that cite it, so the range's middle has an anchor.
    await page.goto(`${words.prefix}references/`);
    const back = page.locator('#ref-5 .ref-links a[href*="case-presentation/#cite-"]');
    await expect(back).toHaveCount(1);
    const target = new URL((await back.getAttribute('href'))!, 'http://host').hash;
    await page.goto(`${words.prefix}case-presentation/${target}`);
    await expect(page.locator(target)).toHaveCount(1);
  });

  test(`in ${locale}, the subheading is a heading under its section's, and in the page's contents`, async ({
    page,
  }) => {
    await page.goto(`${words.prefix}case-presentation/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    const sub = page.getByRole('heading', { level: 2, name: words.subheading, exact: true });
    await expect(sub).toBeVisible();
    const id = await sub.getAttribute('id');
    await page.setViewportSize({ width: 1280, height: 900 });
    await expect(page.locator(`nav.toc li.toc-depth-2 a[href="#${id}"]`)).toHaveText(words.subheading);
  });

  test(`in ${locale}, the references page prints a web page, a book, a chapter, a report and an Epub`, async ({
    page,
  }) => {
    await page.goto(`${words.prefix}references/`);
    const printed: [number, string][] = [
      [4, 'Eta H. Imaginary rheumatology. 2nd ed. Nowhere: Nobody Press; 2021.'],
      [
        5,
        'Theta T. Invented vasculitides. In: Iota I, Kappa K, editors. A handbook of conditions that do not exist. ' +
          'Elsewhere: Fictional University Press; 2020. p. 201–18.',
      ],
      [
        6,
        'Invented Agency for Test Data. Safety of invented biologics in imaginary patients. Nowhere: Invented Agency ' +
          'for Test Data; 2025 Mar. Report No.: ITD-2025-04.',
      ],
      [
        7,
        'World Health Organization. Imaginary vasculitis (test data, not a real page) [Internet]. World Health ' +
          'Organization; 2026 Jan 10 [cited 2026 May 4]. Available from: https://example.org/who/imaginary-vasculitis.',
      ],
    ];
    for (const [n, text] of printed) {
      const item = page.locator(`#ref-${n}`);
      await expect(item).toHaveAttribute('lang', 'en');
      expect(await ownText(item), `reference ${n}`).toBe(text);
    }
    await expect(
      page.locator('#ref-7').getByRole('link', { name: 'https://example.org/who/imaginary-vasculitis' }),
    ).toHaveAttribute('href', 'https://example.org/who/imaginary-vasculitis');
    // The journal article online ahead of print: its date, its DOI and the mark, and no volume or pages.
    const epub = await ownText(page.locator('#ref-9'));
    expect(epub).toMatch(
      /^Xi X\. An invented case report published ahead of print\. Case Rep Invent Med\. 2026 Feb 1\b/,
    );
    expect(epub).toContain('10.5555/fixture.0304');
    expect(epub).toContain('[Epub ahead of print]');
    expect(epub).not.toMatch(/2026;|:\d/);
  });

  test(`in ${locale}, a report without lab tables shows no table, no chart, and no word of either`, async ({
    page,
  }) => {
    for (const path of ['', 'case-presentation/', 'outcome/']) {
      await page.goto(`${words.prefix}${path}`);
      await expect(page.locator('figure.lab-table, .lab-chart, lab-chart'), `/${words.prefix}${path}`).toHaveCount(0);
      const colophon = page.locator('.site-footer');
      await expect(colophon).toContainText(words.colophon);
      await expect(colophon).not.toContainText(/tables|tablas|▲/);
    }
  });
}

test('the Spanish says the whole Spanish text is the site’s translation of the English as published', async ({
  page,
}) => {
  await page.goto('es/');
  await expect(page.locator('#translation-notice')).toContainText(
    'Todo el texto en español es traducción propia de este sitio a partir de la versión publicada en inglés por la revista.',
  );
  await expect(page.locator('#translation-notice')).not.toContainText('autores');
});
