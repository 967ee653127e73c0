import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ARTICLE_SECTIONS as SECTION_IDS } from '../article-pages.ts';
import { source } from '../source.ts';
import { sectionText } from './helpers.ts';

describe('the Spanish translation', () => {
  // Each block's numbers and untranslated names are the English block's, in order: the build checks them
  // (src/model/checks/content.ts; tests/unit/content-checks.test.ts).
  it('keeps the authors’ Spanish abstract verbatim', () => {
    const text = sectionText('es', 'abstract').replace(/\s+/g, ' ');
    for (const paragraph of source.resumen) assert.ok(text.includes(paragraph), paragraph.slice(0, 60));
  });
  it('uses the field’s Spanish terms', () => {
    const all = SECTION_IDS.map((s) => sectionText('es', s)).join(' ');
    for (const term of [
      'tormenta de citoquinas',
      'linfohistiocitosis hemofagocítica',
      'síndrome de activación macrofágica',
      'EPOC',
      'cirrosis hepática',
    ])
      assert.ok(all.includes(term), term);
  });
});
