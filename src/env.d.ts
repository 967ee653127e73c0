declare namespace App {
  interface Locals {
    /** The page's locale, from its URL (src/middleware.ts). */
    locale: import('./lib/locales.ts').Locale;
    /** Translates a UI string into the page's locale. */
    t: import('./i18n/index.ts').Translator;
  }
}
