import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import { HYPHENATION_EXCEPTIONS, IDENTIFIER, names, typesetting } from '../../src/formats/pdf/words.ts';
import type { ArticleMetadata, Reference } from '../../src/model/schemas.ts';

// The patterns are read by Typst (Rust's regex crate, Unicode word boundaries), so Typst reads them here too.
const typst = NodeCompiler.create({ workspace: process.cwd() });

/** What Typst's `regex(pattern)` finds in `text`, match by match. */
function matches(pattern: string, text: string): string[] {
  const literal = (s: string) => JSON.stringify(s);
  const result = typst.compile({
    mainFileContent: `#metadata(${literal(text)}.matches(regex(${literal(pattern)})).map(m => m.text))<m>`,
  });
  const document = result.result;
  assert.ok(document, `Typst reads the pattern ${pattern}`);
  return (typst.query(document, { selector: '<m>', field: 'value' }) as string[][])[0] ?? [];
}

const meta = {
  authors: [
    { given: 'Luis', family: 'Figuero-Pérez', initials: 'L', corresponding: true, email: 'l@example.org' },
    { given: 'Álvaro', family: 'López-Gutiérrez' },
    { given: 'Roberto A.', family: 'Escala-Cornejo' },
  ],
} as unknown as Pick<ArticleMetadata, 'authors'>;
const article = (n: number, author: { family: string; given: string }[]): Reference => ({
  n,
  item: { id: String(n), type: 'article-journal', title: 'T', 'container-title': 'J', author },
});
const references = [
  article(1, [
    { family: 'Le', given: 'RQ' },
    { family: 'Li', given: 'L' },
  ]),
  article(2, [
    { family: 'Monteagudo', given: 'LA' },
    { family: 'Wampler Muskardin', given: 'Tiffany L' },
  ]),
];

describe('IDENTIFIER', () => {
  it('finds hyphenated names and codes, whole', () => {
    assert.deepEqual(
      matches(IDENTIFIER, 'SARS-CoV-2 causes COVID-19; anti-IL-6 and IL-1 inhibitors; coronavirus disease-2019.'),
      ['SARS-CoV-2', 'COVID-19', 'anti-IL-6', 'IL-1', 'disease-2019'],
    );
  });
  it('leaves compounds of ordinary words, numbers and unhyphenated words alone', () => {
    assert.deepEqual(
      matches(IDENTIFIER, 'broad-spectrum piperacillin-tazobactam, multi-organ failure, 8.11, 2020, HLHS, tocilizumab'),
      [],
    );
  });
});

describe('names', () => {
  it('lists the authors in full and in Vancouver form, and the references’ authors with and without initials', () => {
    const list = names(meta, references);
    for (const name of [
      'Luis Figuero-Pérez',
      'Figuero-Pérez L',
      'López-Gutiérrez Á',
      'Escala-Cornejo RA',
      'L. Figuero-Pérez',
      'Le RQ',
      'Le',
      'Wampler Muskardin',
      'PubMed Central',
    ])
      assert.ok(list.includes(name), `${name} is missing from ${list.join(', ')}`);
  });
  it('puts longer names first, so a name with its initials is found whole', () => {
    const list = names(meta, references);
    assert.ok(list.indexOf('Figuero-Pérez L') < list.indexOf('Figuero-Pérez'));
  });
});

describe('typesetting', () => {
  const { whole, unhyphenated } = typesetting(meta, references);
  it('keeps each name, database name and identifier whole, and no part of a longer word', () => {
    assert.deepEqual(
      matches(
        whole,
        'Figuero-Pérez L, López-Gutiérrez Á. Leukocytes rose; as Le et al. and Monteagudo et al. showed in SARS-CoV-2. PubMed Central PMCID',
      ),
      ['Figuero-Pérez L', 'López-Gutiérrez Á', 'Le', 'Monteagudo', 'SARS-CoV-2', 'PubMed Central'],
    );
  });
  it('sets the words the hyphenation patterns break wrongly without hyphenation, in any case', () => {
    assert.ok(HYPHENATION_EXCEPTIONS.includes('coronavirus'));
    assert.deepEqual(matches(unhyphenated, 'Coronavirus disease; the coronavirus 2; coronaviruses'), [
      'Coronavirus',
      'coronavirus',
      'coronaviruses',
    ]);
  });
});
