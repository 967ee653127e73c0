import { sentences, source, sourceReferences } from '../source.ts';
import { expect, test, visibleText } from './fixtures.ts';

test.describe('the English pages', () => {
  test('hold every sentence of the abstract verbatim', async ({ page }) => {
    await page.goto('');
    const text = await visibleText(page);
    for (const sentence of source.abstract.flatMap(sentences)) expect(text).toContain(sentence);
  });

  test('hold every sentence of the introduction verbatim', async ({ page }) => {
    await page.goto('introduction/');
    const text = await visibleText(page);
    for (const sentence of source.introduction.flatMap(sentences)) expect(text).toContain(sentence);
  });

  test('hold every sentence of the clinical case, with ceftriaxone mended, and the figure caption', async ({
    page,
  }) => {
    await page.goto('clinical-case/');
    const text = await visibleText(page);
    for (const sentence of sentences(source.clinicalCase)) expect(text).toContain(sentence);
    expect(text).toContain(`Fig. 1. ${source.figureCaption}`);
    expect(text).toContain(source.tableCaption);
  });

  test('hold every sentence of the discussion, its conclusion and the conflict of interests', async ({ page }) => {
    await page.goto('discussion/');
    const text = await visibleText(page);
    for (const sentence of [...source.discussion.flatMap(sentences), source.conclusion])
      expect(text).toContain(sentence);
    expect(text).toContain(source.conflicts);
  });
});

test('the Spanish home holds the authors’ Resumen and Palabras clave verbatim', async ({ page }) => {
  await page.goto('es/');
  const text = await visibleText(page);
  for (const paragraph of source.resumen) expect(text).toContain(paragraph);
  await expect(page.locator('.keywords li')).toHaveText(source.keywordsEs);
});

for (const prefix of ['', 'es/'])
  test(`the ${prefix ? 'Spanish' : 'English'} references page lists every reference as published`, async ({ page }) => {
    await page.goto(`${prefix}references/`);
    const items = page.locator('.reference-list > li');
    await expect(items).toHaveCount(sourceReferences.length);
    for (const [i, printed] of sourceReferences.entries()) {
      const text = (
        await items.nth(i).locator('.ref-authors, .ref-title, .ref-source, .ref-doi, .ref-status').allInnerTexts()
      ).join(' ');
      const expected = printed.replace('http://dx.doi.org/', 'https://doi.org/').replace(/\.$/, '');
      expect(text.replace(/\s+/g, ' ').replace(/ ,/g, ',')).toBe(expected.replace(/, https/, ' https'));
      await expect(items.nth(i)).toHaveAttribute('id', `ref-${i + 1}`);
    }
  });

// Every cell of Table 1 against the published text, in both languages, is a check of the built files
// (tests/output/lab-tables.test.ts): it needs no browser.

test('a missing value is announced as not available and out-of-range values as high or low', async ({ page }) => {
  await page.goto('clinical-case/');
  const fibrinogen = page.locator('#table-1 tr[data-analyte="fibrinogen"] td');
  await expect(fibrinogen.nth(1)).toHaveText(/–\s*not available/);
  await expect(fibrinogen.nth(0)).toHaveText(/720\s*▲\s*\(above the reference range\)/);
  await expect(page.locator('#table-1 tr[data-analyte="lymphocytes"] td').nth(0)).toHaveText(
    /0\.71\s*▼\s*\(below the reference range\)/,
  );
  await page.goto('es/clinical-case/');
  await expect(page.locator('#table-1 tr[data-analyte="fibrinogen"] td').nth(1)).toHaveText(/–\s*no disponible/);
});

test('Table 1 names its columns in Spanish as the review settled them', async ({ page }) => {
  await page.goto('es/clinical-case/');
  await expect(page.locator('#table-1 thead th')).toHaveText([
    'Parámetro',
    'Valores al ingreso',
    'Valores al inicio del tratamiento con anakinra',
    '48 h tras el inicio del tratamiento con anakinra',
    'Valores al alta',
    'Intervalo de referencia',
  ]);
  await expect(page.locator('.chart-summary')).toContainText('Del inicio de anakinra a las 48 h');
});

test('affiliations read as published in English, and end in “España” on the Spanish home', async ({ page }) => {
  for (const [path, country] of [
    ['', 'Spain'],
    ['es/', 'España'],
  ]) {
    await page.goto(path!);
    const affiliations = page.locator('.affiliations li');
    await expect(affiliations).toHaveCount(3);
    for (const text of await affiliations.allTextContents()) expect(text.trim()).toMatch(new RegExp(`, ${country}$`));
  }
});

test('Fig. 1 stands as a figure with its caption, draws no image and links to the original', async ({ page }) => {
  for (const [prefix, label] of [
    ['', 'Fig. 1.'],
    ['es/', 'Figura 1.'],
  ]) {
    await page.goto(`${prefix}clinical-case/`);
    const figure = page.locator('figure#fig-1');
    await expect(figure.locator('figcaption')).toContainText(label!);
    await expect(figure.locator('img')).toHaveCount(0);
    await expect(figure.locator('a[href="https://doi.org/10.1016/j.reumae.2020.06.008"]')).toHaveCount(1);
  }
});

test('Spanish pages say what is the authors’ Spanish and what is translation; English pages do not', async ({
  page,
}) => {
  await page.goto('es/');
  const notice = page.getByRole('complementary', { name: 'Sobre esta traducción' });
  await expect(notice).toContainText(
    'El título, el resumen y las palabras clave en español son los publicados por los autores. El resto del texto en español es traducción propia de este sitio a partir de la edición en inglés de la revista. La revista publicó el artículo primero en español (Reumatol Clin. 2021;17:559–561); el texto completo de ese original no se reproduce aquí.',
  );
  await expect(notice.getByRole('link')).toHaveAttribute('href', 'https://doi.org/10.1016/j.reumae.2020.06.008');
  // Elsewhere, a short line that links to that statement (its height on a phone: phone.spec.ts).
  await page.goto('es/discussion/');
  await expect(notice.getByRole('link', { name: /^Traducción propia de este sitio/ })).toHaveAttribute(
    'href',
    /\/es\/#translation-notice$/,
  );
  await page.goto('discussion/');
  await expect(page.locator('.translation-notice')).toHaveCount(0);
});

test('citations link to their reference and each reference links back to the place that cites it', async ({ page }) => {
  await page.goto('discussion/');
  const citation = page.locator('a.cite[data-ref="7"]');
  await expect(citation).toHaveAttribute('id', 'cite-discussion-7');
  await citation.click();
  await expect(page).toHaveURL(/\/references\/#ref-7$/);
  await expect(page.locator('#ref-7')).toBeInViewport();
  await page
    .locator('#ref-7')
    .getByRole('link', { name: /Back to citation 1 of reference 7/ })
    .click();
  await expect(page).toHaveURL(/\/discussion\/#cite-discussion-7$/);
  await expect(page.locator('#cite-discussion-7')).toBeInViewport();
});

test('a reference cited in two sections links back to both', async ({ page }) => {
  await page.goto('es/references/');
  const back = page.locator('#ref-3 .ref-cited a');
  await expect(back).toHaveCount(2);
  await expect(back.nth(0)).toHaveAttribute('href', /\/es\/introduction\/#cite-introduction-3$/);
  await expect(back.nth(1)).toHaveAttribute('href', /\/es\/discussion\/#cite-discussion-3$/);
  await expect(back.nth(1)).toHaveAccessibleName('Volver a la cita 1 de la referencia 3, sección «Discusión»');
});

test('DOIs link through https://doi.org/', async ({ page }) => {
  await page.goto('references/');
  await expect(page.locator('.ref-doi')).toHaveCount(4);
  for (const href of await page.locator('.ref-doi').evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
    expect(href).toMatch(/^https:\/\/doi\.org\/10\./);
});
