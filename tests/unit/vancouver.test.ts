/**
 * The Vancouver form of each kind of reference, against Citing Medicine's own patterns (NLM, 2nd ed.: journal
 * articles ch. 1, books ch. 2, chapters "In: … editors", reports ch. 8, web pages ch. 25 "[Internet]", "[cited …]",
 * "Available from:"), written out by hand. The items are invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { editionText, vancouver, vancouverText, type Part } from '../../src/formats/citation/vancouver.ts';
import type { CslItem } from '../../src/model/schemas.ts';

const item = (fields: Partial<CslItem> & Pick<CslItem, 'type' | 'title'>): CslItem => ({ id: 'x', ...fields });
const WHO = { literal: 'World Health Organization' };

describe('vancouverText', () => {
  it('prints a journal article: journal, year;volume(issue):pages, the DOI as a link, the status', () => {
    const article = item({
      type: 'article-journal',
      title: 'An invented study',
      author: [
        { family: 'Lai', given: 'Chih-Cheng' },
        { family: 'van der Berg', given: 'J.-P.' },
      ],
      'container-title': 'International Journal of Invented Agents',
      'container-title-short': 'Int J Invented Agents',
      issued: { 'date-parts': [['2020', 3, 5]] },
      volume: '55',
      issue: 3,
      page: '1233-1237',
      DOI: '10.5555/x.1',
      status: 'Epub ahead of print',
    });
    assert.equal(
      vancouverText(article),
      'Lai CC, van der Berg JP. An invented study. Int J Invented Agents. 2020 Mar 5;55(3):1233–7, https://doi.org/10.5555/x.1 [Epub ahead of print].',
    );
  });
  it('lists six authors, then et al.; or those the source names and et al. (custom.etAl)', () => {
    const names = ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((family) => ({ family, given: 'X' }));
    const base = { type: 'article-journal', title: 'T', 'container-title': 'J', issued: { 'date-parts': [[2020]] } };
    assert.equal(
      vancouverText(item({ ...base, author: names } as CslItem)),
      'A X, B X, C X, D X, E X, F X, et al. T. J. 2020.',
    );
    assert.equal(
      vancouverText(item({ ...base, author: names.slice(0, 2), custom: { etAl: true } } as CslItem)),
      'A X, B X, et al. T. J. 2020.',
    );
  });
  it('keeps given names in full where the source prints them so (custom.fullGivenNames)', () => {
    const article = item({
      type: 'article-journal',
      title: 'Why?',
      author: [{ family: 'Fu', given: 'Binqing' }],
      custom: { fullGivenNames: true },
      'container-title': 'J',
      issued: { 'date-parts': [[2020]] },
    });
    assert.equal(vancouverText(article), 'Fu Binqing. Why? J. 2020.');
  });
  it('prints a book: edition, place, publisher and year, nothing in italics', () => {
    const book = item({
      type: 'book',
      title: 'An invented handbook',
      author: [
        { family: 'Epsilon', given: 'Eva' },
        { family: 'Gilstrap', given: 'Larry C', suffix: '3rd' },
      ],
      edition: 2,
      'publisher-place': 'New York',
      publisher: 'Invented Press',
      issued: { 'date-parts': [[2019]] },
    });
    assert.equal(
      vancouverText(book),
      'Epsilon E, Gilstrap LC 3rd. An invented handbook. 2nd ed. New York: Invented Press; 2019.',
    );
    assert.ok(vancouver(book).every((p) => typeof p === 'string' || p.runs.every((r) => typeof r === 'string')));
  });
  it('prints a book known by its editors with "editors" after their names', () => {
    const book = item({
      type: 'book',
      title: 'Operative invention',
      editor: [
        { family: 'Alfa', given: 'A' },
        { family: 'Beta', given: 'B' },
      ],
      publisher: 'Invented Press',
      issued: { 'date-parts': [[2002]] },
    });
    assert.equal(vancouverText(book), 'Alfa A, Beta B, editors. Operative invention. Invented Press; 2002.');
  });
  it('prints a chapter: "In:" its book’s editors and title, the imprint, then "p." and its pages', () => {
    const chapter = item({
      type: 'chapter',
      title: 'An invented chapter',
      author: [{ family: 'Zeta', given: 'Z' }],
      editor: [{ family: 'Epsilon', given: 'Eva' }],
      'container-title': 'An invented handbook',
      edition: '3rd ed.',
      'publisher-place': 'Nowhere',
      publisher: 'Invented Press',
      issued: { 'date-parts': [[2019]] },
      page: '93-113',
    });
    assert.equal(
      vancouverText(chapter),
      'Zeta Z. An invented chapter. In: Epsilon E, editor. An invented handbook. 3rd ed. Nowhere: Invented Press; 2019. p. 93–113.',
    );
  });
  it('prints a report by an organisation, with its number', () => {
    const report = item({
      type: 'report',
      title: 'Clinical management of an invented disease: interim guidance',
      author: [WHO],
      'publisher-place': 'Geneva',
      publisher: 'World Health Organization',
      number: 'WHO/X/2020.5',
      issued: { 'date-parts': [[2020, 5, 27]] },
    });
    assert.equal(
      vancouverText(report),
      'World Health Organization. Clinical management of an invented disease: interim guidance. Geneva: World Health Organization; 2020 May 27. Report No.: WHO/X/2020.5.',
    );
  });
  it('prints a web page: [Internet], its site as publisher, the date read as [cited …] and its URL', () => {
    const page = item({
      type: 'webpage',
      title: 'An invented fact sheet',
      author: [WHO],
      'container-title': 'World Health Organization',
      URL: 'https://example.org/fact-sheet',
      issued: { 'date-parts': [[2025, 11, 20]] },
      accessed: { 'date-parts': [['2026', '1', '5']] },
    });
    assert.equal(
      vancouverText(page),
      'World Health Organization. An invented fact sheet [Internet]. World Health Organization; 2025 Nov 20 [cited 2026 Jan 5]. Available from: https://example.org/fact-sheet.',
    );
    const link = vancouver(page).find((p): p is Part => typeof p !== 'string' && p.role === 'url');
    assert.equal(link?.href, 'https://example.org/fact-sheet');
  });
  it('prints a report read online as Citing Medicine does: [Internet], [cited …], Available from', () => {
    const report = item({
      type: 'report',
      title: 'An invented survey',
      publisher: 'Invented Cases Organization',
      URL: 'https://example.org/survey',
      issued: { 'date-parts': [[2023]] },
      accessed: { 'date-parts': [[2026, 1, 5]] },
    });
    assert.equal(
      vancouverText(report),
      'An invented survey [Internet]. Invented Cases Organization; 2023 [cited 2026 Jan 5]. Available from: https://example.org/survey.',
    );
  });
});

describe('vancouver', () => {
  it('sets only the journal’s title in italics, and the DOI as a link of its own', () => {
    const pieces = vancouver(
      item({
        type: 'article-journal',
        title: 'T',
        'container-title': 'J Cases',
        issued: { 'date-parts': [[2020]] },
        DOI: '10.5555/x.2',
      }),
    );
    const parts = pieces.filter((p): p is Part => typeof p !== 'string');
    assert.deepEqual(
      parts.map((p) => p.role),
      ['title', 'source', 'doi'],
    );
    assert.deepEqual(parts[1]!.runs, [{ emph: 'J Cases.' }, ' 2020']);
    assert.equal(parts[2]!.href, 'https://doi.org/10.5555/x.2');
  });
});

describe('editionText', () => {
  it('writes a numbered edition as an ordinal, and keeps one already written', () => {
    assert.deepEqual([1, 2, 3, 4, 11, 12, 13, 21, 22].map(editionText), [
      '1st ed.',
      '2nd ed.',
      '3rd ed.',
      '4th ed.',
      '11th ed.',
      '12th ed.',
      '13th ed.',
      '21st ed.',
      '22nd ed.',
    ]);
    assert.equal(editionText('Rev.'), 'Rev. ed.');
    assert.equal(editionText('2nd ed'), '2nd ed.');
  });
});
