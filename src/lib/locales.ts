/** The site's locales. English is the version of record and the default (served at the root). */
export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** Facts about each locale that markup and metadata need. */
export const LOCALE_INFO: Record<Locale, { lang: string; ogLocale: string; name: string }> = {
  en: { lang: 'en', ogLocale: 'en_GB', name: 'English' },
  es: { lang: 'es', ogLocale: 'es_ES', name: 'Español' },
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The locale that is not `locale` (there are exactly two). */
export function otherLocale(locale: Locale): Locale {
  return locale === 'en' ? 'es' : 'en';
}
