import type { Locale } from '../lib/locales.ts';
import { en, type UiKey } from './en.ts';
import { es } from './es.ts';

export type { UiKey };
const strings: Record<Locale, Record<UiKey, string>> = { en, es };

/** A translator for one locale: `t('search.results', { count: 3, query })` fills `{count}` and `{query}`. */
export function useTranslations(locale: Locale) {
  return (key: UiKey, vars: Record<string, string | number> = {}): string =>
    strings[locale][key].replace(/\{(\w+)\}/g, (match, name: string) => String(vars[name] ?? match));
}
export type Translate = ReturnType<typeof useTranslations>;
