import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useTranslations } from '../../src/i18n/index.ts';
import { formatFileSize } from '../../src/site/file-size.ts';
import { chartData } from '../../src/lab-chart/data.ts';
import { panelScale, pdfData, type PdfInput } from '../../src/formats/pdf/data.ts';
import { tickLabel, valueAxis } from '../../src/lab-chart/axis.ts';
import { loadMetadata, loadReferences, loadTable } from './helpers.ts';

describe('panelScale', () => {
  it('is the web panels’ value axis (src/lab-chart/axis.ts), its ticks labelled in the PDF’s language', () => {
    const axis = valueAxis([0.42, 0.23], 0.5);
    assert.deepEqual(panelScale([0.42, 0.23], 0.5, 'es'), {
      max: axis.max,
      ticks: axis.ticks.map((value) => ({ value, label: tickLabel(value, axis, 'es') })),
    });
  });
});

describe('formatFileSize', () => {
  it('gives kilobytes in the locale', () => {
    assert.equal(formatFileSize(132_436, 'en'), '132 kB');
    assert.equal(formatFileSize(1_250_000, 'es'), '1,3 MB');
  });
});

describe('pdfData', () => {
  const meta = loadMetadata();
  const table = loadTable();
  const input = (locale: 'en' | 'es'): PdfInput => ({
    locale,
    meta,
    abstracts: {
      en: { id: 'abstract', title: 'Abstract', markup: 'EN' },
      es: { id: 'abstract', title: 'Resumen', markup: 'ES' },
    },
    sections: [
      { id: 'introduction', title: 'Introduction', markup: 'Intro' },
      { id: 'clinical-case', title: 'Case', markup: 'Case', charts: [{ id: 'lab-chart', table: 'table-1' }] },
    ],
    tables: { 'table-1': table },
    charts: { 'table-1': chartData(table, locale) },
    caveats: { 'table-1': { quote: 'A possible benefit cannot be ruled out', section: 'Discussion' } },
    references: loadReferences(),
    strings: { en: useTranslations('en'), es: useTranslations('es') },
    colors: {},
  });
  it('puts the edition’s own abstract first and the other after it, with its title and keywords', () => {
    const en = pdfData(input('en'));
    assert.deepEqual(
      en.abstracts.map((a) => [a.lang, a.heading, a.body, a.title, a.keywordsLabel]),
      [
        ['en', 'Abstract', 'EN', null, 'Keywords'],
        ['es', 'Resumen', 'ES', meta.title.es, 'Palabras clave'],
      ],
    );
    const es = pdfData(input('es'));
    assert.deepEqual(
      es.abstracts.map((a) => a.lang),
      ['es', 'en'],
    );
  });
  it('states the translation on the Spanish edition only', () => {
    assert.equal(pdfData(input('en')).notice, null);
    // The article's own statement, its authors' parts interpolated: the same words the site has always printed.
    assert.equal(
      pdfData(input('es')).notice?.text,
      'El título, el resumen y las palabras clave en español son los publicados por los autores. El resto del texto ' +
        'en español es traducción propia de este sitio a partir de la edición en inglés de la revista. La revista ' +
        'publicó el artículo primero en español (Reumatol Clin. 2021;17:559–561); el texto completo de ese original ' +
        'no se reproduce aquí. El texto en inglés, tal como se publicó:',
    );
  });
  it('says the whole Spanish is the site’s translation, and gives no Spanish abstract in English, when the authors wrote none', () => {
    const own = (locale: 'en' | 'es') => pdfData({ ...input(locale), meta: { ...meta, authorsSpanish: [] } });
    assert.match(own('es').notice?.text ?? '', /^Todo el texto en español es traducción propia de este sitio/);
    assert.doesNotMatch(own('es').notice?.text ?? '', /autores/);
    assert.deepEqual(
      own('en').abstracts.map((a) => a.lang),
      ['en'],
    );
  });
  it('puts the DOI in the document description and the language’s keywords in its keywords', () => {
    const es = pdfData(input('es'));
    assert.match(es.document.description, new RegExp(meta.doi.replace(/\./g, '\\.')));
    assert.deepEqual(es.document.keywords, meta.keywords.es);
  });
  it('formats Table 1 for the language and flags values as the web table does', () => {
    const row = pdfData(input('es')).tables['table-1']!.rows.find((r) => r.name === 'Linfocitos');
    assert.deepEqual(
      row?.cells.map((c) => [c.text, c.flag]),
      [
        ['0,71', 'low'],
        ['0,87', 'low'],
        ['5,60', 'normal'],
        ['1,28', 'normal'],
      ],
    );
    assert.equal(row?.range, '(1,20–6,50)');
  });
  it('draws every analyte with its points, gaps and censored values', () => {
    const panels = pdfData(input('en')).charts['table-1']!.panels;
    assert.equal(panels.length, table.analytes.length);
    const il6 = panels.find((p) => p.name === 'IL-6');
    assert.deepEqual(il6?.points, [
      { y: null, censored: null },
      { y: 1000, censored: '>' },
      { y: null, censored: null },
      { y: null, censored: null },
    ]);
  });
  it('sets the lab charts the text places in an appendix, after the article, under its heading', () => {
    assert.deepEqual(pdfData(input('en')).appendix, {
      heading: 'Appendix: added by this edition',
      charts: [{ id: 'lab-chart', of: 'table-1' }],
    });
    assert.equal(pdfData(input('es')).appendix.heading, 'Apéndice: añadido por esta edición');
    assert.deepEqual(pdfData({ ...input('en'), sections: [] }).appendix.charts, []);
  });
  it('labels the chart as this edition’s, and points to the appendix where the text places it', () => {
    const chart = pdfData(input('en')).charts['table-1']!;
    assert.match(chart.edition, /^Added by this edition: drawn from Table 1 and the text/);
    assert.equal(chart.pointer, 'Clinical course of the laboratory values: see the appendix, added by this edition.');
    assert.match(
      pdfData(input('es')).charts['table-1']!.edition,
      /^Añadido por esta edición: elaborado a partir de la tabla 1/,
    );
  });
  it('keys the time points as the web does, "(3) 48 h after anakinra", and marks the panels the same way', () => {
    const chart = pdfData(input('en')).charts['table-1']!;
    assert.deepEqual(chart.markers, ['(1)', '(2)', '(3)', '(4)']);
    assert.equal(
      chart.key.replaceAll('\u00a0', ' '),
      'Time points: (1) Admission · (2) Start of anakinra · (3) 48 h after anakinra · (4) Discharge.',
    );
    assert.match(pdfData(input('es')).charts['table-1']!.key.replaceAll('\u00a0', ' '), /\(3\) 48 h tras anakinra/);
  });
  it('quotes the authors’ caveat after the summary of the interval, in the PDF’s language', () => {
    const summary = pdfData(input('en')).charts['table-1']!.summary;
    assert.equal(summary?.caveat, 'The authors (Discussion): “A possible benefit cannot be ruled out.”');
    assert.ok(summary?.items.includes('Leukocytes rose from 4.42 to 8.11/μL'), summary?.items.join(' | '));
    assert.equal(pdfData({ ...input('en'), caveats: {} }).charts['table-1']!.summary?.caveat, null);
  });
  it('says the table’s flags are this edition’s, under its key', () => {
    assert.equal(
      pdfData(input('en')).tables['table-1']!.legendEdition,
      'The flags and colours are this edition’s, not the published table’s.',
    );
  });
  it('writes the history as sentences in each language, the date apart so that it stays on one line', () => {
    const sentence = (locale: 'en' | 'es') =>
      pdfData(input(locale)).history.items.map((i) => [i.before, i.date, i.after]);
    assert.deepEqual(sentence('en'), [
      ['Received ', '28 April 2020', ''],
      ['Accepted ', '10 June 2020', ''],
      ['Available online ', '15 October 2020', ''],
    ]);
    assert.deepEqual(sentence('es'), [
      ['Recibido el ', '28 de abril de 2020', ''],
      ['Aceptado el ', '10 de junio de 2020', ''],
      ['Disponible en internet el ', '15 de octubre de 2020', ''],
    ]);
  });
  it('gives the masthead the society and the journal’s site, as the journal prints them', () => {
    const { journal } = pdfData(input('en'));
    assert.equal(journal.society, meta.journal.society);
    assert.equal(journal.site, 'www.reumatologiaclinica.org');
    assert.equal(journal.url, meta.journal.url);
  });
  it('lists the references with their DOIs as links', () => {
    const items = pdfData(input('en')).references.items;
    assert.equal(items.length, 7);
    assert.equal(items[1]?.doi, 'https://doi.org/10.1016/S1470-2045(20)30096-6');
  });
});
