/**
 * The built PDFs read back by poppler (pdftotext, pdfinfo, pdffonts), not by the code that writes them. Expected
 * text comes from the published article (tests/fixtures/source/) and from content/; run after the builds
 * (`npm run test:formats`). Needs poppler-utils (.ci/run installs it).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { sentences, source, sourceReferences } from '../source.ts';
import { ARTICLE_TRANSLATION_NOTICE_ES } from '../article-pages.ts';
import { loadMetadata, loadReferences, loadTable, sectionText } from '../unit/helpers.ts';

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
 * Text folded for comparison: Unicode compatibility forms (ligatures), and no white space, soft hyphen, hyphen or
 * bullet, so a line broken inside a word, at a hyphen or before a list item compares equal to the running text.
 */
const fold = (s: string) => s.normalize('NFKC').replace(/[\s\u00ad\-‐•]/g, '');

/**
 * Whether `text` (folded) holds `sentence` (folded). A citation's superscript number may follow any punctuation in
 * the PDF, as the source text (whose superscripts the reader drops) does not show it.
 */
function holds(text: string, sentence: string): boolean {
  const pattern = [...fold(sentence)]
    .map((ch) => ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&') + (/[.,;:)]/.test(ch) ? '(?:\\d{1,2})?' : ''))
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
      'conflict of interests': [source.conflicts],
      'Fig. 1 caption': [source.figureCaption],
      'Table 1 caption': [source.tableCaption],
    };
    for (const [part, paragraphs] of Object.entries(parts))
      assert.deepEqual(missing(folded, paragraphs), [], `${file}: sentences of the ${part} are missing`);
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
      meta.correspondence.email,
      meta.equalContributionNote.en,
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
      const title = loadReferences()[i]!.title;
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

describe('the PDFs of other builds', () => {
  it('are made under a sub-path too', () => {
    for (const locale of ['en', 'es'] as const) assert.ok(pdfOf('dist-subpath', locale));
  });
  for (const [dir, fixtureName, script] of [
    ['dist-fixture', 'second-article', 'build:fixture'],
    ['dist-fixture2', 'case-presentation', 'build:fixture2'],
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
