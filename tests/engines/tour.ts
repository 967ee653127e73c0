/**
 * A reader's tour of the built site, the same in every engine the tours drive (Firefox over WebDriver BiDi, WebKit
 * over WebDriver): search opened at once and typed into before its code has arrived, then found by an author's
 * name and Enter to the reference; every reading page in both languages; the chart island drawn and redrawn; the
 * language switch keeping the anchor; the theme kept; the service worker in control after one visit. Each step
 * waits for what a reader would see and says what did not happen.
 */
import assert from 'node:assert/strict';
import type { TestContext } from 'node:test';
import { LOCALES } from '../../src/i18n/locales.ts';
import { pagePath } from '../../src/site/urls.ts';
import { ARTICLE_PAGES } from '../article-pages.ts';
import type { Host } from './host.ts';

/** What a tour needs of a browser, whichever protocol drives it. */
export interface Driver {
  /** Opens `url` and waits for its load event. */
  goto(url: string): Promise<void>;
  /** Runs `fn` in the page (it may return a promise) and returns its result. */
  evaluate<A extends unknown[], T>(fn: (...args: A) => T | Promise<T>, ...args: A): Promise<T>;
  /** Clicks the element `selector` finds, as a pointer would. */
  click(selector: string): Promise<void>;
  /** Types `text` into whatever has the focus, a key at a time. */
  type(text: string): Promise<void>;
  /** Presses one key (its name as in KeyboardEvent.key: "/", "ArrowDown", "Enter"). */
  press(key: string): Promise<void>;
  /** Errors the page reported (console and uncaught), where the protocol tells them. */
  errors(): string[];
}

/** Polls `fn` in the page until it returns something truthy; fails with `what` after `timeout` ms. */
export async function waitFor<A extends unknown[], T>(
  driver: Driver,
  what: string,
  fn: (...args: A) => T,
  ...args: A
): Promise<T> {
  const deadline = Date.now() + 20_000;
  let last: T | undefined;
  while (Date.now() < deadline) {
    last = await driver.evaluate(fn, ...args);
    if (last) return last;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new assert.AssertionError({ message: `${what} (still ${JSON.stringify(last)} after 20 s)` });
}

/** The reader's tour; each part is a subtest, so a failure names the part. */
export async function tour(t: TestContext, driver: Driver, host: Host) {
  const url = (path: string) => new URL(path.replace(/^\//, ''), host.url).href;
  /**
   * Waits until the page has nothing in flight that leaving it would abort: its images (the chart's panels, lazy
   * ones included), and
   * the files the search preloads once the reader has shown intent. A reader never sees such an aborted load, but Firefox
   * reports each one that the service worker was answering as an error of the page ("A ServiceWorker intercepted
   * the request and encountered an unexpected error"; Pagefind's "Failed to load the meta index"), which the tour
   * counts; on a busy machine the tour used to leave pages that fast.
   */
  const settle = (path: string) =>
    waitFor(driver, `${path}: its images or the search's first files never finished loading`, () => {
      // A lazy image (the chart's panels) may be on its way or not yet asked for: asked for now, so that none is.
      for (const image of document.images) if (image.loading === 'lazy') image.loading = 'eager';
      const images = [...document.images].every((image) => image.complete);
      const root = document.querySelector<HTMLElement>('site-search');
      if (!root?.hasAttribute('data-intent')) return images;
      const loading = (JSON.parse(root.dataset['strings'] ?? '{}') as { loading?: string }).loading;
      // Every file the page preloads at intent (src/site/search.ts), each of which Pagefind then asks for.
      const loaded = new Set(performance.getEntriesByType('resource').map((entry) => entry.name));
      const arrived = (root.dataset['preload'] ?? '')
        .split(' ')
        .every((href) => loaded.has(new URL(href, location.href).href));
      return (
        images &&
        arrived &&
        !!customElements.get('site-search') &&
        root.querySelector('.search-status')?.textContent !== loading
      );
    });
  // A page is read once its scripts, put in place after the first paint (which may come after the load event),
  // have arrived, and it has settled: leaving it sooner would cut their loading short.
  const visit = async (path: string) => {
    await driver.goto(url(path));
    await waitFor(driver, `${path}: its scripts never all arrived`, () => {
      const arrived = new Set(performance.getEntriesByType('resource').map((entry) => entry.name));
      return (
        !document.querySelector('template[data-after-paint]') &&
        [...document.querySelectorAll<HTMLScriptElement>('script[type="module"][src]')].every((script) =>
          arrived.has(script.src),
        )
      );
    });
    await settle(path);
  };

  // First, in a fresh profile, before anything of search is in its cache: the search code is held by the host
  // until the reader has typed, so what is typed can only have waited in the box. The service worker is held too
  // (it would answer for the page, from its own copy, once in control).
  await t.test('search opens at first paint, takes typing before its code arrives, and finds it then', async () => {
    const held = host.hold(/\/(_astro\/search-ui\.[^/]+\.js|sw\.js)$/);
    try {
      await driver.goto(url('/references/'));
      assert.equal(
        await driver.evaluate(() => document.documentElement.dataset['search'] === 'ready'),
        true,
        'the search button is not usable once the page has loaded (the inline opener did not run)',
      );
      await driver.click('site-search .search-button');
      await waitFor(driver, 'the search dialog did not open with the focus in its box', () => {
        const dialog = document.querySelector('dialog');
        return !!dialog?.open && document.activeElement === dialog.querySelector('input');
      });
      await driver.type('Monteagudo');
      const before = await driver.evaluate(() => ({
        value: (document.querySelector('#search-input') as HTMLInputElement).value,
        results: document.querySelectorAll('.search-result').length,
      }));
      assert.deepEqual(before, { value: 'Monteagudo', results: 0 }, 'the box did not take what was typed');
      const deadline = Date.now() + 20_000;
      while (!held.requested().some((path) => path.includes('search-ui')) && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 100));
      assert.ok(
        held.requested().some((path) => path.includes('search-ui')),
        'the reader showed intent, yet the search code was never requested',
      );
    } finally {
      held.release();
    }
    const found = await waitFor(
      driver,
      'what was typed before the search code arrived was never searched: no result for reference 7',
      () => document.querySelector<HTMLAnchorElement>('.search-results a[href$="#ref-7"]')?.href,
    );
    assert.match(found ?? '', /\/references\/\?highlight=monteagudo#ref-7$/i);
    await waitFor(driver, 'the first result is not reference 7', () =>
      document.querySelector<HTMLAnchorElement>('.search-results a')?.href.endsWith('#ref-7'),
    );
    await driver.press('ArrowDown');
    await waitFor(
      driver,
      '↓ did not move the focus to the first result',
      () => !!document.activeElement?.matches('.search-results a'),
    );
    await driver.press('Enter');
    await waitFor(
      driver,
      'Enter on the result did not open reference 7 with the name highlighted',
      () =>
        /\/references\/\?highlight=monteagudo#ref-7$/i.test(location.href) &&
        document.querySelector('#ref-7 mark.pagefind-highlight')?.textContent === 'Monteagudo',
    );
  });

  await t.test('"/" opens the search from the keyboard, Escape closes it', async () => {
    await visit('/es/');
    await driver.press('/');
    await waitFor(driver, '"/" did not open the search with the focus in its box', () => {
      const dialog = document.querySelector('dialog');
      return !!dialog?.open && document.activeElement === dialog.querySelector('input');
    });
    await driver.press('Escape');
    await waitFor(driver, 'Escape did not close the search', () => !document.querySelector('dialog')?.open);
    // "/" showed intent: the search's first files are loading; the next page is visited once they have arrived.
    await settle('/es/');
  });

  await t.test('every reading page in both languages opens, in its language, its search ready', async () => {
    for (const locale of LOCALES)
      for (const { slug } of ARTICLE_PAGES) {
        const path = pagePath(locale, slug);
        await visit(path);
        const page = await driver.evaluate(() => ({
          lang: document.documentElement.lang,
          heading: document.querySelector('h1')?.textContent?.trim() ?? '',
          search: document.documentElement.dataset['search'] === 'ready',
          // The page laid out in full once loaded (the first paint held the rest back).
          loaded: document.documentElement.hasAttribute('data-loaded'),
        }));
        assert.equal(page.lang, locale, `${path}: <html lang>`);
        assert.ok(page.heading.length > 3, `${path} has no heading`);
        assert.ok(page.search, `${path}: the search button is not usable`);
        assert.ok(page.loaded, `${path}: not marked as loaded`);
      }
  });

  await t.test('the chart island draws, and redraws for another analyte', async () => {
    await visit('/clinical-case/');
    await driver.evaluate(() => document.querySelector('lab-chart')?.scrollIntoView());
    await waitFor(
      driver,
      'the chart island never drew (no data-ready="true")',
      () => !!document.querySelector('lab-chart[data-ready="true"] canvas'),
    );
    const drawn = await driver.evaluate(() => document.querySelector('canvas')!.toDataURL());
    await driver.evaluate(() => {
      const select = document.querySelector<HTMLSelectElement>('lab-chart select')!;
      select.value = 'crp';
      select.dispatchEvent(new Event('change'));
    });
    await waitFor(
      driver,
      'choosing C reactive protein did not redraw the chart',
      (before: string) => {
        const canvas = document.querySelector('canvas')!;
        return /C reactive protein/.test(canvas.getAttribute('aria-label') ?? '') && canvas.toDataURL() !== before;
      },
      drawn,
    );
  });

  await t.test('the language switch keeps the anchor', async () => {
    await visit('/clinical-case/#table-1');
    await driver.click('.lang-switch');
    await waitFor(
      driver,
      'the Spanish page did not open at Table 1',
      () =>
        location.pathname === '/es/clinical-case/' &&
        location.hash === '#table-1' &&
        (() => {
          // The new page's URL comes before its body: until Table 1 is parsed, it is not there yet.
          const box = document.getElementById('table-1')?.getBoundingClientRect();
          return !!box && box.top < innerHeight && box.bottom > 0;
        })(),
    );
  });

  await t.test('the theme switch applies and is kept on the next page', async () => {
    await visit('/discussion/');
    await driver.click('theme-toggle button');
    await waitFor(driver, 'the theme switch did not set the theme', () => !!document.documentElement.dataset['theme']);
    const theme = await driver.evaluate(() => document.documentElement.dataset['theme']);
    await visit('/references/');
    assert.equal(await driver.evaluate(() => document.documentElement.dataset['theme']), theme, 'theme not kept');
  });

  await t.test('after one visit, the service worker is in control', async () => {
    await driver.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    await visit('/introduction/');
    await waitFor(
      driver,
      'no service worker controls the page after a visit',
      () => !!navigator.serviceWorker.controller,
    );
  });

  assert.deepEqual(driver.errors(), [], 'the pages reported errors');
}
