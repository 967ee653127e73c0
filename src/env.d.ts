declare namespace App {
  interface Locals {
    /** The page's locale, from its URL (src/middleware.ts). */
    locale: import('./i18n/locales.ts').Locale;
    /** Translates a UI string into the page's locale. */
    t: import('./i18n/index.ts').Translator;
    /**
     * The page's route, computed once by the page before it renders (src/data/route.ts): the frame's links, titles,
     * contents and the article's metadata. Set by every HTML page ([...route].astro, 404.astro); endpoints have none.
     */
    route: import('./data/route.ts').SiteRoute;
  }
}
