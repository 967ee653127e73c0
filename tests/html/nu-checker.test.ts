/**
 * Every HTML file of the five builds (dist/, dist-subpath/, dist-fixture/, dist-fixture2/, dist-fixture3/: run after
 * `npm run build`, `build:subpath`, `build:fixture`, `build:fixture2` and `build:fixture3`) is valid HTML to the W3C Nu HTML Checker (validator.w3.org/nu). It holds the
 * pages to what html-validate (tests/e2e/quality.spec.ts) does not read: the syntax of URLs in attributes, nothing
 * after `</html>`, and the rest of the HTML standard's parsing and content rules. It runs `vnu.jar` (the `vnu-jar`
 * devDependency) on Java: Debian's `default-jre-headless`, or any `java` on PATH. Errors only: its warnings on
 * these pages are advice on headings in sections, and its own reading of each page's CSP, which is wrong for a file
 * it reads from disk (no origin for 'self') and for an inline script or style of more than one line (it does not
 * match the hash that browsers match; tests/e2e/quality.spec.ts checks those hashes in a browser).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BUILDS = ['dist', 'dist-subpath', 'dist-fixture', 'dist-fixture2', 'dist-fixture3'];
const VNU = join(ROOT, 'node_modules/vnu-jar/build/dist/vnu.jar');

interface Message {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  extract?: string;
}

const htmlFiles = (dir: string) =>
  readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => join(ROOT, dir, file))
    .sort();

/** Runs the checker once over every file (one Java start), and returns its errors, by build. */
function check(files: string[]): Message[] {
  // The checker names a file it cannot find in no message at all, so every file is one that exists.
  const result = spawnSync('java', ['-jar', VNU, '--errors-only', '--format', 'json', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if ((result.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT')
    assert.fail(
      'java was not found: the W3C Nu HTML Checker (vnu.jar) runs on Java. Install it ' +
        '(Debian: apt-get install default-jre-headless; .ci/run does) or put a java on PATH.',
    );
  if (result.error) throw result.error;
  // With --format json the report goes to stderr; anything else there (a JVM complaint) is shown as it is.
  let report: { messages: Message[] };
  try {
    report = JSON.parse(result.stderr) as { messages: Message[] };
  } catch {
    assert.fail(`The Nu HTML Checker did not report (exit ${result.status}):\n${result.stderr}${result.stdout}`);
  }
  const errors = report.messages.filter((m) => m.type === 'error' || m.type === 'non-document-error');
  assert.ok(result.status === 0 || errors.length > 0, `The Nu HTML Checker exited ${result.status}`);
  return errors;
}

/** `dist/404.html:70:10939: Stray start tag “script”. (…</html><script src="…)` */
const describeMessage = (m: Message) => {
  const file = m.url ? relative(ROOT, fileURLToPath(m.url)) : '(no file)';
  const where = m.lastLine === undefined ? file : `${file}:${m.lastLine}:${m.firstColumn ?? 0}`;
  const text = m.extract?.replace(/\s+/g, ' ') ?? '';
  const extract = text ? ` (…${text.length > 120 ? `${text.slice(0, 120)}…` : text}…)` : '';
  return `${where}: ${m.subType === 'fatal' ? 'fatal: ' : ''}${m.message}${extract}`;
};

describe('W3C Nu HTML Checker', () => {
  for (const dir of BUILDS)
    assert.ok(
      existsSync(join(ROOT, dir)),
      `${dir}/ is missing: build the three sites first (npm run build && npm run build:subpath && npm run build:fixture)`,
    );
  const files = Object.fromEntries(BUILDS.map((dir) => [dir, htmlFiles(dir)]));
  const errors = check(Object.values(files).flat());

  for (const dir of BUILDS)
    it(`finds no error in ${dir}/ (${files[dir]!.length} HTML files)`, () => {
      assert.ok(files[dir]!.length > 0, `${dir}/ holds no HTML file`);
      const own = errors.filter((m) => m.url && fileURLToPath(m.url).startsWith(join(ROOT, dir, '/')));
      if (own.length > 0)
        assert.fail(
          `The W3C Nu HTML Checker found ${own.length} error(s) in ${dir}/:\n${own.map(describeMessage).join('\n')}`,
        );
    });
  it('reports nothing it could not place in a build', () => {
    const placed = (m: Message) => BUILDS.some((dir) => m.url && fileURLToPath(m.url).startsWith(join(ROOT, dir, '/')));
    assert.deepEqual(errors.filter((m) => !placed(m)).map(describeMessage), []);
  });
});
