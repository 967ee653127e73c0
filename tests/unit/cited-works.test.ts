/** The references in the landing page's metadata, by kind, over the converter cases' invented record. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { citedWork, referenceTag } from '../../src/formats/citation/cited-works.ts';
import { REFERENCES } from '../cases/document.ts';

const ref = (n: number) => REFERENCES[n - 1]!;

describe('referenceTag', () => {
  it('gives a journal article its journal, year, volume, first page and DOI', () => {
    assert.equal(
      referenceTag(ref(1)),
      'citation_title=A first invented study; citation_author=Alfa A; citation_journal_title=J Cases; ' +
        'citation_publication_date=2020; citation_volume=1; citation_firstpage=1; citation_doi=10.5555/cases.0002',
    );
    assert.match(referenceTag(ref(3)), /citation_pmid=12345678$/);
  });
  it('gives a book its publisher and ISBN, a chapter its book, a report its institution and number', () => {
    assert.equal(
      referenceTag(ref(4)),
      'citation_title=An invented handbook; citation_author=Epsilon E; citation_publisher=Invented Press; ' +
        'citation_publication_date=2019; citation_isbn=978-0-00-000000-2',
    );
    assert.equal(
      referenceTag(ref(5)),
      'citation_title=An invented chapter; citation_author=Zeta Z; citation_inbook_title=An invented handbook; ' +
        'citation_publisher=Invented Press; citation_publication_date=2019; citation_firstpage=12',
    );
    assert.equal(
      referenceTag(ref(6)),
      'citation_title=An invented report; citation_author=Invented Cases Organization; ' +
        'citation_technical_report_institution=Invented Cases Organization; ' +
        'citation_technical_report_number=ICO/2023.4; citation_publication_date=2023',
    );
  });
  it('gives a web page its URL, and no journal', () => {
    const tag = referenceTag(ref(7));
    assert.match(tag, /citation_public_url=https:\/\/example\.org\/invented-page/);
    assert.doesNotMatch(tag, /citation_journal_title/);
  });
});

describe('citedWork', () => {
  it('describes each kind as its schema.org type', () => {
    assert.deepEqual(
      REFERENCES.map((r) => citedWork(r)['@type']),
      ['ScholarlyArticle', 'ScholarlyArticle', 'ScholarlyArticle', 'Book', 'Chapter', 'Report', 'WebPage'],
    );
  });
  it('puts an article in its periodical and a chapter in its book, and names a page’s URL', () => {
    assert.deepEqual(citedWork(ref(1)), {
      '@type': 'ScholarlyArticle',
      name: 'A first invented study',
      datePublished: '2020',
      isPartOf: { '@type': 'Periodical', name: 'J Cases' },
      sameAs: 'https://doi.org/10.5555/cases.0002',
    });
    assert.deepEqual(citedWork(ref(5)), {
      '@type': 'Chapter',
      name: 'An invented chapter',
      datePublished: '2019',
      isPartOf: { '@type': 'Book', name: 'An invented handbook' },
    });
    assert.deepEqual(citedWork(ref(7)), {
      '@type': 'WebPage',
      name: 'An invented web page',
      datePublished: '2024',
      url: 'https://example.org/invented-page',
    });
  });
});
