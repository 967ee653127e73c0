/**
 * Gives every page its locale and translator, from its URL: `Astro.locals.locale` and `Astro.locals.t`. So a
 * component that only translates takes no `locale` prop (as Starlight's locals.ts does).
 */
import { defineMiddleware } from 'astro:middleware';
import { useTranslations } from './i18n/index.ts';
import { localeOfPath } from './lib/urls.ts';

export const onRequest = defineMiddleware((context, next) => {
  const locale = localeOfPath(context.url.pathname, import.meta.env.BASE_URL);
  context.locals.locale = locale;
  context.locals.t = useTranslations(locale);
  return next();
});
