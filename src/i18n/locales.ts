/** The site's locales. English, the text this site reproduces, is the default (served at the root). */
export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** Facts about each locale that markup and metadata need. */
export const LOCALE_INFO: Record<Locale, { lang: string; ogLocale: string; name: string; tag: string }> = {
  // `tag`: the language and region that dates and lists are written in (the article's English is British: "28 April 2020").
  en: { lang: 'en', ogLocale: 'en_GB', name: 'English', tag: 'en-GB' },
  es: { lang: 'es', ogLocale: 'es_ES', name: 'Español', tag: 'es-ES' },
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The locale that is not `locale` (there are exactly two). */
export function otherLocale(locale: Locale): Locale {
  return locale === 'en' ? 'es' : 'en';
}
