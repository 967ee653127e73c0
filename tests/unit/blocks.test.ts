import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { annotateSection, pairSections } from '../../src/lib/blocks.ts';
import { componentAnchor } from '../../src/lib/anchors.ts';
import { sectionModel } from '../../src/lib/section-model.ts';

/** The model of a section written in MDX, as the build makes it. */
const modelOf = (section: string, body: string) =>
  sectionModel({ locale: 'en', section, file: 'f', body }, componentAnchor);

describe('annotateSection', () => {
  it('stamps the model’s block and citation ids on the rendered blocks', () => {
    const model = modelOf('introduction', 'A.<Cite n={1} />\n\n<LabTable id="table-1" />\n\nB.');
    const html = annotateSection(
      '<p>A.<sup><a data-ref="1" href="#">1</a></sup></p>\n<figure id="table-1"></figure><script>x</script><p>B.</p>',
      model,
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
  it('fails when the HTML has more blocks than the MDX, naming the section', () => {
    assert.throws(
      () => annotateSection('<p>A.</p><div>extra</div>', modelOf('discussion', 'A.'), 'discussion'),
      /Section "discussion" rendered 2 blocks, more than its MDX has/,
    );
  });
  it('fails when a component renders an id other than its anchor', () => {
    assert.throws(
      () => annotateSection('<figure id="table-2"></figure>', modelOf('s', '<LabTable id="table-1" />'), 's'),
      /block 1 renders id "table-2" but the section model expects "table-1"/,
    );
  });
  it('fails when the citations differ in number from the MDX', () => {
    assert.throws(
      () => annotateSection('<p>A.</p>', modelOf('s', 'A.<Cite n={2} />'), 's'),
      /rendered 0 citations, fewer than its MDX has/,
    );
  });
});

describe('pairSections', () => {
  it('pairs blocks one to one, the row taking the model’s id', () => {
    const { pairs } = pairSections(
      '<p>One</p><figure id="fig-1">F</figure>',
      '<p>Uno</p><figure id="fig-1">F</figure>',
      modelOf('s', 'One\n\n<Figure id="fig-1">F</Figure>'),
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
      modelOf('s', '[Fig](#fig-1)\n\n<Figure id="fig-1" />'),
      's',
    );
    assert.match(pairs[0]!.es, /href="#es-fig-1"/);
    assert.match(pairs[0]!.es, /aria-labelledby="es-fig-1"/);
    assert.match(pairs[1]!.es, /id="es-fig-1"/);
  });
  it('keeps the scripts that came with the section out of the pairs', () => {
    const { pairs, extras } = pairSections('<p>1</p><script>a</script>', '<p>2</p>', modelOf('s', '1'), 's');
    assert.equal(pairs.length, 1);
    assert.equal(extras, '<script>a</script>');
  });
});
