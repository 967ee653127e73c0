/**
 * `npm run bench`: weight, speed and Lighthouse scores of the built site, printed as a table beside their targets
 * and written to bench-results/bench.json. Builds the site itself once (the cold build time is one of the figures;
 * BENCH_SKIP_BUILD=1 measures the dist/ already there), serves it gzip-compressed as real hosts do (nginx with
 * deploy/nginx/, tests/hosts/nginx.ts, on BENCH_PORT, default 4330), and measures in Chromium (CHROMIUM_PATH, else
 * /usr/bin/chromium), medians of three runs:
 * - LCP under applied throttling: a phone (412 × 823) over CDP, 150 ms round trips, 1.6 Mbps down, 0.75 Mbps up,
 *   CPU 4× slower, each load in a fresh browser context (cold cache, no service worker);
 * - Lighthouse's mobile profile (its simulation of slow 4G on a mid-range phone);
 * - search, under the same throttling: from opening it (the "/" key) to the first result on screen, cold (first
 *   opening on a first visit) and warm (the same, on a second page of the visit: HTTP cache filled).
 */
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { chromiumPath } from './chromium-path.ts';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { JATS_FILE } from '../src/formats/jats/index.ts';
import { LOCALES } from '../src/i18n/locales.ts';
import { ARTICLE_PAGES as PAGES } from '../tests/article-pages.ts';
import { pagePath } from '../src/site/urls.ts';

// BENCH_PORT moves it off 4330 when another checkout's bench or tests use that port.
const PORT = Number(process.env['BENCH_PORT'] ?? 4330);
const BASE = `http://127.0.0.1:${PORT}/`;
const chromePath = chromiumPath();
const KB = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const TARGETS = {
  htmlCss: 30,
  js: 5,
  chart: 60,
  search: 100,
  lighthouse: 100,
  lcpMs: 900,
  offline: 600,
  firstKb: 14.2,
};
// A first response within TCP's initial congestion window (10 segments of 1460 bytes, 14.26 KiB) arrives in one
// round trip: on a slow network, the page's text a round trip sooner.
const RUNS = 3;
// The phone of the applied-throttling runs: the figures in the README were measured with these.
const THROTTLE = {
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (0.75 * 1024 * 1024) / 8,
  cpuRate: 4,
};
const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const LCP_PAGES = ['/', '/clinical-case/', '/es/', '/es/clinical-case/'];

// Records, in the page's own clock, the largest contentful paint, when search was opened and when its first result
// was on screen (a frame after it was inserted), so no test-driver latency is counted.
const PROBE = `(() => {
  const w = window;
  w.__bench = { lcp: 0, opened: 0, shown: 0 };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) w.__bench.lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  addEventListener('keydown', (event) => {
    if (event.key === '/' && !w.__bench.opened) w.__bench.opened = performance.now();
  }, true);
  new MutationObserver(() => {
    if (w.__bench.opened && !w.__bench.shown && document.querySelector('.search-result'))
      requestAnimationFrame(() => (w.__bench.shown ||= performance.now()));
  }).observe(document, { childList: true, subtree: true });
})();`;

/** A context whose pages load as on a throttled phone: every page opened in it is throttled over CDP. */
async function throttledContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ ...PHONE, serviceWorkers: 'block' });
  await context.addInitScript(PROBE);
  return context;
}
async function throttledPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: THROTTLE.latency,
    downloadThroughput: THROTTLE.downloadThroughput,
    uploadThroughput: THROTTLE.uploadThroughput,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE.cpuRate });
  return page;
}

/** LCP (ms) of one cold load of `path` on the throttled phone; read once the page has loaded and gone quiet. */
async function throttledLcp(browser: Browser, path: string): Promise<number> {
  const context = await throttledContext(browser);
  try {
    const page = await throttledPage(context);
    await page.goto(`${BASE}${path.slice(1)}`, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    return Math.round(await page.evaluate(() => (window as unknown as { __bench: { lcp: number } }).__bench.lcp));
  } finally {
    await context.close();
  }
}

/** Ms from pressing "/" to the first search result on screen, on a page of `context` (throttled). */
async function searchTime(context: BrowserContext, path: string): Promise<number> {
  const page = await throttledPage(context);
  await page.goto(`${BASE}${path.slice(1)}`, { waitUntil: 'load' });
  // The button shows once <site-search> is defined: the reader can open search from then on.
  await page.locator('site-search .search-button').waitFor({ timeout: 60_000 });
  await page.keyboard.press('/');
  await page.getByRole('searchbox').fill('anakinra');
  await page.locator('.search-result').first().waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => (window as unknown as { __bench: { shown: number } }).__bench.shown > 0);
  const { opened, shown } = await page.evaluate(
    () => (window as unknown as { __bench: { opened: number; shown: number } }).__bench,
  );
  await page.close();
  return Math.round(shown - opened);
}

/**
 * What the service worker keeps after a first visit, in gzip bytes: its precache list (read from dist/sw.js, where
 * Workbox wrote it) and the reading pages it keeps as it installs.
 */
function offlineCopy(): { files: number; bytes: number } {
  const worker = readFileSync('dist/sw.js', 'utf8');
  const urls = [...worker.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]!);
  return {
    files: urls.length,
    bytes: urls.reduce((sum, url) => sum + gzipSync(readFileSync(`dist/${url}`)).length, 0),
  };
}

/** The article's other formats, as files a reader downloads: their size as built and as sent gzip-compressed. */
const DOWNLOADS = [{ name: 'JATS XML', file: JATS_FILE }];
function downloads(): { name: string; file: string; kb: number; gzipKb: number }[] {
  return DOWNLOADS.map(({ name, file }) => {
    const body = readFileSync(`dist/${file}`);
    return { name, file, kb: KB(body.length), gzipKb: KB(gzipSync(body).length) };
  });
}
/** What the PDFs cost one build: the seconds each took to set (from its data to its bytes), from the build's log. */
const pdfSeconds: number[] = [];

function coldBuild(): number {
  rmSync('dist', { recursive: true, force: true });
  rmSync('.astro', { recursive: true, force: true });
  rmSync('node_modules/.vite', { recursive: true, force: true });
  rmSync('node_modules/.astro', { recursive: true, force: true });
  const start = performance.now();
  const log = execFileSync('npx', ['astro', 'build'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const seconds = (performance.now() - start) / 1000;
  pdfSeconds.push(
    [...log.matchAll(/\[pdf\] \S+: \d+ bytes, set in ([\d.]+) s/g)].reduce((sum, m) => sum + Number(m[1]), 0),
  );
  return seconds;
}

/** The PDFs of the build, one per language: their bytes as served and gzip-compressed (nginx compresses them). */
function pdfSizes(): { file: string; kb: number; gzipKb: number }[] {
  return readdirSync('dist')
    .filter((file) => file.endsWith('.pdf'))
    .map((file) => {
      const bytes = readFileSync(`dist/${file}`);
      return { file, kb: KB(bytes.length), gzipKb: KB(gzipSync(bytes).length) };
    });
}

/**
 * Gzip bytes of every response the page receives while `action` runs, by kind, and the bytes of the document's
 * response as they travelled (compressed body and headers).
 */
async function weigh(page: Page, action: () => Promise<unknown>) {
  const sizes = { html: 0, css: 0, js: 0, other: 0, document: 0 };
  const pending: Promise<void>[] = [];
  const listener = (response: import('@playwright/test').Response) =>
    pending.push(
      response
        .body()
        .then(async (body) => {
          const url = response.url();
          const type = response.request().resourceType();
          const bytes = gzipSync(body).length;
          if (type === 'document') {
            sizes.html += bytes;
            const sent = await response.request().sizes();
            sizes.document += sent.responseBodySize + sent.responseHeadersSize;
          } else if (type === 'stylesheet' || url.endsWith('.css')) sizes.css += bytes;
          else if (type === 'script' || url.endsWith('.js')) sizes.js += bytes;
          else sizes.other += bytes;
        })
        .catch(() => undefined),
    );
  page.on('response', listener);
  await action();
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  page.off('response', listener);
  return sizes;
}

const builds = process.env['BENCH_SKIP_BUILD'] ? [] : [coldBuild()];
const buildSeconds = builds[0] ?? NaN;
const server = spawn(process.execPath, ['tests/hosts/nginx.ts', String(PORT)], { stdio: 'ignore', detached: true });
try {
  for (let i = 0; i < 60; i++) {
    try {
      if ((await fetch(BASE)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 500));
    }
  }

  const browser = await chromium.launch(chromePath ? { executablePath: chromePath } : {});
  // First loads are weighed as a first visit: the service worker's background download is measured apart.
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 800 } });
  const pages: { page: string; html: number; css: number; js: number; document: number }[] = [];
  for (const locale of LOCALES)
    for (const { slug } of PAGES) {
      const path = pagePath(locale, slug);
      const tab = await context.newPage();
      const sizes = await weigh(tab, () => tab.goto(`${BASE}${path.slice(1)}`));
      pages.push({ page: path, html: sizes.html, css: sizes.css, js: sizes.js, document: sizes.document });
      await tab.close();
    }

  const tab = await context.newPage();
  await tab.goto(`${BASE}clinical-case/`);
  await tab.waitForLoadState('networkidle');
  const chart = await weigh(tab, async () => {
    await tab.locator('lab-chart').scrollIntoViewIfNeeded();
    await tab.locator('lab-chart[data-ready="true"]').waitFor();
  });
  await tab.goto(`${BASE}es/`);
  await tab.waitForLoadState('networkidle');
  // The search button shows once its script, which runs after the first paint, has defined <site-search>.
  await tab.locator('site-search .search-button').waitFor();
  const search = await weigh(tab, async () => {
    await tab.keyboard.press('/');
    await tab.getByRole('searchbox').fill('anakinra');
    await tab.locator('.search-result').first().waitFor();
  });

  // Applied throttling: the page loads as it would on the phone, with the browser's own LCP.
  const throttled: { page: string; lcpMs: number; runs: number[] }[] = [];
  for (const path of LCP_PAGES) {
    const runs: number[] = [];
    for (let run = 0; run < RUNS; run++) runs.push(await throttledLcp(browser, path));
    throttled.push({ page: path, lcpMs: median([...runs]), runs });
  }
  const searchRuns = { cold: [] as number[], warm: [] as number[] };
  for (let run = 0; run < RUNS; run++) {
    const context = await throttledContext(browser);
    try {
      searchRuns.cold.push(await searchTime(context, '/es/'));
      searchRuns.warm.push(await searchTime(context, '/es/introduction/'));
    } finally {
      await context.close();
    }
  }
  const searchMs = { cold: median([...searchRuns.cold]), warm: median([...searchRuns.warm]) };
  await browser.close();

  const mark = (value: number, target: number) => (value <= target ? 'ok' : 'OVER');
  const lighthouseRuns: Record<string, number | string>[] = [];
  const chrome = await chromeLauncher.launch({
    ...(chromePath ? { chromePath } : {}),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    for (const path of ['/', '/clinical-case/', '/es/', '/es/clinical-case/']) {
      const runs: NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'][] = [];
      for (let run = 0; run < RUNS; run++) {
        const result = await lighthouse(`${BASE}${path.slice(1)}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
          // Simulated throttling (Lighthouse's default mobile profile): the applied runs are measured above.
          throttlingMethod: 'simulate',
        });
        if (result?.lhr) runs.push(result.lhr);
      }
      const score = (id: string) => median(runs.map((lhr) => Math.round((lhr.categories[id]?.score ?? 0) * 100)));
      // A run that measured nothing (Lighthouse's NO_LCP and the like) is left out of the median, and counted.
      const audit = (id: string) =>
        median(runs.map((lhr) => lhr.audits[id]?.numericValue ?? NaN).filter((v) => Number.isFinite(v)));
      const failed = runs.filter(
        (lhr) => !Number.isFinite(lhr.audits['largest-contentful-paint']?.numericValue),
      ).length;
      const lcp = Math.round(audit('largest-contentful-paint'));
      lighthouseRuns.push({
        page: path,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        fcpMs: Math.round(audit('first-contentful-paint')),
        lcpMs: `${lcp} ${mark(lcp, TARGETS.lcpMs)}`,
        tbtMs: Math.round(audit('total-blocking-time')),
        cls: Math.round(audit('cumulative-layout-shift') * 1000) / 1000,
        failedRuns: failed + (RUNS - runs.length),
      });
    }
  } finally {
    chrome.kill();
  }

  console.log(
    `\nFirst load of each reading page (gzip KB; targets: HTML+CSS ≤ ${TARGETS.htmlCss}, JS ≤ ${TARGETS.js}, first response as sent ≤ ${TARGETS.firstKb})`,
  );
  console.table(
    pages.map((p) => ({
      page: p.page,
      html: KB(p.html),
      css: KB(p.css),
      'html+css': `${KB(p.html + p.css)} ${mark(KB(p.html + p.css), TARGETS.htmlCss)}`,
      js: `${KB(p.js)} ${mark(KB(p.js), TARGETS.js)}`,
      'first response': `${KB(p.document)} ${mark(KB(p.document), TARGETS.firstKb)}`,
    })),
  );
  console.log(
    `Chart island when it loads: ${KB(chart.js)} KB gzip JS (target ≤ ${TARGETS.chart}) ${mark(KB(chart.js), TARGETS.chart)}`,
  );
  const searchTotal = search.js + search.css + search.other;
  console.log(
    `First search ("anakinra" in Spanish): ${KB(searchTotal)} KB gzip (JS ${KB(search.js)}, index and WebAssembly ${KB(search.other)}) (target ≤ ${TARGETS.search}) ${mark(KB(searchTotal), TARGETS.search)}`,
  );
  const offline = offlineCopy();
  console.log(
    `Offline copy (service worker): ${offline.files} files, ${KB(offline.bytes)} KB gzip (target ≤ ${TARGETS.offline}) ${mark(KB(offline.bytes), TARGETS.offline)}`,
  );
  const files = downloads();
  for (const d of files) console.log(`${d.name} (${d.file}): ${d.kb} KB, ${d.gzipKb} KB gzip`);
  if (builds.length) console.log(`Cold build: ${buildSeconds.toFixed(1)} s`);
  const pdfs = pdfSizes();
  const pdfMedian = median([...pdfSeconds]);
  console.log(
    `PDFs: ${pdfs.map((p) => `${p.file} ${p.kb} KB (${p.gzipKb} KB gzip)`).join(', ')}; ${builds.length ? `setting them adds ${pdfMedian.toFixed(2)} s to the build` : 'no build timed (BENCH_SKIP_BUILD)'}`,
  );
  console.log(
    `\nLighthouse mobile, served gzip-compressed, median of ${RUNS} (target ${TARGETS.lighthouse} in all four scores, LCP ≤ ${TARGETS.lcpMs} ms)`,
  );
  console.table(lighthouseRuns);
  console.log(
    `\nApplied throttling (CDP: ${THROTTLE.latency} ms RTT, 1.6 Mbps down, 0.75 Mbps up, CPU ${THROTTLE.cpuRate}× slower; phone viewport), LCP, median of ${RUNS}`,
  );
  console.table(
    throttled.map((t) => ({
      page: t.page,
      lcpMs: `${t.lcpMs} ${mark(t.lcpMs, TARGETS.lcpMs)}`,
      runs: t.runs.join(', '),
    })),
  );
  console.log(
    `Search, "/" to the first result on screen, same throttling, median of ${RUNS}: cold ${searchMs.cold} ms (${searchRuns.cold.join(', ')}), warm ${searchMs.warm} ms (${searchRuns.warm.join(', ')})`,
  );

  mkdirSync('bench-results', { recursive: true });
  const report = {
    date: new Date().toISOString(),
    targetsKbGzip: TARGETS,
    pages: pages.map((p) => ({
      page: p.page,
      htmlKb: KB(p.html),
      cssKb: KB(p.css),
      jsKb: KB(p.js),
      firstResponseKb: KB(p.document),
    })),
    chartKb: KB(chart.js),
    offlineCopy: { files: offline.files, kb: KB(offline.bytes) },
    downloads: files,
    firstSearchKb: KB(searchTotal),
    coldBuildSeconds: builds.length ? Math.round(buildSeconds * 10) / 10 : null,
    pdf: { files: pdfs, seconds: { median: pdfMedian, runs: pdfSeconds } },
    lighthouse: lighthouseRuns,
    throttled: { conditions: THROTTLE, viewport: PHONE.viewport, lcp: throttled },
    searchMs: { ...searchMs, runs: searchRuns },
  };
  writeFileSync('bench-results/bench.json', `${JSON.stringify(report, null, 2)}\n`);
  console.log('\nWritten to bench-results/bench.json');
} finally {
  try {
    if (server.pid) process.kill(-server.pid);
  } catch {
    // Already gone.
  }
}
