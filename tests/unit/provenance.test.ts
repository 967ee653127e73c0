import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useTranslations } from '../../src/i18n/index.ts';
import { shortTranslationNotice, translationStatement } from '../../src/lib/provenance.ts';

const en = useTranslations('en');
const es = useTranslations('es');

describe('translationStatement', () => {
  it('names the parts the authors wrote, in the words the article has always printed', () => {
    assert.equal(
      translationStatement(['title', 'abstract', 'keywords'], 'en', en),
      'The Spanish title, abstract and keywords are the authors’ own, as published. The rest of the Spanish text is ' +
        'a translation of the English article made for this site; the English is the version of record',
    );
    assert.equal(
      translationStatement(['title', 'abstract', 'keywords'], 'es', es),
      'El título, el resumen y las palabras clave en español son los publicados por los autores. El resto del texto ' +
        'en español es una traducción del artículo en inglés realizada para este sitio; la versión de referencia es ' +
        'la inglesa',
    );
  });
  it('takes the singular for one part', () => {
    assert.match(translationStatement(['abstract'], 'en', en), /^The Spanish abstract is the authors’ own/);
    assert.match(
      translationStatement(['abstract'], 'es', es),
      /^El resumen en español es el publicado por los autores/,
    );
  });
  it('says the whole Spanish is the site’s translation when the authors wrote none, and names no authors', () => {
    assert.match(translationStatement([], 'en', en), /^The whole Spanish text is a translation/);
    assert.match(translationStatement([], 'es', es), /^Todo el texto en español es una traducción/);
    assert.doesNotMatch(translationStatement([], 'es', es), /autores/);
  });
});

describe('shortTranslationNotice', () => {
  it('lists the authors’ parts, bare, as the short line always has', () => {
    assert.equal(
      shortTranslationNotice(['title', 'abstract', 'keywords'], 'es', es),
      'Traducción del sitio, salvo título, resumen y palabras clave.',
    );
    assert.equal(
      shortTranslationNotice(['title', 'abstract', 'keywords'], 'en', en),
      'Translated for this site, except the title, abstract and keywords.',
    );
  });
  it('claims no exception when the authors wrote none', () => {
    assert.equal(shortTranslationNotice([], 'es', es), 'Todo el texto en español es una traducción del sitio.');
  });
});
