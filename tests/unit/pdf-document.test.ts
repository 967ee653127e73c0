import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useTranslations } from '../../src/i18n/index.ts';
import { formatFileSize } from '../../src/site/file-size.ts';
import { panelScale, pdfData, type PdfInput } from '../../src/formats/pdf/data.ts';
import { tickLabel, valueAxis } from '../../src/lab-chart/axis.ts';
import { caseDocument, META, TABLES, type CaseSection } from '../cases/document.ts';

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
  // The invented record of tests/cases/, with an abstract, a body section that places the chart, and the conflicts.
  const sections = (locale: 'en' | 'es'): CaseSection[] =>
    locale === 'en'
      ? [
          { id: 'summary', title: 'Summary', role: 'abstract', mdx: 'EN' },
          {
            id: 'case',
            title: 'Case',
            mdx: 'Nothing can be concluded.\n\n<LabChart table="table-1" id="lab-chart" />',
          },
        ]
      : [
          { id: 'summary', title: 'Resumen', role: 'abstract', mdx: 'ES' },
          { id: 'case', title: 'Caso', mdx: 'Nada puede concluirse.\n\n<LabChart table="table-1" id="lab-chart" />' },
        ];
  // The table's summary quotes the authors' caveat from the body section.
  const table = TABLES['table-1'];
  const summary = { ...table.summary!, caveat: { en: 'Nothing can be concluded', es: 'Nada puede concluirse' } };
  const tables = { 'table-1': { ...table, summary } };
  const input = (locale: 'en' | 'es', meta = META): PdfInput => ({
    locale,
    documents: {
      en: { ...caseDocument('en', sections('en'), tables), meta },
      es: { ...caseDocument('es', sections('es'), tables), meta },
    },
    strings: { en: useTranslations('en'), es: useTranslations('es') },
    colors: {},
  });
  it('puts the edition’s own abstract first and the authors’ other one after it, with its title and keywords', () => {
    const theirs = { ...META, authorsSpanish: ['title', 'abstract', 'keywords'] as const };
    const en = pdfData(input('en', { ...theirs, authorsSpanish: [...theirs.authorsSpanish] }));
    assert.deepEqual(
      en.abstracts.map((a) => [a.lang, a.heading, a.body, a.title, a.keywordsLabel]),
      [
        ['en', 'Summary', '#text(hyphenate: false)[EN];', null, 'Keywords'],
        ['es', 'Resumen', '#text(hyphenate: false)[ES];', META.title.es, 'Palabras clave'],
      ],
    );
    assert.deepEqual(
      pdfData(input('es')).abstracts.map((a) => a.lang),
      ['es', 'en'],
    );
  });
  it('states the translation on the Spanish edition only, and gives no Spanish abstract in English the authors did not write', () => {
    assert.equal(pdfData(input('en')).notice, null);
    assert.match(
      pdfData(input('es')).notice?.text ?? '',
      /^Todo el texto en español es traducción propia de este sitio/,
    );
    assert.deepEqual(
      pdfData(input('en')).abstracts.map((a) => a.lang),
      ['en'],
    );
  });
  it('puts the DOI in the document description and the language’s keywords in its keywords', () => {
    const es = pdfData(input('es'));
    assert.match(es.document.description, /10\.5555\/cases\.0001/);
    assert.deepEqual(es.document.keywords, META.keywords.es);
  });
  it('sets the lab table as every format shows it: values for the language, flags, the range in brackets', () => {
    const table = pdfData(input('es')).tables['table-1']!;
    assert.deepEqual(
      table.rows.map((r) => [r.name, r.cells.map((c) => [c.text, c.flag]), r.range]),
      [
        [
          'Sodio',
          [
            ['128,5', 'low'],
            ['>\u00a0150', 'high'],
          ],
          '(135–145)',
        ],
        [
          'Lactato',
          [
            ['–', null],
            ['1,1', 'normal'],
          ],
          '(0,5–2,2)',
        ],
      ],
    );
    assert.equal(table.legendEdition, 'Las marcas y los colores son de esta edición, no de la tabla publicada.');
  });
  it('sets the charts the text places in an appendix, after the article, labelled as this edition’s', () => {
    const en = pdfData(input('en'));
    assert.deepEqual(en.appendix, {
      heading: 'Appendix: added by this edition',
      charts: [{ id: 'lab-chart', of: 'table-1' }],
    });
    assert.match(en.charts['table-1']!.edition, /^Added by this edition: drawn from Table 1 and the text/);
    assert.equal(
      en.charts['table-1']!.pointer,
      'Clinical course of the laboratory values: see the appendix, added by this edition.',
    );
  });
  it('keys the time points as the web does, "(1) Day 1", and marks the panels the same way', () => {
    const chart = pdfData(input('en')).charts['table-1']!;
    assert.deepEqual(chart.markers, ['(1)', '(2)']);
    assert.equal(chart.key.replaceAll('\u00a0', ' '), 'Time points: (1) Day 1 · (2) Day 2.');
  });
  it('quotes the authors’ caveat after the summary, naming the section that holds it', () => {
    const summary = pdfData(input('en')).charts['table-1']!.summary;
    assert.equal(summary?.caveat, 'The authors (Case): “Nothing can be concluded.”');
    assert.equal(
      pdfData(input('es')).charts['table-1']!.summary?.caveat,
      'Los autores (Caso): «Nada puede concluirse».',
    );
  });
  it('writes the history as sentences in each language, the date apart so that it stays on one line', () => {
    const sentence = (locale: 'en' | 'es') =>
      pdfData(input(locale)).history.items.map((i) => [i.before, i.date, i.after]);
    assert.deepEqual(sentence('en')[0], ['Received ', '2 January 2024', '']);
    assert.deepEqual(sentence('es')[2], ['Disponible en internet el ', '4 de marzo de 2024', '']);
  });
  it('gives the masthead the society and the journal’s site, as the journal prints them', () => {
    const { journal } = pdfData(input('en'));
    assert.equal(journal.society, 'No Society');
    assert.equal(journal.site, 'example.org/journal');
  });
  it('lists the references in Vancouver style, the journal’s title in italics and each DOI or URL a link', () => {
    const items = pdfData(input('en')).references.items;
    assert.deepEqual(
      items.map((item) => item.n),
      [1, 2, 3, 4, 5, 6, 7],
    );
    assert.deepEqual(items[0]?.runs, [
      { text: 'Alfa A.', emph: false, href: null },
      { text: ' ', emph: false, href: null },
      { text: 'A first invented study.', emph: false, href: null },
      { text: ' ', emph: false, href: null },
      { text: 'J Cases.', emph: true, href: null },
      { text: ' 2020;1:1–2', emph: false, href: null },
      { text: ', ', emph: false, href: null },
      { text: 'https://doi.org/10.5555/cases.0002', emph: false, href: 'https://doi.org/10.5555/cases.0002' },
      { text: '.', emph: false, href: null },
    ]);
    // A web page: its URL a link, its publisher (the site) not in italics.
    const page = items[6]!.runs;
    assert.ok(page.every((run) => !run.emph));
    assert.deepEqual(page.at(-2), {
      text: 'https://example.org/invented-page',
      emph: false,
      href: 'https://example.org/invented-page',
    });
    assert.ok(
      page
        .map((run) => run.text)
        .join('')
        .includes('2024 [cited 2026 Jan 5]. Available from: '),
    );
  });
});
