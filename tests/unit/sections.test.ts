import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Locale } from '../../src/i18n/locales.ts';
import {
  articleStructure,
  REFERENCES_SLUG,
  sectionWithRole,
  type SectionDeclaration,
} from '../../src/model/structure.ts';

/** One section's declaration in both languages (`es` overrides the Spanish file's fields). */
const both = (
  id: string,
  fields: Omit<SectionDeclaration, 'id' | 'locale' | 'file'>,
  es: Partial<SectionDeclaration> = {},
): SectionDeclaration[] =>
  (['en', 'es'] as Locale[]).map((locale) => ({
    id,
    locale,
    file: `content/article/${locale}/${id}.mdx`,
    ...fields,
    ...(locale === 'es' ? es : {}),
  }));

const SHAPE = [
  ...both('summary', { order: 1, page: '', nav: 'Home', role: 'abstract' }, { nav: 'Inicio' }),
  ...both('case-presentation', { order: 2, page: 'case', nav: 'Case' }, { nav: 'Caso' }),
  ...both('comment', { order: 3, page: 'case' }),
  ...both('disclosures', { order: 4, page: 'notes', nav: 'Notes', role: 'conflicts' }, { nav: 'Notas' }),
];

describe('articleStructure', () => {
  it('orders sections and pages by the declared order, with the references page last', () => {
    const { structure, problems } = articleStructure([...SHAPE].reverse());
    assert.deepEqual(problems, []);
    assert.deepEqual(
      structure.sections.map((s) => s.id),
      ['summary', 'case-presentation', 'comment', 'disclosures'],
    );
    assert.deepEqual(
      structure.pages.map((p) => [p.slug, p.sections, p.nav]),
      [
        ['', ['summary'], { en: 'Home', es: 'Inicio' }],
        ['case', ['case-presentation', 'comment'], { en: 'Case', es: 'Caso' }],
        ['notes', ['disclosures'], { en: 'Notes', es: 'Notas' }],
        [REFERENCES_SLUG, [], null],
      ],
    );
    assert.equal(structure.sections.find((s) => s.id === 'comment')?.page, 'case');
    assert.equal(sectionWithRole(structure, 'conflicts'), 'disclosures');
  });
  it('names the missing file when a section has one language only', () => {
    const { problems } = articleStructure(SHAPE.filter((d) => d.file !== 'content/article/es/comment.mdx'));
    assert.deepEqual(problems, [
      'content/article/es/comment.mdx: is missing (content/article/en/comment.mdx exists: every section needs both languages)',
    ]);
  });
  it('names the file and the field when the two languages declare a different order or page', () => {
    const { problems } = articleStructure([
      ...SHAPE.filter((d) => d.id !== 'comment'),
      ...both('comment', { order: 3, page: 'case' }, { order: 5, page: 'notes' }),
    ]);
    assert.deepEqual(problems.slice(0, 2), [
      'content/article/es/comment.mdx: order is 5 but content/article/en/comment.mdx gives 3: both languages of a section declare the same order',
      'content/article/es/comment.mdx: page is "notes" but content/article/en/comment.mdx gives "case": both languages of a section declare the same page',
    ]);
  });
  it('asks for the navigation label of the first section of a page', () => {
    const { problems } = articleStructure(
      SHAPE.map((d) => (d.id === 'case-presentation' && d.locale === 'es' ? { ...d, nav: undefined } : d)),
    );
    assert.equal(problems.length, 1);
    assert.match(problems[0]!, /^content\/article\/es\/case-presentation\.mdx: nav is missing/);
  });
  it('refuses two sections with one order, a page split by another, and no home page first', () => {
    const { problems } = articleStructure([
      ...both('a', { order: 1, page: 'first', nav: 'A' }),
      ...both('b', { order: 2, page: 'second', nav: 'B' }),
      ...both('c', { order: 3, page: 'first' }),
      ...both('d', { order: 3, page: 'second' }),
    ]);
    assert.ok(
      problems.some((p) => /a\.mdx: page is "first", but the first section .* is read on the home page/.test(p)),
    );
    assert.ok(problems.some((p) => /order 3 is also the order of/.test(p)));
    assert.ok(problems.some((p) => /page "first" has sections that are not read one after another/.test(p)));
  });
  it('refuses a section that declares the references page', () => {
    const { problems } = articleStructure([
      ...SHAPE,
      ...both('more', { order: 9, page: REFERENCES_SLUG, nav: 'More' }),
    ]);
    assert.ok(
      problems.some((p) => p.startsWith('content/article/en/more.mdx: page "references" is the references page')),
    );
  });
});
