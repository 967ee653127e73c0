import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { citationFile, vancouverCitation } from '../../src/formats/citation/citation.ts';
import { loadMetadata } from './helpers.ts';

const meta = loadMetadata();
const expected = {
  DOI: '10.1016/j.reumae.2020.06.008',
  title:
    'Anakinra as a potential alternative in the treatment of severe acute respiratory infection associated with SARS-CoV-2 refractory to tocilizumab',
  families: [
    'Figuero-Pérez',
    'Olivares-Hernández',
    'Escala-Cornejo',
    'Terán-Brage',
    'López-Gutiérrez',
    'Cruz-Hernández',
  ],
};

/** Parses a citation file back with citation-js, as a reference manager would read it. */
async function parseBack(format: 'bibtex' | 'ris' | 'csl') {
  const cite = await Cite.async(citationFile(meta, format));
  assert.equal(cite.data.length, 1);
  return cite.data[0] as Record<string, unknown>;
}

for (const format of ['bibtex', 'ris', 'csl'] as const)
  describe(`citationFile(${format})`, () => {
    it('reads back with the article’s DOI, title, authors, journal, volume, issue and pages', async () => {
      const item = await parseBack(format);
      assert.equal(String(item['DOI']).toLowerCase(), expected.DOI);
      assert.equal(String(item['title']).replace(/\s+/g, ' '), expected.title);
      assert.deepEqual(
        (item['author'] as { family: string }[]).map((a) => a.family),
        expected.families,
      );
      assert.equal(item['container-title'], 'Reumatología Clínica (English Edition)');
      assert.equal(String(item['volume']), '17');
      assert.equal(String(item['issue']), '10');
      assert.match(String(item['page']), /^559[-–]561$/);
    });
  });

describe('vancouverCitation', () => {
  it('reads as a Vancouver citation of the English edition, its DOI closed by a full stop as NLM writes it', () => {
    assert.equal(
      vancouverCitation(meta),
      'Figuero-Pérez L, Olivares-Hernández A, Escala-Cornejo RA, Terán-Brage E, López-Gutiérrez Á, Cruz-Hernández JJ. ' +
        `${expected.title}. Reumatol Clin (Engl Ed). 2021 Dec;17(10):559–61. doi:${expected.DOI}. PubMed PMID: 34823820; PubMed Central PMCID: PMC7561306.`,
    );
  });
  it('closes the DOI with one full stop, not two, whatever follows it', () => {
    const line = vancouverCitation({ ...meta, pmid: '', pmcid: '' });
    assert.match(line, new RegExp(`doi:${expected.DOI.replace(/\./g, '\\.')}\\.($| )`));
    assert.doesNotMatch(line, /\.\./);
  });
});
