import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  alignmentProblem,
  checkArticle,
  labTableProblems,
  numbersOf,
  termsOf,
  translationProblems,
  type ModelledSection,
} from '../../src/lib/content-checks.ts';
import type { Locale } from '../../src/lib/locales.ts';
import { ContentError, sectionModel, type SectionSource } from '../../src/lib/section-model.ts';
import { componentAnchor } from '../../src/lib/anchors.ts';
import { loadMetadata } from './helpers.ts';

const modelled = (source: SectionSource): ModelledSection => ({ ...source, model: sectionModel(source) });

const root = new URL('../../content/article/', import.meta.url);
const REFS = ['1', '2', '3', '4', '5', '6', '7'];
const DRUGS = loadMetadata().about.drugs;
// The article's authors wrote its Spanish abstract (authorsSpanish in the metadata).
const OPTIONS = { drugs: DRUGS, authorsSpanish: ['abstract'] };

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
      problemsOf(() => checkArticle(realSources(), REFS, 'references.yaml', OPTIONS)),
      [],
    );
  });
  it('fails on a Spanish paragraph that swaps the two drugs, naming the file, the block and the order', () => {
    const sources = edit(realSources(), 'es/discussion.mdx', (b) =>
      b
        .replace('el tratamiento con tocilizumab no aportó', 'el tratamiento con anakinra no aportó')
        .replace('el uso de anakinra permitió', 'el uso de tocilizumab permitió'),
    );
    const problems = problemsOf(() => checkArticle(sources, REFS, 'r', OPTIONS));
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(
      problems[0]!,
      /^content\/article\/es\/discussion\.mdx, block 2 \("En el caso de nuestro paciente.*"\): names tocilizumab, anakinra in English but anakinra, tocilizumab in Spanish/,
    );
  });
  it('fails on a Spanish dose whose numbers are swapped, naming the file, the block and the numbers', () => {
    const sources = edit(realSources(), 'es/clinical-case.mdx', (b) =>
      b.replace('8 mg/kg cada 12 h', '12 mg/kg cada 8 h'),
    );
    const problems = problemsOf(() => checkArticle(sources, REFS, 'r', OPTIONS));
    assert.deepEqual(problems.length, 1, problems.join('\n'));
    assert.match(
      problems[0]!,
      /^content\/article\/es\/clinical-case\.mdx, block 5 \(.*\): numbers 8, 12, 2, 1, 48, 100, 14 in English but 12, 8, 2, 1, 48, 100, 14 in Spanish/,
    );
  });
  it('fails on a Spanish paragraph that leaves out a name the article keeps in both languages', () => {
    const sources = edit(realSources(), 'es/introduction.mdx', (b) =>
      b.replace('El virus SARS-CoV-2 es', 'El virus es'),
    );
    const problems = problemsOf(() => checkArticle(sources, REFS, 'r', OPTIONS));
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(
      problems[0]!,
      /^content\/article\/es\/introduction\.mdx, block 1 .*: names SARS-CoV-2, RNA, IL-6, tocilizumab, IL-1, anakinra in English but RNA, SARS-CoV-2, IL-6/,
    );
  });
  it('holds a Spanish abstract that the authors did not write to every number of the English', () => {
    const sources = edit(realSources(), 'es/abstract.mdx', (b) => b.replace('paciente de 51 años', 'paciente'));
    assert.deepEqual(
      problemsOf(() => checkArticle(sources, REFS, 'r', OPTIONS)),
      [],
    );
    const problems = problemsOf(() => checkArticle(sources, REFS, 'r', { drugs: DRUGS }));
    assert.ok(
      problems.some((p) =>
        /^content\/article\/es\/abstract\.mdx, block 2 .*: numbers 51 in English but none in Spanish/.test(p),
      ),
      problems.join('\n'),
    );
  });
  it('lets the authors’ Spanish abstract leave out a number, but not change one', () => {
    const sources = edit(realSources(), 'es/abstract.mdx', (b) =>
      b.replace('paciente de 51 años', 'paciente de 15 años'),
    );
    const problems = problemsOf(() => checkArticle(sources, REFS, 'r', OPTIONS));
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(
      problems[0]!,
      /^content\/article\/es\/abstract\.mdx, block 2 .*: numbers 51 in English but 15 in Spanish/,
    );
  });
  it('fails on a citation of a reference that does not exist', () => {
    const sources = edit(realSources(), 'es/introduction.mdx', (b) => b.replace('<Cite n={4} />', '<Cite n={9} />'));
    const problems = problemsOf(() => checkArticle(sources, REFS, 'references.yaml', OPTIONS));
    assert.ok(
      problems.some((p) =>
        /^content\/article\/es\/introduction\.mdx: citation 4: <Cite n=\{9\} \/> points at reference 9/.test(p),
      ),
    );
  });
  it('fails on a reference that is never cited', () => {
    const problems = problemsOf(() => checkArticle(realSources(), [...REFS, '8'], 'references.yaml', OPTIONS));
    assert.deepEqual(problems, ['references.yaml: reference 8: is never cited in the text']);
  });
  it('fails on a section whose two languages do not align, naming the block', () => {
    const sources = edit(realSources(), 'es/clinical-case.mdx', (b) => b.replace('<LabTable id="table-1" />\n\n', ''));
    const problems = problemsOf(() => checkArticle(sources, REFS, 'r', OPTIONS));
    assert.equal(problems.length, 1);
    assert.match(
      problems[0]!,
      /section "clinical-case" does not align: block 3 is <LabTable> "" in content\/article\/en\/clinical-case\.mdx but <LabChart>/,
    );
  });
});

describe('labTableProblems', () => {
  const sources = (body: string) => [
    modelled({ locale: 'en', section: 'case', file: 'content/article/en/case.mdx', body }),
  ];
  it('accepts components that name a lab table', () => {
    assert.deepEqual(
      labTableProblems(sources('<LabTable id="table-1" />\n\n<LabChart table="table-1" />'), ['table-1']),
      [],
    );
  });
  it('names the file, the block and the tables when a <LabTable id> names no table', () => {
    assert.deepEqual(labTableProblems(sources('One.\n\n<LabTable id="table-9" />'), ['table-1', 'table-2']), [
      'content/article/en/case.mdx: block 2: <LabTable> id="table-9" names no lab table (the tables are: table-1, table-2)',
    ]);
  });
  it('asks for the table of a <LabChart> that names none', () => {
    const [problem] = labTableProblems(sources('<LabChart />'), ['table-1']);
    assert.match(problem!, /^content\/article\/en\/case\.mdx: block 1: <LabChart> needs table="…"/);
  });
});

describe('numbersOf', () => {
  it('reads the decimal comma of the Spanish and the decimal point of the English as one number', () => {
    assert.deepEqual(numbersOf('0.5 and .71 and 2,400 and 1,000,000', 'en'), ['0.5', '0.71', '2400', '1000000']);
    assert.deepEqual(numbersOf('0,5 y 0,71 y 2.400 y 2400 y 1\u202f000', 'es'), [
      '0.5',
      '0.71',
      '2400',
      '2400',
      '1000',
    ]);
  });
  it('keeps the reading order and every repetition', () => {
    assert.deepEqual(numbersOf('8 mg/kg every 12 h, 2 doses; 48 h after, Fig. 1 and Table 1.', 'en'), [
      '8',
      '12',
      '2',
      '48',
      '1',
      '1',
    ]);
  });
  it('leaves out the digits of names: COVID-19, SARS-CoV-2, anti-IL-6, pT4N1M0', () => {
    assert.deepEqual(numbersOf('COVID-19, SARS-CoV-2, anti-IL-6 (pT4N1M0), a 51-year-old, >38 °C', 'en'), ['51', '38']);
  });
});

describe('termsOf', () => {
  const drugs = ['Anakinra', 'Tocilizumab', 'Lopinavir/ritonavir'];
  it('finds the drugs whatever their case, and names with digits or inner capitals, in reading order', () => {
    assert.deepEqual(
      termsOf('Anakinra after anti-IL-6 (tocilizumab), lopinavir/ritonavir (LPV/r) and HCQ for SARS-CoV-2 RNA', drugs),
      ['anakinra', 'IL-6', 'tocilizumab', 'lopinavir/ritonavir', 'LPV', 'HCQ', 'SARS-CoV-2', 'RNA'],
    );
  });
  it('leaves out plain words, capitalised words and plain numbers', () => {
    assert.deepEqual(termsOf('The patient, Monteagudo et al., Fig. 1, 2400 mg/day', drugs), []);
  });
});

describe('translationProblems', () => {
  const section = (locale: Locale, body: string) =>
    modelled({ locale, section: 'discussion', file: `${locale}/discussion.mdx`, body });
  const kept = new Set(['anakinra', 'tocilizumab', 'IL-6']);
  it('accepts a translation that keeps the numbers and names in order, its decimal comma included', () => {
    assert.deepEqual(
      translationProblems(
        section('en', 'Tocilizumab (8 mg/kg every 12 h) then anakinra.\n\nIL-6 was 0.5.'),
        section('es', 'Tocilizumab (8 mg/kg cada 12 h) y después anakinra.\n\nLa IL-6 fue 0,5.'),
        ['Anakinra', 'Tocilizumab'],
        kept,
      ),
      [],
    );
  });
  it('names each block whose numbers or names differ', () => {
    const problems = translationProblems(
      section('en', 'Tocilizumab, then anakinra.\n\nIL-6 was 0.5.'),
      section('es', 'Anakinra y después tocilizumab.\n\nLa IL-6 fue 5.'),
      ['Anakinra', 'Tocilizumab'],
      kept,
    );
    assert.deepEqual(problems.length, 2);
    assert.match(
      problems[0]!,
      /^es\/discussion\.mdx, block 1 .*: names tocilizumab, anakinra in English but anakinra, tocilizumab in Spanish/,
    );
    assert.match(problems[1]!, /^es\/discussion\.mdx, block 2 .*: numbers 0\.5 in English but 5 in Spanish/);
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
    sectionModel({ locale: 'en', section: 'discussion', file: 'f', body }, componentAnchor);
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
      text: 'Caption.',
      attributes: { id: 'fig-1', label: 'Fig. 1' },
      id: 'fig-1',
    });
  });
  it('reads a list’s items as words apart', () => {
    assert.equal(model('- Merck\n- Roche').blocks[0]?.text, 'Merck Roche');
  });
  it('numbers other blocks by position, and gives a component its fixed anchor', () => {
    assert.deepEqual(
      model('One.\n\n<LabTable id="table-1" />\n\n- a list').blocks.map((b) => [b.kind, b.id]),
      [
        ['paragraph', 'discussion-1'],
        ['<LabTable>', 'table-1'],
        ['list', 'discussion-3'],
      ],
    );
  });
});
