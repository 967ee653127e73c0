/**
 * What the translation notice says about whose the Spanish is, from the metadata's `authorsSpanish` (the parts the
 * authors wrote themselves): the UI strings hold the sentences, the parts come in as data, so an article whose
 * Spanish is wholly this site's translation is never said to have the authors' abstract.
 */
import { LOCALE_INFO, type Locale } from './locales.ts';
import type { SpanishPart } from './schemas.ts';

/** The UI strings (src/i18n) the notice is made of. */
export type ProvenanceKey =
  | `notice.${'authors' | 'authorsOne' | 'rest' | 'whole' | 'short' | 'shortWhole'}`
  | `provenance.${SpanishPart}`
  | `provenance.short.${SpanishPart}`;
type Strings = (key: ProvenanceKey, vars?: Record<string, string | number>) => string;

// A part alone takes the singular, but "keywords" is plural in both languages.
const plural = (parts: readonly SpanishPart[]) => parts.length > 1 || parts[0] === 'keywords';
const list = (locale: Locale, items: string[]) =>
  new Intl.ListFormat(LOCALE_INFO[locale].ogLocale.replace('_', '-'), { type: 'conjunction' }).format(items);
const capitalized = (text: string, locale: Locale) => text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);

/**
 * The full statement, without its closing punctuation: which parts of the Spanish are the authors', and that the
 * rest (or the whole) is this site's translation of the English, the version of record.
 */
export function translationStatement(parts: readonly SpanishPart[], locale: Locale, t: Strings): string {
  if (!parts.length) return t('notice.whole');
  const named = list(
    locale,
    parts.map((p) => t(`provenance.${p}`)),
  );
  const authors = capitalized(t(plural(parts) ? 'notice.authors' : 'notice.authorsOne', { parts: named }), locale);
  return `${authors} ${t('notice.rest')}`;
}

/** The short line the other Spanish pages carry ("Translated for this site, except the title, abstract and keywords."). */
export function shortTranslationNotice(parts: readonly SpanishPart[], locale: Locale, t: Strings): string {
  if (!parts.length) return t('notice.shortWhole');
  return t('notice.short', {
    parts: list(
      locale,
      parts.map((p) => t(`provenance.short.${p}`)),
    ),
  });
}
