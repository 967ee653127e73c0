/** Scholarly metadata for a page's head: Highwire Press tags (Google Scholar) and schema.org JSON-LD. */
import type { MedicalScholarlyArticle, WithContext } from 'schema-dts';
import type { Locale } from './locales.ts';
import type { ArticleMetadata, Reference } from './schemas.ts';
import { doiUrl, pmcUrl, pubmedUrl } from './references.ts';

const isoDate = (date: Date) => date.toISOString().slice(0, 10);
const slashDate = (date: Date) => isoDate(date).replaceAll('-', '/');

/** An author's affiliations, as names. */
export function affiliationsOf(meta: ArticleMetadata, author: ArticleMetadata['authors'][number]): string[] {
  return author.affiliations.map((key) => meta.affiliations.find((a) => a.key === key)?.name ?? key);
}

/** Highwire Press `citation_*` tags as [name, content] pairs, in the order Google Scholar documents. */
export function highwireTags(meta: ArticleMetadata, references: Reference[], locale: Locale): [string, string][] {
  const tags: [string, string][] = [['citation_title', meta.title[locale]]];
  for (const author of meta.authors) {
    tags.push(['citation_author', `${author.family}, ${author.given}`]);
    for (const name of affiliationsOf(meta, author)) tags.push(['citation_author_institution', name]);
    if (author.corresponding) tags.push(['citation_author_email', meta.correspondence.email]);
  }
  tags.push(
    ['citation_publication_date', meta.issueDate.replace('-', '/')],
    ['citation_online_date', slashDate(meta.history.availableOnline)],
    ['citation_journal_title', meta.journal.title],
    ['citation_journal_abbrev', meta.journal.abbreviation],
    ['citation_publisher', meta.journal.publisher],
    ['citation_volume', meta.volume],
    ['citation_issue', meta.issue],
    ['citation_firstpage', meta.firstPage],
    ['citation_lastpage', meta.lastPage],
    ['citation_doi', meta.doi],
    ['citation_pmid', meta.pmid],
    ['citation_language', locale],
    ['citation_keywords', meta.keywords[locale].join('; ')],
  );
  for (const ref of references) {
    const parts = [
      `citation_title=${ref.title}`,
      ...ref.authors.map((a) => `citation_author=${a}`),
      `citation_journal_title=${ref.journal}`,
      `citation_publication_date=${ref.year}`,
      ...(ref.volume ? [`citation_volume=${ref.volume}`] : []),
      ...(ref.pages ? [`citation_firstpage=${ref.pages.split('–')[0]}`] : []),
      ...(ref.doi ? [`citation_doi=${ref.doi}`] : []),
    ];
    tags.push(['citation_reference', parts.join('; ')]);
  }
  return tags;
}

/** The schema.org description of the article as read on one page (`url`), linked to its other-language edition. */
export function articleJsonLd(input: {
  meta: ArticleMetadata;
  references: Reference[];
  locale: Locale;
  /** The page's absolute URL, and its other-language edition's: unknown to a build without a site URL. */
  url: string | undefined;
  otherUrl: string | undefined;
  description: string;
}): WithContext<MedicalScholarlyArticle> {
  const { meta, references, locale, url, otherUrl, description } = input;
  const other: Locale = locale === 'en' ? 'es' : 'en';
  const edition = {
    '@type': 'MedicalScholarlyArticle',
    ...(otherUrl ? { url: otherUrl } : {}),
    inLanguage: other,
    name: meta.title[other],
  } as const;
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalScholarlyArticle',
    '@id': doiUrl(meta.doi),
    ...(url ? { url } : {}),
    headline: meta.title[locale],
    name: meta.title[locale],
    description,
    inLanguage: locale,
    author: meta.authors.map((author) => ({
      '@type': 'Person',
      name: `${author.given} ${author.family}`,
      givenName: author.given,
      familyName: author.family,
      affiliation: affiliationsOf(meta, author).map((name) => ({ '@type': 'Organization', name })),
      ...(author.corresponding ? { email: meta.correspondence.email } : {}),
    })),
    dateCreated: isoDate(meta.history.received),
    datePublished: isoDate(meta.history.availableOnline),
    keywords: meta.keywords[locale].join(', '),
    isPartOf: {
      '@type': 'PublicationIssue',
      issueNumber: meta.issue,
      datePublished: meta.issueDate,
      isPartOf: {
        '@type': 'PublicationVolume',
        volumeNumber: meta.volume,
        isPartOf: { '@type': 'Periodical', name: meta.journal.title, alternateName: meta.journal.abbreviation },
      },
    },
    pageStart: meta.firstPage,
    pageEnd: meta.lastPage,
    publisher: { '@type': 'Organization', name: meta.journal.publisher },
    copyrightNotice: meta.copyright[locale],
    identifier: [
      { '@type': 'PropertyValue', propertyID: 'DOI', value: meta.doi },
      { '@type': 'PropertyValue', propertyID: 'PMID', value: meta.pmid },
      { '@type': 'PropertyValue', propertyID: 'PMCID', value: meta.pmcid },
    ],
    sameAs: [doiUrl(meta.doi), pubmedUrl(meta.pmid), pmcUrl(meta.pmcid)],
    about: { '@type': 'MedicalCondition', name: meta.about.condition },
    mentions: meta.about.drugs.map((name) => ({ '@type': 'Drug', name })),
    citation: references.map((ref) => ({
      '@type': 'ScholarlyArticle',
      name: ref.title,
      author: ref.authors.map((name) => ({ '@type': 'Person', name })),
      datePublished: String(ref.year),
      isPartOf: { '@type': 'Periodical', name: ref.journal },
      ...(ref.doi ? { sameAs: doiUrl(ref.doi) } : {}),
    })),
    ...(locale === 'en' ? { workTranslation: edition } : { translationOfWork: edition }),
  };
}
