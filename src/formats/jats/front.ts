/** The JATS file's front matter: the journal, the article's record, its contributors and dates, the translation's. */
import type { Element } from 'xast';
import { x } from 'xastscript';
import type { Locale } from '../../i18n/locales.ts';
import { correspondingAuthors, identifiers, isoDate, printedName } from '../../model/record.ts';
import type { ArticleMetadata } from '../../model/schemas.ts';
import type { Converted } from './body.ts';
import type { JatsStrings } from './strings.ts';

/** The language of the `<article>`, the English text this site reproduces; the Spanish is its translation. */
export const ARTICLE_LANGUAGE: Locale = 'en';

const pad = (n: number) => String(n).padStart(2, '0');

/** A JATS date (`<date>` or `<pub-date>`), day, month and year from a UTC date. */
function date(name: 'date' | 'pub-date', attributes: Record<string, string>, value: Date): Element {
  const [y, m, d] = [value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate()];
  return x(name, { ...attributes, 'iso-8601-date': `${y}-${pad(m)}-${pad(d)}` }, [
    x('day', pad(d)),
    x('month', pad(m)),
    x('year', String(y)),
  ]);
}

const affId = (key: string) => `aff-${key}`;

/** The history the journal prints (received, accepted), or nothing when it prints none. */
function history(meta: ArticleMetadata): Element | undefined {
  const dates = (['received', 'accepted'] as const).flatMap((type) => {
    const value = meta.history[type];
    return value ? [date('date', { 'date-type': type }, value)] : [];
  });
  return dates.length ? x('history', dates) : undefined;
}

/**
 * An affiliation in its parts, with the punctuation the article prints between them: the department
 * (`<institution content-type="dept">`) and the institution, `<city>`, `<country country="ES">`, in English, the
 * article's language. The institutions stand in `<aff>` itself, not in an `<institution-wrap>`: JATS4R's rules look
 * for `<institution>` there, and a wrap (which pairs an institution with its identifier, none here) may hold no
 * punctuation. Written on one line: `<aff>` holds text, which indentation would change.
 */
function affiliation(aff: ArticleMetadata['affiliations'][number]): Element {
  const lang = ARTICLE_LANGUAGE;
  return x('aff', { id: affId(aff.key) }, [
    x('label', aff.key),
    ...(aff.department ? [x('institution', { 'content-type': 'dept' }, aff.department[lang]), ', '] : []),
    x('institution', aff.institution[lang]),
    ', ',
    x('city', aff.city[lang]),
    ', ',
    x('country', { country: aff.country.code }, aff.country[lang]),
  ]);
}

function contributors(meta: ArticleMetadata): Element {
  // Each corresponding author points at the note of their own (cor-1, cor-2…).
  const corresp = new Map<object, string>(correspondingAuthors(meta).map((a, i) => [a, `cor-${i + 1}`]));
  return x('contrib-group', [
    ...meta.authors.map((author) =>
      x(
        'contrib',
        {
          'contrib-type': 'author',
          corresp: author.corresponding ? 'yes' : undefined,
          'equal-contrib': author.equalContribution ? 'yes' : undefined,
        },
        [
          x('name', [x('surname', author.family), x('given-names', { initials: author.initials }, author.given)]),
          ...author.affiliations.map((key) => x('xref', { 'ref-type': 'aff', rid: affId(key) }, key)),
          corresp.has(author) ? x('xref', { 'ref-type': 'corresp', rid: corresp.get(author) }, '*') : undefined,
          author.equalContribution ? x('xref', { 'ref-type': 'fn', rid: 'fn-equal' }) : undefined,
        ],
      ),
    ),
    ...meta.affiliations.map(affiliation),
  ]);
}

function abstractOf(
  name: 'abstract' | 'trans-abstract',
  converted: Converted,
  attributes: Record<string, string> = {},
): Element | undefined {
  if (!converted.abstract) return undefined;
  return x(name, attributes, [x('title', converted.abstract.title), ...converted.abstract.content]);
}

/** A language's keywords; `xml:lang` only where it differs from the article's (JATS4R: else it is redundant). */
const keywords = (meta: ArticleMetadata, locale: Locale) =>
  x(
    'kwd-group',
    { 'kwd-group-type': 'author', 'xml:lang': locale === ARTICLE_LANGUAGE ? undefined : locale },
    meta.keywords[locale].map((k) => x('kwd', k)),
  );

/**
 * The copyright line of one language, with its year and holder apart, as JATS4R asks (the holder as that line names
 * it: JATS4R warns when a statement does not contain its holder).
 */
const permissions = (meta: ArticleMetadata, locale: Locale) =>
  x('permissions', [
    x('copyright-statement', meta.copyright[locale]),
    x('copyright-year', String(meta.copyright.year)),
    x('copyright-holder', meta.copyright.holder[locale]),
  ]);

/** The journal's ISSNs, only those its record gives: none is ever made up (PMC asks for one; the sources give none). */
const issns = (journal: ArticleMetadata['journal']) => [
  journal.issn?.print ? x('issn', { 'publication-format': 'print' }, journal.issn.print) : undefined,
  journal.issn?.electronic ? x('issn', { 'publication-format': 'electronic' }, journal.issn.electronic) : undefined,
];

/** The journal: its NLM abbreviation, title, ISSNs where the record has them, publisher. */
export const journalMeta = (meta: ArticleMetadata): Element =>
  x('journal-meta', [
    x('journal-id', { 'journal-id-type': 'nlm-ta' }, meta.journal.abbreviation),
    x('journal-title-group', [
      x('journal-title', meta.journal.title),
      x('abbrev-journal-title', { 'abbrev-type': 'nlm-ta' }, meta.journal.abbreviation),
    ]),
    ...issns(meta.journal),
    x('publisher', [x('publisher-name', meta.journal.publisher)]),
  ]);

/**
 * The issue the article appeared in, as JATS4R's publication dates recommend: a `collection` date beside the
 * article's own `pub` date, then its volume, number and pages or article number, each only where it exists. Ahead of
 * print there is no issue, and nothing of one is written.
 */
function issue(meta: ArticleMetadata): Element[] {
  const issue = meta.publication.issue;
  if (!issue) return [];
  const { year, month, day } = issue.date;
  return [
    x('pub-date', { 'date-type': 'collection', 'iso-8601-date': isoDate(issue.date) }, [
      day ? x('day', pad(day)) : undefined,
      month ? x('month', pad(month)) : undefined,
      x('year', String(year)),
    ]),
    issue.volume ? x('volume', issue.volume) : undefined,
    issue.number ? x('issue', issue.number) : undefined,
    issue.firstPage ? x('fpage', issue.firstPage) : undefined,
    issue.lastPage ? x('lpage', issue.lastPage) : undefined,
    issue.articleNumber ? x('elocation-id', issue.articleNumber) : undefined,
  ].filter((el): el is Element => el !== undefined);
}

/** Each corresponding author's note: the label, the printed name and the e-mail. */
const correspondence = (meta: ArticleMetadata, strings: JatsStrings) =>
  correspondingAuthors(meta).map((author, i) =>
    x('corresp', { id: `cor-${i + 1}` }, [
      x('label', '*'),
      `${strings.corresponding}: ${printedName(author)}, `,
      x('email', author.email),
    ]),
  );

/** The article's own record: identifiers, heading, titles, contributors, notes, dates, permissions, abstracts. */
export function articleMeta(meta: ArticleMetadata, en: Converted, es: Converted, strings: JatsStrings): Element {
  const authors = new Set(meta.authorsSpanish);
  return x('article-meta', [
    ...identifiers(meta).map(({ kind, value }) => x('article-id', { 'pub-id-type': kind }, value)),
    x('article-categories', [x('subj-group', { 'subj-group-type': 'heading' }, [x('subject', meta.articleType.en)])]),
    x('title-group', [
      x('article-title', meta.title.en),
      // Only what the authors wrote in Spanish (`authorsSpanish`) belongs to the article's own front.
      authors.has('title')
        ? x('trans-title-group', { 'xml:lang': 'es' }, [x('trans-title', meta.title.es)])
        : undefined,
    ]),
    contributors(meta),
    x('author-notes', [
      ...correspondence(meta, strings),
      meta.equalContributionNote
        ? x('fn', { 'fn-type': 'equal', id: 'fn-equal' }, [x('p', meta.equalContributionNote.en)])
        : undefined,
      ...en.coi,
    ]),
    date('pub-date', { 'publication-format': 'electronic', 'date-type': 'pub' }, meta.publication.online),
    ...issue(meta),
    history(meta),
    permissions(meta, 'en'),
    abstractOf('abstract', en),
    // The authors' own Spanish abstract, as published with the article.
    authors.has('abstract') ? abstractOf('trans-abstract', es, { 'xml:lang': 'es' }) : undefined,
    keywords(meta, 'en'),
    authors.has('keywords') ? keywords(meta, 'es') : undefined,
  ]);
}

/** The translation's front: its heading and title, its translator (this edition) with the statement, its notes. */
export function translationFront(meta: ArticleMetadata, es: Converted, strings: JatsStrings, prefix: string): Element {
  return x('front-stub', [
    x('article-categories', [x('subj-group', { 'subj-group-type': 'heading' }, [x('subject', meta.articleType.es)])]),
    x('title-group', [x('article-title', meta.title.es)]),
    // Who translated it: this edition, whose note (the statement of provenance) says which parts are the authors'.
    x('contrib-group', [
      x('contrib', { 'contrib-type': 'translator' }, [
        x('collab', strings.translator),
        x('xref', { 'ref-type': 'fn', rid: `${prefix}fn-translation` }),
      ]),
    ]),
    x('author-notes', [
      x('fn', { 'fn-type': 'other', id: `${prefix}fn-translation` }, [x('p', strings.translation)]),
      ...es.coi,
    ]),
    // The Spanish copyright line, as the Spanish pages print it.
    permissions(meta, 'es'),
    abstractOf('abstract', es),
    keywords(meta, 'es'),
  ]);
}
