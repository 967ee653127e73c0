import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { affiliationsOf, highwireTags } from '../../src/lib/scholarly.ts';
import { loadMetadata, loadReferences } from './helpers.ts';

const meta = loadMetadata();

describe('affiliationsOf', () => {
  it('gives an author’s affiliations in English, as the article publishes them', () => {
    assert.deepEqual(affiliationsOf(meta, meta.authors[2]!), [
      'Instituto de Investigación Biomédica de Salamanca (IBSAL), Salamanca, Spain',
      'Servicio de Oncología Médica, Complejo Universitario de Ávila, Ávila, Spain',
    ]);
  });
});

describe('highwireTags', () => {
  it('names every author’s institutions in English, never the Spanish pages’ form', () => {
    const institutions = highwireTags(meta, loadReferences())
      .filter(([name]) => name === 'citation_author_institution')
      .map(([, content]) => content);
    assert.equal(institutions.length, 12);
    for (const name of institutions) assert.match(name, /, Spain$/);
  });
});
