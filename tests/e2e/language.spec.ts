import { expect, test } from './fixtures.ts';

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

  test('sees the suggestion at most once per visit, even when not dismissed', async ({ page }) => {
    await page.goto('discussion/');
    await expect(page.locator('.lang-suggestion')).toBeVisible();
    await page.goto('introduction/');
    await expect(page.locator('.lang-suggestion')).toBeHidden();
  });

  test('never sees it again once dismissed, not even in a new visit', async ({ page, context }) => {
    await page.goto('discussion/');
    await page.locator('.lang-suggestion').getByRole('button', { name: 'Cerrar' }).click();
    // A new tab is a new visit (its own session), with the same stored choice.
    const visit = await context.newPage();
    await visit.goto('clinical-case/');
    await expect(visit.locator('html')).toHaveAttribute('lang', 'en');
    await expect(visit.locator('.lang-suggestion')).toBeHidden();
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

  test('sees no suggestion on the side-by-side pages, which already show English', async ({ page }) => {
    for (const path of ['es/parallel/clinical-case/', 'es/parallel/', 'parallel/discussion/']) {
      await page.goto(path);
      await expect(page.locator('language-suggestion'), path).toHaveCount(0);
    }
  });

  test('sees no suggestion on an English page', async ({ page }) => {
    await page.goto('clinical-case/');
    await expect(page.locator('.lang-suggestion')).toBeHidden();
  });
});
