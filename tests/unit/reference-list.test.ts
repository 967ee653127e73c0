/**
 * The reference list as the build reads it (src/model/checks/references.ts over the CSL schema of
 * src/model/schemas/reference.ts): what it accepts (CSL 1.0.2 as Zotero exports it) and how it names what it refuses.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { vancouverText } from '../../src/formats/citation/vancouver.ts';
import { citationOrderProblems, readReferenceList } from '../../src/model/checks/references.ts';

const FILE = 'content/references/references.yaml';
const journal = (fields: Record<string, unknown> = {}) => ({
  id: 'alfa-2020',
  type: 'article-journal',
  title: 'An invented study',
  author: [{ family: 'Alfa', given: 'A' }],
  'container-title': 'J Cases',
  issued: { 'date-parts': [[2020]] },
  ...fields,
});
const problems = (data: unknown) => readReferenceList(data, FILE).problems;

describe('readReferenceList', () => {
  it('numbers the references in their order, from 1, and keeps each item’s own CSL id', () => {
    const { references, problems: found } = readReferenceList(
      [journal(), journal({ id: 'http://zotero.org/users/1/items/ABCD' })],
      FILE,
    );
    assert.deepEqual(found, []);
    assert.deepEqual(
      references.map((r) => [r.n, r.item.id]),
      [
        [1, 'alfa-2020'],
        [2, 'http://zotero.org/users/1/items/ABCD'],
      ],
    );
  });
  it('names the file, the reference and a misspelt field, with CSL’s spelling', () => {
    assert.deepEqual(problems([journal(), journal({ id: 'b', Pmid: '123' })]), [
      `${FILE}: reference 2 (id "b"): "Pmid": is not a CSL 1.0.2 variable (did you mean "PMID"?)`,
    ]);
  });
  it('names an invented field, with CSL’s variable for it', () => {
    assert.deepEqual(problems([journal({ journal: 'J Cases' })]), [
      `${FILE}: reference 1 (id "alfa-2020"): "journal": is not a CSL 1.0.2 variable (did you mean "container-title"?)`,
    ]);
  });
  it('names an unknown field inside a name, a date and custom', () => {
    const found = problems([
      journal({
        author: [{ family: 'Alfa', initials: 'A' }],
        issued: { 'date-parts': [[2020]], year: 2020 },
        custom: { etal: true },
      }),
    ]);
    assert.deepEqual(found.sort(), [
      `${FILE}: reference 1 (id "alfa-2020"): author 1: "initials": a CSL name has only "family", "given", "dropping-particle", "non-dropping-particle", "suffix", "comma-suffix", "static-ordering", "literal", "parse-names"`,
      `${FILE}: reference 1 (id "alfa-2020"): custom: "etal": custom has only "etAl", "fullGivenNames"`,
      `${FILE}: reference 1 (id "alfa-2020"): issued: "year": a CSL date has only "date-parts", "season", "circa", "literal", "raw"`,
    ]);
  });
  it('refuses a type CSL does not have, and names what a kind needs', () => {
    assert.match(
      problems([journal({ type: 'journal-article' })])[0]!,
      /reference 1 \(id "alfa-2020"\): type: "journal-article" is not a CSL item type/,
    );
    const page = { id: 'p', type: 'webpage', title: 'A page', issued: { 'date-parts': [[2024]] } };
    assert.deepEqual(problems([page]), [
      `${FILE}: reference 1 (id "p"): URL: is missing: a web page needs its URL`,
      `${FILE}: reference 1 (id "p"): accessed: is missing: a web page needs the date it was read, which Vancouver prints as "[cited …]"`,
    ]);
    assert.deepEqual(problems([journal({ 'container-title': undefined })]), [
      `${FILE}: reference 1 (id "alfa-2020"): container-title: is missing: a journal article needs its journal ("container-title")`,
    ]);
  });
  it('refuses identifiers and dates in the wrong form, every problem at once', () => {
    assert.deepEqual(
      problems([
        journal({ DOI: 'https://doi.org/10.5555/x', PMID: 'PMID 123', issued: { 'date-parts': [[2020, 13]] } }),
      ]),
      [
        `${FILE}: reference 1 (id "alfa-2020"): issued: has a month outside 1–12 or a day outside 1–31: date-parts are [year, month, day]`,
        `${FILE}: reference 1 (id "alfa-2020"): DOI: is not a DOI: expected "10.<registrant>/<suffix>" without https://doi.org/ in front`,
        `${FILE}: reference 1 (id "alfa-2020"): PMID: must be a PubMed id: digits only, e.g. "34823820"`,
      ],
    );
  });
  it('refuses two items with one id, and a file that is not a list', () => {
    assert.deepEqual(problems([journal(), journal()]), [
      `${FILE}: reference 2 (id "alfa-2020"): id: is reference 1's id too: each item needs its own id`,
    ]);
    assert.match(
      problems({ 'alfa-2020': journal() })[0]!,
      /^content\/references\/references\.yaml: must be a list of references/,
    );
  });
});

describe('a CSL JSON export from Zotero 7 (tests/fixtures/zotero-export/references.json)', () => {
  const exported = JSON.parse(
    readFileSync(new URL('../fixtures/zotero-export/references.json', import.meta.url), 'utf8'),
  );
  const { references, problems: found } = readReferenceList(exported, 'references.json');
  it('is a valid reference list as it comes', () => {
    assert.deepEqual(found, []);
    assert.equal(references.length, exported.length);
  });
  it('prints in Vancouver style: initials from full given names, the abbreviation, pages shortened', () => {
    assert.equal(
      vancouverText(references[0]!.item),
      'Alfa AM, Beta B, Gamma C, Delta D, Épsilon E, Zeta Z, et al. An invented cohort: a study that does not exist. J Invented Cases. 2024 Mar 14;12(3):123–35, https://doi.org/10.5555/zotero.0001.',
    );
    assert.equal(
      vancouverText(references[4]!.item),
      'Invented Cases Organization. Imaginary fevers: a fact sheet [Internet]. Invented Cases Organization; 2025 Nov 20 [cited 2026 Jan 5]. Available from: https://example.org/fact-sheet.',
    );
  });
});

describe('citationOrderProblems', () => {
  const at = (file: string, ...numbers: number[]) => numbers.map((reference) => ({ reference, file }));
  it('accepts references numbered in the order the text first cites them, cited again in any order', () => {
    assert.deepEqual(citationOrderProblems([...at('a.mdx', 1, 2, 1), ...at('b.mdx', 3, 2, 4)], FILE), []);
  });
  it('names the file that cites a reference before the one numbered ahead of it', () => {
    assert.deepEqual(citationOrderProblems([...at('a.mdx', 1), ...at('b.mdx', 3, 2)], FILE), [
      `${FILE}: the references are not numbered in the order the text first cites them (Vancouver): b.mdx cites ` +
        'reference 3 before any citation of reference 2 (the text first cites them in the order 1, 3, 2); ' +
        'reorder the list and renumber the <Cite n={…} />',
    ]);
  });
});
