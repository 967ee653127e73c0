import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  FILE_TYPES,
  headerRules,
  IMMUTABLE,
  pageCsp,
  REVALIDATE,
  SECURITY_HEADERS,
  toHeadersFile,
  toVercelConfig,
} from '../../src/lib/host-headers.ts';

const rules = headerRules({
  base: '/case-report/',
  pages: [
    { path: '', csp: "default-src 'self'; script-src 'self' 'sha256-abc=';" },
    { path: 'es/clinical-case/', csp: "default-src 'self'" },
  ],
  files: ['citation.bib', 'article.jats.xml'],
});

/** The rules whose pattern matches a path, the way Netlify matches them (a trailing * takes any rest). */
const matching = (path: string) =>
  rules.filter((r) => (r.path.endsWith('*') ? path.startsWith(r.path.slice(0, -1)) : path === r.path));

describe('pageCsp', () => {
  it('adds frame-ancestors, which a <meta> policy cannot carry', () => {
    assert.equal(pageCsp("default-src 'self'; "), "default-src 'self'; frame-ancestors 'none'");
  });
});

describe('headerRules', () => {
  it('puts every rule under the base path', () => {
    for (const rule of rules) assert.match(rule.path, /^\/case-report\//);
  });
  it('caches hashed files for a year and revalidates pages, the search index and downloads', () => {
    const cache = (path: string) => matching(path).flatMap((r) => r.headers['Cache-Control'] ?? []);
    assert.deepEqual(cache('/case-report/_astro/page.Ab12Cd34.js'), [IMMUTABLE]);
    assert.deepEqual(cache('/case-report/'), [REVALIDATE]);
    assert.deepEqual(cache('/case-report/es/clinical-case/'), [REVALIDATE]);
    assert.deepEqual(cache('/case-report/pagefind/pagefind.js'), [REVALIDATE]);
    assert.deepEqual(cache('/case-report/citation.bib'), [REVALIDATE]);
  });
  it('never sets one header twice for one path, which hosts would join into a broken value', () => {
    for (const path of [
      '/case-report/',
      '/case-report/es/clinical-case/',
      '/case-report/_astro/a.js',
      '/case-report/article.jats.xml',
    ]) {
      const names = matching(path).flatMap((r) => Object.keys(r.headers));
      assert.equal(new Set(names).size, names.length, path);
    }
  });
  it('states the type of XML files, which hosts would otherwise guess (nginx: text/xml)', () => {
    const type = (path: string) => matching(path).flatMap((r) => r.headers['Content-Type'] ?? []);
    assert.deepEqual(type('/case-report/article.jats.xml'), ['application/xml; charset=utf-8']);
    assert.deepEqual(type('/case-report/citation.bib'), []);
  });
  it('sends the security headers everywhere and each page its own policy', () => {
    assert.deepEqual(matching('/case-report/citation.bib')[0]?.headers, SECURITY_HEADERS);
    const home = matching('/case-report/').find((r) => r.headers['Content-Security-Policy']);
    assert.equal(
      home?.headers['Content-Security-Policy'],
      "default-src 'self'; script-src 'self' 'sha256-abc='; frame-ancestors 'none'",
    );
  });
});

describe('toHeadersFile', () => {
  it('writes each rule as a path line and indented headers, blocks apart', () => {
    const text = toHeadersFile([
      { path: '/_astro/*', headers: { 'Cache-Control': IMMUTABLE } },
      { path: '/', headers: { A: 'b' } },
    ]);
    assert.equal(text, `/_astro/*\n  Cache-Control: ${IMMUTABLE}\n\n/\n  A: b\n`);
  });
});

describe('toVercelConfig', () => {
  it('writes a splat as (.*) and keeps every header', () => {
    const config = toVercelConfig([{ path: '/case-report/_astro/*', headers: { 'Cache-Control': IMMUTABLE } }]);
    assert.deepEqual(config.headers, [
      { source: '/case-report/_astro/(.*)', headers: [{ key: 'Cache-Control', value: IMMUTABLE }] },
    ]);
  });
});

describe('deploy/nginx/case-report.conf', () => {
  const conf = readFileSync('deploy/nginx/case-report.conf', 'utf8');
  const blocks = conf.split(/^location /m);
  const added = (block: string) =>
    Object.fromEntries([...block.matchAll(/add_header ([\w-]+) "([^"]*)" always;/g)].map((m) => [m[1], m[2]]));
  it('sends the same security headers as _headers, in every block that adds headers', () => {
    for (const block of blocks.filter((b) => b.includes('add_header')))
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) assert.equal(added(block)[name], value, name);
  });
  it('serves XML with the type _headers states, inheriting the headers above', () => {
    const block = blocks.find((b) => b.startsWith('~ \\.xml$'));
    assert.match(block ?? '', /types \{ application\/xml xml; \}/);
    assert.doesNotMatch(block ?? '', /add_header/);
    assert.equal(FILE_TYPES['xml'], 'application/xml; charset=utf-8');
    assert.match(conf, /^charset_types .*\bapplication\/xml\b/m);
  });
  it('caches /_astro/ for a year and revalidates the rest', () => {
    assert.equal(added(blocks[0]!)['Cache-Control'], REVALIDATE);
    assert.equal(added(blocks.find((b) => b.startsWith('~ /_astro/'))!)['Cache-Control'], IMMUTABLE);
  });
});
