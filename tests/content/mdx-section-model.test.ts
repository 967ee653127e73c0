import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { mdxToJs } from 'satteri';
import { componentAnchor } from '../../src/site/anchors.ts';
import { hastStampComponents, hastWrapBlocks, mdastSectionModel, sectionOfFile } from '../../src/mdx/pipeline.ts';
import { readSectionModel, sectionModel, type SectionModel } from '../../src/model/section-model.ts';

/** Compiles a section's MDX as astro.config.mjs does: its compiled code and the frontmatter it exports. */
async function compile(body: string, file = 'content/article/en/discussion.mdx') {
  const astro = {
    frontmatter: {} as Record<string, unknown>,
    headings: [],
    localImagePaths: new Set<string>(),
    remoteImagePaths: new Set<string>(),
  };
  const { code } = await mdxToJs(body, {
    mdastPlugins: [mdastSectionModel(componentAnchor)],
    hastPlugins: [hastStampComponents, hastWrapBlocks],
    jsxImportSource: 'astro',
    elementAttributeNameCase: 'html',
    fileURL: new URL(`file:///site/${file}`),
    data: { astro },
  });
  return { code, frontmatter: astro.frontmatter };
}

// The compiled code passes each element's and component's attributes as an object literal; these read one of them
// (the innermost: a block's <Block> wrapper has the block's id too).
const props = (code: string, id: string) =>
  [...code.matchAll(new RegExp(`\\{[^{}]*id: "${id}"[^{}]*`, 'g'))].at(-1)?.[0] ?? '';

// A <Cite>'s attributes, by the ids of its citations (`places`, as the pipeline stamps them).
const citeProps = (code: string, places: string) =>
  [...code.matchAll(new RegExp(`\\{[^{}]*places: "${places}"[^{}]*`, 'g'))].at(-1)?.[0] ?? '';

describe('sectionOfFile', () => {
  it('names a section by its file', () => {
    assert.equal(sectionOfFile(new URL('file:///a/content/article/es/clinical-case.mdx')), 'clinical-case');
  });
  it('names nothing without a file', () => {
    assert.equal(sectionOfFile(undefined), undefined);
  });
});

describe('hastWrapBlocks', () => {
  it('wraps each top-level block in a <Block> of its id, components and lists included, and nothing else', async () => {
    const { code } = await compile('One.<Cite n={3} />\n\n<LabTable id="table-1" />\n\n- a');
    const blocks = [...code.matchAll(/_jsxs?\(Block, \{\s*id: "([^"]+)",\s*children: _jsxs?\(([\w.]+)/g)];
    assert.deepEqual(
      blocks.map((m) => [m[1], m[2]]),
      [
        ['discussion-1', '_components.p'],
        ['table-1', 'LabTable'],
        ['discussion-3', '_components.ul'],
      ],
    );
  });
});

describe('mdastSectionModel', () => {
  it('stamps each block’s id, place and data-place, components included', async () => {
    const { code } = await compile(
      'One.\n\n<LabTable id="table-1" />\n\n<Figure id="fig-1" label="Fig. 1">Cap.</Figure>\n\n- a',
    );
    assert.match(props(code, 'discussion-1'), /"data-block": "1",\s*"data-place": ""/);
    assert.match(props(code, 'table-1'), /"data-block": "2",\s*"data-place": ""/);
    assert.match(props(code, 'fig-1'), /"data-block": "3",\s*"data-place": ""/);
    assert.match(props(code, 'discussion-4'), /"data-block": "4"/);
  });
  it('stamps each citation’s id, numbering a reference’s repeats', async () => {
    const { code } = await compile('A.<Cite n={3} /> B.<Cite n={3} />\n\n- C.<Cite n={4} />');
    assert.match(citeProps(code, 'cite-discussion-3'), /n: 3/);
    assert.match(citeProps(code, 'cite-discussion-3-2'), /n: 3/);
    assert.match(citeProps(code, 'cite-discussion-4'), /n: 4/);
  });
  it('stamps a call of several references with one id per reference, in order, each its own citation', async () => {
    const { code, frontmatter } = await compile('A.<Cite n={3} /> B.<Cite n={[3, 4, 5]} />');
    assert.match(citeProps(code, 'cite-discussion-3-2 cite-discussion-4 cite-discussion-5'), /n: \[\s*3,\s*4,\s*5\s*\]/);
    assert.deepEqual(
      readSectionModel(JSON.parse(JSON.stringify(frontmatter)), 'f').citations.map((c) => [c.reference, c.id]),
      [
        [3, 'cite-discussion-3'],
        [3, 'cite-discussion-3-2'],
        [4, 'cite-discussion-4'],
        [5, 'cite-discussion-5'],
      ],
    );
  });
  it('exports the model in the frontmatter, as the build reads it back', async () => {
    const { frontmatter } = await compile(
      'A.<Cite n={2} />\n\n<LabTable id="table-1" />',
      'content/article/es/introduction.mdx',
    );
    const model = readSectionModel(JSON.parse(JSON.stringify(frontmatter)), 'f');
    assert.deepEqual(
      model.blocks.map((b) => [b.kind, b.id, b.text]),
      [
        ['paragraph', 'introduction-1', 'A.'],
        ['<LabTable>', 'table-1', ''],
      ],
    );
    assert.deepEqual(model.citations, [
      { section: 'introduction', reference: 2, occurrence: 1, id: 'cite-introduction-2' },
    ]);
  });
  it('brings back a citation without a number as NaN, through the JSON of the frontmatter', async () => {
    const { frontmatter } = await compile('A.<Cite />');
    assert.ok(Number.isNaN(readSectionModel(JSON.parse(JSON.stringify(frontmatter)), 'f').citations[0]?.reference));
  });
  it('models every section of the article as its MDX source reads (the JATS and PDF conversions’ parse)', async () => {
    const root = new URL('../../content/article/', import.meta.url);
    for (const locale of ['en', 'es'] as const)
      for (const name of readdirSync(new URL(`${locale}/`, root))) {
        const file = `content/article/${locale}/${name}`;
        const body = readFileSync(new URL(`${locale}/${name}`, root), 'utf8').replace(/^---[\s\S]*?---\n/, '');
        const section = name.replace(/\.mdx$/, '');
        const expected: SectionModel = sectionModel({ locale, section, file, body }, componentAnchor);
        const { frontmatter } = await compile(body, file);
        assert.deepEqual(readSectionModel(JSON.parse(JSON.stringify(frontmatter)), file), expected, file);
      }
  });
});

describe('readSectionModel', () => {
  it('fails naming the file when the compiled section has no model', () => {
    assert.throws(
      () => readSectionModel({ title: 'T' }, 'content/article/en/x.mdx'),
      /content\/article\/en\/x\.mdx: has no section model in its compiled frontmatter/,
    );
  });
});
