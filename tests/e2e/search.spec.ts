import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, openSearch, search, searchReady, SITE_PAGES, test } from './fixtures.ts';

const resultLinks = (dialog: import('@playwright/test').Locator) =>
  dialog.locator('.search-result a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));

test('a search for Monteagudo opens the references at reference 7, with the term highlighted', async ({ page }) => {
  await page.goto('');
  const dialog = await search(page, 'Monteagudo');
  const result = dialog.locator('.search-result', { has: page.locator('a[href*="references/"][href$="#ref-7"]') });
  await expect(result.locator('.search-result-section')).toHaveText('References');
  await result.locator('a.search-result-title').click();
  await expect(page).toHaveURL(/\/references\/\?highlight=monteagudo#ref-7$/i);
  await expect(page.locator('#ref-7 mark.pagefind-highlight')).toHaveText('Monteagudo');
});

const PER_REFERENCE: [string, number][] = [
  ['Antimicrob', 1],
  ['nationwide', 2],
  ['Wampler', 3],
  ['Binqing', 4],
  ['chimeric', 5],
  ['rheumatologist', 6],
  ['acr2.11135', 7],
];
for (const [query, n] of PER_REFERENCE)
  test(`"${query}" finds reference ${n} as a result of its own`, async ({ page }) => {
    await page.goto('clinical-case/');
    const dialog = await search(page, query);
    expect(await resultLinks(dialog)).toContainEqual(
      expect.stringMatching(new RegExp(`/references/\\?highlight=[^#]+#ref-${n}$`)),
    );
  });

test('each reference is also found by its year and journal', async ({ page }) => {
  await page.goto('');
  const dialog = await search(page, 'Oncologist 2018');
  expect(await resultLinks(dialog)).toContainEqual(expect.stringMatching(/#ref-5$/));
});

test('a search for a lab analyte opens Table 1', async ({ page }) => {
  await page.goto('');
  const dialog = await search(page, 'procalcitonin');
  expect(await resultLinks(dialog)).toContainEqual(
    expect.stringMatching(/\/clinical-case\/\?highlight=procalcitonin#table-1$/),
  );
});

// The pages join each number to its unit with a no-break space; search still reads them as two words.
for (const [prefix, query] of [
  ['', '2400 mg/day'],
  ['es/', '2400 mg/día'],
] as const)
  test(`a dose with its unit, "${query}", finds the page that states it, with the number highlighted`, async ({
    page,
  }) => {
    await page.goto(prefix);
    const dialog = await search(page, query);
    const result = dialog.locator('.search-result', { has: page.locator(`a[href*="/${prefix}discussion/"]`) });
    await expect(result.first()).toBeVisible();
    await expect(result.first().locator('mark').first()).toHaveText('2400');
  });

test.describe('in Spanish', () => {
  test('"citoquina" finds "citoquinas" and "neumonia" finds "neumonía"', async ({ page }) => {
    await page.goto('es/');
    const dialog = await search(page, 'citoquina');
    await expect(dialog.locator('.search-result mark').first()).toHaveText(/^citoquinas$/i);
    await dialog.getByRole('searchbox').fill('neumonia');
    await expect(dialog.locator('.search-result mark').first()).toHaveText(/^neumonía$/i);
  });

  test('results never cross languages', async ({ page }) => {
    await page.goto('es/discussion/');
    const dialog = await search(page, 'tocilizumab');
    const links = await resultLinks(dialog);
    expect(links.length).toBeGreaterThan(2);
    for (const link of links) expect(new URL(link).pathname).toMatch(/^\/es\//);
    await page.goto('discussion/');
    const english = await search(page, 'tocilizumab');
    for (const link of await resultLinks(english)) expect(new URL(link).pathname).not.toMatch(/^\/es\//);
  });

  test('results name their section in Spanish and filter by it', async ({ page }) => {
    await page.goto('es/');
    const dialog = await search(page, 'tocilizumab');
    await dialog.getByLabel('Sección').selectOption('Bibliografía');
    await expect(dialog.locator('.search-result-section').first()).toHaveText('Bibliografía');
    const sections = await dialog.locator('.search-result-section').allTextContents();
    expect(new Set(sections)).toEqual(new Set(['Bibliografía']));
  });
});

test('nothing of search is fetched before the reader shows intent', async ({ page }) => {
  const searchRequests: string[] = [];
  page.on('request', (r) => {
    if (/\/pagefind\/|search-ui/.test(r.url())) searchRequests.push(r.url());
  });
  await page.goto('clinical-case/');
  await page.mouse.wheel(0, 4000);
  // eslint-disable-next-line playwright/no-networkidle -- the assertion is that nothing more is fetched: the network must settle first
  await page.waitForLoadState('networkidle');
  expect(searchRequests).toEqual([]);
  await search(page, 'ferritin');
  expect(searchRequests.some((u) => u.endsWith('pagefind.js'))).toBe(true);
});

test('no search field is in the page until the reader shows intent; a pointer over the button puts the box in place', async ({
  page,
}) => {
  // A page with a form field has Chromium's autofill lay it out as soon as it is parsed, before its first paint.
  await page.goto('es/');
  await expect(page.locator('html')).toHaveAttribute('data-loaded', '');
  const fields = page.locator('site-search').locator('input, select, textarea');
  await expect(fields, 'the search’s fields, before any intent').toHaveCount(0);
  await page.locator('site-search .search-button').hover();
  await expect(page.locator('#search-input'), 'the box, at the first sign of intent').toBeAttached();
  await expect(page.locator('#search-section'), 'the section filter with it').toBeAttached();
  await expect(page.getByRole('dialog'), 'not yet opened').toBeHidden();
});

test('a pointer over the search button fetches what Pagefind asks for, all at once before a key is typed, each file once', async ({
  page,
}) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname + new URL(r.url()).search));
  await page.goto('es/');
  await searchReady(page);
  await page.locator('site-search .search-button').hover();
  const first = [
    '/pagefind/pagefind.js',
    /^\/pagefind\/pagefind-entry\.json\?ts=[0-9a-f]{12}$/,
    '/pagefind/wasm.es.pagefind',
    // The language's metadata and index, named after their content, which Pagefind asks for once the entry is in.
    /^\/pagefind\/pagefind\.es_[0-9a-f]+\.pf_meta$/,
    /^\/pagefind\/index\/es_[0-9a-f]+\.pf_index$/,
  ];
  await expect
    .poll(() => first.map((file) => requests.some((r) => (typeof file === 'string' ? r === file : file.test(r)))))
    .toEqual(first.map(() => true));
  // Asked for by the page's preloads, not by Pagefind once the file before has arrived.
  const preloaded = await page
    .locator('head link[rel="preload"], head link[rel="modulepreload"]')
    .evaluateAll((links) =>
      links.map((link) => {
        const url = new URL((link as HTMLLinkElement).href);
        return url.pathname + url.search;
      }),
    );
  for (const file of first) {
    const matches = preloaded.filter((p) => (typeof file === 'string' ? p === file : file.test(p)));
    expect(matches.length, `preloaded at intent: ${String(file)} (the head links ${preloaded.join(', ')})`).toBe(1);
  }
  // The dialog is not open: intent alone started it.
  await expect(page.getByRole('dialog')).toBeHidden();
  await search(page, 'citoquinas');
  // A preload Pagefind did not take up (another URL, another mode) would be fetched a second time.
  for (const file of first)
    expect(requests.filter((r) => (typeof file === 'string' ? r === file : file.test(r)))).toHaveLength(1);
  expect(requests.some((r) => r.includes('pagefind-worker'))).toBe(false);
});

test('before any module script has run, the button opens the search and its box takes typing, which is searched once the code arrives', async ({
  page,
}) => {
  // Every module script waits until the reader has typed: what works until then is the page's inline code alone.
  let release = () => {};
  const arrived = new Promise<void>((resolve) => (release = resolve));
  const held: string[] = [];
  await page.route(/\/_astro\/[^/]+\.js$/, async (route) => {
    held.push(route.request().url());
    await arrived;
    await route.continue();
  });
  await page.goto('references/');
  // The button shows from the first paint, with every module script still held.
  await expect(page.locator('site-search .search-button')).toBeVisible();
  // The shortcuts and Escape work as early as the button.
  await page.keyboard.press('/');
  await expect(page.getByRole('dialog').getByRole('searchbox')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  const dialog = await openSearch(page);
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await page.keyboard.type('Monteagudo');
  await expect(dialog.getByRole('searchbox')).toHaveValue('Monteagudo');
  await expect.poll(() => held.some((url) => url.includes('SiteSearch'))).toBe(true);
  expect(await page.evaluate(() => customElements.get('site-search'))).toBeUndefined();
  await expect(dialog.locator('.search-result')).toHaveCount(0);
  release();
  const first = dialog.locator('.search-results').getByRole('link').first();
  await expect(first).toHaveAttribute('href', /\/references\/\?highlight=monteagudo#ref-7$/i);
  await expect(dialog.getByRole('status')).toHaveText(/Monteagudo/);
});

test('every page preloads the files Pagefind wrote: its script, the entry under the build’s tag, its language’s WebAssembly, metadata and index', () => {
  const entry = JSON.parse(readFileSync('dist/pagefind/pagefind-entry.json', 'utf8')) as {
    languages: Record<string, { wasm: string; hash: string }>;
  };
  const chunks = readdirSync('dist/pagefind/index');
  for (const { path } of [...SITE_PAGES, { path: '404.html' }]) {
    const file = join('dist', path.endsWith('.html') ? path : `${path}index.html`);
    const html = readFileSync(file, 'utf8');
    const lang = /<html lang="([^"]+)"/.exec(html)?.[1] ?? '';
    const tag = /data-index-tag="([^"]*)"/.exec(html)?.[1];
    const preloads = (/data-preload="([^"]*)"/.exec(html)?.[1] ?? '').split(' ');
    expect(tag, `${file}: the index tag was not stamped`).toMatch(/^[0-9a-f]{12}$/);
    // This article's index is small: one chunk per language, which every first search asks for.
    const own = chunks.filter((name) => name.startsWith(`${lang}_`));
    expect(own, `Pagefind wrote one index chunk for ${lang}`).toHaveLength(1);
    expect(preloads, file).toEqual([
      '/pagefind/pagefind.js',
      `/pagefind/pagefind-entry.json?ts=${tag}`,
      `/pagefind/wasm.${entry.languages[lang]?.wasm}.pagefind`,
      `/pagefind/pagefind.${entry.languages[lang]?.hash}.pf_meta`,
      `/pagefind/index/${own[0]}`,
    ]);
    for (const href of preloads)
      expect(existsSync(join('dist', href.replace(/\?.*$/, ''))), `${file}: ${href}`).toBe(true);
  }
});

test('"/" and Ctrl+K open the search; Esc closes it and gives focus back', async ({ page }) => {
  await page.goto('introduction/');
  await searchReady(page);
  const lang = page.getByRole('link', { name: 'Español', exact: true });
  await lang.focus();
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(lang).toBeFocused();
  await page.keyboard.press('Control+k');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

// On a busy page the browser runs a key's events before a timer queued earlier: Escape and then Ctrl+K come in one
// task here, before the deferred close that the Escape handler queues for WebKit (whose search box keeps Escape).
for (const engine of [
  { name: 'closes the dialog on Escape itself (Chromium, Firefox)', closesOnEscape: true },
  { name: 'leaves it open (WebKit)', closesOnEscape: false },
])
  test(`Ctrl+K right after Escape opens the search and it stays open, when the engine ${engine.name}`, async ({
    page,
  }) => {
    await page.goto('introduction/');
    await searchReady(page);
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await page.evaluate((closesOnEscape) => {
      const box = document.querySelector<HTMLInputElement>('site-search dialog input')!;
      // A synthetic Escape reaches the handlers but not the engine: its own close is done here, where it does one.
      box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      if (closesOnEscape) box.closest('dialog')!.close();
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'k', ctrlKey: true, bubbles: true }));
    }, engine.closesOnEscape);
    // A timer queued after the handler's runs after it: by then its deferred close has happened, or never will.
    await page.evaluate(() => new Promise((done) => setTimeout(done, 50)));
    await expect(dialog, 'the search the reader opened again was closed by the earlier Escape').toBeVisible();
  });

test('focus never reaches the page behind the open search dialog', async ({ page }) => {
  await page.goto('');
  const dialog = await search(page, 'anakinra');
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press('Tab');
    // A modal dialog lets Tab reach the browser's own toolbar (focus on <body>), never the page behind it.
    const where = await page.evaluate(() =>
      document.activeElement?.closest('dialog')
        ? 'dialog'
        : document.activeElement === document.body
          ? 'browser'
          : 'page',
    );
    expect(where).not.toBe('page');
  }
  await expect(dialog).toBeVisible();
});

test('what a reader types is shown as text, never as markup', async ({ page }) => {
  await page.goto('');
  const dialog = await openSearch(page);
  const query = '<img src=x onerror="document.title=1"><b>IL-6</b>';
  await dialog.getByRole('searchbox').fill(query);
  await expect(dialog.getByRole('status')).toContainText(query);
  await expect(dialog.locator('img, b')).toHaveCount(0);
  expect(await page.title()).not.toBe('1');
});

test('a shared ?q= link opens the search with that query, shown as text', async ({ page }) => {
  await page.goto('es/?q=citoquinas');
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('searchbox')).toHaveValue('citoquinas');
  await expect(dialog.locator('.search-result').first()).toBeVisible();
  await page.goto(`?q=${encodeURIComponent('<img src=x onerror="document.title=1">')}`);
  await expect(page.getByRole('dialog').getByRole('status')).toContainText('<img src=x');
  await expect(page.locator('dialog img')).toHaveCount(0);
  expect(await page.title()).not.toBe('1');
});

test('an author search shows the names without their affiliation marks', async ({ page }) => {
  await page.goto('');
  const dialog = await search(page, 'Olivares');
  const excerpt = dialog.locator('.search-result-excerpt', { hasText: 'Olivares' }).first();
  await expect(excerpt).toContainText('Luis Figuero-Pérez. Alejandro Olivares-Hernández. Roberto A. Escala-Cornejo.');
  await expect(excerpt).not.toContainText('◇');
  await expect(excerpt).not.toContainText('a,b');
});

for (const [locale, prefix, keyLabel] of [
  ['en', '', 'References'],
  ['es', 'es/', 'Bibliografía'],
] as const)
  test(`${locale}: with the keyboard alone, "Monteagudo", ↓ and Enter open reference 7, highlighted`, async ({
    page,
  }) => {
    await page.goto(prefix);
    await searchReady(page);
    await page.keyboard.press('/');
    await page.keyboard.type('Monteagudo');
    const dialog = page.getByRole('dialog');
    const first = dialog.locator('.search-results').getByRole('link').first();
    await expect(first).toHaveAttribute('href', new RegExp(`${prefix}references/\\?highlight=monteagudo#ref-7$`, 'i'));
    await expect(dialog.locator('.search-result-section').first()).toHaveText(keyLabel);
    await page.keyboard.press('ArrowDown');
    await expect(first).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/${prefix}references/\\?highlight=monteagudo#ref-7$`, 'i'));
    await expect(page.locator('#ref-7 mark.pagefind-highlight')).toHaveText('Monteagudo');
  });

test('↓ and ↑ move through the results, ↑ from the first returns to the box, and Tab goes box, results, filter, close', async ({
  page,
}) => {
  await page.goto('');
  const dialog = await search(page, 'tocilizumab');
  const box = dialog.getByRole('searchbox');
  const links = dialog.locator('.search-results').getByRole('link');
  expect(await links.count()).toBeGreaterThan(2);
  await box.press('ArrowDown');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(box).toBeFocused();
  // Tab order: the box, every result link, the section filter, the close button.
  const order: string[] = [];
  for (let i = 0; i <= (await links.count()) + 2; i++) {
    order.push(
      await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        return el.matches('input')
          ? 'box'
          : el.closest('.search-results')
            ? 'result'
            : el.matches('select')
              ? 'filter'
              : (el.textContent?.trim() ?? '');
      }),
    );
    await page.keyboard.press('Tab');
  }
  expect(order.filter((v, i) => v !== order[i - 1])).toEqual(['box', 'result', 'filter', 'Close search']);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
