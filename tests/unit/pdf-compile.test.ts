/**
 * The PDF template set by Typst from the cases' documents (tests/cases/), as the build sets the article's: what a
 * subheading, a call of several references and a report without an abstract become in the PDF itself (read back by
 * pdf.js), and what a failure names.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { useTranslations } from '../../src/i18n/index.ts';
import { compileArticlePdf, pdfColors } from '../../src/formats/pdf/compile.ts';
import { pdfData } from '../../src/formats/pdf/data.ts';
import { ContentError } from '../../src/mdx/tree.ts';
import { caseDocument, META, type CaseSection } from '../cases/document.ts';

// The template as src/data/pdf.ts sets it: the page and type, what the markup calls, the article.
const template = ['style.typ', 'components.typ', 'article.typ']
  .map((file) => readFileSync(new URL(`../../src/formats/pdf/${file}`, import.meta.url), 'utf8'))
  .join('\n');

const ABSTRACT: CaseSection = { id: 'summary', title: 'Summary', role: 'abstract', mdx: 'An invented summary.' };

/** The English PDF's data of `sections` (the Spanish document alike), over the cases' invented record. */
function data(sections: CaseSection[], meta = META) {
  return pdfData({
    locale: 'en',
    documents: { en: { ...caseDocument('en', sections), meta }, es: { ...caseDocument('es', sections), meta } },
    strings: { en: useTranslations('en'), es: useTranslations('es') },
    colors: pdfColors(),
  });
}

const set = (sections: CaseSection[], meta = META) => compileArticlePdf(template, data(sections, meta), 'template');

/** The PDF's text, its pages' strings joined, and its outline as "title" and nested titles. */
async function readBack(pdf: Uint8Array) {
  const doc = await getDocument({ data: pdf.slice(), verbosity: 0 }).promise;
  const pages = await Promise.all(
    Array.from({ length: doc.numPages }, async (_, i) => (await doc.getPage(i + 1)).getTextContent()),
  );
  const text = pages.flatMap((p) => p.items.map((item) => ('str' in item ? item.str : ''))).join('');
  type Entry = { title: string; items: Entry[] };
  const outline = (items: Entry[] | null): unknown[] =>
    (items ?? []).map((e) => (e.items.length ? [e.title, outline(e.items)] : e.title));
  return { text, outline: outline((await doc.getOutline()) as Entry[] | null) };
}

describe('the PDF of a section with subheadings', () => {
  it('tags and outlines ### and #### one and two levels below the section’s heading (PDF/UA checks no level is skipped)', async () => {
    const pdf = set([
      ABSTRACT,
      {
        id: 'case',
        title: 'Case',
        mdx: 'Before.\n\n### Sub\n\nUnder it.\n\n#### Below\n\nDeeper.\n\n### Next\n\nMore.',
      },
    ]);
    const { outline } = await readBack(pdf);
    assert.deepEqual(outline.slice(1, 2), [['Case', [['Sub', ['Below']], 'Next']]]);
  });
});

describe('the PDF of a call of several references', () => {
  it('reads "1,2" and a range "1–3" in its text, as Vancouver writes them, never "12"', async () => {
    const { text } = await readBack(
      set([ABSTRACT, { id: 'case', title: 'Case', mdx: 'Known.<Cite n={[1, 2]} /> Ranged.<Cite n={[1, 2, 3]} />' }]),
    );
    assert.ok(text.includes('Known.1,2'), text);
    assert.ok(text.includes('Ranged.1–3'), text);
  });
});

describe('a report without an abstract', () => {
  const sections: CaseSection[] = [{ id: 'case', title: 'Case', mdx: 'Known.<Cite n={[1, 2, 3]} />' }];
  it('gives the front its keywords, history and copyright, and no abstract in either language', () => {
    const theirs = {
      ...META,
      authorsSpanish: ['title', 'abstract', 'keywords'] as ('title' | 'abstract' | 'keywords')[],
    };
    const { abstracts } = data(sections, theirs);
    assert.deepEqual(
      abstracts.map((a) => [a.lang, a.heading, a.body, a.file, a.keywords]),
      [['en', null, '', null, META.keywords.en]],
    );
  });
  it('sets a PDF that holds the keywords and the section', async () => {
    const { text, outline } = await readBack(set(sections));
    assert.ok(text.includes(META.keywords.en[0]!), text);
    assert.deepEqual(outline.slice(0, 1), ['Case']);
  });
});

describe('compileArticlePdf, when Typst cannot set the PDF', () => {
  // A character no font of the PDF has: the template allows no fallback, so PDF/UA refuses it.
  const GLYPHLESS = '漢';
  it('names the content file whose text causes it, with Typst’s message', () => {
    assert.throws(
      () =>
        set([
          ABSTRACT,
          // Set alone, this section's link to the other's figure has no figure to reach: it is not at fault.
          { id: 'case', title: 'Case', mdx: 'See [Fig. 1](#fig-1).' },
          {
            id: 'other',
            title: 'Other',
            mdx: `A ${GLYPHLESS} here.\n\n<Figure id="fig-1" label="Fig. 1" note="Not reproduced.">Its caption.</Figure>`,
          },
        ]),
      (error: unknown) =>
        error instanceof ContentError &&
        error.problems.length === 1 &&
        /^tests\/cases\/en\/other\.mdx: the PDF cannot set this section's text: .*could not be displayed/.test(
          error.problems[0]!,
        ),
    );
  });
  it('names the abstract’s file when the abstract causes it', () => {
    assert.throws(
      () =>
        set([
          { ...ABSTRACT, mdx: `A ${GLYPHLESS}.` },
          { id: 'case', title: 'Case', mdx: 'Fine.' },
        ]),
      (error: unknown) => error instanceof ContentError && /^tests\/cases\/en\/summary\.mdx: /.test(error.problems[0]!),
    );
  });
  it('names the template when no section’s text causes it', () => {
    const meta = { ...META, title: { ...META.title, en: `A ${GLYPHLESS} title` } };
    assert.throws(
      () => set([ABSTRACT, { id: 'case', title: 'Case', mdx: 'Fine.' }], meta),
      (error: unknown) =>
        !(error instanceof ContentError) &&
        /^template: Typst could not set the PDF \(no section's text/.test(String((error as Error).message)),
    );
  });
});
