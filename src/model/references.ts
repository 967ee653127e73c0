/**
 * What every format reads of a reference (a CSL item, src/model/schemas/reference.ts): its kind, its names in
 * Vancouver form, its dates, its pages, its journal, and the addresses of its identifiers. The Vancouver text
 * (formats/citation/vancouver.ts), the JATS reference list, the PDF, the Highwire tags and the JSON-LD all ask here,
 * so none of them reads a CSL field its own way.
 */
import { CHAPTER_TYPES, JOURNAL_TYPES, WEBPAGE_TYPES } from './reference-kinds.ts';
import type { CslDate, CslItem, CslName, Reference } from './schemas.ts';

/**
 * How a reference is printed and tagged: a journal article, a book, a chapter of a book (or an entry or a
 * conference paper, printed "In: …"), a report, or a web page (or a post). Any other CSL type is read as a book.
 */
export type ReferenceKind = 'journal' | 'book' | 'chapter' | 'report' | 'webpage';

export function referenceKind(item: Pick<CslItem, 'type'>): ReferenceKind {
  if (JOURNAL_TYPES.has(item.type)) return 'journal';
  if (CHAPTER_TYPES.has(item.type)) return 'chapter';
  if (WEBPAGE_TYPES.has(item.type)) return 'webpage';
  return item.type === 'report' ? 'report' : 'book';
}

/**
 * A person's given names as Vancouver initials: "Chih-Cheng" → "CC", "Marc C." → "MC". A part already written as
 * initials (up to three capitals: "CC", "TL") is kept as it is.
 */
export function initials(given: string): string {
  return given
    .replace(/\./g, ' ')
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((part) => (/^\p{Lu}{1,3}$/u.test(part) ? part : ([...part][0] ?? '').toUpperCase()))
    .join('');
}

/**
 * A name as a Vancouver list prints it: "Lai CC", "Gilstrap LC 3rd", an organisation as it is named. With
 * `fullGivenNames` (the reference's `custom.fullGivenNames`), the given names as written rather than initials.
 */
export function vancouverName(name: CslName, fullGivenNames = false): string {
  if (name.literal?.trim()) return name.literal.trim();
  const family = [name['dropping-particle'], name['non-dropping-particle'], name.family]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(' ');
  const given = name.given?.trim() ? (fullGivenNames ? name.given.trim() : initials(name.given)) : '';
  return [family, given, name.suffix?.trim()].filter(Boolean).join(' ');
}

/** The family name a Vancouver name begins with ("Wampler Muskardin"), or an organisation's name. */
export function familyName(name: CslName): string {
  if (name.literal?.trim()) return name.literal.trim();
  return [name['dropping-particle'], name['non-dropping-particle'], name.family]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(' ');
}

/** An organisation's name (`literal`), which JATS tags as a `<collab>`, not a person's. */
export const isOrganisation = (name: CslName) => !name.family?.trim() && Boolean(name.literal?.trim());

/** The item's authors, in order (none for a work known by its title). */
export const authorsOf = (item: CslItem): CslName[] => item.author ?? [];

/** The item's editors, in order. */
export const editorsOf = (item: CslItem): CslName[] => item.editor ?? [];

/** Whether the source names fewer authors than there are, and prints "et al." after them (`custom.etAl`). */
export const truncatedAuthors = (item: CslItem) => item.custom?.etAl === true;

/** Every name a reference prints, in Vancouver form: its authors', then its editors'. */
export function referenceNames(ref: Reference): string[] {
  const full = ref.item.custom?.fullGivenNames === true;
  return [...authorsOf(ref.item), ...editorsOf(ref.item)].map((name) => vancouverName(name, full));
}

/** One date of a CSL date, as numbers. */
export interface DateParts {
  year: number;
  month?: number | undefined;
  day?: number | undefined;
}

/** A CSL date's dates (one, or two for a range), as numbers. */
export function datesOf(date: CslDate | undefined): DateParts[] {
  return (date?.['date-parts'] ?? []).map(([year, month, day]) => ({
    year: Number(year),
    month: month === undefined ? undefined : Number(month),
    day: day === undefined ? undefined : Number(day),
  }));
}

/** The year of publication, if the item gives one. */
export const yearOf = (item: CslItem): number | undefined => datesOf(item.issued)[0]?.year;

/** A date as ISO 8601 writes it, as far as it is known: "2020", "2020-03", "2026-01-05". */
export function isoDate({ year, month, day }: DateParts): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return [String(year).padStart(4, '0'), month && two(month), month && day && two(day)].filter(Boolean).join('-');
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** One date as Citing Medicine writes it, in English in every language: "2020", "2020 Mar", "2026 Jan 5". */
export function vancouverDay({ year, month, day }: DateParts): string {
  const name = month ? MONTHS[month - 1] : undefined;
  return [String(year), name, name && day ? String(day) : undefined].filter(Boolean).join(' ');
}

/**
 * A CSL date as Citing Medicine writes it: "2020 Mar 5"; a range within a year "2020 Jul-Aug", across years
 * "2019 Dec-2020 Jan"; a literal date as written. Undefined when the item gives none.
 */
export function vancouverDate(date: CslDate | undefined): string | undefined {
  const [first, last] = datesOf(date);
  if (!first) return date?.literal?.trim() || undefined;
  const season = date?.season !== undefined && !first.month ? ` ${date.season}` : '';
  if (!last) return `${vancouverDay(first)}${season}`;
  const end = last.year === first.year ? vancouverDay(last).slice(String(last.year).length + 1) : vancouverDay(last);
  return `${vancouverDay(first)}-${end}`;
}

/**
 * A page range as first and last page: "335–7" is 335 to 337, "276–82" 276 to 282 (an abbreviated last page, as
 * Vancouver prints it), "123-135" 123 to 135. A single page has no last page; anything else is kept as printed.
 */
export function pageRange(pages: string): { fpage: string; lpage?: string } | { range: string } {
  const text = pages.trim();
  if (/^\w+$/.test(text)) return { fpage: text };
  const match = /^(\d+)\s*[–-]\s*(\d+)$/.exec(text);
  if (!match) return { range: text };
  const [, first = '', last = ''] = match;
  return { fpage: first, lpage: last.length < first.length ? first.slice(0, first.length - last.length) + last : last };
}

/**
 * Pages as Vancouver prints them: a range with an en dash and the last page's repeated leading digits left out
 * ("123-135" → "123–35", "943-947" → "943–7"); a range already abbreviated, a single page or anything else as given.
 */
export function vancouverPages(pages: string | number): string {
  const text = String(pages).trim();
  const range = pageRange(text);
  if (!('fpage' in range) || range.lpage === undefined) return text;
  const { fpage, lpage } = range;
  if (lpage.length !== fpage.length) return `${fpage}–${lpage}`;
  let same = 0;
  while (same < lpage.length - 1 && lpage[same] === fpage[same]) same++;
  return `${fpage}–${lpage.slice(same)}`;
}

/** The journal's name as Vancouver prints it: its abbreviation where the item gives one, else its title. */
export const journalTitle = (item: CslItem): string =>
  (item['container-title-short'] ?? item.journalAbbreviation ?? item['container-title'] ?? '').trim();

/** The DOI as a link target (https://doi.org/…). */
export const doiUrl = (doi: string) => `https://doi.org/${doi.trim()}`;

/** The PubMed record of a PMID. */
export const pubmedUrl = (pmid: string) => `https://pubmed.ncbi.nlm.nih.gov/${pmid.trim()}/`;

/** The PubMed Central article of a PMCID. */
export const pmcUrl = (pmcid: string) => `https://pmc.ncbi.nlm.nih.gov/articles/${pmcid.trim()}/`;

/** A PubMed search for a reference's title. */
export const pubmedSearchUrl = (item: CslItem) =>
  `https://pubmed.ncbi.nlm.nih.gov/?term=${encodeURIComponent(item.title ?? '')}`;

/**
 * Where PubMed has a reference: its record, when the item gives a PMID; a search for its title, for a journal
 * article without one (PubMed indexes journal articles: a book, a report or a web page gets no search).
 */
export function pubmedLink(item: CslItem): { href: string; record: boolean } | undefined {
  if (item.PMID) return { href: pubmedUrl(item.PMID), record: true };
  return referenceKind(item) === 'journal' ? { href: pubmedSearchUrl(item), record: false } : undefined;
}
