/**
 * Every browser test runs with three guards: the console stays free of errors, no Content-Security-Policy
 * violation happens (the host's header and the page's <meta> alike), and no request leaves the site's own host
 * (no CDN, no web font, no analytics), whatever the test does.
 */
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { LOCALES, type Locale } from '../../src/i18n/locales.ts';
import { ARTICLE_PAGES } from '../article-pages.ts';
import { pagePath } from '../../src/site/urls.ts';

export const test = base.extend<{ guards: void; allowedConsoleErrors: RegExp[] }>({
  /** Console errors a test expects (the browser logs a 404 page's own status as one). */
  allowedConsoleErrors: [[], { option: true }],
  guards: [
    async ({ page, baseURL, allowedConsoleErrors }, use) => {
      const problems: string[] = [];
      const own = new URL(baseURL ?? 'http://localhost').host;
      page.on('console', (message) => {
        if (message.type() === 'error' && !allowedConsoleErrors.some((allowed) => allowed.test(message.text())))
          problems.push(`console error: ${message.text()}`);
      });
      await page.exposeFunction('__reportCspViolation', (violation: string) =>
        problems.push(`CSP violation: ${violation}`),
      );
      await page.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (event) =>
          (window as unknown as { __reportCspViolation: (v: string) => void }).__reportCspViolation(
            `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
          ),
        ),
      );
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (/^https?:$/.test(url.protocol) && url.host !== own) problems.push(`request to another host: ${url.href}`);
      });
      await use();
      expect(problems).toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/** One reading page of the site. */
export interface SitePage {
  locale: Locale;
  slug: string;
  parallel: boolean;
  /** Path relative to the base URL, e.g. "es/clinical-case/" ("" for the English home). */
  path: string;
}

/** Every reading page, in both languages and both views. */
export const SITE_PAGES: SitePage[] = LOCALES.flatMap((locale) =>
  ARTICLE_PAGES.flatMap((p) =>
    [false, true].map((parallel) => ({
      locale,
      slug: p.slug,
      parallel,
      path: pagePath(locale, p.slug, { parallel }).slice(1),
    })),
  ),
);
export const READING_PAGES = SITE_PAGES.filter((p) => !p.parallel);

/**
 * The text a reader sees, with white space folded (screen-reader-only text excluded). Citation numbers are left
 * out, as the source's superscripts are when the tests read it.
 */
export async function visibleText(page: Page, selector = 'main'): Promise<string> {
  const text = await page.locator(selector).evaluate((el) => {
    const sups = [...el.querySelectorAll<HTMLElement>('.cite-sup')];
    sups.forEach((sup) => (sup.style.display = 'none'));
    const text = (el as HTMLElement).innerText;
    sups.forEach((sup) => (sup.style.display = ''));
    return text;
  });
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The time a test that walks every page may take. Each page is a step of one test (a browser context per page would
 * cost more than the page itself on a 2-core machine); the budget leaves room for a busy machine.
 */
export const WALK_TIMEOUT = 240_000;

/**
 * Visits the home page once and waits until the service worker has kept the reading pages. Each step has its own
 * short limit and says what did not happen: a worker that is never registered fails here in seconds, not at the
 * test's timeout.
 */
export async function visitOnce(page: Page) {
  await page.goto('');
  // The page registers the worker once it has loaded and gone idle (src/components/frame/OfflineCopy.astro).
  await expect
    .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) !== undefined), {
      message: 'the page registers no service worker',
      timeout: 10_000,
    })
    .toBe(true);
  await expect
    .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state), {
      message: 'the service worker never becomes active',
      timeout: 20_000,
    })
    .toBe('activated');
  await expect
    .poll(() => page.evaluate(async () => (await (await caches.open('pages')).keys()).length), {
      message: `the service worker does not keep the ${READING_PAGES.length} reading pages`,
      timeout: 30_000,
    })
    .toBe(READING_PAGES.length);
}

/**
 * Waits until the page's scripts are in place: they wait in <template data-after-paint> until the first paint
 * (the post-build pipeline, src/integrations/lib/defer-scripts.ts), and none is left once they run.
 */
export async function scriptsInPlace(page: Page) {
  await expect(page.locator('template[data-after-paint]')).toHaveCount(0);
}

/**
 * Scrolls a lab chart into view, where its island loads, and waits until the island has drawn (it sets
 * data-ready="true" once Chart.js has painted its canvas).
 */
export async function chartReady(chart: Locator, where = '') {
  await chart.scrollIntoViewIfNeeded();
  await expect(chart, `${where} the lab chart's island never drew (no data-ready="true")`.trim()).toHaveAttribute(
    'data-ready',
    'true',
  );
}

/** The lab chart's build-time panels: eight images, each loaded and drawn at a readable size. */
export async function expectPanelsDrawn(chart: Locator) {
  const panels = chart.locator('.chart-panel img');
  await expect(panels).toHaveCount(8);
  for (const panel of await panels.all()) {
    await expect(panel).toBeVisible();
    await expect.poll(() => panel.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    expect((await panel.boundingBox())!.height).toBeGreaterThan(60);
  }
}

/**
 * Waits until the page's search is wired in full: its button shows from the first paint (the inline opener in the
 * head), and <site-search> is defined once the page's scripts have run after it.
 */
export async function searchReady(page: Page) {
  await expect(page.locator('site-search .search-button')).toBeVisible();
  await expect(page.locator('site-search:defined')).toHaveCount(1);
}

/** Opens the search dialog with its button (in either language) and returns the dialog. */
export async function openSearch(page: Page) {
  await page.getByRole('button', { name: /^(Search the article|Buscar en el artículo)$/ }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Searches for `query` and waits until the dialog states how many results it found. */
export async function search(page: Page, query: string) {
  const dialog = await openSearch(page);
  await dialog.getByRole('searchbox').fill(query);
  await expect(dialog.getByRole('status')).toHaveText(/(result|resultado)/);
  return dialog;
}
