import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pagePath, parsePagePath, withBase } from '../../src/lib/urls.ts';

describe('pagePath', () => {
  it('puts English at the root and Spanish under /es/, with the same slugs', () => {
    assert.equal(pagePath('en', ''), '/');
    assert.equal(pagePath('en', 'clinical-case'), '/clinical-case/');
    assert.equal(pagePath('es', ''), '/es/');
    assert.equal(pagePath('es', 'clinical-case'), '/es/clinical-case/');
  });
  it('puts the side-by-side view under /parallel/', () => {
    assert.equal(pagePath('en', 'discussion', { parallel: true }), '/parallel/discussion/');
    assert.equal(pagePath('es', '', { parallel: true }), '/es/parallel/');
  });
});

describe('withBase', () => {
  it('joins a base with or without its trailing slash', () => {
    assert.equal(withBase('/', '/es/'), '/es/');
    assert.equal(withBase('/case-report/', '/es/'), '/case-report/es/');
    assert.equal(withBase('/case-report', '/'), '/case-report/');
  });
});

describe('parsePagePath', () => {
  it('reads back what pagePath writes', () => {
    for (const locale of ['en', 'es'] as const)
      for (const slug of ['', 'references'] as const)
        for (const parallel of [false, true])
          assert.deepEqual(parsePagePath(pagePath(locale, slug, { parallel })), { locale, slug, parallel });
  });
  it('rejects deeper paths', () => {
    assert.equal(parsePagePath('/es/a/b/'), null);
  });
});
