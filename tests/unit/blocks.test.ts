import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pairSections } from '../../src/lib/blocks.ts';

const files = { en: 'content/article/en/s.mdx', es: 'content/article/es/s.mdx' };
/** A block as the MDX pipeline stamps it (src/lib/mdx-section-model.ts). */
const block = (tag: string, id: string, n: number, inner = '') =>
  `<${tag} id="${id}" data-block="${n}" data-place="">${inner}</${tag}>`;

describe('pairSections', () => {
  it('pairs blocks by their stamped ids, the row taking the id', () => {
    const { pairs } = pairSections(
      block('p', 's-1', 1, 'One') + block('figure', 'fig-1', 2, 'F'),
      block('p', 's-1', 1, 'Uno') + block('figure', 'fig-1', 2, 'F'),
      files,
    );
    assert.deepEqual(
      pairs.map((p) => p.id),
      ['s-1', 'fig-1'],
    );
    assert.equal(pairs[0]?.en, '<p data-block="1">One</p>');
    assert.equal(pairs[1]?.en, '<figure data-block="2">F</figure>');
  });
  it('pairs by key, not by position', () => {
    const { pairs } = pairSections(
      block('p', 's-1', 1, 'One') + block('figure', 'fig-1', 2, 'F'),
      block('figure', 'fig-1', 2, 'Fig') + block('p', 's-1', 1, 'Uno'),
      files,
    );
    assert.deepEqual(
      pairs.map((p) => [p.id, p.es]),
      [
        ['s-1', '<p id="es-s-1" data-block="1">Uno</p>'],
        ['fig-1', '<figure id="es-fig-1" data-block="2">Fig</figure>'],
      ],
    );
  });
  it('prefixes the Spanish ids and the references to them', () => {
    const { pairs } = pairSections(
      block('p', 's-1', 1, '<a href="#fig-1">Fig</a>') + block('figure', 'fig-1', 2),
      block('p', 's-1', 1, '<a href="#fig-1">Fig</a><span aria-labelledby="fig-1"></span>') +
        block('figure', 'fig-1', 2),
      files,
    );
    assert.match(pairs[0]!.es, /href="#es-fig-1"/);
    assert.match(pairs[0]!.es, /aria-labelledby="es-fig-1"/);
    assert.match(pairs[1]!.es, /id="es-fig-1"/);
  });
  it('keeps the scripts that came with the section out of the pairs', () => {
    const { pairs, extras } = pairSections(
      block('p', 's-1', 1, '1') + '<script>a</script>',
      block('p', 's-1', 1, '2'),
      files,
    );
    assert.equal(pairs.length, 1);
    assert.equal(extras, '<script>a</script>');
  });
  it('fails when a top-level block has no stamped id, naming the file', () => {
    assert.throws(
      () => pairSections(block('p', 's-1', 1) + '<div>extra</div>', block('p', 's-1', 1), files),
      /content\/article\/en\/s\.mdx: a top-level <div> has no block id from the MDX pipeline/,
    );
  });
  it('fails when the Spanish lacks a block of the English, naming both files', () => {
    assert.throws(
      () => pairSections(block('p', 's-1', 1) + block('p', 's-2', 2), block('p', 's-1', 1), files),
      /content\/article\/es\/s\.mdx: has no block "s-2" to pair with content\/article\/en\/s\.mdx's/,
    );
  });
});
