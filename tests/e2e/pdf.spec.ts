/**
 * The article's PDF, where a reader finds it: "How to cite" on each language's home links its language's PDF with
 * its size, and the host serves it as a PDF, revalidated like the other downloads. Runs on the `_headers` host and
 * nginx, at / and under /case-report/ (playwright.config.ts).
 */
import { expect, test } from './fixtures.ts';

for (const { locale, path, heading } of [
  { locale: 'en', path: '', heading: 'How to cite' },
  { locale: 'es', path: 'es/', heading: 'Cómo citar' },
])
  test(`/${path} links the ${locale} PDF in "${heading}" with its size, served as application/pdf`, async ({
    page,
    request,
    baseURL,
  }) => {
    await page.goto(path);
    const link = page.getByRole('region', { name: heading }).getByRole('link', { name: /^PDF \(/ });
    const href = await link.getAttribute('href');
    expect(href).toMatch(new RegExp(`^${new URL(baseURL!).pathname}[a-z0-9-]+-${locale}\\.pdf$`));
    const response = await request.get(new URL(href!, baseURL).href);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    expect(response.headers()['cache-control']).toBe('public, max-age=0, must-revalidate');
    const body = await response.body();
    expect(body.subarray(0, 5).toString()).toBe('%PDF-');
    // The size the link states is the size of the file served (kilobytes of 1000 bytes, rounded).
    await expect(link).toHaveText(`PDF (${Math.round(body.length / 1000)} kB)`);
  });

test('the English landing page names its PDF for Google Scholar', async ({ page, baseURL }) => {
  await page.goto('');
  const pdf = page.getByRole('region', { name: 'How to cite' }).getByRole('link', { name: /^PDF/ });
  const url = await page.locator('meta[name="citation_pdf_url"]').getAttribute('content');
  // Absolute where the build knows the site's address (the sub-path build), the path otherwise.
  expect(new URL(url!, baseURL).pathname).toBe(await pdf.getAttribute('href'));
  await page.goto('es/');
  await expect(page.locator('meta[name="citation_pdf_url"]')).toHaveCount(0);
});
