/**
 * Builds what the browser tests serve when it is missing or older than its sources, so that `npm run test:e2e`
 * (or `npx playwright test`) runs alone; after `npm test`'s own builds it finds them fresh and builds nothing.
 * Playwright starts it before the first test host (playwright.config.ts), which reads the builds as it starts.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Each folder the tests serve, and the npm script that builds it. */
export const BUILDS = [
  { dir: 'dist', script: 'build' },
  { dir: 'dist-subpath', script: 'build:subpath' },
  { dir: 'dist-fixture', script: 'build:fixture' },
  { dir: 'dist-fixture2', script: 'build:fixture2' },
  { dir: 'dist-fixture3', script: 'build:fixture3' },
] as const;

// What a build is made from: a change to any of these makes every build stale.
const SOURCES = ['src', 'content', 'public', 'tests/fixtures', 'astro.config.mjs', 'package.json'];

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const sources = Math.max(...SOURCES.map(newest));
// The builds named on the command line (playwright.config.ts names those its projects serve), else every one.
const wanted = process.argv.slice(2);
for (const { dir, script } of BUILDS.filter((b) => !wanted.length || wanted.includes(b.dir))) {
  const built = join(dir, 'index.html');
  const reason = !existsSync(built) ? 'missing' : statSync(built).mtimeMs < sources ? 'older than its sources' : '';
  if (!reason) continue;
  console.error(`${dir}/ is ${reason}: npm run ${script}`);
  execFileSync('npm', ['run', script], { stdio: ['ignore', 'ignore', 'inherit'] });
}
