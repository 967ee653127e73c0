/**
 * What the edition says about whose text it is, from the metadata: `authorsSpanish` (the parts of the Spanish the
 * authors wrote) and `original` (the journal's original in another language, when the English reproduced here is
 * its edition). The UI strings hold the sentences and the facts come in as data, so an article whose Spanish is
 * wholly this site's translation is never said to have the authors' abstract, and one published first in English is
 * never said to have an original elsewhere.
 */
import { LOCALE_INFO, type Locale } from '../i18n/locales.ts';
import type { ArticleMetadata, SpanishPart } from './schemas.ts';

/** The UI strings (src/i18n) the statements are made of. */
export type ProvenanceKey =
  | `notice.${'authors' | 'authorsOne' | 'rest' | 'whole' | 'short' | 'shortWhole' | 'original'}`
  | `provenance.${SpanishPart}`
  | `provenance.short.${SpanishPart}`
  | `provenance.source.${'edition' | 'article'}`;
type Strings = (key: ProvenanceKey, vars?: Record<string, string | number>) => string;

/** The facts of the metadata the statements read. */
export interface Provenance {
  authorsSpanish: readonly SpanishPart[];
  original?: ArticleMetadata['original'];
}

const bcp47 = (locale: Locale) => LOCALE_INFO[locale].tag;
// A part alone takes the singular, but "keywords" is plural in both languages.
const plural = (parts: readonly SpanishPart[]) => parts.length > 1 || parts[0] === 'keywords';
const list = (locale: Locale, items: string[]) =>
  new Intl.ListFormat(bcp47(locale), { type: 'conjunction' }).format(items);
const capitalized = (text: string, locale: Locale) => text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);

/** A language's name in the page's language ("Spanish", «español»). */
export function languageName(code: string, locale: Locale): string {
  return new Intl.DisplayNames([bcp47(locale)], { type: 'language' }).of(code) ?? code;
}

/** What this site reproduces, as a phrase: the journal's English edition, or the article as published in English. */
export function reproducedSource(provenance: Provenance, t: Strings): string {
  return t(provenance.original ? 'provenance.source.edition' : 'provenance.source.article');
}

/**
 * Which parts of the Spanish are the authors', and that the rest (or the whole) is this site's translation of the
 * English it reproduces: one or two sentences, each ending in a full stop.
 */
export function translationStatement(provenance: Provenance, locale: Locale, t: Strings): string {
  const parts = provenance.authorsSpanish;
  const source = reproducedSource(provenance, t);
  if (!parts.length) return t('notice.whole', { source });
  const named = list(
    locale,
    parts.map((p) => t(`provenance.${p}`)),
  );
  const authors = capitalized(t(plural(parts) ? 'notice.authors' : 'notice.authorsOne', { parts: named }), locale);
  return `${authors} ${t('notice.rest', { source })}`;
}

/** That the journal published the article first in another language, which is not reproduced here; '' if not. */
export function originalStatement(provenance: Provenance, locale: Locale, t: Strings): string {
  const original = provenance.original;
  if (!original) return '';
  return t('notice.original', { language: languageName(original.language, locale), citation: original.citation });
}

/** The whole statement of provenance: the translation's, then the original's. */
export function provenanceStatement(provenance: Provenance, locale: Locale, t: Strings): string {
  return [translationStatement(provenance, locale, t), originalStatement(provenance, locale, t)]
    .filter(Boolean)
    .join(' ');
}

/** The short line the other Spanish pages carry («Traducción propia de este sitio, salvo el título, …»). */
export function shortTranslationNotice(parts: readonly SpanishPart[], locale: Locale, t: Strings): string {
  if (!parts.length) return t('notice.shortWhole');
  return t('notice.short', {
    parts: list(
      locale,
      parts.map((p) => t(`provenance.short.${p}`)),
    ),
  });
}

/** The "How to cite" strings a format shows, in the page's language (the pages and the PDF alike). */
export interface CiteLabels {
  /** What to cite: the English this site reproduces. */
  intro: string;
  /** The journal's original in another language (or the English edition's note on it), its label and language. */
  original: { label: string; text: string; lang: string } | null;
}

type CiteKey = 'cite.intro' | 'cite.introEdition' | 'cite.original' | 'cite.originalNote';

/**
 * What "How to cite" says: cite the English this site reproduces; then, where the journal published the article
 * first in another language, that original: the English pages give the English edition's own note on it, verbatim,
 * where it prints one; else, and on the Spanish pages, the original's reference. Nothing more for an article
 * published first in English.
 */
export function citeLabels(
  meta: Provenance,
  locale: Locale,
  t: (key: CiteKey, vars?: Record<string, string | number>) => string,
): CiteLabels {
  const original = meta.original;
  if (!original) return { intro: t('cite.intro'), original: null };
  const language = languageName(original.language, locale);
  return {
    intro: t('cite.introEdition'),
    original:
      locale === 'en' && original.note
        ? { label: t('cite.originalNote', { language }), text: original.note, lang: 'en' }
        : { label: t('cite.original', { language }), text: original.reference, lang: original.language },
  };
}

type ColophonKey = 'footer.source' | 'footer.sourceText' | 'footer.additions' | ProvenanceKey;

/**
 * The colophon: where the text comes from, whose the Spanish is, that the original is not reproduced, and what this
 * edition added (`hasLabTables`: the lab chart, its lists and the tables' flags are drawn by this edition).
 */
export function colophon(
  meta: Provenance,
  locale: Locale,
  t: (key: ColophonKey, vars?: Record<string, string | number>) => string,
  hasLabTables: boolean,
): string {
  return [
    t(hasLabTables ? 'footer.source' : 'footer.sourceText', { source: reproducedSource(meta, t) }),
    locale === 'en' ? '' : shortTranslationNotice(meta.authorsSpanish, locale, t),
    originalStatement(meta, locale, t),
    hasLabTables ? t('footer.additions') : '',
  ]
    .filter(Boolean)
    .join(' ');
}
