/** What only the nginx configuration in deploy/nginx/ does: it runs in the nginx projects (playwright.config.ts). */
import { expect, test } from './fixtures.ts';

test('pages (with their inlined styles), scripts, the worker and downloads are sent gzip-compressed', async ({
  page,
  request,
}) => {
  await page.goto('clinical-case/');
  const script = await page.locator('script[src]').first().getAttribute('src');
  for (const file of ['clinical-case/', script!, 'sw.js', 'citation.json', 'article.jats.xml', 'favicon.svg']) {
    const response = await request.get(file, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(response.headers()['content-encoding'], file).toBe('gzip');
    expect(response.headers()['vary'], file).toContain('Accept-Encoding');
  }
});

test('the files that configure other hosts are not served', async ({ request }) => {
  for (const file of ['_headers', 'vercel.json']) expect((await request.get(file)).status(), file).toBe(404);
});
