/**
 * The built PDFs read back by poppler (pdftotext, pdfinfo, pdffonts), not by the code that writes them. Expected
 * text comes from the published article (tests/fixtures/source/) and from content/; run after the builds
 * (`npm run test:formats`). Needs poppler-utils (.ci/run installs it).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { parse } from 'yaml';
import { useTranslations } from '../../src/i18n/index.ts';
import { sentences, source, sourceReferences } from '../source.ts';
import { ARTICLE_TRANSLATION_NOTICE_ES } from '../article-pages.ts';
import { loadMetadata, loadReferences, loadTable, sectionText } from '../content/helpers.ts';

// Poppler's own complaints (stderr) are not the test's business; its output is.
const poppler = (tool: string, ...args: string[]) =>
  execFileSync(tool, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** The build's PDF in one language: there is exactly one per language, at the top of the build. */
function pdfOf(dir: string, locale: 'en' | 'es'): string {
  const found = readdirSync(dir).filter((f) => f.endsWith(`-${locale}.pdf`));
  assert.equal(found.length, 1, `${dir} should hold one PDF ending in -${locale}.pdf, holds: ${found.join(', ')}`);
  return `${dir}/${found[0]}`;
}

/**
 * Text folded for comparison: Unicode compatibility forms (ligatures), no white space, soft hyphen, hyphen or
 * bullet, so a line broken inside a word, at a hyphen or before a list item compares equal to the running text, and
 * one form of apostrophe.
 */
const fold = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/[\s\u00ad\-‐•]/g, '')
    // The source's transcription has straight apostrophes where the article (and the PDF) prints typographic ones.
    .replace(/[‘’]/g, "'");

/**
 * Whether `text` (folded) holds `sentence` (folded). A citation's superscript number may follow any punctuation in
 * the PDF, or stand before it (the Spanish places its calls before the full stop and comma), as the source text
 * (whose superscripts the reader drops) does not show it.
 */
function holds(text: string, sentence: string): boolean {
  const call = '(?:\\d{1,2})?';
  const pattern = [...fold(sentence)]
    .map(
      (ch) =>
        (/[.,;:]/.test(ch) ? call : '') + ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&') + (/[.,;:)]/.test(ch) ? call : ''),
    )
    .join('');
  return new RegExp(pattern).test(text);
}

/** Every sentence of `paragraphs` that the PDF text lacks, for one message that names them. */
const missing = (text: string, paragraphs: string[]) =>
  paragraphs.flatMap((p) => sentences(p)).filter((s) => !holds(text, s));

const sourceText = readFileSync(new URL('../fixtures/source/article-full-text.md', import.meta.url), 'utf8');
const history = sourceText
  .slice(sourceText.indexOf('##### Article history:'), sourceText.indexOf('##### Keywords:'))
  .split('\n')
  .slice(1)
  .map((l) => l.trim())
  .filter(Boolean);

/** One run of text in the PDF's structure tree: its characters, the language it is tagged with, its font and size. */
interface Run {
  text: string;
  lang: string;
  font: string;
  size: number;
}
/** One structure element (a paragraph, a heading, a list item's body…) on one page, as a reader of tags sees it. */
interface TaggedElement {
  role: string;
  page: number;
  lang: string;
  /** Its text, a line break where a line ends ("…hyphen\u00ad\nated"). */
  text: string;
  runs: Run[];
}

interface StructNode {
  role?: string;
  lang?: string;
  type?: string;
  id?: string;
  children?: StructNode[];
}

/**
 * The PDF's tagged structure read by PDF.js (Mozilla's reader): each element's text with the language its tags
 * give it (its own /Lang, else its ancestors', else the document's), as assistive technology and text-to-speech read
 * it. Not the code that writes the PDF: a second reader.
 */
async function taggedStructure(file: string): Promise<{ language: string; elements: TaggedElement[] }> {
  const pdf = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
  const info = (await pdf.getMetadata()).info as { Language?: string };
  const language = info.Language ?? '';
  const elements: TaggedElement[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number);
    const content = await page.getTextContent({ includeMarkedContent: true });
    // The text of each marked-content sequence, by the id the structure tree names it with.
    const marked = new Map<string, Omit<Run, 'lang'>[]>();
    const open: string[] = [];
    for (const item of content.items) {
      if ('str' in item) {
        const id = open.at(-1);
        if (id === undefined) continue;
        const text = item.str + (item.hasEOL ? '\n' : '');
        marked.set(id, [...(marked.get(id) ?? []), { text, font: item.fontName, size: Math.abs(item.transform[0]) }]);
      } else if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent')
        open.push(item.id ?? '');
      else if (item.type === 'endMarkedContent') open.pop();
    }
    const runsOf = (node: StructNode, lang: string): Run[] => {
      const own = node.lang ?? lang;
      if (node.type === 'content') return (marked.get(node.id ?? '') ?? []).map((r) => ({ ...r, lang: own }));
      const runs = (node.children ?? []).flatMap((child) => runsOf(child, own));
      if (node.role)
        elements.push({ role: node.role, page: number, lang: own, text: runs.map((r) => r.text).join(''), runs });
      return runs;
    };
    const tree = (await page.getStructTree()) as StructNode | null;
    if (tree) runsOf(tree, language);
  }
  return { language, elements };
}

/** The block elements (paragraphs, headings, list items' bodies, table cells) of a tagged structure. */
const blocks = (elements: TaggedElement[]) => elements.filter((e) => /^(P|H\d?|LBody|LI|TD|TH|Caption)$/.test(e.role));

/**
 * Where `term` is broken across two lines in `text` (pdftotext's, each line trimmed): the broken forms found,
 * with the line break written "⏎". `allowed` says where a break is not a fault (a URL before a single slash).
 */
function breaksInside(text: string, term: string, allowed: (at: number) => boolean = () => false): string[] {
  const joined = text
    .split('\n')
    .map((l) => l.trim())
    .join('\n');
  const found: string[] = [];
  for (let at = 1; at < term.length; at++)
    for (const mark of ['\n', '-\n', '\u00ad\n'])
      if (!(mark === '\n' && allowed(at)) && joined.includes(term.slice(0, at) + mark + term.slice(at)))
        found.push(term.slice(0, at) + mark.replace('\n', '⏎') + term.slice(at));
  return found;
}

// Characters that show nothing and would stay in copied or searched text (a soft hyphen is one, but for the
// hyphen Typst writes as U+00AD at a line end).
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]|\u00ad(?!\n)/u;

const read = (dir: string, locale: 'en' | 'es') => {
  const file = pdfOf(dir, locale);
  return { file, text: poppler('pdftotext', file, '-'), layout: poppler('pdftotext', '-layout', file, '-') };
};

describe('the English PDF', () => {
  const { file, text, layout } = read('dist', 'en');
  const folded = fold(text);

  it('holds every sentence of the published English text', () => {
    const parts = {
      abstract: source.abstract,
      introduction: source.introduction,
      'clinical case': [source.clinicalCase],
      discussion: source.discussion,
      conclusion: [source.conclusion],
      'Fig. 1 caption': [source.figureCaption],
      'Table 1 caption': [source.tableCaption],
    };
    for (const [part, paragraphs] of Object.entries(parts))
      assert.deepEqual(missing(folded, paragraphs), [], `${file}: sentences of the ${part} are missing`);
  });

  it('holds the conflicts as published, its list items ended as the edition ends them (tests/source.ts)', () => {
    assert.deepEqual(missing(folded, [source.conflicts]), [], `${file}: sentences of the conflicts are missing`);
  });

  it('holds the authors’ Spanish abstract and keywords, as the article prints them', () => {
    assert.deepEqual(missing(folded, source.resumen), [], `${file}: sentences of the Resumen are missing`);
    for (const keyword of source.keywordsEs) assert.ok(holds(folded, keyword), `${file}: no keyword "${keyword}"`);
  });

  it('holds the front matter: title, authors, affiliations, e-mail, history and keywords', () => {
    const meta = loadMetadata();
    for (const expected of [
      meta.title.en,
      meta.title.es,
      ...meta.authors.map((a) => `${a.given} ${a.family}`),
      ...meta.affiliations.map((a) => a.name.en),
      ...meta.authors.flatMap((a) => (a.email ? [a.email] : [])),
      ...(meta.equalContributionNote ? [meta.equalContributionNote.en] : []),
      ...meta.keywords.en,
      meta.copyright.en,
      meta.copyright.es,
      // The history as the source prints it: "Received 28 April 2020"…
      ...history,
    ])
      assert.ok(holds(folded, expected), `${file}: "${expected}" is missing`);
  });

  it('holds every reference, with its DOI as a link', () => {
    const urls = poppler('pdfinfo', '-url', file);
    sourceReferences.forEach((printed, i) => {
      const title = loadReferences()[i]!.item.title;
      assert.ok(printed.includes(title), `reference ${i + 1}'s title in content is the published one`);
      assert.ok(holds(folded, title), `${file}: reference ${i + 1} ("${title}") is missing`);
      const doi = /dx\.doi\.org\/(\S+?)\.?$/.exec(printed.replace(/ \[.*\]\.?$/, ''))?.[1];
      if (doi) assert.ok(urls.includes(`https://doi.org/${doi}`), `${file}: no link to reference ${i + 1}'s DOI`);
    });
  });

  it('gives How to cite with the DOI, PMID and PMCID as links', () => {
    const meta = loadMetadata();
    const urls = poppler('pdfinfo', '-url', file);
    for (const url of [
      `https://doi.org/${meta.doi}`,
      `https://pubmed.ncbi.nlm.nih.gov/${meta.pmid}/`,
      `https://pmc.ncbi.nlm.nih.gov/articles/${meta.pmcid}/`,
    ])
      assert.ok(urls.includes(url), `${file}: no link to ${url}`);
    assert.ok(holds(folded, `PMID: ${meta.pmid}`) && holds(folded, `PMCID: ${meta.pmcid}`));
  });

  it('holds every value of Table 1 in its row, as published', () => {
    for (const [name = '', ...cells] of source.table) {
      const line = layout.split('\n').find((l) => l.trim().startsWith(name));
      assert.ok(line, `${file}: Table 1 has no row "${name}"`);
      // The web table's form of a published value: a leading zero, and a space after a comparator.
      const expected = cells.map((c) => c.replace(/(^|[(–>≤])\./g, '$10.').replace(/^([<>≤≥])/, '$1 '));
      assert.match(line, new RegExp(expected.map((v) => v.replace(/[.()]/g, '\\$&')).join('.*')), name);
    }
  });
});

describe('the Spanish PDF', () => {
  const { file, text, layout } = read('dist', 'es');
  const folded = fold(text);

  it('holds every paragraph of the Spanish pages', () => {
    for (const section of ['abstract', 'introduction', 'clinical-case', 'discussion', 'conflicts']) {
      // Paragraphs and list items (the PDF sets a bullet where the MDX has "- ").
      const paragraphs = sectionText('es', section)
        .split(/\n\s*\n|\n(?=- )/)
        .map((p) => p.replace(/^- /, '').replace(/\s+/g, ' ').trim())
        .filter(Boolean);
      assert.deepEqual(
        paragraphs.filter((p) => !holds(folded, p)).map((p) => `${p.slice(0, 60)}…`),
        [],
        `${file}: paragraphs of content/article/es/${section}.mdx are missing`,
      );
    }
  });

  it('holds the English abstract after the Spanish one', () => {
    assert.deepEqual(missing(folded, source.abstract), []);
    assert.ok(folded.indexOf(fold(source.resumen[0]!)) < folded.indexOf(fold(source.abstract[0]!)));
  });

  it('states what is the authors’ Spanish and what is the translation', () => {
    assert.ok(holds(folded, ARTICLE_TRANSLATION_NOTICE_ES), `${file}: the translation notice is missing`);
  });

  it('prints Table 1 with decimal commas', () => {
    const table = loadTable();
    source.table.forEach(([, ...cells], i) => {
      const name = table.analytes[i]!.name.es;
      const line = layout.split('\n').find((l) => l.trim().startsWith(name));
      assert.ok(line, `${file}: Tabla 1 has no row "${name}"`);
      const expected = cells.map((c) =>
        c
          .replace(/(^|[(–>≤])\./g, '$10.')
          .replace(/^([<>≤≥])/, '$1 ')
          .replace(/(\d)\.(\d)/g, '$1,$2'),
      );
      assert.match(line, new RegExp(expected.map((v) => v.replace(/[()]/g, '\\$&')).join('.*')), name);
      assert.doesNotMatch(line, /\d\.\d/, `${name}: a decimal point in the Spanish table`);
    });
  });
});

describe('both PDFs', () => {
  const meta = loadMetadata();
  for (const locale of ['en', 'es'] as const) {
    const file = pdfOf('dist', locale);
    const info = poppler('pdfinfo', file);
    const field = (name: string) => new RegExp(`^${name}:\\s+(.*)$`, 'm').exec(info)?.[1];

    it(`${locale}: names its title, authors, keywords and DOI in its metadata, and its language`, () => {
      assert.equal(field('Title'), meta.title[locale]);
      assert.equal(field('Author'), meta.authors.map((a) => `${a.given} ${a.family}`).join(', '));
      assert.equal(field('Keywords'), meta.keywords[locale].join(', '));
      assert.match(field('Subject') ?? '', new RegExp(meta.doi.replace(/[.()]/g, '\\$&')));
      const xmp = poppler('pdfinfo', '-meta', file);
      assert.match(xmp, new RegExp(`<dc:language><rdf:Bag><rdf:li>${locale}</rdf:li>`));
    });

    it(`${locale}: is a tagged PDF/UA-1 document`, () => {
      assert.equal(field('Tagged'), 'yes');
      assert.match(poppler('pdfinfo', '-meta', file), /<pdfuaid:part>1<\/pdfuaid:part>/);
    });

    it(`${locale}: embeds every font, and only the fonts from its npm packages`, () => {
      const rows = poppler('pdffonts', file).split('\n').slice(2).filter(Boolean);
      assert.ok(rows.length > 0);
      for (const row of rows) {
        const [name = '', ...rest] = row.split(/\s+/);
        // Columns after the name: type (one or more words), encoding, emb, sub, uni, object, id.
        const emb = rest.at(-5);
        assert.equal(emb, 'yes', `${file}: ${name} is not embedded`);
        assert.match(
          name,
          /^[A-Z]{6}\+(LibertinusSerif|SourceSans3)-/,
          `${file}: ${name} is not one of the PDF's fonts`,
        );
      }
    });

    it(`${locale}: has page numbers and a running head with the short title and the journal`, () => {
      const pages = Number(field('Pages'));
      assert.ok(pages >= 2);
      const second = poppler('pdftotext', '-f', '2', '-l', '2', file, '-');
      assert.ok(holds(fold(second), meta.shortTitle[locale]), 'the running head names the short title');
      assert.ok(holds(fold(second), meta.journal.abbreviation), 'the running head names the journal');
      assert.ok(fold(second).includes(`2/${pages}`), 'the page says its number and the count');
    });
  }
});

describe('both PDFs’ typesetting', () => {
  const meta = loadMetadata();
  const references = loadReferences();
  const table = loadTable();
  for (const locale of ['en', 'es'] as const) {
    const t = useTranslations(locale);
    const { file, text, layout } = read('dist', locale);
    const folded = fold(text);
    const flat = text.replace(/\s+/g, ' ');

    it(`${locale}: never breaks a personal name, "PubMed Central" or a name like SARS-CoV-2 across lines`, () => {
      const names = [
        ...meta.authors.flatMap((a) => [`${a.given} ${a.family}`, a.family]),
        // The names as the source prints them: this article's given names are written as printed (initials, but for
        // reference 4's), so family and given, side by side, are the printed name.
        ...references.flatMap((r) => (r.item.author ?? []).map((a) => a.literal ?? `${a.family} ${a.given}`)),
        'PubMed Central',
        'SARS-CoV-2',
        'SARS-Cov-2',
        'COVID-19',
        'anti-IL-6',
        'anti-IL-1',
      ];
      for (const output of [text, layout])
        for (const name of names)
          assert.deepEqual(breaksInside(output, name), [], `${file}: "${name}" is broken at a line end`);
    });

    it(`${locale}: breaks a DOI only where a URL may (before a single slash), never with a hyphen`, () => {
      const dois = [meta.doi, ...references.flatMap((r) => (r.item.DOI ? [r.item.DOI] : []))];
      for (const doi of dois)
        for (const form of [`doi:${doi}`, `https://doi.org/${doi}`])
          assert.deepEqual(
            breaksInside(text, form, (at) => form[at] === '/' && form[at - 1] !== '/'),
            [],
            `${file}: the DOI ${form} is broken where a URL may not be`,
          );
      assert.doesNotMatch(text, /[^/\s]\/\n/, `${file}: a line ends after a single slash`);
    });

    it(`${locale}: has no invisible character in its text (no word joiner, no soft hyphen inside a line)`, () => {
      const found = [...text.matchAll(new RegExp(INVISIBLE.source, 'gu'))].map((m) =>
        JSON.stringify(text.slice(Math.max(0, m.index - 15), m.index + 15)),
      );
      assert.deepEqual(found, [], `${file}: invisible characters`);
    });

    it(`${locale}: writes a count per microlitre with no space before its unit`, () => {
      const leukocytes = table.analytes[0]!.values[2]!;
      assert.equal(leukocytes.kind, 'number');
      const value = locale === 'es' ? '8,11' : '8.11';
      assert.ok(flat.includes(`${value}/μL`), `${file}: no "${value}/μL"`);
      assert.doesNotMatch(flat, /\d[\s\u00a0]+\/[μµ]/u, `${file}: a space before "/μL"`);
    });

    it(`${locale}: sets typographic apostrophes, but in reference titles printed with straight ones`, () => {
      const titles = references.map((r) => r.item.title.replace(/\s+/g, ' '));
      const rest = titles.reduce((all, title) => all.replaceAll(title, ''), flat);
      const straight = [...rest.matchAll(/.{0,20}'.{0,20}/g)].map((m) => m[0]);
      assert.deepEqual(straight, [], `${file}: straight apostrophes outside the reference titles`);
      assert.ok(flat.includes('’'), `${file}: no typographic apostrophe at all`);
    });

    it(`${locale}: cites the English edition in Vancouver form, its DOI closed by a full stop`, () => {
      const line = `doi:${meta.doi}. PubMed PMID: ${meta.pmid}; PubMed Central PMCID: ${meta.pmcid}.`;
      assert.ok(flat.includes(line), `${file}: no "${line}"`);
    });

    it(`${locale}: heads the first page with the journal, its society and its site`, () => {
      const first = poppler('pdftotext', '-f', '1', '-l', '1', file, '-');
      const site = (meta.journal.url ?? '').replace(/^https?:\/\//, '');
      const society = meta.journal.society ?? '';
      for (const expected of [meta.journal.title, society, site])
        assert.ok(holds(fold(first), expected), `${file}: the masthead lacks "${expected}"`);
      assert.ok(
        fold(first).indexOf(fold(society)) < fold(first).indexOf(fold(meta.title[locale])),
        `${file}: the society is not in the masthead, above the title`,
      );
      assert.match(poppler('pdfinfo', '-url', file), new RegExp((meta.journal.url ?? '').replace(/[./]/g, '\\$&')));
    });

    it(`${locale}: gives the article history as sentences, each date on one line`, () => {
      const date = new Intl.DateTimeFormat(locale === 'es' ? 'es-ES' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' });
      const h = { ...meta.history, availableOnline: meta.publication.online };
      const expected =
        locale === 'es'
          ? [
              `Recibido el ${date.format(h.received)}`,
              `Aceptado el ${date.format(h.accepted)}`,
              `Disponible en internet el ${date.format(h.availableOnline)}`,
            ]
          : [
              `Received ${date.format(h.received)}`,
              `Accepted ${date.format(h.accepted)}`,
              `Available online ${date.format(h.availableOnline)}`,
            ];
      for (const sentence of expected) assert.ok(flat.includes(sentence), `${file}: no "${sentence}"`);
      for (const when of [h.received, h.accepted, h.availableOnline])
        assert.ok(text.includes(date.format(when)), `${file}: the date ${date.format(when)} is broken across lines`);
    });

    it(`${locale}: keys the chart’s time points as the web does, "(3) 48 h"`, () => {
      const key = table.timepoints.map((tp, i) => `(${i + 1}) ${tp.short[locale]}`).join(' · ');
      assert.ok(flat.replaceAll('\u00a0', ' ').includes(key), `${file}: no key "${key}"`);
    });

    it(`${locale}: sets the chart and its lists after the references, in an appendix that says it is this edition’s`, () => {
      const at = (label: string, expected: string) => {
        const index = folded.lastIndexOf(fold(expected));
        assert.ok(index >= 0, `${file}: no ${label} ("${expected}")`);
        return index;
      };
      const mention = table.mention[locale];
      const order = [
        ['the last reference', references.at(-1)!.item.title],
        ['the appendix heading', t('pdf.appendix')],
        ['the edition label', t('labs.chart.edition', { table: mention })],
        ['the chart heading', t('labs.chart.heading')],
        ['the key', t('labs.chart.timepoints', { timepoints: '' }).replace(/\.$/, '')],
        ['the events', table.eventsHeading[locale]],
        ['the summary', table.summary!.heading[locale]],
        ['the authors’ caveat', table.summary!.caveat![locale]],
      ] as const;
      const positions = order.map(([label, expected]) => at(label, expected));
      positions
        .slice(1)
        .forEach((position, i) =>
          assert.ok(position > positions[i]!, `${file}: ${order[i + 1]![0]} is not after ${order[i]![0]}`),
        );
      // The body keeps only a pointer where the text places the chart: no panel, key or list before the references.
      const referencesAt = folded.indexOf(fold(references[0]!.item.title));
      assert.ok(
        folded.indexOf(fold(table.eventsHeading[locale])) > referencesAt,
        `${file}: the events list is in the body`,
      );
      assert.ok(holds(folded, t('pdf.chartPointer', { chart: t('labs.chart.heading') })), `${file}: no pointer`);
    });

    it(`${locale}: opens no wide gaps between the words of the abstracts' narrow justified column`, () => {
      // Each line of the abstracts' paragraphs, as pdftotext places its words: the mean gap between words of every
      // line but a paragraph's last, against the natural word space (the gaps of the paragraphs' last lines).
      const xml = poppler('pdftotext', '-bbox-layout', '-f', '1', '-l', '1', file, '-');
      const abstracts = fold([...source.abstract, ...source.resumen].join(' '));
      const paragraphs = xml
        .split('<block ')
        .slice(1)
        .map((block) =>
          block
            .split('<line ')
            .slice(1)
            .map((line) =>
              [...line.matchAll(/<word xMin="([\d.]+)"[^>]*xMax="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((m) => ({
                from: Number(m[1]),
                to: Number(m[2]),
                text: m[3] ?? '',
              })),
            ),
        )
        .filter(
          (lines) =>
            lines.length > 2 &&
            abstracts.includes(
              fold(
                lines
                  .flat()
                  .map((w) => w.text)
                  .join(''),
              ),
            ),
        );
      assert.ok(paragraphs.length >= 2, `${file}: the abstracts' paragraphs are not found on page 1`);
      const gap = (words: { from: number; to: number }[]) =>
        words.slice(1).reduce((sum, w, i) => sum + w.from - words[i]!.to, 0) / (words.length - 1);
      const natural = Math.min(...paragraphs.map((lines) => gap(lines.at(-1)!)).filter((g) => g > 0));
      const loose = paragraphs.flatMap((lines) =>
        lines
          .slice(0, -1)
          .filter((words) => gap(words) > natural * 1.4)
          .map((words) => `${(gap(words) / natural).toFixed(2)}× "${words.map((w) => w.text).join(' ')}"`),
      );
      assert.deepEqual(loose, [], `${file}: lines whose word spaces are over 1.4 times the natural space`);
    });

    it(`${locale}: says under Table 1 that its flags are this edition’s`, () => {
      assert.ok(holds(folded, t('labs.legendEdition')), `${file}: no "${t('labs.legendEdition')}"`);
    });
  }
});

describe('both PDFs’ tagged structure, read by PDF.js', () => {
  const meta = loadMetadata();
  const structures = new Map<'en' | 'es', Awaited<ReturnType<typeof taggedStructure>>>();
  before(async () => {
    for (const locale of ['en', 'es'] as const) structures.set(locale, await taggedStructure(pdfOf('dist', locale)));
  });
  const paragraphsOf = (locale: 'en' | 'es', section: string) =>
    sectionText(locale, section)
      .split(/\n\s*\n|\n(?=- )/)
      .map((p) => p.replace(/^- /, '').replace(/\s+/g, ' ').trim())
      .filter((p) => p.length > 40);

  for (const locale of ['en', 'es'] as const) {
    const other = locale === 'en' ? 'es' : 'en';
    it(`${locale}: tags the text of every section in ${locale}, and the other language's abstract in ${other}`, () => {
      const { language, elements } = structures.get(locale)!;
      assert.equal(language, locale, 'the document’s language');
      const langOf = (paragraph: string) => {
        const start = fold(paragraph).slice(0, 40);
        const found = blocks(elements).find((e) => fold(e.text).includes(start));
        assert.ok(found, `no tagged paragraph begins "${paragraph.slice(0, 40)}…"`);
        return [...new Set(found.runs.filter((r) => r.text.trim()).map((r) => r.lang))].join(', ');
      };
      for (const section of ['introduction', 'clinical-case', 'discussion', 'conflicts'])
        for (const paragraph of paragraphsOf(locale, section))
          assert.equal(langOf(paragraph), locale, `"${paragraph.slice(0, 50)}…" (${locale}/${section}.mdx)`);
      for (const paragraph of paragraphsOf(other, 'abstract'))
        assert.equal(langOf(paragraph), other, `the ${other} abstract: "${paragraph.slice(0, 50)}…"`);
      assert.equal(langOf(meta.title[other]), other, `the ${other} title`);
    });

    it(`${locale}: ends no paragraph on a hyphenated word`, () => {
      // pdftotext shows where a word is hyphenated (PDF.js drops the hyphen); the tags show where paragraphs end.
      const text = poppler('pdftotext', pdfOf('dist', locale), '-');
      const words = [...text.matchAll(/(\S+)\u00ad\n\s*(\S+)/gu)].map((m) => `${m[1]}-${m[2]}`);
      const ends = blocks(structures.get(locale)!.elements).map((e) => fold(e.text).replace(/[.,;:)»”"]+$/u, ''));
      const last = words.filter((w) => ends.some((end) => end.endsWith(fold(w).replace(/[.,;:)»”"]+$/u, ''))));
      assert.deepEqual(last, [], 'paragraphs whose last word is hyphenated (a lone syllable on the last line)');
    });

    it(`${locale}: sets the other language's title in the face of the article's title`, () => {
      const titleRuns = (title: string) =>
        blocks(structures.get(locale)!.elements).find((e) => fold(e.text) === fold(title))?.runs ?? [];
      const main = titleRuns(meta.title[locale]);
      const second = titleRuns(meta.title[other]);
      assert.ok(main.length && second.length, 'both titles are tagged paragraphs of their own');
      const faces = (runs: Run[]) => [...new Set(runs.filter((r) => r.text.trim()).map((r) => r.font))];
      assert.deepEqual(faces(second), faces(main), 'the same font');
      const body = 10;
      for (const run of second.filter((r) => r.text.trim()))
        assert.ok(run.size > body * 1.2, `the second title is set at ${run.size}pt, like text, not like a title`);
    });
  }
});

describe('the PDFs of other builds', () => {
  it('are made under a sub-path too', () => {
    for (const locale of ['en', 'es'] as const) assert.ok(pdfOf('dist-subpath', locale));
  });
  for (const [dir, fixtureName, script] of [
    ['dist-fixture', 'second-article', 'build:fixture'],
    ['dist-fixture2', 'case-presentation', 'build:fixture2'],
    ['dist-fixture3', 'ahead-of-print', 'build:fixture3'],
  ] as const)
    it(`are made for another case report (${fixtureName}) from its own content, with none of this article`, () => {
      assert.ok(existsSync(dir), `npm run ${script} first`);
      const fixture = parse(
        readFileSync(new URL(`../fixtures/${fixtureName}/content/metadata/article.yaml`, import.meta.url), 'utf8'),
      )[0] as { title: { en: string; es: string } };
      for (const locale of ['en', 'es'] as const) {
        const file = pdfOf(dir, locale);
        const text = fold(poppler('pdftotext', file, '-'));
        assert.ok(holds(text, fixture.title[locale]), `${file}: the fixture's title is missing`);
        for (const fact of ['anakinra', 'Figuero', 'tocilizumab', '10.1016/j.reumae'])
          assert.ok(!text.toLowerCase().includes(fact.toLowerCase()), `${file}: "${fact}" from the real article`);
      }
    });
  it('print a report online ahead of print as one, in both languages (ahead-of-print)', () => {
    for (const locale of ['en', 'es'] as const) {
      const file = pdfOf('dist-fixture3', locale);
      const text = fold(poppler('pdftotext', file, '-'));
      // Its fixture's record: online ahead of print, a DOI and no PMID, PMCID, volume or pages (metadata/article.yaml).
      assert.ok(
        holds(text, 'Case Rep Invent Med. 2026 Oct 15. doi:10.5555/fixture.0301. [Epub ahead of print]'),
        `${file}: How to cite should end in the date online, the DOI and [Epub ahead of print]`,
      );
      for (const absent of [/PMID/, /PubMed Central/, /PMC\d/, /2026;/])
        assert.doesNotMatch(text, absent, `${file}: prints ${absent} that the record does not have`);
      // No abstract: the history is set at its own width, each date on its label's line (not squeezed into a side
      // column beside an empty one).
      const lines = poppler('pdftotext', file, '-').split('\n');
      const history = {
        en: ['Received 2 June 2026', 'Accepted 1 September 2026', 'Available online 15 October 2026'],
        es: ['Recibido el 2 de junio de 2026', 'Aceptado el 1 de septiembre de 2026'],
      }[locale];
      for (const line of history) assert.ok(lines.includes(line), `${file}: "${line}" is not one line of the history`);
      // The web page among its references, with its address and the date it was consulted.
      assert.ok(
        holds(text, '[cited 2026 May 4]. Available from: https://example.org/who/imaginary-vasculitis.'),
        `${file}: the web page's reference lacks its consulted date or address`,
      );
    }
  });

  it('say the whole Spanish is the site’s translation when the authors wrote none (case-presentation)', () => {
    const text = fold(poppler('pdftotext', pdfOf('dist-fixture2', 'es'), '-'));
    assert.ok(
      holds(text, 'Todo el texto en español es traducción propia de este sitio'),
      'the notice of a wholly translated Spanish',
    );
    assert.ok(
      !holds(text, 'publicados por los autores'),
      'the Spanish PDF says the authors wrote Spanish they did not',
    );
  });
});
