import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doiUrl, pubmedSearchUrl, referenceText } from '../../src/model/references.ts';
import { sourceReferences } from '../source.ts';
import { loadReferences } from './helpers.ts';

const references = loadReferences();

describe('referenceText', () => {
  it('prints every reference as the source does (DOIs through https://doi.org/)', () => {
    assert.equal(references.length, sourceReferences.length);
    references.forEach((ref, i) => {
      const printed = sourceReferences[i]!.replace('http://dx.doi.org/', 'https://doi.org/');
      assert.equal(referenceText(ref), printed, `reference ${ref.id}`);
    });
  });
});

describe('doiUrl', () => {
  it('resolves through doi.org', () => {
    assert.equal(doiUrl('10.1002/acr2.11135'), 'https://doi.org/10.1002/acr2.11135');
  });
});

describe('pubmedSearchUrl', () => {
  it('searches PubMed for the title', () => {
    assert.equal(
      pubmedSearchUrl(references[5]!),
      "https://pubmed.ncbi.nlm.nih.gov/?term=The%20rheumatologist's%20role%20in%20COVID-19",
    );
  });
});
