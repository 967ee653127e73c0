import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { citationFile, cslItem, vancouverCitation } from '../../src/formats/citation/citation.ts';
import { highwireTags } from '../../src/formats/citation/scholarly.ts';
import { articleJats, type JatsStrings } from '../../src/formats/jats/index.ts';
import {
  aheadOfPrint,
  correspondingAuthors,
  identifiers,
  issueCitation,
  pagesOf,
  printedName,
  publicationYear,
} from '../../src/model/record.ts';
import type { ArticleMetadata } from '../../src/model/schemas.ts';
import { caseDocument, META } from '../cases/document.ts';
import { xmllintValid } from '../xmllint.ts';

// The invented record of tests/cases/, in an issue; and the same record online ahead of print, with no PMID yet.
const IN_ISSUE = META;
const AHEAD: ArticleMetadata = {
  ...META,
  publication: { online: new Date('2026-10-15') },
  pmid: undefined,
  pmcid: undefined,
} as ArticleMetadata;

describe('the record', () => {
  it('knows an article ahead of print, and dates it by its day online', () => {
    assert.equal(aheadOfPrint(IN_ISSUE), false);
    assert.equal(aheadOfPrint(AHEAD), true);
    assert.equal(publicationYear(IN_ISSUE), 2024);
    assert.equal(publicationYear(AHEAD), 2026);
  });
  it('cites the issue with only the parts it has, and none ahead of print', () => {
    assert.equal(issueCitation(IN_ISSUE), '2024;1(2):3–4');
    const articleNumber = {
      ...META,
      publication: { ...META.publication, issue: { date: { year: 2026 }, volume: '19', articleNumber: 'e260001' } },
    };
    assert.equal(issueCitation(articleNumber), '2026;19:e260001');
    assert.equal(pagesOf(articleNumber), 'e260001');
    assert.equal(issueCitation(AHEAD), null);
    assert.equal(pagesOf(AHEAD), undefined);
  });
  it('gives only the identifiers it has, each with its record’s URL', () => {
    assert.deepEqual(
      identifiers(IN_ISSUE).map((i) => [i.kind, i.url]),
      [
        ['doi', 'https://doi.org/10.5555/cases.0001'],
        ['pmid', 'https://pubmed.ncbi.nlm.nih.gov/99999990/'],
        ['pmcid', 'https://pmc.ncbi.nlm.nih.gov/articles/PMC9999990/'],
      ],
    );
    assert.deepEqual(
      identifiers(AHEAD).map((i) => i.kind),
      ['doi'],
    );
  });
  it('prints a corresponding author by initials and family name, and keeps every one of them', () => {
    const two = {
      authors: [
        { ...META.authors[0]!, initials: 'RA' },
        { ...META.authors[0]!, family: 'Dos', email: 'dos@example.org' },
      ],
    };
    assert.deepEqual(correspondingAuthors(two).map(printedName), ['R.A. Uno', 'A. Dos']);
  });
});

describe('an article ahead of print, in every format', () => {
  it('says so in its Vancouver citation, with no volume, issue, pages or PMID', () => {
    assert.equal(
      vancouverCitation(AHEAD),
      'Uno A. Case of the converters. J Cases. 2026 Oct 15. doi:10.5555/cases.0001. [Epub ahead of print]',
    );
  });
  it('writes no volume, issue, page or PubMed identifier into the citation files', () => {
    const item = cslItem(AHEAD);
    for (const field of ['volume', 'issue', 'page', 'PMID', 'PMCID']) assert.equal(item[field], undefined, field);
    assert.equal(item['status'], 'Epub ahead of print');
    assert.doesNotMatch(citationFile(AHEAD, 'bibtex'), /pmid|volume|pages|number =/i);
    assert.doesNotMatch(citationFile(AHEAD, 'ris'), /^(VL|IS|SP|EP|M2) {2}-/m);
  });
  it('leaves the issue’s tags out of the Highwire tags, and dates the publication by its day online', () => {
    const tags = highwireTags(AHEAD, []);
    const names = tags.map(([name]) => name);
    for (const absent of ['citation_volume', 'citation_issue', 'citation_firstpage', 'citation_pmid'])
      assert.ok(!names.includes(absent), absent);
    assert.deepEqual(
      tags.find(([n]) => n === 'citation_publication_date'),
      ['citation_publication_date', '2026/10/15'],
    );
  });
  it('gives JATS its pub date alone, no collection date and no empty element, valid against the DTD', () => {
    const strings: JatsStrings = {
      corresponding: 'Corresponding author',
      references: 'References',
      translationTitle: 'T',
      translation: 'T.',
      record: 'R:',
      translator: 'E',
      recordLink: 'doi:{doi}',
      figureSeeOriginal: 'S',
      figureViewOriginal: '{label}',
    };
    const sections = [{ id: 'case', title: 'Case', mdx: 'Known.<Cite n={1} /><Cite n={2} /> And <Cite n={3} />.' }];
    const xml = articleJats({
      documents: {
        en: { ...caseDocument('en', sections), meta: AHEAD },
        es: { ...caseDocument('es', sections), meta: AHEAD },
      },
      strings: { en: strings, es: strings },
    });
    assert.match(xml, /<pub-date publication-format="electronic" date-type="pub" iso-8601-date="2026-10-15">/);
    const front = xml.slice(xml.indexOf('<article-meta>'), xml.indexOf('</article-meta>'));
    assert.doesNotMatch(front, /date-type="collection"|<volume|<issue>|<fpage|<lpage|pub-id-type="pmid"/);
    const { valid, errors } = xmllintValid({ xml });
    assert.ok(valid, errors);
  });
});
