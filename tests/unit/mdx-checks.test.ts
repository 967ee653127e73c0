import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mdxProblems, type MdxContext } from '../../src/model/checks/mdx.ts';
import { parseMdx } from '../../src/mdx/tree.ts';

const FILE = 'content/article/en/case.mdx';
const problems = (body: string, context: MdxContext = {}) => mdxProblems(parseMdx({ file: FILE, body }), FILE, context);

describe('mdxProblems', () => {
  it('accepts what every format renders: text, emphasis, links, lists, quotes, headings, the components', () => {
    assert.deepEqual(
      problems(
        [
          '### A subheading',
          '#### One below it',
          '### Another',
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

describe('mdxProblems: subheadings', () => {
  it('refuses # and ## inside a section, naming the file and line, and says a subheading is ###', () => {
    assert.deepEqual(problems('Text.\n\n## Half a page'), [
      `${FILE}:3: "##" is the level of the page and of the section's own heading (its title): a subheading is ###, one below it ####`,
    ]);
    assert.match(
      problems('# A title')[0]!,
      /^content\/article\/en\/case\.mdx:1: "#" is the level .*: a subheading is ###/,
    );
  });
  it('refuses a skipped level, saying which level to write', () => {
    assert.deepEqual(problems('### One\n\nText.\n\n##### Three'), [
      `${FILE}:5: "#####" skips a level after "###": write ####`,
    ]);
    assert.deepEqual(problems('#### First'), [
      `${FILE}:1: "####" skips a level after the section's own heading: write ###`,
    ]);
  });
  it('goes back up any number of levels', () => {
    assert.deepEqual(problems('### A\n\n#### B\n\n##### C\n\n### D\n\n#### E'), []);
  });
  it('keeps headings at the top of the section and out of the conflicts, which JATS sets as a footnote', () => {
    assert.match(problems('> ### Quoted')[0]!, /:1: a heading stands at the top of the section/);
    assert.match(problems('### Funding', { role: 'conflicts' })[0]!, /:1: the conflicts take no subheading/);
  });
});

describe('mdxProblems: citation calls', () => {
  it('refuses two calls side by side, which read as one number, and gives the one call to write', () => {
    assert.deepEqual(problems('Known.<Cite n={3} /><Cite n={4} />'), [
      `${FILE}:1: two <Cite>s side by side read as one number: cite several references at one point with one call, <Cite n={[3, 4]} />`,
    ]);
    assert.match(
      problems('Known.<Cite n={3} /> <Cite n={[4, 5]} />')[0]!,
      /write|one call, <Cite n=\{\[3, 4, 5\]\} \/>/,
    );
  });
  it('asks for a call’s numbers in ascending order, each once', () => {
    assert.match(problems('Known.<Cite n={[4, 3]} />')[0]!, /ascending order, each once: <Cite n=\{\[3, 4\]\} \/>/);
    assert.match(problems('Known.<Cite n={[3, 3]} />')[0]!, /<Cite n=\{\[3\]\} \/>/);
    assert.deepEqual(problems('Known.<Cite n={[3, 4, 5]} /> Again.<Cite n={3} />'), []);
  });
  it('in Spanish, refuses a call after a full stop, comma, semicolon or colon, saying where it goes', () => {
    const es = { locale: 'es' } as const;
    assert.deepEqual(problems('En Wuhan (China).<Cite n={1} /> El virus.', es), [
      `${FILE}:1: in Spanish the call goes before the ".", as the RAE places it: write "…Wuhan (China)<Cite n={1} />.", not "…Wuhan (China).<Cite n={1} />"`,
    ]);
    assert.match(
      problems('Como dice,<Cite n={[1, 2]} /> no.', es)[0]!,
      /before the ",".*"…Como dice<Cite n=\{\[1, 2\]\} \/>,"/,
    );
    assert.equal(problems('Dos;<Cite n={1} /> tres: <Cite n={2} />', es).length, 1);
  });
  it('in Spanish, accepts a call before the punctuation, and after an abbreviation’s full stop', () => {
    const es = { locale: 'es' } as const;
    assert.deepEqual(problems('En Wuhan (China)<Cite n={1} />. Según Le et al.<Cite n={5} />, no.', es), []);
    assert.deepEqual(problems('Véase la [tabla 2](#table-2)<Cite n={2} />.', es), []);
  });
  it('keeps the English source’s placement: a call after the full stop is English', () => {
    assert.deepEqual(problems('In Wuhan (China).<Cite n={1} /> The virus, as Le et al.,<Cite n={5} /> said.'), []);
  });
});
