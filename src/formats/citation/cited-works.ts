/**
 * The article's references as the landing page's metadata describes them, each by its kind (model/references.ts):
 * a Highwire `citation_reference` tag's value, and a schema.org work for the JSON-LD's `citation`.
 */
import type { CreativeWork } from 'schema-dts';
import {
  authorsOf,
  doiUrl,
  journalTitle,
  pageRange,
  referenceKind,
  vancouverName,
  yearOf,
} from '../../model/references.ts';
import type { CslItem, Reference } from '../../model/schemas.ts';

type Field = [name: string, value: string | number | undefined];

const firstPage = (item: CslItem) => {
  const range = item.page === undefined ? undefined : pageRange(String(item.page));
  return range && 'fpage' in range ? range.fpage : undefined;
};

/** The fields of a reference's source, by kind, in the names Google Scholar's `citation_*` tags use. */
function sourceFields(item: CslItem): Field[] {
  const date: Field = ['citation_publication_date', yearOf(item)];
  switch (referenceKind(item)) {
    case 'journal':
      return [
        ['citation_journal_title', journalTitle(item)],
        date,
        ['citation_volume', item.volume],
        ['citation_issue', item.issue],
        ['citation_firstpage', firstPage(item)],
      ];
    case 'chapter':
      return [
        ['citation_inbook_title', item['container-title']],
        ['citation_publisher', item.publisher],
        date,
        ['citation_firstpage', firstPage(item)],
      ];
    case 'report':
      return [
        ['citation_technical_report_institution', item.publisher],
        ['citation_technical_report_number', item.number],
        date,
      ];
    case 'webpage':
      return [date, ['citation_public_url', item.URL]];
    default:
      return [['citation_publisher', item.publisher], date, ['citation_isbn', item.ISBN]];
  }
}

/**
 * A reference as one `citation_reference` tag's value: "citation_title=…; citation_author=Lai CC; …", its
 * authors in the list's Vancouver form, then its source's fields by kind and its DOI and PMID; absent fields are
 * left out.
 */
export function referenceTag({ item }: Reference): string {
  const full = item.custom?.fullGivenNames === true;
  const fields: Field[] = [
    ['citation_title', item.title],
    ...authorsOf(item).map((name): Field => ['citation_author', vancouverName(name, full)]),
    ...sourceFields(item),
    ['citation_doi', item.DOI],
    ['citation_pmid', item.PMID],
  ];
  return fields
    .filter(([, value]) => value !== undefined && String(value).trim() !== '')
    .map(([name, value]) => `${name}=${String(value).trim()}`)
    .join('; ');
}

/**
 * A reference as a schema.org work: an article in its periodical, a book, a chapter in its book, a report or a
 * web page; with its title, year and DOI. Its authors are in the citation_reference tags beside it (listing them
 * twice cost the landing page 150 bytes of gzip, its first response over one round trip).
 */
export function citedWork({ item }: Reference): Exclude<CreativeWork, string> {
  const year = yearOf(item);
  const named = { name: item.title ?? '', ...(year === undefined ? {} : { datePublished: String(year) }) };
  const sameAs = item.DOI ? { sameAs: doiUrl(item.DOI) } : {};
  const publisher = item.publisher ? { publisher: { '@type': 'Organization' as const, name: item.publisher } } : {};
  switch (referenceKind(item)) {
    case 'journal':
      return {
        '@type': 'ScholarlyArticle',
        ...named,
        isPartOf: { '@type': 'Periodical', name: journalTitle(item) },
        ...sameAs,
      };
    case 'chapter':
      return {
        '@type': 'Chapter',
        ...named,
        isPartOf: { '@type': 'Book', name: item['container-title'] ?? '' },
        ...sameAs,
      };
    case 'report':
      return {
        '@type': 'Report',
        ...named,
        ...publisher,
        ...(item.number === undefined ? {} : { reportNumber: String(item.number) }),
        ...sameAs,
      };
    case 'webpage':
      return { '@type': 'WebPage', ...named, ...(item.URL ? { url: item.URL } : {}), ...sameAs };
    default:
      return {
        '@type': 'Book',
        ...named,
        ...publisher,
        ...(item.edition === undefined ? {} : { bookEdition: String(item.edition) }),
        ...sameAs,
      };
  }
}
