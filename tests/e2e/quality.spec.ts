import { HtmlValidate } from 'html-validate';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, READING_PAGES, searchReady, SITE_PAGES, test, WALK_TIMEOUT, chartReady } from './fixtures.ts';

const DIST = 'dist';
const htmlFiles = async () =>
  (await readdir(DIST, { recursive: true })).filter((f) => f.endsWith('.html')).map((f) => join(DIST, f));

test('every built page is valid HTML', async () => {
  const validator = new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: {
      // Astro writes void elements as <meta ...> and minifies; these are style, not validity.
      'void-style': 'off',
      'no-inline-style': 'off',
      'attribute-boolean-style': 'off',
      'no-trailing-whitespace': 'off',
      'long-title': 'off',
    },
  });
  const files = await htmlFiles();
  expect(files).toHaveLength(SITE_PAGES.length + 1);
  const errors: string[] = [];
  for (const file of files) {
    const report = await validator.validateFile(file);
    for (const result of report.results)
      for (const m of result.messages) errors.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
  }
  expect(errors).toEqual([]);
});

test('every page has a Content-Security-Policy that allows its inline scripts by hash, not unsafe-inline', async ({
  page,
}) => {
  test.setTimeout(WALK_TIMEOUT);
  for (const { path } of [...SITE_PAGES, { path: '404.html' }]) {
    await page.goto(path);
    const csp = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
    const scripts = /script-src([^;]*)/.exec(csp)?.[1] ?? '';
    expect(scripts, path).toContain("'self'");
    expect(scripts, path).not.toContain('unsafe-inline');
    expect(csp, path).toContain("default-src 'self'");
    expect(csp, path).toContain("object-src 'none'");
    // Every inline script the page runs is allowed by its hash: the policy a host sends as a header is this one.
    const inline = await page.locator('script:not([src]):not([type="application/ld+json"])').allTextContents();
    expect(inline.length, path).toBeGreaterThan(0);
    for (const code of inline)
      expect(scripts, path).toContain(`'sha256-${createHash('sha256').update(code).digest('base64')}'`);
  }
});

test('_headers gives every page its CSP with frame-ancestors, and vercel.json says the same', async () => {
  const headers = readFileSync(join(DIST, '_headers'), 'utf8');
  for (const header of ['X-Content-Type-Options: nosniff', 'Referrer-Policy:', 'Permissions-Policy:'])
    expect(headers).toContain(header);
  for (const { path } of SITE_PAGES)
    expect(headers).toMatch(new RegExp(`^/${path}\\n  Content-Security-Policy: [^\\n]*frame-ancestors 'none'`, 'm'));
  expect(headers).not.toMatch(/script-src[^;\n]*unsafe-inline/);
  // Vercel's rules, read back as (path, header, value) triples, are the _headers rules.
  const triples = (rules: { path: string; headers: [string, string][] }[]) =>
    rules.flatMap((rule) => rule.headers.map(([name, value]) => `${rule.path} ${name}: ${value}`)).sort();
  const fromHeaders = headers
    .trim()
    .split(/\n\n/)
    .map((block) => {
      const [path, ...lines] = block.split('\n');
      return {
        path: path!,
        headers: lines.map(
          (l) =>
            l
              .trim()
              .split(/: (.*)/s)
              .slice(0, 2) as [string, string],
        ),
      };
    });
  const vercel = JSON.parse(readFileSync(join(DIST, 'vercel.json'), 'utf8')) as {
    headers: { source: string; headers: { key: string; value: string }[] }[];
  };
  const fromVercel = vercel.headers.map((rule) => ({
    path: rule.source.replace(/\(\.\*\)$/, '*'),
    headers: rule.headers.map((h) => [h.key, h.value] as [string, string]),
  }));
  expect(triples(fromVercel)).toEqual(triples(fromHeaders));
});

test('a build that was not told its site URL names no host: no localhost, no canonical, no sitemap', async ({
  request,
}) => {
  const files = (await readdir(DIST, { recursive: true })).filter((f) => /\.(html|xml|txt|json|bib|ris|csv)$/.test(f));
  expect(files.length).toBeGreaterThan(SITE_PAGES.length);
  for (const file of files) expect(readFileSync(join(DIST, file), 'utf8'), file).not.toMatch(/localhost|127\.0\.0\.1/);
  const home = readFileSync(join(DIST, 'index.html'), 'utf8');
  expect(home).not.toMatch(/rel="(canonical|alternate|sitemap)"|og:url/);
  expect((await request.get('sitemap-index.xml')).status()).toBe(404);
  expect(await (await request.get('robots.txt')).text()).not.toContain('Sitemap:');
});

test('on every page, links that lead to other sites carry rel="noopener"', async ({ page, baseURL }) => {
  test.setTimeout(WALK_TIMEOUT);
  for (const { path } of READING_PAGES) {
    await page.goto(path);
    const external = await page
      .locator('a[href^="http"]')
      .evaluateAll(
        (as, origin) =>
          as
            .filter((a) => new URL((a as HTMLAnchorElement).href).origin !== origin)
            .map((a) => a.getAttribute('rel') ?? ''),
        new URL(baseURL!).origin,
      );
    expect(external.length, path).toBeGreaterThan(0);
    for (const rel of external) expect(rel, path).toContain('noopener');
  }
});

test('no page asks another host for anything, even scrolled to the end', async ({ page }) => {
  // The fixture fails the test on any request off the site's host; this gives each page the chance to make one.
  test.setTimeout(WALK_TIMEOUT);
  for (const { path } of SITE_PAGES) {
    await page.goto(path);
    await page.getByRole('contentinfo').scrollIntoViewIfNeeded();
    await expect(page.getByRole('contentinfo'), path).toBeInViewport();
    // The side-by-side pages have a chart in each language.
    for (const chart of await page.locator('lab-chart').all()) {
      await chartReady(chart, path);
    }
  }
});

test('a search asks no other host for anything', async ({ page }) => {
  await page.goto('es/');
  await searchReady(page);
  await page.keyboard.press('/');
  await page.getByRole('searchbox').fill('anakinra');
  await expect(page.locator('.search-result').first()).toBeVisible();
});

test('the 404 page helps readers of both languages and links home in each', async ({ page, request }) => {
  const response = await request.get('no-such-page/');
  expect(response.status()).toBe(404);
  expect(await response.text()).toContain('Página no encontrada');
  await page.goto('404.html');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect(page.locator('section[lang="es"]')).toContainText('Página no encontrada');
  await page.getByRole('link', { name: 'Ir a la página de inicio del artículo' }).click();
  await expect(page).toHaveURL(/\/es\/$/);
});

test('the print stylesheet hides navigation and shows where links go', async ({ page }) => {
  await page.goto('references/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.site-nav-bar')).toBeHidden();
  const after = await page
    .locator('.ref-doi')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('https://doi.org/');
  expect(existsSync(join(DIST, 'robots.txt'))).toBe(true);
});
