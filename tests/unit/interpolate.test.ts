import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { interpolate } from '../../src/i18n/interpolate.ts';

describe('interpolate', () => {
  it('fills every placeholder, numbers included', () => {
    assert.equal(interpolate('{count} results for “{query}”.', { count: 3, query: 'IL-6' }), '3 results for “IL-6”.');
  });
  it('fills a placeholder each time it appears', () => {
    assert.equal(interpolate('{n} and {n}', { n: 0 }), '0 and 0');
  });
  it('leaves a placeholder with no value as written', () => {
    assert.equal(interpolate('Reference {n} of {total}', { n: 2 }), 'Reference 2 of {total}');
  });
  it('leaves text without placeholders alone', () => {
    assert.equal(interpolate('Search'), 'Search');
  });
});
