import { interpolate } from './interpolate.ts';
import type { Locale } from './locales.ts';
import { en, type UiKey } from './en.ts';
import { es } from './es.ts';

export type { UiKey };
const strings: Record<Locale, Record<UiKey, string>> = { en, es };

/**
 * A translator for one locale: `t('search.results', { count: 3, query })` fills `{count}` and `{query}`. Pages and
 * components get the page's own from `Astro.locals.t` (src/middleware.ts); call this only for another locale.
 */
export function useTranslations(locale: Locale): Translator {
  return (key, vars = {}) => interpolate(strings[locale][key], vars);
}

/** Translates a UI string, filling its `{name}` placeholders. */
export type Translator = (key: UiKey, vars?: Record<string, string | number>) => string;
