import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { alignmentProblem, checkArticle, type ModelledSection } from '../../src/lib/content-checks.ts';
import type { Locale } from '../../src/lib/locales.ts';
import { ContentError, sectionModel, type SectionSource } from '../../src/lib/section-model.ts';

const modelled = (source: SectionSource): ModelledSection => ({ ...source, model: sectionModel(source) });

const root = new URL('../../content/article/', import.meta.url);
const REFS = ['1', '2', '3', '4', '5', '6', '7'];

/** The real sections, read the way the site reads them (body without front matter). */
function realSources(): ModelledSection[] {
  return (['en', 'es'] as Locale[]).flatMap((locale) =>
    readdirSync(new URL(`${locale}/`, root)).map((name) =>
      modelled({
        locale,
        section: name.replace(/\.mdx$/, ''),
        file: `content/article/${locale}/${name}`,
        body: readFileSync(new URL(`${locale}/${name}`, root), 'utf8').replace(/^---[\s\S]*?---\n/, ''),
      }),
    ),
  );
}
const edit = (sources: ModelledSection[], file: string, change: (body: string) => string) =>
  sources.map((s) => (s.file.endsWith(file) ? modelled({ ...s, body: change(s.body) }) : s));
const problemsOf = (fn: () => void) => {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof ContentError, String(error));
    return error.problems;
  }
  return [];
};

describe('checkArticle', () => {
  it('accepts the article as it is', () => {
    assert.deepEqual(
      problemsOf(() => checkArticle(realSources(), REFS, 'references.yaml')),
      [],
    );
  });
  it('fails when a section exists in one language only, naming the missing file', () => {
    const sources = realSources().filter((s) => s.file !== 'content/article/es/discussion.mdx');
    const problems = problemsOf(() => checkArticle(sources, REFS, 'references.yaml'));
    assert.ok(
      problems.some((p) => p.startsWith('content/article/es/discussion.mdx: is missing')),
      problems.join('\n'),
    );
  });
  it('fails on a citation of a reference that does not exist', () => {
    const sources = edit(realSources(), 'es/introduction.mdx', (b) => b.replace('<Cite n={4} />', '<Cite n={9} />'));
    const problems = problemsOf(() => checkArticle(sources, REFS, 'references.yaml'));
    assert.ok(
      problems.some((p) =>
        /^content\/article\/es\/introduction\.mdx: citation 4: <Cite n=\{9\} \/> points at reference 9/.test(p),
      ),
    );
  });
  it('fails on a reference that is never cited', () => {
    const problems = problemsOf(() => checkArticle(realSources(), [...REFS, '8'], 'references.yaml'));
    assert.deepEqual(problems, ['references.yaml: reference 8: is never cited in the text']);
  });
  it('fails on a file that is not a section of the article', () => {
    const sources = [
      ...realSources(),
      modelled({ locale: 'en', section: 'methods', file: 'content/article/en/methods.mdx', body: 'x' }),
    ];
    assert.ok(problemsOf(() => checkArticle(sources, REFS, 'r')).some((p) => p.includes('"methods" is not a section')));
  });
  it('fails on a section whose two languages do not align, naming the block', () => {
    const sources = edit(realSources(), 'es/clinical-case.mdx', (b) => b.replace('<LabTable />\n\n', ''));
    const problems = problemsOf(() => checkArticle(sources, REFS, 'r'));
    assert.equal(problems.length, 1);
    assert.match(
      problems[0]!,
      /section "clinical-case" does not align: block 3 is <LabTable> "" in content\/article\/en\/clinical-case\.mdx but <LabChart>/,
    );
  });
});

describe('alignmentProblem', () => {
  const section = (locale: Locale, body: string) => modelled({ locale, section: 's', file: `${locale}/s.mdx`, body });
  it('names the first paragraph that does not pair', () => {
    const en = section('en', 'One.\n\nTwo.\n\n- a list');
    const es = section('es', 'Uno.\n\nDos.\n\nTres.');
    assert.match(
      alignmentProblem(en, es)!,
      /block 3 is list "a list" in en\/s\.mdx but paragraph "Tres\." in es\/s\.mdx/,
    );
  });
  it('names a paragraph with no counterpart at all', () => {
    assert.match(
      alignmentProblem(section('en', 'One.\n\nTwo.'), section('es', 'Uno.'))!,
      /block 2 is paragraph "Two\." .* but nothing/,
    );
  });
  it('accepts blocks that pair', () => {
    assert.equal(
      alignmentProblem(section('en', 'One.\n\n<Figure id="f" />'), section('es', 'Uno.\n\n<Figure id="f" />')),
      null,
    );
  });
});

describe('sectionModel', () => {
  const model = (body: string) =>
    sectionModel({ locale: 'en', section: 'discussion', file: 'f', body }, { LabTable: 'table-1' });
  it('lists the citations in reading order', () => {
    const source = realSources().find((s) => s.file.endsWith('en/discussion.mdx'))!;
    assert.deepEqual(
      source.model.citations.map((c) => c.reference),
      [3, 5, 6, 7],
    );
  });
  it('numbers repeated citations of a reference within a section', () => {
    assert.deepEqual(model('A.<Cite n={3} /> B.<Cite n={3} /> C.<Cite n={4} />').citations, [
      { section: 'discussion', reference: 3, occurrence: 1, id: 'cite-discussion-3' },
      { section: 'discussion', reference: 3, occurrence: 2, id: 'cite-discussion-3-2' },
      { section: 'discussion', reference: 4, occurrence: 1, id: 'cite-discussion-4' },
    ]);
  });
  it('marks a citation without a number as NaN', () => {
    assert.ok(Number.isNaN(model('A.<Cite n="x" />').citations[0]?.reference));
  });
  it('reads components with their literal attributes and their own id', () => {
    const [block] = model('<Figure id="fig-1" label="Fig. 1">Caption.</Figure>').blocks;
    assert.deepEqual(block, {
      kind: '<Figure>',
      excerpt: 'Caption.',
      attributes: { id: 'fig-1', label: 'Fig. 1' },
      id: 'fig-1',
    });
  });
  it('numbers other blocks by position, and gives a component its fixed anchor', () => {
    assert.deepEqual(
      model('One.\n\n<LabTable />\n\n- a list').blocks.map((b) => [b.kind, b.id]),
      [
        ['paragraph', 'discussion-1'],
        ['<LabTable>', 'table-1'],
        ['list', 'discussion-3'],
      ],
    );
  });
});
