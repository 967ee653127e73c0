import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { componentAnchor } from '../../src/mdx/components.ts';
import { parseMdx } from '../../src/mdx/tree.ts';
import { duplicateAnchorProblems, linkProblems } from '../../src/model/checks/links.ts';
import type { SectionRole } from '../../src/model/schemas.ts';
import { sectionModel } from '../../src/model/section-model.ts';

const section = (id: string, body: string, role?: SectionRole) => {
  const file = `content/article/en/${id}.mdx`;
  return {
    id,
    locale: 'en',
    role,
    file,
    tree: parseMdx({ file, body }),
    model: sectionModel({ locale: 'en', section: id, file, body }, componentAnchor),
  };
};

describe('linkProblems', () => {
  it('lets a link reach a body section, a figure, a lab table or chart, in any section of its language', () => {
    const sections = [
      section('case', 'See [Fig. 1](#fig-1), [Table 1](#table-1), [the chart](#table-1-chart), [below](#discussion).'),
      section(
        'discussion',
        '<Figure id="fig-1" label="Fig. 1" note="n">c</Figure>\n\n<LabTable id="table-1" />\n\n<LabChart table="table-1" />',
      ),
    ];
    assert.deepEqual(linkProblems(sections), []);
  });
  it('refuses, naming the file and line, a link to nothing, or to the abstract and conflicts no format can reach', () => {
    const problems = linkProblems([
      section('summary', 'An abstract.', 'abstract'),
      section('case', 'Text.\n\nSee [the summary](#summary) and [Table 9](#table-9).'),
    ]);
    assert.equal(problems.length, 2);
    assert.match(problems[0]!, /^content\/article\/en\/case\.mdx:3: the link to "#summary" points at nothing/);
    assert.match(problems[1]!, /the link to "#table-9" points at nothing the article has in every format/);
  });
});

describe('duplicateAnchorProblems', () => {
  it('names both files when two components of one language render the same anchor', () => {
    const chart = '<LabChart table="table-1" id="lab-chart" />';
    assert.deepEqual(duplicateAnchorProblems([section('case', chart), section('discussion', chart)]), [
      'content/article/en/discussion.mdx: the anchor "lab-chart" is also given in content/article/en/case.mdx: give each its own id',
    ]);
    assert.deepEqual(
      duplicateAnchorProblems([section('case', chart), { ...section('case', chart), locale: 'es' }]),
      [],
    );
  });
});
