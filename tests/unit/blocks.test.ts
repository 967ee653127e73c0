import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { domId, elementProps, localIds, pairIds, READING_IDS } from '../../src/site/section-ids.ts';

const local = new Set(['s-1', 'fig-1', 'cite-s-3']);
const en = pairIds('en', local);
const es = pairIds('es', local);
/** A top-level paragraph's props, as the MDX pipeline stamps them (src/mdx/pipeline.ts). */
const block = { id: 's-1', 'data-block': '1', 'data-place': '', children: 'One' };

describe('domId', () => {
  it('renders every id as stamped on the reading pages', () => {
    assert.equal(domId(READING_IDS, 'fig-1', true), 'fig-1');
    assert.equal(domId(READING_IDS, 'cite-s-3', false), 'cite-s-3');
  });
  it('leaves a top-level block without its id on the English side of a pair, which the row carries', () => {
    assert.equal(domId(en, 'fig-1', true), undefined);
    assert.equal(domId(en, 'fig-1-caption', false), 'fig-1-caption');
  });
  it('prefixes every id on the Spanish side, the blocks’ too', () => {
    assert.equal(domId(es, 'fig-1', true), 'es-fig-1');
    assert.equal(domId(es, 'cite-s-3', false), 'es-cite-s-3');
  });
  it('gives no id to what has none', () => {
    assert.equal(domId(es, undefined, false), undefined);
  });
});

describe('elementProps', () => {
  it('keeps a block as stamped on the reading pages', () => {
    assert.deepEqual(elementProps(READING_IDS, block), block);
  });
  it('drops the English block’s id and place, keeping its place in the section', () => {
    assert.deepEqual(elementProps(en, block), { 'data-block': '1', children: 'One' });
  });
  it('prefixes the Spanish block’s id and drops its place', () => {
    assert.deepEqual(elementProps(es, block), { id: 'es-s-1', 'data-block': '1', children: 'One' });
  });
  it('points a Spanish link to an id of the section at the Spanish copy, and leaves other links alone', () => {
    assert.equal(elementProps(es, { href: '#fig-1' })['href'], '#es-fig-1');
    assert.equal(elementProps(es, { href: '#top' })['href'], '#top');
    assert.equal(elementProps(es, { href: '/references/#ref-3' })['href'], '/references/#ref-3');
    assert.equal(elementProps(en, { href: '#fig-1' })['href'], '#fig-1');
  });
  it('prefixes references to the section’s ids, one token at a time', () => {
    assert.equal(elementProps(es, { 'aria-describedby': 'fig-1 top' })['aria-describedby'], 'es-fig-1 top');
    assert.equal(elementProps(es, { for: 's-1' })['for'], 'es-s-1');
  });
});

describe('pairIds', () => {
  it('keeps no places on either side', () => {
    assert.equal(en.places, false);
    assert.equal(es.places, false);
  });
});

describe('localIds', () => {
  it('collects a section’s block and citation ids from its model', () => {
    const ids = localIds({
      blocks: [{ kind: 'paragraph', excerpt: '', text: '', attributes: {}, id: 's-1' }],
      citations: [{ section: 's', reference: 3, occurrence: 1, id: 'cite-s-3' }],
    });
    assert.deepEqual([...ids], ['s-1', 'cite-s-3']);
  });
});
