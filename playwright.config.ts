import { defineConfig } from '@playwright/test';
import { testChromiumPath } from './scripts/chromium-path.ts';

/**
 * Browser tests run against the built site (`dist/`, and `dist-subpath/` built with --base /case-report/) served
 * the way real hosts serve it, not by `astro preview`:
 * - the `_headers` host (tests/hosts/headers-host.ts), which applies `_headers` as Netlify and Cloudflare Pages do;
 * - nginx with the project's deploy/nginx/ configuration (tests/hosts/nginx.ts).
 * Every spec runs on the `_headers` host at /, subpath.spec.ts under /case-report/, and second-article.spec.ts
 * against the invented second case report (`dist-fixture/`, at /second-article/), case-presentation.spec.ts against
 * the invented one of another shape (`dist-fixture2/`, at /case-presentation/); the host checks
 * (hosts.spec.ts, a crawl among them) run on both hosts, at / and at /case-report/; nginx.spec.ts checks what only
 * nginx does.
 */
// Three loopback ports from TEST_PORT (default 4400): the `_headers` host, nginx, and the redeploy test's own host.
// Another checkout's tests can run beside these on other ports.
const PORT = Number(process.env['TEST_PORT'] ?? 4400);
const HEADERS_HOST = `http://127.0.0.1:${PORT}/`;
const NGINX = `http://127.0.0.1:${PORT + 1}/`;
const server = (command: string, url: string, timeout = 60_000) => ({
  command,
  url,
  reuseExistingServer: !process.env['CI'],
  timeout,
  stdout: 'ignore' as const,
});
const executablePath = testChromiumPath();

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: !!process.env['CI'],
  retries: process.env['CI'] ? 1 : 0,
  // Two workers on the headless shell: on a 2-core machine, with another build running beside it, the browser tests
  // took 4.4 minutes, against 6.4 with one worker (the full browser gained nothing from a second one).
  workers: Number(process.env['PLAYWRIGHT_WORKERS'] ?? 2),
  fullyParallel: true,
  reporter: process.env['CI'] ? [['list'], ['html', { open: 'never' }]] : [['list']],
  use: {
    // An action on an element that is not there (a click, getAttribute) fails after this, saying which element,
    // rather than at the end of a walk over every page (WALK_TIMEOUT).
    actionTimeout: 20_000,
    screenshot: 'only-on-failure',
    // Recording a trace costs every test time; a failure is retried on CI, and the retry records one.
    trace: 'on-first-retry',
    // Each new page would install the service worker, which fetches the whole offline copy (85 files) while the
    // test goes on. The specs about offline reading and redeploys allow it (test.use); the others test the page.
    serviceWorkers: 'block',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        // No other host resolves: a request that leaves the site fails at once (tests/e2e/fixtures.ts reports it).
        '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
      ],
    },
  },
  webServer: [
    // First, the builds the hosts serve, made when missing or stale (tests/hosts/built.ts), so the tests run alone.
    server(`node tests/hosts/built.ts && node tests/hosts/headers-host.ts ${PORT}`, `${HEADERS_HOST}404.html`, 900_000),
    server(`node tests/hosts/nginx.ts ${PORT + 1}`, `${NGINX}404.html`),
  ],
  projects: [
    {
      name: 'root',
      use: { baseURL: HEADERS_HOST },
      testIgnore: /(subpath|nginx|second-article|case-presentation|redeploy)\.spec\.ts/,
    },
    // A copy of dist/ that the test itself serves and changes, as a new deploy would (redeploy.spec.ts).
    { name: 'redeploy', use: { baseURL: `http://127.0.0.1:${PORT + 2}/` }, testMatch: /redeploy\.spec\.ts/ },
    {
      name: 'subpath',
      use: { baseURL: `${HEADERS_HOST}case-report/` },
      testMatch: /(subpath|hosts|offline|pdf)\.spec\.ts/,
    },
    // The invented second case report, built from tests/fixtures/second-article/ with no change to the code.
    {
      name: 'second-article',
      use: { baseURL: `${HEADERS_HOST}second-article/` },
      testMatch: /second-article\.spec\.ts/,
    },
    // An invented case report of another shape (four pages, two lab tables), from tests/fixtures/case-presentation/.
    {
      name: 'case-presentation',
      use: { baseURL: `${HEADERS_HOST}case-presentation/` },
      testMatch: /case-presentation\.spec\.ts/,
    },
    { name: 'nginx', use: { baseURL: NGINX }, testMatch: /(hosts|nginx|pdf)\.spec\.ts/ },
    {
      name: 'nginx-subpath',
      use: { baseURL: `${NGINX}case-report/` },
      testMatch: /(hosts|nginx|pdf)\.spec\.ts/,
    },
  ],
});
