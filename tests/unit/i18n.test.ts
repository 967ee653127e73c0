import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { en } from '../../src/i18n/en.ts';
import { es } from '../../src/i18n/es.ts';
import { useTranslations } from '../../src/i18n/index.ts';

describe('UI strings', () => {
  it('have the same keys in Spanish as in English, none empty', () => {
    assert.deepEqual(Object.keys(es).sort(), Object.keys(en).sort());
    for (const [key, value] of [...Object.entries(en), ...Object.entries(es)]) assert.ok(value.trim(), key);
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
