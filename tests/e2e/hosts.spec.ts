/**
 * What a real host must get right, checked on each host the site is tested on (the `_headers` host and nginx),
 * at / and under /case-report/: see playwright.config.ts.
 */
import { readdirSync } from 'node:fs';
import { crawl } from './crawl.ts';
import { expect, scriptsInPlace, SITE_PAGES, test, WALK_TIMEOUT } from './fixtures.ts';
import { pagePolicy, parseCsp, policyShape, vercelHeaders } from './policy.ts';

test('a crawl from the home finds every page, asset and anchor, with no redirect', async ({ request, baseURL }) => {
  const result = await crawl(request, baseURL!);
  expect(result.problems).toEqual([]);
  for (const { path } of SITE_PAGES) expect(result.pages).toContain(`${baseURL}${path}`);
  expect(result.pages.every((p) => new URL(p).pathname.startsWith(new URL(baseURL!).pathname))).toBe(true);
});

const DARK = 'rgb(21, 24, 27)';

test("every page runs its inline scripts under the host's policy: the stored theme applies", async ({ page }) => {
  test.setTimeout(WALK_TIMEOUT);
  await page.addInitScript(() => localStorage.setItem('theme', 'dark'));
  for (const { path } of [...SITE_PAGES, { path: '404.html' }]) {
    const response = await page.goto(path);
    expect(response?.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
    await expect(page.locator('html'), path).toHaveAttribute('data-theme', 'dark');
    // The fixture fails the test on any CSP violation a page reports.
  }
});

test('the theme the reader chose survives a reload', async ({ page }) => {
  await page.goto('clinical-case/');
  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(DARK);
});

test('hashed files are cached for a year; pages, the search index and downloads are revalidated', async ({
  page,
  request,
}) => {
  const response = await page.goto('es/clinical-case/');
  expect(response?.headers()['cache-control']).toBe('public, max-age=0, must-revalidate');
  await scriptsInPlace(page);
  const assets = await page
    .locator('link[rel="stylesheet"], script[src]')
    .evaluateAll((els) => els.map((el) => (el as HTMLLinkElement).href || (el as HTMLScriptElement).src));
  expect(assets.length).toBeGreaterThan(0);
  for (const asset of assets) {
    expect(new URL(asset).pathname, asset).toMatch(/\/_astro\/[^/]+\.[\w-]{8}\.(css|js)$/);
    expect((await request.get(asset)).headers()['cache-control'], asset).toBe('public, max-age=31536000, immutable');
  }
  // The service worker above all: a long-cached worker would keep readers on an old build.
  for (const file of [
    'pagefind/pagefind.js',
    'citation.bib',
    'table-1.csv',
    'lab-chart-table-1-es.svg',
    'lab-chart-table-1-es.json',
    'reference-previews-es.json',
    'favicon.svg',
    'sw.js',
    'manifest-es.webmanifest',
  ])
    expect((await request.get(file)).headers()['cache-control'], file).toBe('public, max-age=0, must-revalidate');
});

// What the hosts must send, written out here rather than read from src/integrations/lib/host-headers.ts or deploy/nginx/: a change
// to either that a host would pass on to readers shows here as a difference.
const SECURITY = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
};
const REVALIDATE = 'public, max-age=0, must-revalidate';
const IMMUTABLE = 'public, max-age=31536000, immutable';
// A page's policy as `_headers` and vercel.json send it (its <meta> policy and frame-ancestors), as policyShape()
// writes it: directives sorted, its hashes as one.
const PAGE_POLICY =
  "base-uri 'self'; connect-src 'self'; default-src 'self'; font-src 'self'; form-action 'self'; " +
  "frame-ancestors 'none'; img-src 'self' data:; object-src 'none'; " +
  "script-src 'self' 'sha256-…' 'wasm-unsafe-eval'; style-src 'self' 'sha256-…'";
// nginx sends one policy with every response: what a <meta> policy cannot say, and what no page needs.
const NGINX_POLICY = "base-uri 'self'; frame-ancestors 'none'; object-src 'none'";
/** The headers compared: those above, and others that no host should add unasked. */
const WATCHED = [
  ...Object.keys(SECURITY),
  'cache-control',
  'content-security-policy',
  'content-security-policy-report-only',
  'cross-origin-embedder-policy',
  'cross-origin-resource-policy',
];
type Kind = 'page' | 'asset' | 'file' | 'missing';
const EXPECTED_HEADERS: Record<'headers file' | 'nginx', Record<Kind, Record<string, string>>> = {
  'headers file': {
    page: { ...SECURITY, 'cache-control': REVALIDATE, 'content-security-policy': PAGE_POLICY },
    asset: { ...SECURITY, 'cache-control': IMMUTABLE },
    file: { ...SECURITY, 'cache-control': REVALIDATE },
    missing: { ...SECURITY },
  },
  nginx: {
    page: { ...SECURITY, 'cache-control': REVALIDATE, 'content-security-policy': NGINX_POLICY },
    asset: { ...SECURITY, 'cache-control': IMMUTABLE, 'content-security-policy': NGINX_POLICY },
    file: { ...SECURITY, 'cache-control': REVALIDATE, 'content-security-policy': NGINX_POLICY },
    missing: { ...SECURITY, 'cache-control': REVALIDATE, 'content-security-policy': NGINX_POLICY },
  },
};
const READING = ['', 'introduction/', 'clinical-case/', 'discussion/', 'references/'];
const ALL_PAGES = [
  ...READING.flatMap((path) => [path, `es/${path}`, `parallel/${path}`, `es/parallel/${path}`]),
  '404.html',
];

/** The build this project's host serves, and its base path. */
function served(baseURL: string) {
  const base = new URL(baseURL).pathname;
  const dir = base === '/' ? 'dist' : 'dist-subpath';
  // A file whose name carries a hash of its content, whatever this build named it.
  const asset = `_astro/${readdirSync(`${dir}/_astro`).find((name) => name.endsWith('.js'))}`;
  const files: [string, Kind][] = [
    ['', 'page'],
    ['es/clinical-case/', 'page'],
    ['parallel/discussion/', 'page'],
    ['es/parallel/references/', 'page'],
    ['404.html', 'page'],
    [asset, 'asset'],
    ['sw.js', 'file'],
    ['pagefind/pagefind.js', 'file'],
    ['citation.bib', 'file'],
    ['table-1.csv', 'file'],
    ['lab-chart-table-1-es.json', 'file'],
    ['manifest-es.webmanifest', 'file'],
    ['favicon.ico', 'file'],
    ['no-such-page/', 'missing'],
  ];
  return { base, dir, files };
}
const watched = (headers: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(headers)
      .filter(([name]) => WATCHED.includes(name))
      .map(([name, value]) => [name, name === 'content-security-policy' ? policyShape(value) : value]),
  );
/** Which host a project's tests run on: nginx, or the host that applies `_headers`. */
const hostOf = (project: string) => (project.startsWith('nginx') ? 'nginx' : 'headers file');

test('each kind of file gets its headers: pages, hashed files, the service worker, downloads, a missing page', async ({
  request,
  baseURL,
}, info) => {
  const expected = EXPECTED_HEADERS[hostOf(info.project.name)];
  for (const [path, kind] of served(baseURL!).files)
    expect
      .soft(watched((await request.get(path)).headers()), `the headers of /${path} (${kind})`)
      .toEqual(expected[kind]);
});

// vercel.json is a file of the build: every project reads its own base path's copy, whichever host serves the rest.
test('vercel.json, read as Vercel reads it, gives each kind of file the headers `_headers` gives it', ({ baseURL }) => {
  const { base, dir, files } = served(baseURL!);
  for (const [path, kind] of files)
    expect
      .soft(
        watched(vercelHeaders(`${dir}/vercel.json`, `${base}${path}`)),
        `vercel.json's headers for ${base}${path} (${kind})`,
      )
      .toEqual(EXPECTED_HEADERS['headers file'][kind]);
});

test("every page's policy allows what the site needs and nothing more, in its <meta> and in the header", async ({
  request,
  baseURL,
}, info) => {
  const { base, dir } = served(baseURL!);
  for (const path of ALL_PAGES) {
    const response = await request.get(path);
    const { meta, scripts, styles } = pagePolicy(await response.text());
    expect.soft(meta, `/${path}: the number of <meta> policies`).toHaveLength(1);
    // Scripts only from the site, or inline with the hash of this page's own; WebAssembly for the search.
    const own = {
      'default-src': ["'self'"],
      'script-src': ["'self'", "'wasm-unsafe-eval'", ...scripts].sort(),
      'style-src': ["'self'", ...styles].sort(),
      'img-src': ["'self'", 'data:'].sort(),
      'font-src': ["'self'"],
      'connect-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'self'"],
      'form-action': ["'self'"],
    };
    expect.soft(parseCsp(meta[0] ?? ''), `/${path}: the <meta> policy`).toEqual(own);
    // `_headers` and vercel.json send the page's whole policy, and frame-ancestors, which a <meta> cannot carry;
    // nginx sends only the directives that hold for every page (deploy/nginx/).
    const page = { ...own, 'frame-ancestors': ["'none'"] };
    const header = {
      'headers file': page,
      nginx: { 'frame-ancestors': ["'none'"], 'object-src': ["'none'"], 'base-uri': ["'self'"] },
    }[hostOf(info.project.name)];
    expect
      .soft(parseCsp(response.headers()['content-security-policy'] ?? ''), `/${path}: the policy header`)
      .toEqual(header);
    const vercel = vercelHeaders(`${dir}/vercel.json`, `${base}${path}`)['content-security-policy'];
    expect.soft(parseCsp(vercel ?? ''), `/${path}: the policy header from vercel.json`).toEqual(page);
  }
});

test('the English and Spanish homes link to the JATS XML, served as XML in UTF-8 and revalidated', async ({
  page,
  request,
  baseURL,
}) => {
  for (const home of ['', 'es/']) {
    await page.goto(home);
    const link = page.locator('section.how-to-cite').getByRole('link', { name: 'JATS XML (.xml)' });
    await expect(link, home).toHaveAttribute('href', new URL('article.jats.xml', baseURL).pathname);
    const response = await request.get(await link.evaluate((a) => (a as HTMLAnchorElement).href));
    expect(response.status(), home).toBe(200);
    expect(response.headers()['content-type'], home).toBe('application/xml; charset=utf-8');
    expect(response.headers()['cache-control'], home).toBe('public, max-age=0, must-revalidate');
    expect(await response.text(), home).toMatch(/^<\?xml [^>]*\?>\n<!DOCTYPE article PUBLIC "-\/\/NLM\/\/DTD JATS/);
  }
});

test.describe('a missing page', () => {
  test.use({ allowedConsoleErrors: [/status of 404/] });

  test('keeps the site’s frame and its search: a reader can look for what the stale link promised', async ({
    page,
    baseURL,
  }) => {
    await page.goto('no-such-page/deeper/');
    await expect(page.getByRole('banner')).toBeVisible();
    await expect(page.getByRole('contentinfo')).toBeVisible();
    await page.getByRole('button', { name: 'Search the article' }).click();
    await page.getByRole('searchbox').fill('Monteagudo');
    const result = page.locator('.search-results a[href$="#ref-7"]').first();
    await expect(result).toHaveAttribute('href', /references\/\?highlight=monteagudo#ref-7$/i);
    await result.click();
    await expect(page).toHaveURL(new RegExp(`^${baseURL}references/\\?highlight=monteagudo#ref-7$`, 'i'));
  });

  test('under /es/ puts the Spanish first and searches the Spanish index', async ({ page }) => {
    await page.goto('es/no-existe/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Página no encontrada');
    await page.getByRole('button', { name: 'Search the article' }).click();
    await page.getByRole('searchbox').fill('citoquinas');
    await expect(page.getByRole('dialog').locator('.search-results').getByRole('link').first()).toHaveAttribute(
      'href',
      /\/es\//,
    );
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('still lists every section in both languages, with links that resolve under the base', async ({
      page,
      request,
      baseURL,
    }) => {
      await page.goto('es/no-existe/');
      for (const [lang, name, path] of [
        ['en', 'Clinical case', 'clinical-case/'],
        ['es', 'Caso clínico', 'es/clinical-case/'],
      ] as const) {
        const link = page.locator(`section[lang="${lang}"]`).getByRole('link', { name, exact: true });
        await expect(link).toHaveAttribute('href', new URL(path, baseURL).pathname);
        expect((await request.get(path)).status()).toBe(200);
      }
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    });
  });

  test('answers 404 with the bilingual page, whose links and styles resolve under the base', async ({
    page,
    baseURL,
  }) => {
    const response = await page.goto('no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    // Its styles (inlined, as on every page) apply: the page has its own background, not the browser's.
    expect(
      await page.evaluate(() => [...document.styleSheets].reduce((n, sheet) => n + sheet.cssRules.length, 0)),
    ).toBeGreaterThan(50);
    expect(
      await page.evaluate(() => getComputedStyle(document.querySelector('.site-footer')!).backgroundColor),
    ).not.toBe('rgba(0, 0, 0, 0)');
    await page.getByRole('link', { name: 'Ir a la página de inicio del artículo' }).click();
    await expect(page).toHaveURL(`${baseURL}es/`);
  });
});

test('the icons browsers ask for exist: favicon.ico, the SVG icon and the apple-touch-icon', async ({
  page,
  request,
}) => {
  await page.goto('');
  const touch = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
  const ico = await page.locator('link[rel="icon"][sizes]').getAttribute('href');
  for (const [href, type] of [
    [touch, 'image/png'],
    ['favicon.svg', 'image/svg+xml'],
    [ico, /image\/(x-icon|vnd\.microsoft\.icon)/],
  ] as const) {
    const response = await request.get(new URL(href!, page.url()).href);
    expect(response.status(), href!).toBe(200);
    expect(response.headers()['content-type'], href!).toMatch(type);
  }
  // The SVG icon travels in the page, as a data: URL: it is the site's favicon.svg.
  const svg = await page.locator('link[rel="icon"][type="image/svg+xml"]').getAttribute('href');
  expect(svg).toMatch(/^data:image\/svg\+xml,/);
  const icon = await (await request.get('favicon.svg')).text();
  expect(decodeURIComponent(svg!.slice(svg!.indexOf(',') + 1))).toBe(icon.trim().replace(/"/g, "'"));
  const png = await (await request.get(new URL(touch!, page.url()).href)).body();
  // A PNG's IHDR chunk holds its width and height: iOS asks for 180 × 180.
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([180, 180]);
});
