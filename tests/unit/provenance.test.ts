import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useTranslations } from '../../src/i18n/index.ts';
import {
  citeLabels,
  colophon,
  originalStatement,
  provenanceStatement,
  shortTranslationNotice,
  translationStatement,
} from '../../src/model/provenance.ts';

const en = useTranslations('en');
const es = useTranslations('es');
const ALL = ['title', 'abstract', 'keywords'] as const;
const original = {
  language: 'es',
  citation: 'Reumatol Clin. 2021;17:559–561',
  reference: 'Autor A. Título. Reumatol Clin. 2021;17:559–561.',
  note: 'Please cite this article as: Autor A. Título. Reumatol Clin. 2021;17:559–561.',
};

describe('translationStatement', () => {
  it('names the authors’ parts, and calls the rest this site’s translation of the journal’s English edition', () => {
    assert.equal(
      translationStatement({ authorsSpanish: ALL, original }, 'es', es),
      'El título, el resumen y las palabras clave en español son los publicados por los autores. El resto del texto ' +
        'en español es traducción propia de este sitio a partir de la edición en inglés de la revista.',
    );
    assert.equal(
      translationStatement({ authorsSpanish: ALL, original }, 'en', en),
      'The Spanish title, abstract and keywords are the authors’ own, as published. The rest of the Spanish text is ' +
        'this site’s own translation of the journal’s English edition.',
    );
  });
  it('never calls the English an edition when the journal published no original in another language', () => {
    const statement = translationStatement({ authorsSpanish: [], original: undefined }, 'es', es);
    assert.match(statement, /^Todo el texto en español es traducción propia de este sitio/);
    assert.doesNotMatch(statement, /edición|autores/);
  });
  it('takes the singular for one part', () => {
    assert.match(
      translationStatement({ authorsSpanish: ['abstract'] }, 'en', en),
      /^The Spanish abstract is the authors’ own/,
    );
    assert.match(
      translationStatement({ authorsSpanish: ['abstract'] }, 'es', es),
      /^El resumen en español es el publicado/,
    );
  });
  it('never calls the English text the original or the version of record', () => {
    for (const [locale, t] of [
      ['en', en],
      ['es', es],
    ] as const) {
      const statement = provenanceStatement({ authorsSpanish: ALL, original }, locale, t);
      assert.doesNotMatch(statement, /version of record|versión de referencia|original, en inglés|original in English/);
    }
  });
});

describe('originalStatement', () => {
  it('names the Spanish original, says it came first and that its full text is not reproduced', () => {
    assert.equal(
      originalStatement({ authorsSpanish: ALL, original }, 'es', es),
      'La revista publicó el artículo primero en español (Reumatol Clin. 2021;17:559–561); el texto completo de ese ' +
        'original no se reproduce aquí.',
    );
    assert.match(originalStatement({ authorsSpanish: ALL, original }, 'en', en), /first in Spanish \(Reumatol Clin\./);
  });
  it('says nothing when there is no original', () => {
    assert.equal(originalStatement({ authorsSpanish: ALL }, 'en', en), '');
  });
});

describe('shortTranslationNotice', () => {
  it('says the translation is this site’s own, except the parts named with their articles', () => {
    assert.equal(
      shortTranslationNotice(ALL, 'es', es),
      'Traducción propia de este sitio, salvo el título, el resumen y las palabras clave.',
    );
  });
  it('claims no exception when the authors wrote none', () => {
    assert.equal(shortTranslationNotice([], 'es', es), 'Todo el texto en español es traducción propia de este sitio.');
  });
});

describe('citeLabels', () => {
  it('asks Spanish readers to cite the English edition, and gives the Spanish original as such', () => {
    const labels = citeLabels({ authorsSpanish: ALL, original }, 'es', es);
    assert.equal(
      labels.intro,
      'Cite la edición en inglés de la revista, de la que procede esta traducción (Vancouver):',
    );
    assert.match(labels.original?.label ?? '', /^Original en español publicado por la revista/);
    assert.equal(labels.original?.text, original.reference);
    assert.equal(labels.original?.lang, 'es');
    assert.doesNotMatch(labels.original?.label ?? '', /edición española/);
  });
  it('gives English readers the English edition’s own note, verbatim, saying the article came first in Spanish', () => {
    const labels = citeLabels({ authorsSpanish: ALL, original }, 'en', en);
    assert.match(labels.original?.label ?? '', /first in Spanish/);
    assert.equal(labels.original?.text, original.note);
  });
  it('gives the original’s reference to English readers too when the English edition prints no note', () => {
    const without = { language: original.language, citation: original.citation, reference: original.reference };
    const labels = citeLabels({ authorsSpanish: ALL, original: without }, 'en', en);
    assert.match(labels.original?.label ?? '', /^The journal’s original, in Spanish/);
    assert.equal(labels.original?.text, original.reference);
  });
  it('without an original, cites the article and says nothing of another one', () => {
    const labels = citeLabels({ authorsSpanish: [] }, 'es', es);
    assert.doesNotMatch(labels.intro, /edición/);
    assert.equal(labels.original, null);
  });
});

describe('colophon', () => {
  it('says what is reproduced, whose the Spanish is, that the original is not here and what the edition added', () => {
    const text = colophon({ authorsSpanish: ALL, original }, 'es', es, true);
    assert.match(text, /edición en inglés de la revista/);
    assert.match(text, /Traducción propia de este sitio, salvo el título/);
    assert.match(text, /no se reproduce aquí/);
    assert.match(text, /gráfico analítico.*son de esta edición/);
  });
  it('names no additions for an article without lab tables, and no translation on English pages', () => {
    const text = colophon({ authorsSpanish: ALL, original }, 'en', en, false);
    assert.doesNotMatch(text, /chart|flags|translation/);
  });
});
