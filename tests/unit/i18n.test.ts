import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { en } from '../../src/i18n/en.ts';
import { es } from '../../src/i18n/es.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { englishWordsIn } from '../output/english.ts';

/**
 * Spanish strings that are rightly the English ones, reviewed one by one: words Spanish writes alike. Any other
 * Spanish string equal to its English is a string left untranslated.
 */
const WRITTEN_ALIKE = new Set(['et al.', 'DOI', 'PDF', 'PubMed', 'CSV', 'JATS XML']);

describe('UI strings', () => {
  it('have the same keys in Spanish as in English, none empty', () => {
    assert.deepEqual(Object.keys(es).sort(), Object.keys(en).sort());
    for (const [key, value] of [...Object.entries(en), ...Object.entries(es)]) assert.ok(value.trim(), key);
  });
  it('are translated: no Spanish string equals its English, but for words written alike in both', () => {
    const untranslated = (Object.keys(en) as (keyof typeof en)[])
      .filter((key) => es[key] === en[key] && !WRITTEN_ALIKE.has(es[key]))
      .map((key) => `src/i18n/es.ts: '${key}' is still the English "${en[key]}"`);
    assert.deepEqual(untranslated, []);
  });
  it('hold no English word in a Spanish string', () => {
    const english = (Object.keys(es) as (keyof typeof es)[]).flatMap((key) => {
      const words = englishWordsIn(es[key].replace(/\{\w+\}/g, ''));
      return words.length ? [`src/i18n/es.ts: '${key}' holds English (${words.join(', ')}): "${es[key]}"`] : [];
    });
    assert.deepEqual(english, []);
  });
  it('use the same placeholders in both languages', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) assert.deepEqual(names(es[key]), names(en[key]), key);
  });
});

describe('useTranslations', () => {
  it('fills placeholders', () => {
    assert.equal(useTranslations('es')('search.results', { count: 3, query: 'IL-6' }), '3 resultados para «IL-6».');
  });
});
