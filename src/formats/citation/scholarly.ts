/**
 * Scholarly metadata: Highwire Press tags (Google Scholar, and the reference managers that read them) and schema.org
 * JSON-LD for the landing page's head, a COinS ContextObject for the other pages' bodies, and the edition's own name.
 */
import type { MedicalScholarlyArticle, WithContext } from 'schema-dts';
import type { Locale } from '../../i18n/locales.ts';
import type { ArticleMetadata, Reference } from '../../model/schemas.ts';
import { doiUrl } from '../../model/references.ts';
import { aheadOfPrint, identifiers, isoDate, publicationDate, publicationYear } from '../../model/record.ts';
import { citedWork, referenceTag } from './cited-works.ts';

const dayOf = (date: Date) => date.toISOString().slice(0, 10);
const slashDate = (date: Date) => dayOf(date).replaceAll('-', '/');

/** The issue's fields that exist, as [name, value] pairs under the names a format gives them (or none at all). */
function issueFields(meta: ArticleMetadata, names: { volume: string; issue: string; first: string; last: string }) {
  const issue = meta.publication.issue;
  const first = issue?.articleNumber ?? issue?.firstPage;
  return (
    [
      [names.volume, issue?.volume],
      [names.issue, issue?.number],
      [names.first, first],
      [names.last, issue?.articleNumber ? undefined : issue?.lastPage],
    ] as const
  ).filter((pair): pair is readonly [string, string] => pair[1] !== undefined) as [string, string][];
}

/** An author's affiliations, as names, in English: as the article publishes them. */
export function affiliationsOf(meta: ArticleMetadata, author: ArticleMetadata['authors'][number]): string[] {
  return author.affiliations.map((key) => meta.affiliations.find((a) => a.key === key)?.name.en ?? key);
}

/**
 * Highwire Press `citation_*` tags as [name, content] pairs, in the order Google Scholar documents. They describe the
 * English article, the version of record the DOI names, and belong on its landing page only: Google Scholar expects
 * one page per article. The Spanish pages carry none (see `articleJsonLd`).
 */
export function highwireTags(
  meta: ArticleMetadata,
  references: Reference[],
  /** The English PDF's URL (absolute when the build knows the site's address). */
  pdfUrl?: string,
  /** The English abstract as plain text (`plainAbstract`); without it Zotero takes the page's description. */
  abstract?: string,
): [string, string][] {
  const tags: [string, string][] = [['citation_title', meta.title.en]];
  for (const author of meta.authors) {
    tags.push(['citation_author', `${author.family}, ${author.given}`]);
    for (const name of affiliationsOf(meta, author)) tags.push(['citation_author_institution', name]);
    if (author.corresponding && author.email) tags.push(['citation_author_email', author.email]);
  }
  tags.push(
    // Scholar reads YYYY/MM/DD or YYYY: an issue that gives a month but no day, the year alone; ahead of print, the
    // day it went online.
    [
      'citation_publication_date',
      aheadOfPrint(meta) ? slashDate(meta.publication.online) : String(publicationYear(meta)),
    ],
    ['citation_online_date', slashDate(meta.publication.online)],
    ['citation_journal_title', meta.journal.title],
    ['citation_journal_abbrev', meta.journal.abbreviation],
    ['citation_publisher', meta.journal.publisher],
    ...issueFields(meta, {
      volume: 'citation_volume',
      issue: 'citation_issue',
      first: 'citation_firstpage',
      last: 'citation_lastpage',
    }),
    ['citation_doi', meta.doi],
    ...(meta.pmid ? ([['citation_pmid', meta.pmid]] as [string, string][]) : []),
    ['citation_language', 'en'],
    ['citation_keywords', meta.keywords.en.join('; ')],
  );
  if (abstract) tags.push(['citation_abstract', abstract]);
  if (pdfUrl) tags.push(['citation_pdf_url', pdfUrl]);
  for (const ref of references) tags.push(['citation_reference', referenceTag(ref)]);
  return tags;
}

/**
 * Whether a page carries the Highwire tags: the English landing page, and it alone (Google Scholar cannot index an
 * article divided into several pages, and reads Eprints, BE Press, PRISM and Dublin Core tags too, so no other page
 * may carry any of them). Every other reading page describes the article by COinS instead (`coinsContextObject`).
 */
export const carriesHighwireTags = (route: { landing: boolean }, locale: Locale): boolean =>
  route.landing && locale === 'en';

/**
 * An abstract as plain text: its blocks' text (the section model's, with no markup), a blank line between
 * paragraphs, as reference managers store an abstract.
 */
export function plainAbstract(blocks: readonly { text: string }[]): string {
  return blocks
    .map((block) => block.text.trim())
    .filter(Boolean)
    .join('\n\n');
}

/**
 * The English article as an OpenURL ContextObject (Z39.88-2004, KEV journal format): the `title` of a COinS span,
 * which Zotero's COinS translator and Mendeley read. It names the version of record whatever the page's language,
 * as the Highwire tags do. The first author is `aulast`/`aufirst` and every author, in order, an `au` ("Family,
 * Given": the comma keeps a family name of two words whole). Zotero reads `rft.description` as the abstract and
 * `rft.language` as the language (utilities/openurl.js, parseContextObject); it skips `info:pmid/`, which link
 * resolvers read. URLSearchParams encodes each value, so `&`, `=` and non-ASCII letters survive.
 */
export function coinsContextObject(meta: ArticleMetadata, abstract?: string): string {
  const [first] = meta.authors;
  const fields: [string, string][] = [
    ['ctx_ver', 'Z39.88-2004'],
    ['rft_val_fmt', 'info:ofi/fmt:kev:mtx:journal'],
    ['rft_id', `info:doi/${meta.doi}`],
    ...(meta.pmid ? ([['rft_id', `info:pmid/${meta.pmid}`]] as [string, string][]) : []),
    ['rft.genre', 'article'],
    ['rft.atitle', meta.title.en],
    ['rft.jtitle', meta.journal.title],
    ['rft.stitle', meta.journal.abbreviation],
    ...(first
      ? ([
          ['rft.aulast', first.family],
          ['rft.aufirst', first.given],
        ] as [string, string][])
      : []),
    ...meta.authors.map((author): [string, string] => ['rft.au', `${author.family}, ${author.given}`]),
    ['rft.date', isoDate(publicationDate(meta))],
    ...issueFields(meta, { volume: 'rft.volume', issue: 'rft.issue', first: 'rft.spage', last: 'rft.epage' }),
    ['rft.language', 'en'],
    ...(abstract ? ([['rft.description', abstract]] as [string, string][]) : []),
  ];
  return new URLSearchParams(fields).toString();
}

/**
 * This web edition's own name (`og:site_name`, the web app manifests): the article's short title in the page's
 * language and a UI string. Never the journal's name: the site is not the journal's.
 */
export function editionName(
  meta: ArticleMetadata,
  locale: Locale,
  t: (key: 'site.editionName', vars: Record<string, string>) => string,
): string {
  return t('site.editionName', { title: meta.shortTitle[locale] });
}

/** The article's authors as schema.org persons. */
function authorsOf(meta: ArticleMetadata) {
  return meta.authors.map((author) => ({
    '@type': 'Person' as const,
    name: `${author.given} ${author.family}`,
    givenName: author.given,
    familyName: author.family,
    affiliation: affiliationsOf(meta, author).map((name) => ({ '@type': 'Organization' as const, name })),
    ...(author.corresponding && author.email ? { email: author.email } : {}),
  }));
}

/** What the article is part of: its issue and volume where it is in one, else the journal itself (ahead of print). */
function partOf(meta: ArticleMetadata) {
  const issue = meta.publication.issue;
  const periodical = {
    '@type': 'Periodical' as const,
    name: meta.journal.title,
    alternateName: meta.journal.abbreviation,
  };
  if (!issue) return periodical;
  const volume = issue.volume
    ? { '@type': 'PublicationVolume' as const, volumeNumber: issue.volume, isPartOf: periodical }
    : periodical;
  return {
    '@type': 'PublicationIssue' as const,
    ...(issue.number ? { issueNumber: issue.number } : {}),
    datePublished: isoDate(issue.date),
    isPartOf: volume,
  };
}

/** The English article as schema.org describes it: the version of record, named by its DOI. */
function englishWork(
  meta: ArticleMetadata,
  references: Reference[],
  description: string,
): Exclude<MedicalScholarlyArticle, string> {
  const issue = meta.publication.issue;
  return {
    '@type': 'MedicalScholarlyArticle',
    '@id': doiUrl(meta.doi),
    headline: meta.title.en,
    name: meta.title.en,
    description,
    inLanguage: 'en',
    author: authorsOf(meta),
    ...(meta.history.received ? { dateCreated: dayOf(meta.history.received) } : {}),
    datePublished: dayOf(meta.publication.online),
    keywords: meta.keywords.en.join(', '),
    isPartOf: partOf(meta),
    ...(issue?.firstPage ? { pageStart: issue.firstPage } : {}),
    ...(issue?.lastPage ? { pageEnd: issue.lastPage } : {}),
    ...(issue?.articleNumber ? { pagination: issue.articleNumber } : {}),
    publisher: { '@type': 'Organization', name: meta.journal.publisher },
    copyrightNotice: meta.copyright.en,
    identifier: identifiers(meta).map(({ kind, value }) => ({
      '@type': 'PropertyValue' as const,
      propertyID: kind.toUpperCase(),
      value,
    })),
    sameAs: identifiers(meta).map(({ url }) => url),
    about: { '@type': 'MedicalCondition', name: meta.about.condition },
    mentions: meta.about.drugs.map((name) => ({ '@type': 'Drug', name })),
    // Each reference by its title, year, journal and DOI; its authors are in the citation_reference tags beside this
    // (listing them twice cost the landing page 150 bytes of gzip, its first response over one round trip).
    citation: references.map(citedWork),
  };
}

/**
 * The schema.org description of a landing page. The English page is the article (the DOI is its `@id`), with the
 * Spanish page as its `workTranslation`. The Spanish page is not the journal's Spanish edition: apart from the
 * authors' abstract it is this site's translation, so it is described as a translation (`translationOfWork`) of the
 * English article (named by its @id, the DOI, and its title), and carries neither the DOI nor the journal as its own.
 */
export function articleJsonLd(input: {
  meta: ArticleMetadata;
  references: Reference[];
  locale: Locale;
  /** The page's absolute URL, and its other-language page's: unknown to a build without a site URL. */
  url: string | undefined;
  otherUrl: string | undefined;
  /** The page's description, and the English page's. */
  description: string;
  englishDescription: string;
}): WithContext<MedicalScholarlyArticle> {
  const { meta, references, locale, url, otherUrl, description, englishDescription } = input;
  if (locale === 'en')
    return {
      '@context': 'https://schema.org',
      ...englishWork(meta, references, englishDescription),
      ...(url ? { url } : {}),
      workTranslation: {
        '@type': 'MedicalScholarlyArticle',
        ...(otherUrl ? { url: otherUrl } : {}),
        inLanguage: 'es',
        name: meta.title.es,
      },
    };
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalScholarlyArticle',
    ...(url ? { url } : {}),
    headline: meta.title.es,
    name: meta.title.es,
    description,
    inLanguage: 'es',
    author: authorsOf(meta),
    keywords: meta.keywords.es.join(', '),
    // The English article by its @id (the DOI): the English landing page describes it in full, and this page's COinS
    // carries its record. A second full copy here cost 1.3 KB of gzip, which put this page's first response (with
    // the COinS) past one round trip.
    translationOfWork: {
      '@type': 'MedicalScholarlyArticle',
      '@id': doiUrl(meta.doi),
      name: meta.title.en,
      inLanguage: 'en',
      ...(otherUrl ? { url: otherUrl } : {}),
    },
  };
}
