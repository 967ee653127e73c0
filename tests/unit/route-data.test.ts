import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { navLinks, notFoundRoute, routeData, type NavPage, type RouteInput } from '../../src/site/route-data.ts';
import type { Block } from '../../src/model/section-model.ts';

const block = (kind: string, id: string, attributes: Record<string, string> = {}, text = ''): Block => ({
  kind,
  id,
  attributes,
  excerpt: text,
  text,
});
// Labels unlike the site's own, so a test cannot pass by reading them from the translations.
const pages: NavPage[] = [
  { slug: '', label: 'Home page' },
  { slug: 'introduction', label: 'Intro' },
  { slug: 'clinical-case', label: 'The case' },
  { slug: 'discussion', label: 'Talk' },
  { slug: 'references', label: 'Sources' },
];
const input = (over: Partial<RouteInput>): RouteInput => ({
  locale: 'en',
  slug: 'clinical-case',
  parallel: false,
  base: '/',
  pages,
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
  it('lists every section of the home page in its contents, by its own title, then How to cite', () => {
    const data = routeData(
      input({
        slug: '',
        sections: [
          { id: 'summary', title: 'Summary', description: 'D', blocks: [] },
          {
            id: 'background',
            title: 'Background',
            description: 'B',
            blocks: [block('<Figure>', 'fig-2', { label: 'Fig. 2' })],
          },
        ],
      }),
    );
    assert.deepEqual(data.toc, [
      { id: 'summary', label: 'Summary', depth: 1 },
      { id: 'background', label: 'Background', depth: 1 },
      { id: 'fig-2', label: 'Fig. 2', depth: 2 },
      { id: 'how-to-cite', label: 'How to cite', depth: 1 },
    ]);
  });
  it('lists a section’s first level of subheadings (###) by their text, in reading order, and no deeper one', () => {
    const sections = [
      {
        id: 'discussion',
        title: 'Discussion',
        description: 'D',
        blocks: [
          block('heading 3', 'discussion-1', {}, 'Cytokines'),
          block('paragraph', 'discussion-2', {}, 'Text.'),
          block('heading 4', 'discussion-3', {}, 'Too deep'),
          block('<Figure>', 'fig-1', { label: 'Fig. 1' }),
          block('heading 3', 'discussion-5', {}, 'Treatment'),
        ],
      },
    ];
    assert.deepEqual(routeData(input({ slug: 'discussion', sections })).toc, [
      { id: 'discussion', label: 'Discussion', depth: 1 },
      { id: 'discussion-1', label: 'Cytokines', depth: 2 },
      { id: 'fig-1', label: 'Fig. 1', depth: 2 },
      { id: 'discussion-5', label: 'Treatment', depth: 2 },
    ]);
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
  it("puts every link under the base, in the page's language and view", () => {
    const data = routeData(input({ locale: 'es', parallel: true, base: '/case-report/' }));
    assert.equal(data.homeHref, '/case-report/es/parallel/');
    assert.equal(data.otherLocaleHref, '/case-report/parallel/clinical-case/');
    assert.equal(data.viewHref, '/case-report/es/clinical-case/');
    assert.equal(data.nav[3]?.href, '/case-report/es/parallel/discussion/');
  });
  it('marks the page itself, and only it, as current in the navigation', () => {
    assert.deepEqual(
      routeData(input({ slug: 'discussion' })).nav.map((link) => link.current),
      [false, false, false, true, false],
    );
  });
  it('links the previous and next pages, with their navigation labels', () => {
    const data = routeData(input({}));
    assert.deepEqual(data.previous, { href: '/introduction/', label: 'Intro' });
    assert.deepEqual(data.next, { href: '/discussion/', label: 'Talk' });
  });
  it('has no previous page at home and no next page after the references', () => {
    assert.equal(routeData(input({ slug: '', sections: [] })).previous, undefined);
    assert.equal(routeData(input({ slug: 'references', sections: [] })).next, undefined);
  });
  it('makes the home page in its single view the landing page, and keeps the side-by-side view out of indexes', () => {
    assert.equal(routeData(input({ slug: '', sections: [] })).landing, true);
    assert.equal(routeData(input({ slug: '', sections: [], parallel: true })).landing, false);
    assert.equal(routeData(input({ slug: '', sections: [], parallel: true })).noindex, true);
    assert.equal(routeData(input({})).noindex, false);
  });
});

describe('navLinks', () => {
  it('links every page in order, under the base, with no page current when none is given', () => {
    assert.deepEqual(
      navLinks(pages.slice(0, 2), { locale: 'es', parallel: false, base: '/second-article/', current: null }),
      [
        { href: '/second-article/es/', label: 'Home page', current: false },
        { href: '/second-article/es/introduction/', label: 'Intro', current: false },
      ],
    );
  });
});

describe('notFoundRoute', () => {
  const notFound = (base: string) =>
    notFoundRoute({ locale: 'en', base, pages, title: 'Not found · No encontrado', description: 'Gone.' });
  it('has no counterpart page, no other view, no contents and stays out of indexes', () => {
    const route = notFound('/');
    assert.equal(route.slug, null);
    assert.equal(route.paths, undefined);
    assert.equal(route.viewHref, undefined);
    assert.deepEqual(route.toc, []);
    assert.equal(route.noindex, true);
    assert.equal(route.landing, false);
    assert.equal(route.previous, undefined);
    assert.equal(route.next, undefined);
  });
  it("leads home and to the other language's home, under the base", () => {
    const route = notFound('/case-report/');
    assert.equal(route.homeHref, '/case-report/');
    assert.equal(route.otherLocaleHref, '/case-report/es/');
    assert.deepEqual(
      route.nav.map((link) => [link.href, link.current]),
      [
        ['/case-report/', false],
        ['/case-report/introduction/', false],
        ['/case-report/clinical-case/', false],
        ['/case-report/discussion/', false],
        ['/case-report/references/', false],
      ],
    );
  });
});
