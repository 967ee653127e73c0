declare namespace App {
  interface Locals {
    /** The page's locale, from its URL (src/middleware.ts). */
    locale: import('./lib/locales.ts').Locale;
    /** Translates a UI string into the page's locale. */
    t: ReturnType<typeof import('./i18n/index.ts').useTranslations>;
  }
}
