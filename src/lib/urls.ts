import { DEFAULT_LOCALE, type Locale } from './locales.ts';
import type { PageSlug } from './sections.ts';

/** A page's path without the base: "/", "/clinical-case/", "/es/", "/es/parallel/discussion/". */
export function pagePath(locale: Locale, slug: PageSlug, options: { parallel?: boolean } = {}): string {
  const parts = [locale === DEFAULT_LOCALE ? '' : locale, options.parallel ? 'parallel' : '', slug].filter(Boolean);
  return parts.length ? `/${parts.join('/')}/` : '/';
}

/** Joins the site's base path and a root-relative path: ("/case-report/", "/es/") → "/case-report/es/". */
export function withBase(base: string, path: string): string {
  const head = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${head}${path.startsWith('/') ? path : `/${path}`}`;
}

/** The route a path (without base) stands for, or null for a path that is not a reading page. */
export function parsePagePath(path: string): { locale: Locale; slug: string; parallel: boolean } | null {
  const parts = path.split('/').filter(Boolean);
  const locale: Locale = parts[0] === 'es' ? 'es' : 'en';
  if (locale === 'es') parts.shift();
  const parallel = parts[0] === 'parallel';
  if (parallel) parts.shift();
  if (parts.length > 1) return null;
  return { locale, slug: parts[0] ?? '', parallel };
}
