/**
 * What every output reads of the article's record (content/metadata/article.yaml, src/model/schemas/record.ts):
 * the date it counts as published, its issue and pages or its state ahead of print, its identifiers, its
 * corresponding authors. One definition, so that the pages, the PDF, JATS, the Highwire tags, JSON-LD and the
 * citation files print only what exists, and the same way.
 */
import { doiUrl, pmcUrl, pubmedUrl } from './references.ts';
import type { ArticleMetadata, PartialDate } from './schemas.ts';

type Record = Pick<ArticleMetadata, 'publication'>;

/** The article is online ahead of print: in no issue yet. */
export const aheadOfPrint = (meta: Record): boolean => meta.publication.issue === undefined;

const fromDate = (date: Date): PartialDate => ({
  year: date.getUTCFullYear(),
  month: date.getUTCMonth() + 1,
  day: date.getUTCDate(),
});

/** The date the article counts as published: its issue's, or, ahead of print, its first day online. */
export function publicationDate(meta: Record): PartialDate {
  return meta.publication.issue?.date ?? fromDate(meta.publication.online);
}

/** The year the article counts as published in (its citation key, its PDF's name, a citation's year). */
export const publicationYear = (meta: Record): number => publicationDate(meta).year;

/** A date's parts as CSL writes them: [2021, 12] or [2026, 10, 15]. */
export const dateParts = (date: PartialDate): number[] =>
  [date.year, date.month, date.day].filter((n): n is number => n !== undefined);

/** A date as ISO 8601 writes it at its precision: "2021-12", "2026-10-15". */
export const isoDate = (date: PartialDate): string =>
  dateParts(date)
    .map((n, i) => String(n).padStart(i ? 2 : 4, '0'))
    .join('-');

/** The issue's pages as printed ("559–561"), its article number, or nothing. */
export function pagesOf(meta: Record): string | undefined {
  const issue = meta.publication.issue;
  if (!issue) return undefined;
  if (issue.articleNumber) return issue.articleNumber;
  if (!issue.firstPage) return undefined;
  return issue.lastPage && issue.lastPage !== issue.firstPage
    ? `${issue.firstPage}–${issue.lastPage}`
    : issue.firstPage;
}

const RECORDS = { doi: doiUrl, pmid: pubmedUrl, pmcid: pmcUrl };

/**
 * The article's identifiers, each only when the record has it (DOI, then PubMed's PMID and PMCID), with the URL of
 * the record it names: no link ever points at a record that does not exist.
 */
export function identifiers(meta: Pick<ArticleMetadata, 'doi' | 'pmid' | 'pmcid'>): {
  kind: 'doi' | 'pmid' | 'pmcid';
  value: string;
  url: string;
}[] {
  const given = [
    { kind: 'doi' as const, value: meta.doi },
    ...(meta.pmid ? [{ kind: 'pmid' as const, value: meta.pmid }] : []),
    ...(meta.pmcid ? [{ kind: 'pmcid' as const, value: meta.pmcid }] : []),
  ];
  return given.map((id) => ({ ...id, url: RECORDS[id.kind](id.value) }));
}

type Author = ArticleMetadata['authors'][number];

/** A corresponding author's name as the journal prints it with the e-mail: "L. Figuero-Pérez", "R.A. Escala-Cornejo". */
export const printedName = (author: Pick<Author, 'initials' | 'family'>): string =>
  `${[...author.initials].map((letter) => `${letter}.`).join('')} ${author.family}`;

/** The corresponding authors, each with the e-mail the schema requires of them. */
export function correspondingAuthors(meta: Pick<ArticleMetadata, 'authors'>): (Author & { email: string })[] {
  return meta.authors.filter((a): a is Author & { email: string } => a.corresponding && a.email !== undefined);
}

/**
 * The issue as a citation writes it after the journal: "2021;17(10):559–561", each part only where it exists
 * ("2026;19:e260001"); null ahead of print, when there is no issue to name.
 */
export function issueCitation(meta: Record): string | null {
  const issue = meta.publication.issue;
  if (!issue) return null;
  const pages = pagesOf(meta);
  return `${issue.date.year}${issue.volume ? `;${issue.volume}` : ''}${issue.number ? `(${issue.number})` : ''}${pages ? `:${pages}` : ''}`;
}
