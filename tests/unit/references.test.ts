import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  initials,
  pageRange,
  pubmedLink,
  referenceKind,
  vancouverDate,
  vancouverName,
  vancouverPages,
} from '../../src/model/references.ts';
import type { CslItem } from '../../src/model/schemas.ts';

describe('referenceKind', () => {
  it('reads each CSL type as the kind of reference it is printed as', () => {
    const kinds = ['article-journal', 'article-newspaper', 'book', 'thesis', 'chapter', 'paper-conference', 'report']
      .concat(['webpage', 'post-weblog'])
      .map((type) => referenceKind({ type } as CslItem));
    assert.deepEqual(kinds, [
      'journal',
      'journal',
      'book',
      'book',
      'chapter',
      'chapter',
      'report',
      'webpage',
      'webpage',
    ]);
  });
});

describe('initials', () => {
  it('gives a given name’s initials, and keeps initials as they are', () => {
    assert.deepEqual(['Chih-Cheng', 'Marc C.', 'J.-P.', 'CC', 'TL', 'Ángel', 'ana maría'].map(initials), [
      'CC',
      'MC',
      'JP',
      'CC',
      'TL',
      'Á',
      'AM',
    ]);
  });
});

describe('vancouverName', () => {
  it('writes a person as family name and initials, with particles and suffix, and an organisation as named', () => {
    assert.equal(vancouverName({ family: 'Wampler Muskardin', given: 'Tiffany L' }), 'Wampler Muskardin TL');
    assert.equal(
      vancouverName({ family: 'Meer', 'non-dropping-particle': 'van der', given: 'Jos W M' }),
      'van der Meer JWM',
    );
    assert.equal(vancouverName({ family: 'King', given: 'John T', suffix: 'Jr' }), 'King JT Jr');
    assert.equal(vancouverName({ literal: 'World Health Organization' }), 'World Health Organization');
  });
  it('keeps the given names in full when asked (a source that prints them so)', () => {
    assert.equal(vancouverName({ family: 'Fu', given: 'Binqing' }, true), 'Fu Binqing');
  });
});

describe('pageRange', () => {
  it('reads an abbreviated last page as Vancouver prints it, and a full one', () => {
    assert.deepEqual(pageRange('335–7'), { fpage: '335', lpage: '337' });
    assert.deepEqual(pageRange('276–82'), { fpage: '276', lpage: '282' });
    assert.deepEqual(pageRange('123-135'), { fpage: '123', lpage: '135' });
  });
  it('keeps a single page (or article number) as the first page, and anything else as printed', () => {
    assert.deepEqual(pageRange('105924'), { fpage: '105924' });
    assert.deepEqual(pageRange('S1–S3, S9'), { range: 'S1–S3, S9' });
  });
});

describe('vancouverPages', () => {
  it('leaves out the last page’s repeated leading digits, with an en dash', () => {
    assert.deepEqual(
      ['123-135', '1233-1237', '943–947', '93-113', '99-101', '335–7', '105924', 'e1234'].map(vancouverPages),
      ['123–35', '1233–7', '943–7', '93–113', '99–101', '335–7', '105924', 'e1234'],
    );
  });
});

describe('vancouverDate', () => {
  it('writes year, English month and day, and a range as Citing Medicine does', () => {
    assert.equal(vancouverDate({ 'date-parts': [['2020']] }), '2020');
    assert.equal(vancouverDate({ 'date-parts': [[2026, 1, 5]] }), '2026 Jan 5');
    assert.equal(
      vancouverDate({
        'date-parts': [
          [2002, 7],
          [2002, 8],
        ],
      }),
      '2002 Jul-Aug',
    );
    assert.equal(
      vancouverDate({
        'date-parts': [
          [2019, 12],
          [2020, 1],
        ],
      }),
      '2019 Dec-2020 Jan',
    );
    assert.equal(vancouverDate({ literal: 'Spring 2021' }), 'Spring 2021');
    assert.equal(vancouverDate(undefined), undefined);
  });
});

describe('pubmedLink', () => {
  const base = { id: 'x', title: 'A title', issued: { 'date-parts': [[2020]] } };
  it('links a PMID’s record, and searches PubMed for a journal article without one', () => {
    assert.deepEqual(pubmedLink({ ...base, type: 'article-journal', PMID: '123' }), {
      href: 'https://pubmed.ncbi.nlm.nih.gov/123/',
      record: true,
    });
    assert.deepEqual(pubmedLink({ ...base, type: 'article-journal' }), {
      href: 'https://pubmed.ncbi.nlm.nih.gov/?term=A%20title',
      record: false,
    });
  });
  it('offers no PubMed search for a book, a chapter, a report or a web page', () => {
    for (const type of ['book', 'chapter', 'report', 'webpage'] as const)
      assert.equal(pubmedLink({ ...base, type }), undefined, type);
  });
});
