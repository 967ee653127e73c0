import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { annotateSection, citationId, pairSections } from '../../src/lib/blocks.ts';

describe('citationId', () => {
  it('adds the occurrence only from the second citation on', () => {
    assert.equal(citationId('discussion', 3, 1), 'cite-discussion-3');
    assert.equal(citationId('discussion', 3, 2), 'cite-discussion-3-2');
  });
});

describe('annotateSection', () => {
  it('numbers blocks, keeps ids they already have, and names each citation', () => {
    const html = annotateSection(
      '<p>A.<sup><a data-ref="1" href="#">1</a></sup></p>\n<figure id="table-1"></figure><script>x</script><p>B.</p>',
      'introduction',
    );
    assert.match(
      html,
      /<p data-block="1" id="introduction-1" data-place="">A\.<sup><a data-ref="1" href="#" id="cite-introduction-1">/,
    );
    assert.match(html, /<figure id="table-1" data-block="2" data-place="">/);
    assert.match(html, /<p data-block="3" id="introduction-3" data-place="">B\.<\/p>/);
    assert.match(html, /<script>x<\/script>/);
  });
});

describe('pairSections', () => {
  it('pairs blocks one to one, the row taking the English id', () => {
    const { pairs } = pairSections(
      '<p>One</p><figure id="fig-1">F</figure>',
      '<p>Uno</p><figure id="fig-1">F</figure>',
      's',
    );
    assert.deepEqual(
      pairs.map((p) => p.id),
      ['s-1', 'fig-1'],
    );
    assert.equal(pairs[1]?.en, '<figure data-block="2">F</figure>');
  });
  it('prefixes the Spanish ids and the references to them', () => {
    const { pairs } = pairSections(
      '<p><a href="#fig-1">Fig</a></p><figure id="fig-1"></figure>',
      '<p><a href="#fig-1">Fig</a><span aria-labelledby="fig-1"></span></p><figure id="fig-1"></figure>',
      's',
    );
    assert.match(pairs[0]!.es, /href="#es-fig-1"/);
    assert.match(pairs[0]!.es, /aria-labelledby="es-fig-1"/);
    assert.match(pairs[1]!.es, /id="es-fig-1"/);
  });
  it('keeps the scripts that came with the section out of the pairs', () => {
    const { pairs, extras } = pairSections('<p>1</p><script>a</script>', '<p>2</p>', 's');
    assert.equal(pairs.length, 1);
    assert.equal(extras, '<script>a</script>');
  });
  it('fails, naming the section and the first block that does not pair', () => {
    assert.throws(
      () => pairSections('<p>One</p><ul><li>x</li></ul>', '<p>Uno</p><p>Dos y tres</p>', 'discussion'),
      /Section "discussion" does not align .*block 2 is <ul> "x" in English but <p> "Dos y tres" in Spanish/,
    );
  });
});
