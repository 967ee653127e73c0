import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  INDEX_FILES,
  INDEX_TAG,
  indexFiles,
  searchFacets,
  searchPreloads,
  stampIndexTag,
} from '../../src/site/search.ts';

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
  it("names Pagefind's script, the entry under the tag, the language's WebAssembly and its index files, under the bundle path", () => {
    assert.deepEqual(searchPreloads('/case-report/pagefind/', 'es', 'abc'), [
      '/case-report/pagefind/pagefind.js',
      '/case-report/pagefind/pagefind-entry.json?ts=abc',
      '/case-report/pagefind/wasm.es.pagefind',
      INDEX_FILES,
    ]);
  });
  it("names the WebAssembly after the language without its region, in Pagefind's lower case", () => {
    assert.equal(searchPreloads('/pagefind/', 'pt-BR')[2], '/pagefind/wasm.pt.pagefind');
  });
  it('leaves the tag for the build to stamp', () => {
    assert.equal(searchPreloads('/pagefind/', 'en')[1], `/pagefind/pagefind-entry.json?ts=${INDEX_TAG}`);
  });
});

describe('indexFiles', () => {
  const written = {
    languages: { en: { hash: 'en_1a2b' }, 'pt-br': { hash: 'pt-br_3c4d' } },
    index: ['en_aaa.pf_index', 'pt-br_bbb.pf_index', 'pt-br_ccc.pf_index'],
  };
  it("names the language's metadata and its one index chunk, under the bundle path", () => {
    assert.deepEqual(indexFiles(written, 'en', '/case-report/pagefind/'), [
      '/case-report/pagefind/pagefind.en_1a2b.pf_meta',
      '/case-report/pagefind/index/en_aaa.pf_index',
    ]);
  });
  it('leaves a split index to Pagefind, which fetches the chunks the words typed fall in', () => {
    assert.deepEqual(indexFiles(written, 'pt-BR', '/pagefind/'), ['/pagefind/pagefind.pt-br_3c4d.pf_meta']);
  });
  it('names nothing for a language the index does not have', () => {
    assert.deepEqual(indexFiles(written, 'fr', '/pagefind/'), []);
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
