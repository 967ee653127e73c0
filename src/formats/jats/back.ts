/** The JATS file's back matter: the reference list, and the translation's note. */
import type { Element } from 'xast';
import { x } from 'xastscript';
import {
  authorsOf,
  datesOf,
  editorsOf,
  familyName,
  isOrganisation,
  isoDate,
  journalTitle,
  pageRange,
  referenceKind,
  truncatedAuthors,
  vancouverDay,
  type ReferenceKind,
} from '../../model/references.ts';
import type { ArticleMetadata, CslItem, CslName, Reference } from '../../model/schemas.ts';
import { interpolate } from '../../i18n/interpolate.ts';
import { doiLink } from './body.ts';
import type { JatsStrings } from './strings.ts';

export { pageRange } from '../../model/references.ts';

/**
 * `@publication-type` as JATS4R's citations recommendation gives it: "journal", "book" (a chapter too, with its
 * `<chapter-title>`, as the JATS Tag Library tags one), "report", and "website" for a web page.
 */
const PUBLICATION_TYPE: Readonly<Record<ReferenceKind, string>> = {
  journal: 'journal',
  book: 'book',
  chapter: 'book',
  report: 'report',
  webpage: 'website',
};

/** A CSL name as JATS tags it: an organisation as a `<collab>`, a person's surname, given names and suffix. */
export function jatsName(name: CslName): Element {
  if (isOrganisation(name)) return x('collab', name.literal?.trim());
  return x('name', [
    x('surname', familyName(name)),
    name.given?.trim() ? x('given-names', name.given.trim()) : undefined,
    name.suffix?.trim() ? x('suffix', name.suffix.trim()) : undefined,
  ]);
}

function personGroup(type: 'author' | 'editor', names: readonly CslName[], etal: boolean): Element | undefined {
  if (!names.length) return undefined;
  return x('person-group', { 'person-group-type': type }, [...names.map(jatsName), etal ? x('etal') : undefined]);
}

/** The titles by kind: a journal article's and its journal, a chapter's and its book, a page's and its site. */
function titles(item: CslItem, kind: ReferenceKind): (Element | undefined)[] {
  const title = item.title?.trim() ?? '';
  const container = item['container-title']?.trim();
  if (kind === 'journal') return [x('article-title', title), x('source', journalTitle(item))];
  if (kind === 'chapter') return [x('chapter-title', title), x('source', container ?? '')];
  if (kind === 'webpage' && container) return [x('article-title', title), x('source', container)];
  return [x('source', title)];
}

/** The date of publication: year (with its ISO form), month and day, as far as the item gives them. */
function published(item: CslItem): (Element | undefined)[] {
  const [date] = datesOf(item.issued);
  if (!date) return [];
  return [
    x('year', { 'iso-8601-date': isoDate({ year: date.year }) }, String(date.year)),
    date.month ? x('month', String(date.month).padStart(2, '0')) : undefined,
    date.month && date.day ? x('day', String(date.day).padStart(2, '0')) : undefined,
  ];
}

function pages(item: CslItem): (Element | undefined)[] {
  if (item.page === undefined) return [];
  const range = pageRange(String(item.page));
  if ('range' in range) return [x('page-range', range.range)];
  return [x('fpage', range.fpage), range.lpage ? x('lpage', range.lpage) : undefined];
}

/** The imprint of a book, a chapter's book, a report or a site: edition, place and publisher. */
function imprint(item: CslItem, kind: ReferenceKind): (Element | undefined)[] {
  if (kind === 'journal') return [];
  return [
    item.edition === undefined ? undefined : x('edition', String(item.edition)),
    item['publisher-place'] ? x('publisher-loc', item['publisher-place']) : undefined,
    item.publisher ? x('publisher-name', item.publisher) : undefined,
  ];
}

/** The identifiers (DOI, PMID, PMCID, a report's number), the URL and the date it was read. */
function identifiers(item: CslItem, kind: ReferenceKind): (Element | undefined)[] {
  const [accessed] = datesOf(item.accessed);
  return [
    item.DOI ? x('pub-id', { 'pub-id-type': 'doi' }, item.DOI.trim()) : undefined,
    item.PMID ? x('pub-id', { 'pub-id-type': 'pmid' }, item.PMID.trim()) : undefined,
    item.PMCID ? x('pub-id', { 'pub-id-type': 'pmcid' }, item.PMCID.trim()) : undefined,
    kind === 'report' && item.number !== undefined
      ? x('pub-id', { 'pub-id-type': 'publisher-id' }, String(item.number))
      : undefined,
    // The URL as the reference prints it; its title says what it leads to (JATS4R asks links for one or the other).
    item.URL
      ? x(
          'ext-link',
          { 'ext-link-type': 'uri', 'xlink:href': item.URL, 'xlink:title': item.title ?? item.URL },
          item.URL,
        )
      : undefined,
    accessed
      ? x(
          'date-in-citation',
          { 'content-type': 'access-date', 'iso-8601-date': isoDate(accessed) },
          vancouverDay(accessed),
        )
      : undefined,
  ];
}

function reference({ n, item }: Reference): Element {
  const kind = referenceKind(item);
  return x('ref', { id: `ref-${n}` }, [
    x('label', String(n)),
    x('element-citation', { 'publication-type': PUBLICATION_TYPE[kind] }, [
      personGroup('author', authorsOf(item), truncatedAuthors(item)),
      personGroup('editor', editorsOf(item), false),
      ...titles(item, kind),
      ...imprint(item, kind),
      ...published(item),
      item.volume === undefined ? undefined : x('volume', String(item.volume)),
      item.issue === undefined ? undefined : x('issue', String(item.issue)),
      ...pages(item),
      ...identifiers(item, kind),
      item.status?.trim() ? x('comment', item.status.trim()) : undefined,
    ]),
  ]);
}

/** The reference list, in its published order. */
export const referenceList = (references: readonly Reference[], strings: JatsStrings): Element =>
  x('ref-list', [x('title', strings.references), ...references.map(reference)]);

/** The translation's closing note: the statement of provenance, and a link to the English it translates. */
export const translationNote = (meta: ArticleMetadata, strings: JatsStrings, prefix: string): Element =>
  x('notes', { 'notes-type': 'translation', id: `${prefix}translation-note` }, [
    x('title', strings.translationTitle),
    x('p', [
      `${strings.translation} ${strings.record} `,
      doiLink(meta.doi, interpolate(strings.recordLink, { doi: meta.doi })),
    ]),
  ]);
