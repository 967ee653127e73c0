import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import {
  alignmentProblem,
  checkArticle,
  clinicalTermsOf,
  decimalPointProblems,
  labTableProblems,
  measuresOf,
  numbersOf,
  termsOf,
  translationProblems,
  type CheckOptions,
  type ModelledSection,
  type TermsOptions,
} from '../../src/model/checks/content.ts';
import type { Locale } from '../../src/i18n/locales.ts';
import { ContentError, sectionModel, type SectionSource } from '../../src/model/section-model.ts';
import { componentAnchor } from '../../src/site/anchors.ts';
import { metadataSchema, termsSchema } from '../../src/model/schemas.ts';

const modelled = (source: SectionSource): ModelledSection => ({ ...source, model: sectionModel(source) });

const REFS = ['1', '2', '3', '4', '5', '6', '7'];
const TERMS_FILE = 'content/terms/terms.yaml';
const readYaml = (path: string) => parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));

/** A content folder's bilingual list of units and terms, if it has one, as the build reads it. */
function termsOfRoot(root: string): TermsOptions | undefined {
  const file = `${root}/terms/terms.yaml`;
  if (!existsSync(new URL(`../../${file}`, import.meta.url))) return undefined;
  return { list: termsSchema.parse(readYaml(file)[0]), file };
}

/** What a content folder's metadata and terms tell the checks, as src/data/article.ts passes them. */
function optionsOf(root: string, abstract: string): CheckOptions {
  const meta = metadataSchema.parse(readYaml(`${root}/metadata/article.yaml`)[0]);
  const terms = termsOfRoot(root);
  return {
    drugs: meta.about.drugs,
    authorsSpanish: meta.authorsSpanish.includes('abstract') ? [abstract] : [],
    ...(terms ? { terms } : {}),
  };
}

// The article's authors wrote its Spanish abstract (authorsSpanish in the metadata).
const OPTIONS = optionsOf('content', 'abstract');
const DRUGS = OPTIONS.drugs ?? [];
const TERMS = OPTIONS.terms!;

/** A content folder's sections, read the way the site reads them (body without front matter). */
function sourcesOf(root: string): ModelledSection[] {
  const folder = new URL(`../../${root}/article/`, import.meta.url);
  return (['en', 'es'] as Locale[]).flatMap((locale) =>
    readdirSync(new URL(`${locale}/`, folder)).map((name) =>
      modelled({
        locale,
        section: name.replace(/\.mdx$/, ''),
        file: `${root}/article/${locale}/${name}`,
        body: readFileSync(new URL(`${locale}/${name}`, folder), 'utf8').replace(/^---[\s\S]*?---\n/, ''),
      }),
    ),
  );
}
const realSources = () => sourcesOf('content');
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
  it('accepts the article as it is against its own list of units and clinical terms', () => {
    assert.ok(TERMS.list.units.length && TERMS.list.terms.length, `${TERMS_FILE} lists units and terms`);
    const problems = problemsOf(() => checkArticle(realSources(), REFS, 'references.yaml', OPTIONS));
    assert.deepEqual(problems, []);
  });
  for (const [fixture, abstract] of [
    ['tests/fixtures/second-article/content', 'abstract'],
    ['tests/fixtures/case-presentation/content', 'summary'],
    // No abstract, and none of its Spanish is the authors' (authorsSpanish: []): the name is never read.
    ['tests/fixtures/ahead-of-print/content', 'abstract'],
  ] as const)
    it(`accepts the fixture ${fixture} as it is`, () => {
      const sources = sourcesOf(fixture);
      // A reference's number is its place in the list.
      const ids = (readYaml(`${fixture}/references/references.yaml`) as unknown[]).map((_, i) => String(i + 1));
      assert.deepEqual(
        problemsOf(() => checkArticle(sources, ids, 'references.yaml', optionsOf(fixture, abstract))),
        [],
      );
    });
  it('holds a fixture to its own list of terms', () => {
    const fixture = 'tests/fixtures/case-presentation/content';
    const sources = edit(sourcesOf(fixture), 'es/outcome.mdx', (b) =>
      b.replace('valores inventados', 'valores reales'),
    );
    const numbers = ['1', '2', '3', '4', '5', '6'];
    const problems = problemsOf(() => checkArticle(sources, numbers, 'r', optionsOf(fixture, 'summary')));
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(
      problems[0]!,
      /^tests\/fixtures\/case-presentation\/content\/article\/es\/outcome\.mdx, block 1 .*: clinical terms invented in English but none in Spanish .*: the 1st is "invented" in English but missing in Spanish; a translation keeps each term of tests\/fixtures\/case-presentation\/content\/terms\/terms\.yaml/,
    );
  });
  it('fails on a Spanish duration whose unit changed ("14 días" → "14 horas"), naming the file, the block and both', () => {
    const sources = edit(realSources(), 'es/clinical-case.mdx', (b) =>
      b.replace('14 días después', '14 horas después'),
    );
    const problems = problemsOf(() => checkArticle(sources, REFS, 'r', OPTIONS));
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(
      problems[0]!,
      /^content\/article\/es\/clinical-case\.mdx, block 5 \("Con el diagnóstico.*"\): 14 days in English but 14 horas in Spanish \(content\/article\/en\/clinical-case\.mdx, block 5\): a translation keeps each number's unit/,
    );
  });
  it('fails on a Spanish dose in grams where the English gives milligrams ("100 mg" → "100 g")', () => {
    const sources = edit(realSources(), 'es/clinical-case.mdx', (b) => b.replace('(100 mg en', '(100 g en'));
    const problems = problemsOf(() => checkArticle(sources, REFS, 'r', OPTIONS));
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(
      problems[0]!,
      /^content\/article\/es\/clinical-case\.mdx, block 5 .*: 100 mg in English but 100 g in Spanish/,
    );
  });
  it('fails on a dose per kilogram in grams ("8 mg/kg" → "8 g/kg"), a unit the list does not know', () => {
    const sources = edit(realSources(), 'es/clinical-case.mdx', (b) => b.replace('(8 mg/kg', '(8 g/kg'));
    const problems = problemsOf(() => checkArticle(sources, REFS, 'r', OPTIONS));
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(
      problems[0]!,
      /block 5 .*: 8 mg\/kg in English but 8 g\/kg \("g\/kg" is no unit of content\/terms\/terms\.yaml\) in Spanish/,
    );
  });
  it('fails on cultures that turned positive in Spanish («negativos» → «positivos»), naming the term', () => {
    const sources = edit(realSources(), 'es/clinical-case.mdx', (b) =>
      b.replace('el urocultivo fueron negativos', 'el urocultivo fueron positivos'),
    );
    const problems = problemsOf(() => checkArticle(sources, REFS, 'r', OPTIONS));
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(
      problems[0]!,
      /^content\/article\/es\/clinical-case\.mdx, block 1 \("Varón de 51 años.*"\): clinical terms negative, positive in English but positivos, positiva in Spanish \(content\/article\/en\/clinical-case\.mdx, block 1\): the 1st is "negative" in English but "positivos" \("positive"\) in Spanish; a translation keeps each term of content\/terms\/terms\.yaml, in the same order/,
    );
  });
  it('fails on a route of administration changed in Spanish («subcutánea» → «intravenosa»)', () => {
    const sources = edit(realSources(), 'es/clinical-case.mdx', (b) =>
      b.replace('por vía subcutánea', 'por vía intravenosa'),
    );
    const problems = problemsOf(() => checkArticle(sources, REFS, 'r', OPTIONS));
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(
      problems[0]!,
      /block 5 .*: clinical terms subcutaneous, improvement, single total dose, subcutaneous in English but subcutáneas, mejoría, dosis única, intravenosa in Spanish .*: the 4th is "subcutaneous" in English but "intravenosa" \("intravenous"\) in Spanish/,
    );
  });
  it('fails on a term the Spanish leaves out, and on two terms the Spanish swaps', () => {
    const dropped = edit(realSources(), 'es/discussion.mdx', (b) => b.replace('en perfusión continua ', ''));
    assert.match(
      problemsOf(() => checkArticle(dropped, REFS, 'r', OPTIONS)).join('\n'),
      /discussion\.mdx, block 2 .*: the 4th is "continuous infusion" in English but "superiores a" \("greater than"\) in Spanish/,
    );
    const swapped = edit(realSources(), 'es/clinical-case.mdx', (b) =>
      b.replace('fueron negativos', 'fueron positivos').replace('fue positiva', 'fue negativa'),
    );
    assert.match(
      problemsOf(() => checkArticle(swapped, REFS, 'r', OPTIONS)).join('\n'),
      /block 1 .*: clinical terms negative, positive in English but positivos, negativa in Spanish/,
    );
  });
  it('lets the authors’ Spanish abstract leave out a term, but not change one', () => {
    const left = edit(realSources(), 'es/abstract.mdx', (b) =>
      b.replace('presentó mejoría clínica y analítica', 'evolucionó'),
    );
    assert.deepEqual(
      problemsOf(() => checkArticle(left, REFS, 'r', OPTIONS)),
      [],
    );
    const changed = edit(realSources(), 'es/abstract.mdx', (b) =>
      b.replace('presentó mejoría', 'presentó empeoramiento'),
    );
    assert.match(
      problemsOf(() => checkArticle(changed, REFS, 'r', OPTIONS)).join('\n'),
      /^content\/article\/es\/abstract\.mdx, block 2 .*: clinical terms improvement in English but empeoramiento in Spanish .*: the authors’ Spanish may leave a term out, but neither change, add nor reorder one/,
    );
  });
  it('fails on a decimal point left in the Spanish ("38.5 °C") where the Spanish writes decimals with a comma', () => {
    const sources = edit(
      edit(realSources(), 'en/clinical-case.mdx', (b) => b.replace('(>38 °C)', '(>38.5 °C; IL-6 0.5 pg/mL)')),
      'es/clinical-case.mdx',
      (b) => b.replace('(> 38 °C)', '(> 38.5 °C; IL-6 0,5 pg/mL)'),
    );
    const problems = problemsOf(() => checkArticle(sources, REFS, 'r', OPTIONS));
    assert.deepEqual(problems, [
      'content/article/es/clinical-case.mdx, block 1 ("Varón de 51 años que acudió al servicio de urgencias por fie…"): "38.5" has a decimal point, but the Spanish writes decimals with a comma ("0,5" in this block): write "38,5"',
    ]);
  });
  it('fails on a decimal point in Spanish that no comma of the block contradicts, when the lab tables print commas', () => {
    const sources = edit(
      edit(realSources(), 'en/clinical-case.mdx', (b) => b.replace('(>38 °C)', '(>38.5 °C)')),
      'es/clinical-case.mdx',
      (b) => b.replace('(> 38 °C)', '(> 38.5 °C)'),
    );
    assert.deepEqual(
      problemsOf(() => checkArticle(sources, REFS, 'r', OPTIONS)),
      [],
    );
    const table = 'Tabla 1, content/labs/table-1.yaml, printed with decimal commas on the Spanish pages';
    const problems = problemsOf(() => checkArticle(sources, REFS, 'r', { ...OPTIONS, spanishDecimalComma: table }));
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(
      problems[0]!,
      /block 1 .*: "38\.5" has a decimal point, but the Spanish writes decimals with a comma \(Tabla 1, content\/labs\/table-1\.yaml, printed with decimal commas on the Spanish pages\): write "38,5"/,
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

describe('measuresOf', () => {
  const units = TERMS.list.units;
  const unitOf = (text: string, locale: Locale) =>
    measuresOf(text, locale, units).map((m) => [m.value, m.unit < 0 ? null : units[m.unit]!.en[0]]);
  it('reads each number with its unit, in each language’s own forms, as one and the same', () => {
    assert.deepEqual(unitOf('14 days, 12 h, 8 mg/kg, 2400 mg/day, 69%, a 51-year-old', 'en'), [
      ['14', 'day'],
      ['12', 'h'],
      ['8', 'mg/kg'],
      ['2400', 'mg/day'],
      ['69', '%'],
      ['51', 'year'],
    ]);
    assert.deepEqual(
      unitOf('14 días, 12 h, 8 mg/kg, 2400 mg/día, 69 %, de 51 años', 'es'),
      unitOf('14 days, 12 h, 8 mg/kg, 2400 mg/day, 69%, a 51-year-old', 'en'),
    );
  });
  it('reads a unit after a no-break space, and no unit out of a longer one or a word', () => {
    assert.deepEqual(unitOf('100\u00a0mg, 8 g/kg, 2 subcutaneous doses, 5 gloves', 'en'), [
      ['100', 'mg'],
      ['8', null],
      ['2', null],
      ['5', null],
    ]);
  });
  it('compares numbers alone when there is no list', () => {
    assert.deepEqual(
      measuresOf('14 days', 'en').map((m) => m.unit),
      [-1],
    );
  });
});

describe('clinicalTermsOf', () => {
  const terms = TERMS.list.terms;
  const english = (text: string, locale: Locale) =>
    clinicalTermsOf(text, locale, terms).map((t) => terms[t.term]!.en[0]);
  it('finds the terms whatever their case, in reading order, the longest form first, across line breaks', () => {
    assert.deepEqual(
      english('Cultures were Negative; PCR positive. A single total dose, continuous\ninfusion.', 'en'),
      ['negative', 'positive', 'single dose', 'continuous infusion'],
    );
    assert.deepEqual(
      english('Cultivos negativos; PCR positiva. Dosis única total, perfusión continua.', 'es'),
      english('Cultures were negative; PCR positive. A single total dose, continuous infusion.', 'en'),
    );
  });
  it('matches whole words only', () => {
    assert.deepEqual(english('seropositive, subcutaneousness, Oralia', 'en'), []);
  });
});

describe('decimalPointProblems', () => {
  const es = (body: string) => modelled({ locale: 'es', section: 's', file: 'es/s.mdx', body });
  it('accepts thousands grouped with a point, and a point where the Spanish writes no decimal comma', () => {
    assert.deepEqual(decimalPointProblems([es('Dosis de 2.400 mg y 1.000.000 de células.\n\nFiebre de 38.5 °C.')]), []);
  });
  it('names a decimal point where another block of the Spanish writes a comma', () => {
    assert.deepEqual(decimalPointProblems([es('La IL-6 fue 0,5.\n\nFiebre de 38.5 °C y .71.')]), [
      'es/s.mdx, block 2 ("Fiebre de 38.5 °C y .71."): "38.5" has a decimal point, but the Spanish writes decimals with a comma ("0,5" in es/s.mdx, block 1): write "38,5"',
      'es/s.mdx, block 2 ("Fiebre de 38.5 °C y .71."): ".71" has a decimal point, but the Spanish writes decimals with a comma ("0,5" in es/s.mdx, block 1): write "0,71"',
    ]);
  });
});

describe('termsSchema', () => {
  const problems = (data: unknown) => {
    const result = termsSchema.safeParse(data);
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };
  it('accepts the article’s list, a form written alone or as a list', () => {
    assert.deepEqual(problems(readYaml(TERMS_FILE)[0]), []);
    assert.deepEqual(termsSchema.parse({ id: 'terms', units: [{ en: 'mg', es: ['mg'] }] }).units, [
      { en: ['mg'], es: ['mg'] },
    ]);
  });
  it('names an entry without its Spanish, an unknown field and a form given to two entries', () => {
    assert.deepEqual(
      problems({
        id: 'terms',
        units: [{ en: 'h' }],
        terms: [
          { en: 'positive', es: 'positivo', note: 'x' },
          { en: 'Positive', es: 'positiva' },
        ],
      }),
      [
        'units.0.es: is missing: the Spanish form of the unit is required',
        'terms.0: has an unknown field "note": a term has only en and es',
      ],
    );
    assert.deepEqual(
      problems({
        id: 'terms',
        terms: [
          { en: 'positive', es: 'positivo' },
          { en: 'Positive', es: 'positiva' },
        ],
      }),
      ['terms.1.en.0: "Positive" is also a form of terms.0: a form belongs to one entry only'],
    );
  });
  it('asks for the one entry’s id', () => {
    assert.deepEqual(problems({ id: 'glossary' }), ['id: must be "terms": the file holds one entry, `- id: terms`']);
  });
});
