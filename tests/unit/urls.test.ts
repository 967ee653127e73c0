import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { articlePdfPath, localeOfPath, pagePath, withBase } from '../../src/site/urls.ts';

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

describe('localeOfPath', () => {
  it('reads the locale folder under the base', () => {
    assert.equal(localeOfPath('/es/discussion/', '/'), 'es');
    assert.equal(localeOfPath('/case-report/es/parallel/', '/case-report/'), 'es');
    assert.equal(localeOfPath('/case-report/es', '/case-report/'), 'es');
  });
  it('gives English to the root, English pages and paths that are not a locale', () => {
    assert.equal(localeOfPath('/', '/'), 'en');
    assert.equal(localeOfPath('/case-report/clinical-case/', '/case-report/'), 'en');
    assert.equal(localeOfPath('/404.html', '/'), 'en');
    assert.equal(localeOfPath('/espana/', '/'), 'en');
  });
  it('does not read a locale out of the base itself', () => {
    assert.equal(localeOfPath('/es/', '/es/'), 'en');
  });
});

describe('articlePdfPath', () => {
  it('names the PDF by first author and year, in ASCII, per language', () => {
    const meta = {
      authors: [{ family: 'Figuero-Pérez' }],
      publication: { online: new Date('2020-10-15'), issue: { date: { year: 2021, month: 12 } } },
    } as Parameters<typeof articlePdfPath>[0];
    assert.equal(articlePdfPath(meta, 'en'), '/figuero-perez-2021-en.pdf');
    assert.equal(articlePdfPath(meta, 'es'), '/figuero-perez-2021-es.pdf');
  });
  it('keeps only letters and digits of any family name', () => {
    const meta = {
      authors: [{ family: "O'Brien Núñez" }],
      // Ahead of print: the year it went online.
      publication: { online: new Date('1999-01-05') },
    } as Parameters<typeof articlePdfPath>[0];
    assert.equal(articlePdfPath(meta, 'en'), '/o-brien-nunez-1999-en.pdf');
  });
});
