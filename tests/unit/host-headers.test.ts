import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  FILE_TYPES,
  headerRules,
  pageCsp,
  toHeadersFile,
  toVercelConfig,
} from '../../src/integrations/lib/host-headers.ts';

// What every response must carry, written out here: a header dropped from (or changed in) src/integrations/lib/host-headers.ts
// or deploy/nginx/ shows as a difference, whichever of them it is.
const SECURITY = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'public, max-age=0, must-revalidate';
const NGINX_POLICY = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'";

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
/** Every header a path gets. */
const headersOf = (path: string) =>
  Object.assign({}, ...matching(path).map((r) => r.headers)) as Record<string, string>;

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
  it('gives each kind of file the security headers and its caching, and each page its own policy', () => {
    assert.deepEqual(headersOf('/case-report/citation.bib'), { ...SECURITY, 'Cache-Control': REVALIDATE });
    assert.deepEqual(headersOf('/case-report/_astro/a.Ab12Cd34.js'), { ...SECURITY, 'Cache-Control': IMMUTABLE });
    assert.deepEqual(headersOf('/case-report/pagefind/pagefind.js'), { ...SECURITY, 'Cache-Control': REVALIDATE });
    assert.deepEqual(headersOf('/case-report/no-such-page/'), SECURITY);
    assert.deepEqual(headersOf('/case-report/'), {
      ...SECURITY,
      'Cache-Control': REVALIDATE,
      'Content-Security-Policy': "default-src 'self'; script-src 'self' 'sha256-abc='; frame-ancestors 'none'",
    });
  });
  it('states the type of XML files, which hosts would otherwise guess (nginx: text/xml)', () => {
    const type = (path: string) => matching(path).flatMap((r) => r.headers['Content-Type'] ?? []);
    assert.deepEqual(type('/case-report/article.jats.xml'), ['application/xml; charset=utf-8']);
    assert.deepEqual(type('/case-report/citation.bib'), []);
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
  it('sends the security headers and its policy, and revalidates, outside /_astro/', () => {
    assert.deepEqual(added(blocks[0]!), {
      ...SECURITY,
      'Cache-Control': REVALIDATE,
      'Content-Security-Policy': NGINX_POLICY,
    });
  });
  it('repeats them in /_astro/, which it caches for a year (nginx drops inherited headers in a block with its own)', () => {
    assert.deepEqual(added(blocks.find((b) => b.startsWith('~ /_astro/'))!), {
      ...SECURITY,
      'Cache-Control': IMMUTABLE,
      'Content-Security-Policy': NGINX_POLICY,
    });
  });
  it('adds headers in no other block', () => {
    assert.deepEqual(
      blocks
        .slice(1)
        .filter((b) => b.includes('add_header'))
        .map((b) => b.split('\n')[0]),
      ['~ /_astro/ {'],
    );
  });
  it('serves XML with the type _headers states, inheriting the headers above', () => {
    const block = blocks.find((b) => b.startsWith('~ \\.xml$'));
    assert.match(block ?? '', /types \{ application\/xml xml; \}/);
    assert.doesNotMatch(block ?? '', /add_header/);
    assert.equal(FILE_TYPES['xml'], 'application/xml; charset=utf-8');
    assert.match(conf, /^charset_types .*\bapplication\/xml\b/m);
  });
});
