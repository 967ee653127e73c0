import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { vancouverText } from '../../src/formats/citation/vancouver.ts';
import { pubmedLink } from '../../src/model/references.ts';
import { sourceReferences } from '../source.ts';
import { CSL_DATA_SCHEMA } from './csl-data-schema.ts';
import { loadReferences } from './helpers.ts';

const references = loadReferences();

describe('this article’s references (content/references/references.yaml)', () => {
  it('are CSL journal articles, numbered in their order', () => {
    assert.deepEqual(
      references.map((r) => [r.n, r.item.type]),
      sourceReferences.map((_, i) => [i + 1, 'article-journal']),
    );
  });
  it('print as the source does, in Vancouver style (DOIs through https://doi.org/)', () => {
    assert.equal(references.length, sourceReferences.length);
    references.forEach((ref, i) => {
      const printed = sourceReferences[i]!.replace('http://dx.doi.org/', 'https://doi.org/');
      assert.equal(vancouverText(ref.item), printed, `reference ${ref.n}`);
    });
  });
  it('each offer a PubMed search by title, having no PMID', () => {
    assert.deepEqual(pubmedLink(references[5]!.item), {
      href: "https://pubmed.ncbi.nlm.nih.gov/?term=The%20rheumatologist's%20role%20in%20COVID-19",
      record: false,
    });
  });
});

describe('the reference lists, read by another reader (ajv, against the test-side CSL data schema)', () => {
  const validate = new Ajv({ allErrors: true }).compile(CSL_DATA_SCHEMA);
  const read = (path: string) => {
    const text = readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
    return path.endsWith('.json') ? JSON.parse(text) : parse(text);
  };
  for (const path of [
    'content/references/references.yaml',
    'tests/fixtures/second-article/content/references/references.yaml',
    'tests/fixtures/case-presentation/content/references/references.yaml',
    'tests/fixtures/ahead-of-print/content/references/references.yaml',
    'tests/fixtures/zotero-export/references.json',
  ])
    it(`${path} is CSL data`, () => {
      assert.ok(validate(read(path)), `${path}: ${JSON.stringify(validate.errors)}`);
    });
});
