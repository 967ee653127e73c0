import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SECTION_IDS } from '../../src/lib/sections.ts';
import { source } from '../source.ts';
import { sectionText } from './helpers.ts';

/** The distinct numbers of a text, decimal commas read as points ("8", "12", "2400", "0.5"). */
const numbers = (text: string) => new Set([...text.matchAll(/\d+(?:[.,]\d+)?/g)].map((m) => m[0].replace(',', '.')));

describe('the Spanish translation', () => {
  // The Spanish abstract is the authors' own text, kept verbatim (it does not repeat "2019"); the rest is ours.
  for (const section of SECTION_IDS.filter((s) => s !== 'abstract'))
    it(`of ${section} has every number, dose and time span of the English, and no other`, () => {
      assert.deepEqual(
        [...numbers(sectionText('es', section))].sort(),
        [...numbers(sectionText('en', section))].sort(),
      );
    });
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
