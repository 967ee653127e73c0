/**
 * The citation downloads, read by parsers other than the one that writes them (citation-js), as reference managers
 * read them: BibTeX by Better BibTeX's parser, RIS by astrocite, CSL-JSON by ajv against the CSL data schema's rules
 * and by citeproc-js (the CSL processor Zotero and Mendeley use). Every field is compared with the article as published
 * (the PubMed record in ../shared/article/).
 */
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { Ajv } from 'ajv';
import { parse as parseRis } from 'astrocite-ris';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { citationFile } from '../../src/formats/citation/citation.ts';
import { CSL_DATA_SCHEMA } from './csl-data-schema.ts';
import { loadMetadata } from './helpers.ts';

const meta = loadMetadata();
const ARTICLE = {
  key: 'FigueroPerez2021',
  title:
    'Anakinra as a potential alternative in the treatment of severe acute respiratory infection associated with SARS-CoV-2 refractory to tocilizumab',
  authors: [
    ['Figuero-Pérez', 'Luis'],
    ['Olivares-Hernández', 'Alejandro'],
    ['Escala-Cornejo', 'Roberto A.'],
    ['Terán-Brage', 'Eduardo'],
    ['López-Gutiérrez', 'Álvaro'],
    ['Cruz-Hernández', 'Juan J.'],
  ],
  journal: 'Reumatología Clínica (English Edition)',
  journalAbbreviation: 'Reumatol Clin (Engl Ed)',
  year: 2021,
  month: 12,
  volume: '17',
  issue: '10',
  firstPage: '559',
  lastPage: '561',
  doi: '10.1016/j.reumae.2020.06.008',
  pmid: '34823820',
  pmcid: 'PMC7561306',
};

describe('citation.bib, read by @retorquere/bibtex-parser (Better BibTeX)', () => {
  const { entries, errors } = parseBibtex(citationFile(meta, 'bibtex'));
  const entry = entries[0]!;
  const field = (name: string) => entry.fields[name];
  it('parses without errors to one article under the shared citation key', () => {
    assert.deepEqual(errors, []);
    assert.equal(entries.length, 1);
    assert.equal(entry.type, 'article');
    assert.equal(entry.key, ARTICLE.key);
  });
  it('has every field of the article', () => {
    assert.equal(field('title'), ARTICLE.title);
    assert.deepEqual(
      (field('author') as unknown as { lastName: string; firstName: string }[]).map((a) => [a.lastName, a.firstName]),
      ARTICLE.authors,
    );
    assert.equal(field('journal'), ARTICLE.journal);
    assert.equal(field('year'), String(ARTICLE.year));
    assert.equal(field('volume'), ARTICLE.volume);
    assert.equal(field('number'), ARTICLE.issue);
    assert.equal(field('pages'), `${ARTICLE.firstPage}–${ARTICLE.lastPage}`);
    assert.equal(field('doi'), ARTICLE.doi);
    assert.equal(field('pmid'), ARTICLE.pmid);
    assert.equal(field('pmcid'), ARTICLE.pmcid);
  });
  it('writes the month as the BibTeX macro dec, not as a number', () => {
    assert.match(entry.input, /\tmonth = dec,\n/);
    assert.equal(field('month'), '12');
  });
});

describe('citation.ris, read by astrocite-ris', () => {
  const text = citationFile(meta, 'ris');
  const [item] = parseRis(text) as Record<string, unknown>[];
  it('parses to one journal article under the shared citation key', () => {
    assert.equal(item?.['type'], 'article-journal');
    assert.equal(item?.['id'], ARTICLE.key);
  });
  it('has every field of the article', () => {
    assert.equal(item?.['title'], ARTICLE.title);
    assert.deepEqual(
      (item?.['author'] as { family: string; given: string }[]).map((a) => [a.family, a.given]),
      ARTICLE.authors,
    );
    assert.equal(item?.['container-title'], ARTICLE.journal);
    assert.equal(item?.['journalAbbreviation'], ARTICLE.journalAbbreviation);
    assert.equal(item?.['volume'], ARTICLE.volume);
    assert.equal(item?.['issue'], ARTICLE.issue);
    assert.equal(item?.['page'], `${ARTICLE.firstPage}-${ARTICLE.lastPage}`);
    assert.equal(item?.['DOI'], ARTICLE.doi);
    assert.equal(item?.['PMCID'], ARTICLE.pmcid);
    assert.deepEqual((item?.['issued'] as { 'date-parts': string[][] })['date-parts'][0]?.map(Number), [ARTICLE.year]);
  });
  it('gives the first and last pages tags of their own, and the PMID where Zotero reads it', () => {
    assert.match(text, new RegExp(`^SP {2}- ${ARTICLE.firstPage}$`, 'm'));
    assert.match(text, new RegExp(`^EP {2}- ${ARTICLE.lastPage}$`, 'm'));
    assert.match(text, new RegExp(`^M2 {2}- PMID: ${ARTICLE.pmid}$`, 'm'));
    assert.match(text, new RegExp(`^DA {2}- ${ARTICLE.year}/${ARTICLE.month}//$`, 'm'));
  });
});

describe('citation.json, read as CSL-JSON', () => {
  const items = JSON.parse(citationFile(meta, 'csl')) as Record<string, unknown>[];
  const item = items[0]!;
  it('is valid against the CSL data schema', () => {
    const validate = new Ajv({ strict: false }).compile(CSL_DATA_SCHEMA);
    assert.equal(validate(items), true, JSON.stringify(validate.errors));
  });
  it('has every field of the article under the shared citation key', () => {
    assert.equal(item['id'], ARTICLE.key);
    assert.equal(item['citation-key'], ARTICLE.key);
    assert.equal(item['title'], ARTICLE.title);
    assert.deepEqual(
      (item['author'] as { family: string; given: string }[]).map((a) => [a.family, a.given]),
      ARTICLE.authors,
    );
    assert.equal(item['container-title'], ARTICLE.journal);
    assert.equal(item['container-title-short'], ARTICLE.journalAbbreviation);
    assert.deepEqual(item['issued'], { 'date-parts': [[ARTICLE.year, ARTICLE.month]] });
    assert.equal(item['volume'], ARTICLE.volume);
    assert.equal(item['issue'], ARTICLE.issue);
    assert.equal(item['page'], `${ARTICLE.firstPage}-${ARTICLE.lastPage}`);
    assert.equal(item['DOI'], ARTICLE.doi);
    assert.equal(item['PMID'], ARTICLE.pmid);
    assert.equal(item['PMCID'], ARTICLE.pmcid);
  });
});
