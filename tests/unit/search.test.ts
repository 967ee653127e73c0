import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { INDEX_TAG, searchFacets, searchPreloads, stampIndexTag } from '../../src/site/search.ts';

describe('searchFacets', () => {
  it('lists the sections in reading order, then the references, once each', () => {
    assert.deepEqual(searchFacets(['Abstract', 'Introduction', 'Abstract'], 'References'), [
      'Abstract',
      'Introduction',
      'References',
    ]);
  });
});

describe('searchPreloads', () => {
  it("names Pagefind's script, the entry under the tag, and the language's WebAssembly, under the bundle path", () => {
    assert.deepEqual(searchPreloads('/case-report/pagefind/', 'es', 'abc'), [
      '/case-report/pagefind/pagefind.js',
      '/case-report/pagefind/pagefind-entry.json?ts=abc',
      '/case-report/pagefind/wasm.es.pagefind',
    ]);
  });
  it("names the WebAssembly after the language without its region, in Pagefind's lower case", () => {
    assert.equal(searchPreloads('/pagefind/', 'pt-BR')[2], '/pagefind/wasm.pt.pagefind');
  });
  it('leaves the tag for the build to stamp', () => {
    assert.equal(searchPreloads('/pagefind/', 'en')[1], `/pagefind/pagefind-entry.json?ts=${INDEX_TAG}`);
  });
});

describe('stampIndexTag', () => {
  const pages = () => [
    { path: '/es/', html: `<site-search data-index-tag="${INDEX_TAG}" data-preload="e.json?ts=${INDEX_TAG}">` },
    { path: '/', html: `<site-search data-index-tag="${INDEX_TAG}">` },
  ];
  it('stamps one tag in every place of every page', () => {
    const built = pages();
    const tag = stampIndexTag(built);
    assert.match(tag, /^[0-9a-f]{12}$/);
    assert.equal(built[0]!.html, `<site-search data-index-tag="${tag}" data-preload="e.json?ts=${tag}">`);
    assert.equal(built[1]!.html, `<site-search data-index-tag="${tag}">`);
  });
  it('gives the same pages the same tag, whatever their order, and changed pages another', () => {
    const [a, b] = pages();
    assert.equal(stampIndexTag(pages()), stampIndexTag([b!, a!]));
    const changed = pages();
    changed[1]!.html += '<p>new text</p>';
    assert.notEqual(stampIndexTag(changed), stampIndexTag(pages()));
  });
});
