import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mdxProblems } from '../../src/model/checks/mdx.ts';
import { parseMdx } from '../../src/mdx/tree.ts';

const FILE = 'content/article/en/case.mdx';
const problems = (body: string) => mdxProblems(parseMdx({ file: FILE, body }), FILE);

describe('mdxProblems', () => {
  it('accepts what every format renders: text, emphasis, links, lists, quotes, headings, the components', () => {
    assert.deepEqual(
      problems(
        [
          '## A subheading',
          'Text with *emphasis*, **strength**, `code`, a [link](#fig-1) and a citation.<Cite n={3} /> {/* a note */}',
          '- an item<Cite n={[1, 2]} />',
          '> a quotation',
          '<Figure id="fig-1" label="Fig. 1" note="Not reproduced here.">Its caption.</Figure>',
          '<LabTable id="table-1" />',
          '<LabChart table="table-1" />',
        ].join('\n\n'),
      ),
      [],
    );
  });
  it('names the file, the line and the component an editor got wrong, and what it takes', () => {
    assert.deepEqual(problems('Text.\n\n<Figur id="x" />'), [
      `${FILE}:3: <Figur> is not a component the article knows (<Cite>, <Figure>, <LabTable>, <LabChart>)`,
    ]);
    assert.deepEqual(problems('<LabChart />'), [
      `${FILE}:1: <LabChart> needs table: the id of the lab table it draws, e.g. table="table-1"`,
    ]);
    assert.deepEqual(problems('<Figure id="fig-1" label="Fig. 1">Caption.</Figure>'), [
      `${FILE}:1: <Figure> needs note: what the image is, and that it is not reproduced here`,
    ]);
    assert.match(problems('A sentence.<Cite ref={3} />')[0]!, /<Cite> has no attribute "ref" \(it takes n\)/);
    assert.match(problems('A sentence.<Cite n="three" />')[0]!, /<Cite n=\{…\}> must be the number of the reference/);
  });
  it('keeps a block component out of a sentence or a list, and an inline one out of a line of its own', () => {
    assert.match(problems('See <LabTable id="table-1" /> here.')[0]!, /<LabTable> is a block: give it a paragraph/);
    assert.match(problems('- <LabTable id="table-1" />')[0]!, /<LabTable> is a block/);
    assert.match(problems('<Cite n={3} />\n')[0]!, /<Cite> stands inside a sentence/);
  });
  it('refuses what one format could not render, saying what to write instead', () => {
    assert.match(problems('![x-ray](x.png)')[0]!, /:1: an image: use <Figure id label note>caption<\/Figure>/);
    assert.match(problems("import X from './x.ts';\n\nText.")[0]!, /an import or export/);
    assert.match(problems('```\ncode\n```')[0]!, /a code block is not something every format/);
    assert.match(problems('Text {1 + 1}.')[0]!, /the expression \{1 \+ 1\} has no place in the article/);
  });
});
