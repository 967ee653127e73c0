/**
 * What the PDF template (article.typ) receives: the document of one language (src/document/) as plain data, every
 * string already in that language and every number already formatted for it, and the sections as Typst markup
 * (typst.ts). Pure: src/data/pdf.ts gathers the documents and compiles.
 */
import { vancouverCitation } from '../citation/citation.ts';
import type { ArticleDocument, DocumentLabTable } from '../../document/document.ts';
import { tickLabel, timepointMarker, valueAxis } from '../../lab-chart/axis.ts';
import { changesAfter, timepointKey } from '../../lab-chart/data.ts';
import { LOCALE_INFO, otherLocale, type Locale } from '../../i18n/locales.ts';
import { doiUrl } from '../../model/references.ts';
import { partText, vancouver, type Piece } from '../citation/vancouver.ts';
import { citeLabels, colophon, provenanceStatement, type ProvenanceKey } from '../../model/provenance.ts';
import { correspondingAuthors, identifiers, issueCitation, printedName } from '../../model/record.ts';
import type { ArticleMetadata } from '../../model/schemas.ts';
import { IDENTIFIER_NAMES } from '../labels.ts';
import { joinNumbersAndUnits } from '../../model/typography.ts';
import { sectionMarkup } from './typst.ts';
import { typesetting } from './words.ts';

/** The UI strings (src/i18n) the PDF sets; a translator of the site's is one of these. */
export type PdfKey =
  | `front.${'keywords' | 'corresponding' | 'history'}`
  | `cite.${'heading' | 'intro' | 'introEdition' | 'original' | 'originalNote'}`
  | `labs.${'legend' | 'legendEdition' | 'notAvailable' | 'highMark' | 'lowMark'}`
  | `labs.chart.${'heading' | 'edition' | 'timepoints' | 'legend' | 'stepsNote' | 'eventAt' | 'eventBetween' | 'canvasLabel'}`
  | `labs.summary.${'fell' | 'rose' | 'same' | 'caveat'}`
  | `pdf.${'appendix' | 'chartPointer' | 'received' | 'accepted' | 'availableOnline'}`
  | 'record.aheadOfPrint'
  | `fig.${'seeOriginal' | 'viewOriginal'}`
  | ProvenanceKey
  | 'refs.heading'
  | 'notice.record'
  | `footer.${'source' | 'sourceText' | 'additions'}`;
/** A translator for one locale (src/i18n/index.ts), as the PDF uses it. */
export type Strings = (key: PdfKey, vars?: Record<string, string | number>) => string;

export interface PdfInput {
  locale: Locale;
  /** Each language's document: the PDF's own, and the other's for its abstract. */
  documents: Readonly<Record<Locale, ArticleDocument>>;
  strings: Record<Locale, Strings>;
  /** The site's light colour tokens by name without dashes ("color-accent": "#0b5563"). */
  colors: Record<string, string>;
}

/** A small multiple's vertical scale, as the web's panels draw it (src/lab-chart/axis.ts), with its tick labels. */
export function panelScale(
  values: number[],
  high: number,
  locale: Locale,
): { max: number; ticks: { value: number; label: string }[] } {
  const axis = valueAxis(values, high);
  return { max: axis.max, ticks: axis.ticks.map((value) => ({ value, label: tickLabel(value, axis, locale) })) };
}

/** The document's title, authors, language and keywords, and its DOI in the description. */
/**
 * The journal and where in it the article is, as the running head and the masthead print it: "Reumatol Clin (Engl
 * Ed). 2021;17(10):559–561", or, ahead of print, "BMJ Case Rep. Online ahead of print, 15 October 2026".
 */
function journalLine(meta: ArticleMetadata, locale: Locale, t: Strings): string {
  const date = new Intl.DateTimeFormat(LOCALE_INFO[locale].tag, { dateStyle: 'long', timeZone: 'UTC' });
  const where = issueCitation(meta) ?? t('record.aheadOfPrint', { date: date.format(meta.publication.online) });
  return `${meta.journal.abbreviation}. ${where}`;
}

function documentInfo(meta: ArticleMetadata, locale: Locale, t: Strings) {
  return {
    title: meta.title[locale],
    authors: meta.authors.map((a) => `${a.given} ${a.family}`),
    keywords: meta.keywords[locale],
    description: `doi:${meta.doi} · ${doiUrl(meta.doi)} · ${journalLine(meta, locale, t)}`,
  };
}

/**
 * A language's abstract as the front sets it, beside its keywords (and the history, in the PDF's own language) and
 * over its copyright line. A report may have no abstract (no section says `role: abstract`): the front then sets
 * the keywords, history and copyright alone (`heading` and `file` null, `body` empty).
 */
function abstractBlock(input: PdfInput, locale: Locale, withTitle: boolean) {
  const doc = input.documents[locale];
  const { meta } = doc;
  const t = input.strings[locale];
  const abstract = doc.abstract;
  return {
    lang: LOCALE_INFO[locale].lang,
    title: withTitle ? meta.title[locale] : null,
    heading: abstract?.title ?? null,
    body: abstract ? sectionMarkup(abstract, doc) : '',
    /** The content file of its text, which a failure of the PDF names (compile.ts). */
    file: abstract?.file ?? null,
    keywordsLabel: t('front.keywords'),
    keywords: meta.keywords[locale],
    copyright: meta.copyright[locale],
  };
}

function labTable(input: PdfInput, { view }: DocumentLabTable) {
  const t = input.strings[input.locale];
  return {
    label: view.label,
    // The same typography as the web table: every number joined to its unit.
    caption: joinNumbersAndUnits(view.caption),
    headers: view.headers.map(joinNumbersAndUnits),
    rows: view.rows.map((row) => ({ ...row, range: `(${row.range})` })),
    footnote: joinNumbersAndUnits(view.footnote),
    legend: t('labs.legend'),
    // The ▲/▼ flags and colours are this edition's, drawn from the ranges: the key says so.
    legendEdition: t('labs.legendEdition'),
    notAvailable: t('labs.notAvailable'),
    high: t('labs.highMark'),
    low: t('labs.lowMark'),
  };
}

function labChart(input: PdfInput, { table, chart, caveat }: DocumentLabTable) {
  const { locale } = input;
  const t = input.strings[locale];
  const mention = table.mention[locale];
  const short = (index: number) => table.timepoints[index]?.short[locale] ?? '';
  const when = (position: number) =>
    Number.isInteger(position)
      ? t('labs.chart.eventAt', { timepoint: short(position) })
      : t('labs.chart.eventBetween', { from: short(Math.floor(position)), to: short(Math.ceil(position)) });
  const summary = table.summary;
  const heading = t('labs.chart.heading');
  return {
    heading,
    // That the chart and its lists are this edition's, where the appendix opens; and where the text places it.
    edition: t('labs.chart.edition', { table: mention }),
    pointer: t('pdf.chartPointer', { chart: heading }),
    // The panels mark the time points as the web's do ("(1)"…), and the key names them the same way.
    markers: chart.timepoints.map((_, i) => timepointMarker(i)),
    panels: chart.series.map((series) => {
      const values = series.points.flatMap((p) => (p.y === null ? [] : [p.y]));
      return {
        name: series.name,
        unit: series.unit,
        low: series.low,
        high: series.high,
        ...panelScale(values, series.high, locale),
        points: series.points.map((p) => ({ y: p.y, censored: p.censored })),
      };
    }),
    events: chart.events.map((e) => ({
      label: e.label,
      position: e.position,
      when: when(e.position),
      detail: joinNumbersAndUnits(e.detail),
    })),
    key: t('labs.chart.timepoints', { timepoints: timepointKey(chart) }),
    legend: t('labs.chart.legend', { events: table.eventsKey[locale] }),
    stepsNote: t('labs.chart.stepsNote', { table: mention }),
    eventsHeading: table.eventsHeading[locale],
    alt: t('labs.chart.canvasLabel', { analyte: chart.series.map((s) => s.name).join(', '), table: mention }),
    summary: summary
      ? {
          heading: joinNumbersAndUnits(summary.heading[locale]),
          intro: joinNumbersAndUnits(summary.intro[locale]),
          items: changesAfter(table, summary.event, locale).map((c) =>
            joinNumbersAndUnits(
              t(`labs.summary.${c.direction}`, { analyte: c.analyte, from: c.from, to: c.to, unit: c.unit }),
            ),
          ),
          // The authors' own words about the interval, as the page quotes them (ChartSummary.astro).
          caveat: caveat
            ? joinNumbersAndUnits(t('labs.summary.caveat', { section: caveat.section, quote: caveat.quote }))
            : null,
        }
      : null,
  };
}

/** The masthead, title, authors, affiliations, correspondence and history: the article's front. */
function front(input: PdfInput) {
  const { locale } = input;
  const { meta } = input.documents[locale];
  const t = input.strings[locale];
  // Dates as the article prints them ("28 April 2020"): British English, as the text is.
  const history = new Intl.DateTimeFormat(LOCALE_INFO[locale].tag, { dateStyle: 'long', timeZone: 'UTC' });
  const line = journalLine(meta, locale, t);
  return {
    running: { title: meta.shortTitle[locale], journal: line },
    // The masthead prints the journal's site as the source does ("www.reumatologiaclinica.org"), and links it, and
    // the society, where the journal names them.
    journal: {
      title: meta.journal.title,
      line,
      url: meta.journal.url ?? null,
      site: meta.journal.url?.replace(/^https?:\/\//, '').replace(/\/$/, '') ?? null,
      society: meta.journal.society ?? null,
    },
    articleType: meta.articleType[locale],
    title: meta.title[locale],
    authors: meta.authors.map((a) => ({
      name: `${a.given} ${a.family}`,
      marks: [...a.affiliations, ...(a.corresponding ? ['*'] : []), ...(a.equalContribution ? ['◇'] : [])].join(','),
    })),
    affiliations: meta.affiliations.map((a) => ({ key: a.key, name: a.name[locale] })),
    correspondence: {
      label: t('front.corresponding'),
      authors: correspondingAuthors(meta).map((a) => ({ name: printedName(a), email: a.email })),
    },
    // Only when some authors are marked as having contributed equally.
    equalNote: meta.equalContributionNote?.[locale] ?? null,
    history: {
      heading: t('front.history'),
      // "Received 28 April 2020", «Recibido el 28 de abril de 2020»: the sentence around the date, and the date,
      // which the template keeps on one line.
      items: (
        [
          ['pdf.received', meta.history.received],
          ['pdf.accepted', meta.history.accepted],
          ['pdf.availableOnline', meta.publication.online],
        ] as const
      ).flatMap(([key, date]) => {
        if (!date) return [];
        const [before = '', after = ''] = t(key, { date: '{date}' }).split('{date}');
        return [{ before, date: history.format(date), after }];
      }),
    },
  };
}

/** What is the authors' and what is this site's translation (the Spanish PDF), and the abstracts. */
function provenanceAndAbstracts(input: PdfInput) {
  const { locale } = input;
  const { meta } = input.documents[locale];
  const t = input.strings[locale];
  return {
    notice:
      locale === 'en'
        ? null
        : { text: `${provenanceStatement(meta, locale, t)} ${t('notice.record')}`, url: doiUrl(meta.doi) },
    // The article prints both abstracts; each edition puts its own language first. The English PDF gives the
    // Spanish abstract only when the authors wrote it (`authorsSpanish`): the site's translation is not theirs. The
    // other language's comes only with an abstract to give; the PDF's own language's block always, for its keywords.
    abstracts:
      (locale === 'en' && !meta.authorsSpanish.includes('abstract')) || !input.documents[otherLocale(locale)].abstract
        ? [abstractBlock(input, locale, false)]
        : [abstractBlock(input, locale, false), abstractBlock(input, otherLocale(locale), true)],
  };
}

/** How to cite: the Vancouver line, the journal's note, the identifiers. */
function howToCite(input: PdfInput) {
  const { locale } = input;
  const { meta } = input.documents[locale];
  const t = input.strings[locale];
  const cite = citeLabels(meta, locale, t);
  return {
    heading: t('cite.heading'),
    intro: cite.intro,
    citation: vancouverCitation(meta),
    original: cite.original,
    ids: identifiers(meta).map(({ kind, value, url }) => ({ label: IDENTIFIER_NAMES[kind], value, url })),
  };
}

/** The sections, their tables and charts, and the appendix that sets the charts after the article. */
function body(input: PdfInput) {
  const doc = input.documents[input.locale];
  const t = input.strings[input.locale];
  return {
    // The abstract stands in the front; every other section, the conflicts' among them, in reading order.
    sections: doc.sections
      .filter((s) => s.role !== 'abstract')
      .map((s) => ({ id: s.id, title: s.title, body: sectionMarkup(s, doc), file: s.file })),
    tables: Object.fromEntries(Object.entries(doc.labTables).map(([id, table]) => [id, labTable(input, table)])),
    charts: Object.fromEntries(Object.entries(doc.labTables).map(([id, table]) => [id, labChart(input, table)])),
    // The lab charts are this edition's, drawn from the tables and the text: the PDF sets them after the article,
    // in the order the text places them, and leaves a pointer where it does.
    appendix: {
      heading: t('pdf.appendix'),
      charts: doc.sections.flatMap((s) =>
        s.model.blocks
          .filter((b) => b.kind === '<LabChart>')
          .map((b) => ({ id: b.id, of: b.attributes['table'] ?? '' })),
      ),
    },
    figure: { seeOriginal: t('fig.seeOriginal'), viewOriginal: t('fig.viewOriginal'), url: doiUrl(doc.meta.doi) },
  };
}

/**
 * A reference's Vancouver pieces as the template sets them: runs of text, each plain, in italics (a journal's title)
 * or a link (the DOI, the URL).
 */
const pdfRuns = (pieces: readonly Piece[]) =>
  pieces.flatMap((piece): { text: string; emph: boolean; href: string | null }[] => {
    if (typeof piece === 'string') return [{ text: piece, emph: false, href: null }];
    if (piece.href) return [{ text: partText(piece), emph: false, href: piece.href }];
    return piece.runs.map((run) =>
      typeof run === 'string' ? { text: run, emph: false, href: null } : { text: run.emph, emph: true, href: null },
    );
  });

/** The reference list, as published, in Vancouver style (formats/citation/vancouver.ts), with live links. */
function references(input: PdfInput) {
  const doc = input.documents[input.locale];
  return {
    heading: input.strings[input.locale]('refs.heading'),
    items: doc.references.map(({ n, item }) => ({ n, runs: pdfRuns(vancouver(item)) })),
  };
}

/** Everything the template sets, for one language. */
export function pdfData(input: PdfInput) {
  const { locale } = input;
  const doc = input.documents[locale];
  return {
    lang: LOCALE_INFO[locale].lang,
    document: documentInfo(doc.meta, locale, input.strings[locale]),
    colors: input.colors,
    ...front(input),
    ...provenanceAndAbstracts(input),
    cite: howToCite(input),
    ...body(input),
    typeset: typesetting(doc.meta, doc.references),
    references: references(input),
    colophon: colophon(doc.meta, locale, input.strings[locale], Object.keys(doc.labTables).length > 0),
  };
}

export type PdfData = ReturnType<typeof pdfData>;
