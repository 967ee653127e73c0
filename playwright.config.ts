import { defineConfig } from '@playwright/test';
import { testChromiumPath } from './scripts/chromium-path.ts';
import { freePorts, MOUNTS, selectedProjects, type ProjectPlan } from './tests/hosts/plan.ts';

/**
 * Browser tests run against the built site (`dist/`, and `dist-subpath/` built with --base /case-report/) served
 * the way real hosts serve it, not by `astro preview`:
 * - the `_headers` host (tests/hosts/headers-host.ts), which applies `_headers` as Netlify and Cloudflare Pages do;
 * - nginx with the project's deploy/nginx/ configuration (tests/hosts/nginx.ts).
 * Every spec runs on the `_headers` host at /, subpath.spec.ts under /case-report/, and second-article.spec.ts
 * against the invented second case report (`dist-fixture/`, at /second-article/), case-presentation.spec.ts against
 * the invented one of another shape (`dist-fixture2/`, at /case-presentation/), ahead-of-print.spec.ts against the
 * invented one online ahead of print (`dist-fixture3/`, at /ahead-of-print/); the host checks
 * (hosts.spec.ts, a crawl among them) run on both hosts, at / and at /case-report/; nginx.spec.ts checks what only
 * nginx does.
 */
// Three loopback ports from TEST_PORT, or else the first free block from 4400 (tests/hosts/plan.ts): the `_headers`
// host, nginx, and the redeploy test's own host. The workers inherit the choice, so they agree on it; another
// checkout's tests run beside these on other ports.
process.env['TEST_PORT'] ??= String(await freePorts(3));
const PORT = Number(process.env['TEST_PORT']);
const HEADERS_HOST = `http://127.0.0.1:${PORT}/`;
const NGINX = `http://127.0.0.1:${PORT + 1}/`;
// What this command line may run (all, or the specs and projects it names), hence what to build and serve.
const projects = selectedProjects(process.argv);
const builds = [...new Set(projects.map((p) => p.build))];
const needs = (host: ProjectPlan['host']) => projects.filter((p) => p.host === host);
const server = (command: string, url: string, timeout = 60_000) => ({
  command,
  url,
  reuseExistingServer: !process.env['CI'],
  timeout,
  stdout: 'ignore' as const,
});
const baseURL = (project: ProjectPlan) =>
  project.host === 'redeploy'
    ? `http://127.0.0.1:${PORT + 2}/`
    : `${project.host === 'nginx' ? NGINX : HEADERS_HOST}${MOUNTS[project.build].slice(1)}`;
// A host is up when the 404 page of the first build it serves answers.
const ready = (host: string, of: readonly ProjectPlan[]) => `${host}${MOUNTS[of[0]!.build].slice(1)}404.html`;
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
    ...(needs('headers').length || needs('redeploy').length
      ? [
          server(
            `node tests/hosts/built.ts ${builds.join(' ')} && node tests/hosts/headers-host.ts ${PORT}`,
            ready(HEADERS_HOST, [...needs('headers'), ...needs('redeploy')]),
            900_000,
          ),
        ]
      : []),
    ...(needs('nginx').length
      ? [
          server(
            // The `_headers` host's command builds what is missing; nginx waits for nothing, so build only alone.
            `${needs('headers').length || needs('redeploy').length ? '' : `node tests/hosts/built.ts ${builds.join(' ')} && `}node tests/hosts/nginx.ts ${PORT + 1}`,
            ready(NGINX, needs('nginx')),
            900_000,
          ),
        ]
      : []),
  ],
  projects: projects.map((project) => ({
    name: project.name,
    use: { baseURL: baseURL(project) },
    ...(project.testMatch ? { testMatch: project.testMatch } : {}),
    ...(project.testIgnore ? { testIgnore: project.testIgnore } : {}),
  })),
});
