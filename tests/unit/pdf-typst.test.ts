import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import { escapeMarkup, sectionMarkup, typstString } from '../../src/formats/pdf/typst.ts';
import { ContentError } from '../../src/mdx/tree.ts';
import { cases, oneSection } from '../cases/document.ts';

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

describe('sectionMarkup, case by case (tests/cases/typst.yaml)', () => {
  for (const { title, mdx, expected } of cases('typst.yaml'))
    it(title, () => {
      const doc = oneSection('en', mdx);
      assert.equal(sectionMarkup(doc.sections[0]!, doc), expected);
    });
});

describe('sectionMarkup', () => {
  it('fails on a link to a place the article does not have, naming the file', () => {
    const doc = oneSection('en', '[Table 2](#table-2)');
    assert.throws(
      () => sectionMarkup(doc.sections[0]!, doc),
      (error: unknown) =>
        error instanceof ContentError && /tests\/cases\/en\/case\.mdx: links to "#table-2"/.test(error.message),
    );
  });
  it('writes markup Typst compiles', () => {
    const doc = oneSection('en', "A 51-year-old's *fever* (>38 °C) -- see [the case](#case).<Cite n={1} />");
    const result = typst.compile({
      mainFileContent: `#let cite-ref(n) = super(str(n))\n#heading[T] <case>\n${sectionMarkup(doc.sections[0]!, doc)}`,
    });
    assert.ok(result.result, 'compiles');
  });
});
