import { publicationYear } from '../model/record.ts';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../i18n/locales.ts';
import type { ArticleMetadata } from '../model/schemas.ts';
import type { PageSlug } from '../model/structure.ts';

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

/**
 * The locale of a URL path under the site's base: "/case-report/es/discussion/" with base "/case-report/" → "es".
 * Any path that is not under a locale's folder (the 404 page, the root) is the default locale's.
 */
export function localeOfPath(pathname: string, base: string): Locale {
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
  const first = rest.split('/').find(Boolean);
  return isLocale(first) ? first : DEFAULT_LOCALE;
}

/** A lab table as CSV (src/pages/[table].csv.ts): "/table-1.csv", named by the table's id. */
export const labCsvPath = (table: string) => `/${table}.csv`;
/** A lab table's chart panels in one language, one SVG file (src/pages/lab-chart-[chart].svg.ts). */
export const labChartPanelsPath = (table: string, locale: Locale) => `/lab-chart-${table}-${locale}.svg`;
/** A lab table's chart data and strings in one language, for its island (src/pages/lab-chart-[chart].json.ts). */
export const labChartDataPath = (table: string, locale: Locale) => `/lab-chart-${table}-${locale}.json`;
/** The citation previews of one language (src/pages/reference-previews-[locale].json.ts). */
export const referencePreviewsPath = (locale: Locale) => `/reference-previews-${locale}.json`;

/**
 * The article's PDF in one language (src/pages/[file].pdf.ts): named as a reader would file it, by first author and
 * year, "/figuero-perez-2021-en.pdf", so a saved copy says what it is. The name comes from the metadata alone.
 */
export function articlePdfPath(meta: Pick<ArticleMetadata, 'authors' | 'publication'>, locale: Locale): string {
  const family = (meta.authors[0]?.family ?? 'article')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `/${family}-${publicationYear(meta)}-${locale}.pdf`;
}
