import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { routeData, type RouteInput } from '../../src/lib/route-data.ts';
import type { Block } from '../../src/lib/section-model.ts';

const block = (kind: string, id: string, attributes: Record<string, string> = {}): Block => ({
  kind,
  id,
  attributes,
  excerpt: '',
  text: '',
});
const input = (over: Partial<RouteInput>): RouteInput => ({
  locale: 'en',
  slug: 'clinical-case',
  parallel: false,
  articleTitle: 'A long title of the article',
  shortTitle: 'Short title',
  sections: [
    {
      id: 'clinical-case',
      title: 'Case',
      description: 'What happened.',
      blocks: [
        block('paragraph', 'clinical-case-1'),
        block('<Figure>', 'fig-9', { id: 'fig-9', label: 'Figure 9' }),
        block('<LabTable>', 'table-1'),
        block('<LabChart>', 'lab-chart'),
      ],
    },
  ],
  landmarks: { 'table-1': 'Table A', 'lab-chart': 'The chart' },
  howToCiteId: 'how-to-cite',
  labels: {
    references: 'References',
    abstract: 'Abstract',
    howToCite: 'How to cite',
    sideBySide: 'English and Spanish, side by side',
  },
  ...over,
});

describe('routeData', () => {
  it('titles a section page with its section and the short title', () => {
    const data = routeData(input({}));
    assert.equal(data.pageTitle, 'Case');
    assert.equal(data.title, 'Case · Short title');
    assert.equal(data.description, 'What happened.');
  });
  it('titles the home page with the article title', () => {
    const data = routeData(
      input({ slug: '', sections: [{ id: 'abstract', title: 'Abstract', description: 'D', blocks: [] }] }),
    );
    assert.equal(data.title, 'A long title of the article');
    assert.deepEqual(
      data.toc.map((e) => e.id),
      ['abstract', 'how-to-cite'],
    );
  });
  it('titles the references page, which has no section', () => {
    const data = routeData(input({ slug: 'references', sections: [] }));
    assert.equal(data.pageTitle, 'References');
    assert.equal(data.description, 'References: A long title of the article');
  });
  it('lists the section, then its figures, tables and charts, in the contents', () => {
    assert.deepEqual(routeData(input({})).toc, [
      { id: 'clinical-case', label: 'Case', depth: 1 },
      { id: 'fig-9', label: 'Figure 9', depth: 2 },
      { id: 'table-1', label: 'Table A', depth: 2 },
      { id: 'lab-chart', label: 'The chart', depth: 2 },
    ]);
  });
  it('gives the side-by-side view its own title and no contents', () => {
    const data = routeData(input({ parallel: true }));
    assert.equal(data.title, 'English and Spanish, side by side: Case');
    assert.deepEqual(data.toc, []);
  });
  it('links the page in both languages and in the other view', () => {
    const data = routeData(input({ locale: 'es', parallel: true }));
    assert.deepEqual(data.paths, { en: '/parallel/clinical-case/', es: '/es/parallel/clinical-case/' });
    assert.equal(data.viewPath, '/es/clinical-case/');
  });
});
