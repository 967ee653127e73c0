/**
 * `npm run bench`: weight, speed and Lighthouse scores of the built site, printed as a table beside their targets
 * and written to bench-results/bench.json. Builds the site itself once (the cold build time is one of the figures;
 * BENCH_SKIP_BUILD=1 measures the dist/ already there), serves it gzip-compressed as real hosts do (nginx with
 * deploy/nginx/, on BENCH_PORT, default 4330, and the ports after it), and measures in Chromium (CHROMIUM_PATH,
 * else /usr/bin/chromium):
 * - the weights: each reading page's first response and first load, the chart's code, a first search, the offline
 *   copy;
 * - Lighthouse's mobile profile (its simulation of slow 4G on a mid-range phone), median of three;
 * - against the floor and Starlight, in one interleaved run (each round visits every site once, in a rotating
 *   order), under applied throttling: a phone (412 × 823) over CDP, 150 ms round trips, 1.6 Mbps down, 0.75 Mbps
 *   up, CPU 4× slower, each visit in a fresh browser context (cold cache, no service worker). Per page: first and
 *   largest contentful paint, and the time until the search box takes typing; per search, typing an author's name
 *   (one key every 100 ms): first key → first result that is the reference, cold (first visit) and warm (a second
 *   page of the visit, HTTP cache filled). Medians of BENCH_ROUNDS rounds (default 8), as ratios to the floor and to
 *   Starlight. The floor is a page of one heading and one paragraph (the clinical case's first, from dist/), no CSS
 *   and no script, on the same host. Starlight is the same article built with Starlight 0.42: a copy of
 *   BENCH_STARLIGHT (default ../shared/starlight) built in a temporary folder, or the build BENCH_STARLIGHT_DIST
 *   names (kept from an earlier run: the bench prints where it built). BENCH_COMPARE_DIST adds another build of this
 *   site (e.g. main's, for before and after) to the same rounds and to Lighthouse.
 * Nothing polls the page while it loads but a querySelector every 100 ms in the page itself (role locators compute
 * the accessibility tree, which on a throttled CPU delays the very paint being measured); the page's own clock
 * times everything.
 */
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { chromiumPath } from './chromium-path.ts';
import * as chromeLauncher from 'chrome-launcher';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import lighthouse from 'lighthouse';
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { JATS_FILE } from '../src/formats/jats/index.ts';
import { LOCALES } from '../src/i18n/locales.ts';
import { ARTICLE_PAGES as PAGES } from '../tests/article-pages.ts';
import { pagePath } from '../src/site/urls.ts';

// BENCH_PORT moves it off 4330 when another checkout's bench or tests use that port; the peers take the next ones.
const PORT = Number(process.env['BENCH_PORT'] ?? 4330);
const BASE = `http://127.0.0.1:${PORT}/`;
const chromePath = chromiumPath();
const KB = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const TARGETS = {
  htmlCss: 30,
  js: 5,
  chart: 60,
  search: 100,
  lighthouse: 100,
  lcpMs: 900,
  offline: 600,
  firstKb: 14.2,
  // Issue #31: against the floor and Starlight, medians of the interleaved rounds.
  fcpToFloor: 1.15,
  lcpToFloor: 1.3,
  typingAfterFcpMs: 150,
  searchToStarlight: 0.6,
};
// A first response within TCP's initial congestion window (10 segments of 1460 bytes, 14.26 KiB) arrives in one
// round trip: on a slow network, the page's text a round trip sooner.
const LIGHTHOUSE_RUNS = Number(process.env['BENCH_LIGHTHOUSE_RUNS'] ?? 3);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 8);
// The phone of the applied-throttling runs: the figures in docs/benchmark.md were measured with these.
const THROTTLE = {
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (0.75 * 1024 * 1024) / 8,
  cpuRate: 4,
};
const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
// The pages of the interleaved rounds (Starlight's copy has these four), and the searches: an author's name typed
// on a page, then on a second page of the same visit.
const ROUND_PAGES = ['/', '/clinical-case/', '/es/', '/references/'];
const SEARCHES = [
  { cold: '/references/', warm: '/discussion/', query: 'Monteagudo' },
  { cold: '/es/', warm: '/es/discussion/', query: 'Monteagudo' },
];
const KEY_DELAY_MS = 100;

/** A site of the interleaved rounds: where it is served, and how to find its search button, box and results. */
interface Site {
  name: string;
  port: number;
  root: string;
  /** `dialog`: what holds the box once the dialog opens (the box itself, on a site that renders it from the start). */
  search?: { button: string; box: string; dialog?: string; result: string };
}
const OWN_SEARCH = {
  button: 'site-search .search-button',
  box: '#search-input',
  // The box waits in a template until the reader's first sign of intent, and is in the dialog the moment it opens.
  dialog: '#search-dialog',
  result: '.search-result a[href*="references/"]',
};

/**
 * Records, in the page's own clock, FCP, LCP, when the search box takes typing (its button shown and usable, its box
 * there, or the dialog the box is put in as it opens: a querySelector every 100 ms and once at the first paint,
 * nothing else), the first key typed and when the first result that is a reference was on screen (a frame after it
 * was inserted).
 */
const probe = (search: Site['search']) => `(() => {
  const w = window;
  const s = ${JSON.stringify(search ?? null)};
  const b = w.__bench = { fcp: 0, lcp: 0, ready: 0, key: 0, shown: 0 };
  const check = () => {
    if (!s || b.ready) return;
    const button = document.querySelector(s.button);
    if (button && !button.disabled && document.querySelector(s.dialog || s.box) && button.checkVisibility({ visibilityProperty: true })) {
      b.ready = performance.now();
      clearInterval(timer);
    }
  };
  const timer = s ? setInterval(check, 100) : 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') { b.fcp = entry.startTime; check(); }
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) b.lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  addEventListener('keydown', () => { if (!b.key) b.key = performance.now(); }, true);
  if (s) {
    const seen = () => {
      if (b.key && !b.shown && document.querySelector(s.result)) {
        observer.disconnect();
        requestAnimationFrame(() => (b.shown ||= performance.now()));
      }
    };
    const observer = new MutationObserver(seen);
    addEventListener('keydown', () => observer.observe(document, { childList: true, subtree: true }), { once: true, capture: true });
  }
})();`;
interface Probe {
  fcp: number;
  lcp: number;
  ready: number;
  key: number;
  shown: number;
}
const readProbe = (page: Page) => page.evaluate(() => (window as unknown as { __bench: Probe }).__bench);

/** A context whose pages load as on a throttled phone, with the probe for `site`. */
async function throttledContext(browser: Browser, site: Site): Promise<BrowserContext> {
  const context = await browser.newContext({ ...PHONE, serviceWorkers: 'block' });
  await context.addInitScript(probe(site.search));
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
const siteUrl = (site: Site, path: string) => `http://127.0.0.1:${site.port}${path}`;

/** What `until` waits for: the page painted (and, on a site with search, the box taking typing), or a reference shown. */
type Moment = 'painted' | 'ready' | 'shown';

/**
 * Waits, polling the page four times a second, until the probe has recorded `moment` (a function, not a string:
 * the pages' policy forbids evaluating strings, and the driver's own evaluation is not the page's).
 */
async function until(page: Page, moment: Moment, search: boolean, timeout = 30_000) {
  await page.waitForFunction(
    ({ moment, search }) => {
      const b = (window as unknown as { __bench: Probe }).__bench;
      if (moment === 'shown') return b.shown > 0;
      if (moment === 'ready') return b.ready > 0;
      return b.lcp > 0 && (!search || b.ready > 0);
    },
    { moment, search },
    { polling: 250, timeout },
  );
}

/** One cold visit of `path`: FCP, LCP and when the box took typing, read once the page has loaded and settled. */
async function visit(browser: Browser, site: Site, path: string): Promise<Probe> {
  const context = await throttledContext(browser, site);
  try {
    const page = await throttledPage(context);
    await page.goto(siteUrl(site, path), { waitUntil: 'load', timeout: 60_000 });
    await until(page, 'painted', site.search !== undefined);
    // LCP may still grow for a moment after load (a late paragraph): give it a second, unpolled.
    await page.waitForTimeout(1000);
    return await readProbe(page);
  } finally {
    await context.close();
  }
}

/** Opens the search on `path` as soon as it takes typing, types the query, and reads the probe once a reference shows. */
async function searchOnce(context: BrowserContext, site: Site, path: string, query: string): Promise<Probe> {
  const search = site.search!;
  const page = await throttledPage(context);
  try {
    await page.goto(siteUrl(site, path), { waitUntil: 'commit', timeout: 60_000 });
    await until(page, 'ready', true);
    await page.locator(search.button).click();
    await page.locator(search.box).pressSequentially(query, { delay: KEY_DELAY_MS });
    await until(page, 'shown', true);
    return await readProbe(page);
  } finally {
    await page.close();
  }
}

/**
 * The floor: a page of one heading and one paragraph, no CSS and no script, with the clinical case's heading and
 * first paragraph as this build renders them (the largest paint of that page), in a folder of its own.
 */
function writeFloor(): string {
  const tree = fromHtml(readFileSync('dist/clinical-case/index.html', 'utf8'));
  const text = (selector: string) => toText(select(selector, tree)!).replace(/\s+/g, ' ').trim();
  const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const dir = mkdtempSync(join(tmpdir(), 'bench-floor-'));
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html>\n<html lang="en">\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${escape(text('h1'))}</title>\n<h1>${escape(text('h1'))}</h1>\n<p>${escape(text('main p[data-block]'))}</p>\n`,
  );
  writeFileSync(join(dir, '404.html'), '<!doctype html><title>404</title>');
  return dir;
}

/** Starlight's build of the same article: the one BENCH_STARLIGHT_DIST names, or a copy built in a temporary folder. */
function starlightDist(): string | undefined {
  const given = process.env['BENCH_STARLIGHT_DIST'];
  if (given) return resolve(given);
  const source = resolve(process.env['BENCH_STARLIGHT'] ?? '../shared/starlight');
  if (!existsSync(join(source, 'package.json'))) {
    console.log(`No Starlight copy at ${source} (BENCH_STARLIGHT): the rounds run without it.`);
    return undefined;
  }
  // Never inside the shared folder: a copy, built in a temporary one.
  const dir = mkdtempSync(join(tmpdir(), 'bench-starlight-'));
  cpSync(source, dir, { recursive: true, filter: (path) => !/[/\\](node_modules|dist|\.astro)$/.test(path) });
  console.log(`Building Starlight's copy in ${dir} (set BENCH_STARLIGHT_DIST=${dir}/dist to reuse it)`);
  execFileSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'ignore' });
  execFileSync('npm', ['run', 'build'], { cwd: dir, stdio: 'ignore' });
  return join(dir, 'dist');
}

/** One nginx for every site, each at the root of its own port, through the project's rules (deploy/nginx/). */
function serve(sites: Site[]) {
  const prefix = mkdtempSync(join(tmpdir(), 'bench-nginx-'));
  const rules = resolve('deploy/nginx/case-report.conf');
  const mime = ['/etc/nginx/mime.types', '/usr/local/etc/nginx/mime.types'].find((path) => existsSync(path));
  const nginx =
    process.env['NGINX_PATH'] ?? ['/usr/sbin/nginx', '/usr/bin/nginx'].find((path) => existsSync(path)) ?? 'nginx';
  const servers = sites
    .map(
      (site) =>
        `server { listen 127.0.0.1:${site.port}; location / { root ${site.root}; error_page 404 /404.html; include ${rules}; } }`,
    )
    .join('\n');
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((t) => `${t}_temp_path ${prefix}/${t};`)
    .join(' ');
  writeFileSync(
    join(prefix, 'nginx.conf'),
    `${process.getuid?.() === 0 ? 'user root;' : ''} worker_processes 1; daemon off; pid ${prefix}/nginx.pid; error_log stderr error;
events { worker_connections 256; }
http { ${mime ? `include ${mime};` : ''} default_type application/octet-stream; access_log off; ${temp}
${servers} }\n`,
  );
  const child = spawn(nginx, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', 'stderr'], { stdio: 'inherit' });
  return {
    stop() {
      child.kill('SIGQUIT');
      rmSync(prefix, { recursive: true, force: true });
    },
  };
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
const site: Site = { name: 'this site', port: PORT, root: resolve('dist'), search: OWN_SEARCH };
const floor: Site = { name: 'floor', port: PORT + 1, root: writeFloor() };
const starlightRoot = starlightDist();
const starlight: Site | undefined =
  starlightRoot === undefined
    ? undefined
    : {
        name: 'Starlight',
        port: PORT + 2,
        root: starlightRoot,
        search: {
          button: 'site-search button[data-open-modal]',
          box: '#starlight__search input',
          result: '.pagefind-ui__result-link[href*="references/"]',
        },
      };
const compareRoot = process.env['BENCH_COMPARE_DIST'];
const compare: Site | undefined = compareRoot
  ? { name: 'compared build', port: PORT + 3, root: resolve(compareRoot), search: OWN_SEARCH }
  : undefined;
const peers = [site, starlight, compare].filter((s): s is Site => s !== undefined);
const server = serve([floor, ...peers]);
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
  const pages: {
    page: string;
    html: number;
    css: number;
    js: number;
    document: number;
    compared?: number | undefined;
  }[] = [];
  for (const locale of LOCALES)
    for (const { slug } of PAGES) {
      const path = pagePath(locale, slug);
      const tab = await context.newPage();
      const sizes = await weigh(tab, () => tab.goto(`${BASE}${path.slice(1)}`));
      let compared: number | undefined;
      if (compare) compared = (await weigh(tab, () => tab.goto(siteUrl(compare, path)))).document;
      pages.push({ page: path, html: sizes.html, css: sizes.css, js: sizes.js, document: sizes.document, compared });
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
  const search = await weigh(tab, async () => {
    await tab.keyboard.press('/');
    await tab.getByRole('searchbox').fill('anakinra');
    await tab.locator('.search-result').first().waitFor();
  });
  await context.close();

  // The interleaved rounds: every site visited once per round and page, the order rotating from round to round.
  type Visit = { site: string; page: string } & Probe;
  const visits: Visit[] = [];
  type Searched = { site: string; page: string; warm: boolean } & Probe;
  const searches: Searched[] = [];
  const loadSites = [floor, ...peers];
  for (let round = 0; round < ROUNDS; round++) {
    const turn = <T>(list: T[]) => list.map((_, i) => list[(i + round) % list.length]!);
    for (const path of turn(ROUND_PAGES))
      for (const s of turn(loadSites)) {
        const page = s === floor ? '/' : path;
        try {
          visits.push({ site: s.name, page: path, ...(await visit(browser, s, page)) });
        } catch (error) {
          console.log(`round ${round + 1}: ${s.name} ${page} failed (${(error as Error).message.split('\n')[0]})`);
        }
      }
    for (const { cold, warm, query } of turn(SEARCHES))
      for (const s of turn(peers)) {
        const searchContext = await throttledContext(browser, s);
        try {
          searches.push({
            site: s.name,
            page: cold,
            warm: false,
            ...(await searchOnce(searchContext, s, cold, query)),
          });
          searches.push({ site: s.name, page: warm, warm: true, ...(await searchOnce(searchContext, s, warm, query)) });
        } catch (error) {
          console.log(
            `round ${round + 1}: ${s.name} search on ${cold} failed (${(error as Error).message.split('\n')[0]})`,
          );
        } finally {
          await searchContext.close();
        }
      }
    console.log(`round ${round + 1} of ${ROUNDS} done`);
  }
  await browser.close();

  const mark = (value: number, target: number) => (value <= target ? 'ok' : 'OVER');
  const lighthouseRuns: Record<string, number | string>[] = [];
  const chrome = await chromeLauncher.launch({
    ...(chromePath ? { chromePath } : {}),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    for (const path of ['/', '/clinical-case/', '/es/', '/es/clinical-case/', '/references/']) {
      const runs = new Map<Site, NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'][]>();
      // Interleaved with the compared build, run by run.
      for (let run = 0; run < LIGHTHOUSE_RUNS; run++)
        for (const s of [site, compare].filter((x): x is Site => x !== undefined)) {
          const result = await lighthouse(siteUrl(s, path), {
            port: chrome.port,
            output: 'json',
            logLevel: 'error',
            onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
            // Simulated throttling (Lighthouse's default mobile profile): the applied runs are measured above.
            throttlingMethod: 'simulate',
          });
          if (result?.lhr) runs.set(s, [...(runs.get(s) ?? []), result.lhr]);
        }
      for (const [s, lhrs] of runs) {
        const score = (id: string) => median(lhrs.map((lhr) => Math.round((lhr.categories[id]?.score ?? 0) * 100)));
        // A run that measured nothing (Lighthouse's NO_LCP and the like) is left out of the median, and counted.
        const audit = (id: string) =>
          median(lhrs.map((lhr) => lhr.audits[id]?.numericValue ?? NaN).filter((v) => Number.isFinite(v)));
        const failed = lhrs.filter(
          (lhr) => !Number.isFinite(lhr.audits['largest-contentful-paint']?.numericValue),
        ).length;
        const lcp = Math.round(audit('largest-contentful-paint'));
        lighthouseRuns.push({
          site: s.name,
          page: path,
          performance: score('performance'),
          accessibility: score('accessibility'),
          bestPractices: score('best-practices'),
          seo: score('seo'),
          fcpMs: Math.round(audit('first-contentful-paint')),
          lcpMs: `${lcp} ${mark(lcp, TARGETS.lcpMs)}`,
          tbtMs: Math.round(audit('total-blocking-time')),
          cls: Math.round(audit('cumulative-layout-shift') * 1000) / 1000,
          failedRuns: failed + (LIGHTHOUSE_RUNS - lhrs.length),
        });
      }
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
      ...(p.compared !== undefined ? { 'compared build': KB(p.compared) } : {}),
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
    `\nLighthouse mobile, served gzip-compressed, median of ${LIGHTHOUSE_RUNS} (target ${TARGETS.lighthouse} in all four scores, LCP ≤ ${TARGETS.lcpMs} ms)`,
  );
  console.table(lighthouseRuns);

  // Medians of the rounds, and their ratios. The floor's are of every one of its visits (one per page and round).
  // A visit that did not record the figure (NaN from `pick`) is left out of its median.
  const of = (name: string, page: string | undefined, pick: (v: Visit) => number) =>
    median(
      visits
        .filter((v) => v.site === name && (page === undefined || v.page === page))
        .map(pick)
        .filter((x) => Number.isFinite(x)),
    );
  const recorded = (value: number) => (value > 0 ? value : NaN);
  const floorFcp = of(floor.name, undefined, (v) => recorded(v.fcp));
  const floorLcp = of(floor.name, undefined, (v) => recorded(v.lcp));
  const ratio = (a: number, b: number) =>
    Number.isFinite(a) && Number.isFinite(b) && b > 0 ? Math.round((a / b) * 100) / 100 : NaN;
  const round = (value: number) => (Number.isFinite(value) ? Math.round(value) : NaN);
  const loadRows = ROUND_PAGES.flatMap((page) =>
    peers.map((s) => {
      const fcp = of(s.name, page, (v) => recorded(v.fcp));
      const lcp = of(s.name, page, (v) => recorded(v.lcp));
      // The button may show in the very paint that is the FCP: the probe sees it then, at the paint's callback.
      const typing = of(s.name, page, (v) => (v.ready && v.fcp ? Math.max(0, v.ready - v.fcp) : NaN));
      const peer = starlight && s !== starlight ? starlight.name : undefined;
      return {
        page,
        site: s.name,
        fcpMs: round(fcp),
        'fcp/floor': `${ratio(fcp, floorFcp)} ${mark(ratio(fcp, floorFcp), TARGETS.fcpToFloor)}`,
        lcpMs: round(lcp),
        'lcp/floor': `${ratio(lcp, floorLcp)} ${mark(ratio(lcp, floorLcp), TARGETS.lcpToFloor)}`,
        ...(peer
          ? {
              'fcp/Starlight': ratio(
                fcp,
                of(peer, page, (v) => v.fcp),
              ),
              'lcp/Starlight': ratio(
                lcp,
                of(peer, page, (v) => v.lcp),
              ),
            }
          : {}),
        typesMs: round(of(s.name, page, (v) => recorded(v.ready))),
        'types after FCP': `${round(typing)} ${mark(typing, TARGETS.typingAfterFcpMs)}`,
        visits: visits.filter((v) => v.site === s.name && v.page === page).length,
      };
    }),
  );
  console.log(
    `\nApplied throttling (CDP: ${THROTTLE.latency} ms RTT, 1.6 Mbps down, 0.75 Mbps up, CPU ${THROTTLE.cpuRate}× slower; ${PHONE.viewport.width} × ${PHONE.viewport.height} phone), cold visits, medians of ${ROUNDS} interleaved rounds. The floor (one heading, one paragraph): FCP ${round(floorFcp)} ms, LCP ${round(floorLcp)} ms (${visits.filter((v) => v.site === floor.name).length} visits). Targets: FCP ≤ ${TARGETS.fcpToFloor} × and LCP ≤ ${TARGETS.lcpToFloor} × the floor; the box takes typing ≤ ${TARGETS.typingAfterFcpMs} ms after FCP`,
  );
  console.table(loadRows);
  const searchOf = (name: string, page: string, pick: (v: Searched) => number) =>
    median(
      searches
        .filter((v) => v.site === name && v.page === page)
        .map(pick)
        .filter((x) => x > 0),
    );
  const searchRows = SEARCHES.flatMap(({ cold, warm, query }) =>
    [cold, warm].flatMap((page) =>
      peers.map((s) => {
        const key = searchOf(s.name, page, (v) => v.shown - v.key);
        const peerKey = starlight ? searchOf(starlight.name, page, (v) => v.shown - v.key) : NaN;
        return {
          search: `${query} on ${page} (${page === cold ? 'cold' : 'warm'})`,
          site: s.name,
          'first key → result ms': round(key),
          'key/Starlight':
            page === cold && s !== starlight
              ? `${ratio(key, peerKey)} ${mark(ratio(key, peerKey), TARGETS.searchToStarlight)}`
              : ratio(key, peerKey),
          'navigation → result ms': round(searchOf(s.name, page, (v) => v.shown)),
          runs: searches.filter((v) => v.site === s.name && v.page === page).length,
        };
      }),
    ),
  );
  console.log(
    `\nSearch under the same throttling: the author's name typed (one key every ${KEY_DELAY_MS} ms) as soon as the box takes typing, until the first result that is the reference is on screen; cold (first visit) and warm (a second page of it), medians of ${ROUNDS} rounds. Target, cold: ≤ ${TARGETS.searchToStarlight} × Starlight's`,
  );
  console.table(searchRows);

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
      ...(p.compared !== undefined ? { comparedFirstResponseKb: KB(p.compared) } : {}),
    })),
    chartKb: KB(chart.js),
    offlineCopy: { files: offline.files, kb: KB(offline.bytes) },
    downloads: files,
    firstSearchKb: KB(searchTotal),
    coldBuildSeconds: builds.length ? Math.round(buildSeconds * 10) / 10 : null,
    pdf: { files: pdfs, seconds: { median: pdfMedian, runs: pdfSeconds } },
    lighthouse: lighthouseRuns,
    throttled: {
      conditions: THROTTLE,
      viewport: PHONE.viewport,
      rounds: ROUNDS,
      floor: { fcpMs: round(floorFcp), lcpMs: round(floorLcp) },
      loads: loadRows,
      searches: searchRows,
      visits,
      searchRuns: searches,
    },
  };
  writeFileSync('bench-results/bench.json', `${JSON.stringify(report, null, 2)}\n`);
  console.log('\nWritten to bench-results/bench.json');
} finally {
  server.stop();
  rmSync(floor.root, { recursive: true, force: true });
}
