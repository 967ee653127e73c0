import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import { componentAnchor } from '../../src/site/anchors.ts';
import { ContentError, type SectionSource } from '../../src/model/section-model.ts';
import { escapeMarkup, sectionMarkup, sectionTypst, typstString } from '../../src/formats/pdf/typst.ts';

const source = (body: string): SectionSource => ({
  locale: 'en',
  section: 'clinical-case',
  file: 'content/article/en/clinical-case.mdx',
  body,
});
const options = { anchors: new Set(['table-1', 'fig-1']), componentAnchor };

// Typst itself, to check that the markup reads back as the text it was made from.
const typst = NodeCompiler.create({ workspace: process.cwd() });

describe('escapeMarkup', () => {
  it('escapes every character that means something in Typst markup', () => {
    assert.equal(escapeMarkup('a*b_c #d $e [f] <g> @h'), 'a\\*b\\_c \\#d \\$e \\[f\\] \\<g\\> \\@h');
  });
  it('keeps dashes, quotes, dots and slashes as typed (no en dash, minus, curly quote, ellipsis or comment)', () => {
    assert.equal(escapeMarkup('-1 -- week\'s "x" ... // /*'), '\\-1 \\-\\- week\\\'s \\"x\\" \\.\\.\\. \\/\\/ \\/\\*');
  });
  it('folds white space but keeps a no-break space', () => {
    assert.equal(escapeMarkup('a \n  b\u00a0c'), 'a b\u00a0c');
  });
  it('writes text Typst sets back exactly', () => {
    const text = 'a*b #c $d [e] <f> @g -1 -- week\'s "x" ... https://x.org/y // ~ \\ = + _';
    const result = typst.compile({
      mainFileContent: [
        '#let plain(it) = if it.has("text") { it.text } else if it.has("children") { it.children.map(plain).join() } else { " " }',
        `#metadata(plain([${escapeMarkup(text)}]))<t>`,
      ].join('\n'),
    });
    const document = result.result;
    assert.ok(document, 'Typst reads the escaped text');
    const found = typst.query(document, { selector: '<t>', field: 'value' }) as unknown[];
    assert.deepEqual(found, [text]);
  });
});

describe('typstString', () => {
  it('escapes backslashes, quotes and line breaks', () => {
    assert.equal(typstString('a "b" \\c\nd'), '"a \\"b\\" \\\\c\\nd"');
  });
});

describe('sectionMarkup', () => {
  it('calls the template for citations, Table 1 and the chart, with the table each names, and ends each call', () => {
    const markup = sectionMarkup(
      source('Text.<Cite n={3} /> More.\n\n<LabTable id="table-1" />\n\n<LabChart table="table-2" />'),
      options,
    );
    assert.equal(
      markup,
      'Text\\.#cite-ref(3); #text(hyphenate: false)[More\\.];\n\n#lab-table(id: "table-1", of: "table-1");\n\n' +
        '#lab-chart(id: "table-2-chart", of: "table-2");',
    );
  });
  it('fails, naming the file, on a lab table without its id', () => {
    assert.throws(() => sectionMarkup(source('<LabTable />'), options), /clinical-case\.mdx: <LabTable> needs id="…"/);
  });
  it('links a place in the article to its label', () => {
    assert.equal(
      sectionMarkup(source('See [Table 1](#table-1).'), options),
      'See #link(label("table-1"))[Table 1];\\.',
    );
  });
  it('sets a figure with its label, note and caption', () => {
    const markup = sectionMarkup(
      source('<Figure id="fig-1" label="Fig. 1" note="Not reproduced.">Chest *x-ray*.</Figure>'),
      options,
    );
    assert.equal(
      markup,
      '#article-figure(id: "fig-1", label: "Fig. 1", note: "Not reproduced.")[Chest #emph[x\\-ray];\\.];',
    );
  });
  it('sets emphasis, strong text and lists', () => {
    assert.equal(
      sectionMarkup(source('A *b* **c**:\n\n- one\n- two'), options),
      'A #emph[b]; #strong[#text(hyphenate: false)[c];];:\n\n#list[#text(hyphenate: false)[one];][#text(hyphenate: false)[two];];',
    );
  });
  it('fails on a component it does not know, naming the file and the component', () => {
    assert.throws(
      () => sectionMarkup(source('Text <Chart3D data="x" />.'), options),
      (error: unknown) =>
        error instanceof ContentError &&
        /content\/article\/en\/clinical-case\.mdx: <Chart3D> is not a component the PDF can set/.test(error.message),
    );
  });
  it('sets the last word of each paragraph without hyphenation, so no paragraph ends on a lone syllable', () => {
    assert.equal(
      sectionMarkup(source('Lo que vino después.\n\nA dose of 8 mg.<Cite n={2} />\n\nSee *the text*.'), options),
      'Lo que vino #text(hyphenate: false)[después\\.];\n\n' +
        'A dose of #text(hyphenate: false)[8\u00a0mg\\.];#cite-ref(2);\n\n' +
        'See #emph[the #text(hyphenate: false)[text];];\\.',
    );
  });
  it('lists the lab charts a section places, in its order, each with its anchor', () => {
    const { charts } = sectionTypst(
      source('<LabChart table="table-2" />\n\nText.\n\n<LabChart table="table-1" id="lab-chart" />'),
      options,
    );
    assert.deepEqual(charts, [
      { id: 'table-2-chart', table: 'table-2' },
      { id: 'lab-chart', table: 'table-1' },
    ]);
  });
  it('fails on a link to a place the PDF does not have', () => {
    assert.throws(() => sectionMarkup(source('[Table 2](#table-2)'), options), /links to "#table-2"/);
  });
  it('writes markup Typst compiles', () => {
    const markup = sectionMarkup(
      source("A 51-year-old's *fever* (>38 °C) -- see [Table 1](#table-1).<Cite n={1} />"),
      options,
    );
    const result = typst.compile({
      mainFileContent: `#let cite-ref(n) = super(str(n))\n#heading[T] <table-1>\n${markup}`,
    });
    assert.ok(result.result, 'compiles');
  });
});
