/**
 * Gives every page its locale and translator: `Astro.locals.locale` and `Astro.locals.t`. So a component that only
 * translates takes no `locale` prop (as Starlight's locals.ts does). The locale is Astro's own, from its i18n routing
 * (astro.config.mjs, fed by src/i18n/locales.ts): any path outside a locale's folder, 404 included, is the default's.
 * The page's route (`Astro.locals.route`) is set by the page itself, from its props (src/data/route.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { useTranslations } from './i18n/index.ts';
import { DEFAULT_LOCALE, isLocale } from './i18n/locales.ts';

export const onRequest = defineMiddleware((context, next) => {
  const locale = isLocale(context.currentLocale) ? context.currentLocale : DEFAULT_LOCALE;
  context.locals.locale = locale;
  context.locals.t = useTranslations(locale);
  return next();
});
