import type { Locale } from '../i18n/locales.ts';

/** A file's size as a reader reads it, in the locale: "133 kB", "1.2 MB" ("1,2 MB" in Spanish). */
export function formatFileSize(bytes: number, locale: Locale): string {
  const [value, unit] = bytes >= 1e6 ? [bytes / 1e6, 'megabyte'] : [Math.max(bytes / 1e3, 1), 'kilobyte'];
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit,
    maximumFractionDigits: unit === 'megabyte' ? 1 : 0,
  }).format(value);
}
