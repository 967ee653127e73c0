/**
 * What a run of the browser tests needs, from its own command line: which projects it may run (all of them, those
 * named by `--project`, or those whose files match the specs named), hence which builds and which hosts to start;
 * and free loopback ports, so that two checkouts run their tests side by side. playwright.config.ts reads it, so
 * `npx playwright test tests/e2e/search.spec.ts` builds and serves only dist/ on the `_headers` host.
 */
import { createServer } from 'node:net';

export type Build = 'dist' | 'dist-subpath' | 'dist-fixture' | 'dist-fixture2' | 'dist-fixture3';

/** Where each build is served on the test hosts (tests/hosts/headers-host.ts, nginx.ts). */
export const MOUNTS: Record<Build, string> = {
  dist: '/',
  'dist-subpath': '/case-report/',
  'dist-fixture': '/second-article/',
  'dist-fixture2': '/case-presentation/',
  'dist-fixture3': '/ahead-of-print/',
};

export interface ProjectPlan {
  name: string;
  /** The host it runs against; `redeploy` starts its own, on the third port. */
  host: 'headers' | 'nginx' | 'redeploy';
  build: Build;
  testMatch?: RegExp;
  testIgnore?: RegExp;
}

export const PROJECTS: ProjectPlan[] = [
  // Every spec on the `_headers` host at /, but for those of another build or host.
  {
    name: 'root',
    host: 'headers',
    build: 'dist',
    testIgnore: /(subpath|nginx|second-article|case-presentation|ahead-of-print|redeploy)\.spec\.ts/,
  },
  // A copy of dist/ that the test itself serves and changes, as a new deploy would (redeploy.spec.ts).
  { name: 'redeploy', host: 'redeploy', build: 'dist', testMatch: /redeploy\.spec\.ts/ },
  { name: 'subpath', host: 'headers', build: 'dist-subpath', testMatch: /(subpath|hosts|offline|pdf)\.spec\.ts/ },
  // The invented second case report, built from tests/fixtures/second-article/ with no change to the code.
  { name: 'second-article', host: 'headers', build: 'dist-fixture', testMatch: /second-article\.spec\.ts/ },
  // An invented case report of another shape (four pages, two lab tables), from tests/fixtures/case-presentation/.
  { name: 'case-presentation', host: 'headers', build: 'dist-fixture2', testMatch: /case-presentation\.spec\.ts/ },
  // An invented report online ahead of print (no volume, pages or PMID), from tests/fixtures/ahead-of-print/.
  { name: 'ahead-of-print', host: 'headers', build: 'dist-fixture3', testMatch: /ahead-of-print\.spec\.ts/ },
  { name: 'nginx', host: 'nginx', build: 'dist', testMatch: /(hosts|nginx|pdf)\.spec\.ts/ },
  { name: 'nginx-subpath', host: 'nginx', build: 'dist-subpath', testMatch: /(hosts|nginx|pdf)\.spec\.ts/ },
];

const SPEC = /\.spec\.ts(:\d+)*$/;

/** Whether a spec file is one the project runs (its own testMatch and testIgnore, Playwright's default else). */
const runs = (project: ProjectPlan, spec: string) =>
  (project.testMatch ?? SPEC).test(spec.replace(/(:\d+)+$/, '')) && !project.testIgnore?.test(spec);

/** The projects a command line may run: `playwright test [files…] [--project name…]`. */
export function selectedProjects(argv: readonly string[]): ProjectPlan[] {
  const named: string[] = [];
  argv.forEach((arg, i) => {
    if (arg === '--project' && argv[i + 1]) named.push(argv[i + 1]!);
    else if (arg.startsWith('--project=')) named.push(arg.slice('--project='.length));
  });
  const specs = argv.filter((arg) => SPEC.test(arg));
  return PROJECTS.filter(
    (p) => (!named.length || named.includes(p.name)) && (!specs.length || specs.some((spec) => runs(p, spec))),
  );
}

const isFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });

/** The first of `count` consecutive free loopback ports, from 4400 in steps of 10. */
export async function freePorts(count: number): Promise<number> {
  for (let base = 4400; base < 5400; base += 10) {
    const free = await Promise.all(Array.from({ length: count }, (_, i) => isFree(base + i)));
    if (free.every(Boolean)) return base;
  }
  throw new Error('no free block of loopback ports between 4400 and 5400: set TEST_PORT');
}
