import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { labTableSchema, metadataSchema, referenceSchema, sectionSchema } from '../../src/model/schemas.ts';

const read = (path: string) => parse(readFileSync(new URL(`../../content/${path}`, import.meta.url), 'utf8'));
const metadata = () => read('metadata/article.yaml')[0];
const table = () => read('labs/table-1.yaml');
const references = () => read('references/references.yaml');

/** A failed validation as one line per problem ("file: field.path: message"), as an editor reads it. */
function describeIssues(file: string, error: z.ZodError): string {
  return error.issues
    .map((issue) => `${file}: ${issue.path.length ? issue.path.join('.') : '(file)'}: ${issue.message}`)
    .join('\n');
}

/** Validates and returns the "file: field: message" lines, or [] when valid. */
function problems(
  schema: { safeParse: (d: unknown) => { success: boolean; error?: unknown } },
  data: unknown,
  file: string,
) {
  const result = schema.safeParse(data);
  return result.success ? [] : describeIssues(file, result.error as never).split('\n');
}

describe('the content files as they are', () => {
  it('pass every schema', () => {
    assert.deepEqual(problems(metadataSchema, metadata(), 'article.yaml'), []);
    assert.deepEqual(problems(labTableSchema, table(), 'table-1.yaml'), []);
    for (const ref of references()) assert.deepEqual(problems(referenceSchema, ref, 'references.yaml'), []);
  });
});

describe('the schemas’ messages', () => {
  it('names the file and the field of a missing field', () => {
    const data = metadata();
    delete data.doi;
    const lines = problems(metadataSchema, data, 'content/metadata/article.yaml');
    assert.equal(lines.length, 1);
    assert.match(lines[0]!, /^content\/metadata\/article\.yaml: doi: /);
  });
  it('names a missing Spanish translation', () => {
    const data = table();
    delete data.caption.es;
    const [line] = problems(labTableSchema, data, 'table-1.yaml');
    assert.match(line!, /^table-1\.yaml: caption\.es: is missing: the Spanish caption \(translation missing\)/);
  });
  it('names a malformed lab value with its place and what was expected', () => {
    const data = table();
    data.analytes[2].values[1] = 'about 500';
    const [line] = problems(labTableSchema, data, 'table-1.yaml');
    assert.match(line!, /^table-1\.yaml: analytes\.2\.values\.1: "about 500" is not a lab value/);
  });
  it('names a row with the wrong number of values', () => {
    const data = table();
    data.analytes[0].values.pop();
    assert.match(
      problems(labTableSchema, data, 'f')[0]!,
      /analytes\.0\.values: has 3 values but the table has 4 time points/,
    );
  });
  it('names a malformed DOI', () => {
    const [ref] = references();
    ref.DOI = 'https://doi.org/10.1016/x';
    assert.match(problems(referenceSchema, ref, 'references.yaml')[0]!, /references\.yaml: DOI: is not a DOI/);
  });
  it('names an author whose affiliation does not exist', () => {
    const data = metadata();
    data.authors[2].affiliations = ['z'];
    assert.match(problems(metadataSchema, data, 'f')[0]!, /authors\.2\.affiliations\.0: names affiliation "z"/);
  });
  it('names an affiliation whose country has no Spanish name', () => {
    const data = metadata();
    data.affiliations[1].country = { code: 'ES', en: 'Spain' };
    assert.deepEqual(problems(metadataSchema, data, 'f'), [
      'f: affiliations.1.country.es: is missing: the country in Spanish (translation missing) is required',
    ]);
  });
  it('names an affiliation’s country code that ISO 3166-1 does not have', () => {
    const data = metadata();
    data.affiliations[0].country.code = 'XX';
    assert.deepEqual(problems(metadataSchema, data, 'f'), [
      'f: affiliations.0.country.code: "XX" is not an ISO 3166-1 alpha-2 country code (e.g. ES for Spain)',
    ]);
  });
  it('names an affiliation without its institution, and one whose city is neither a text nor { en, es }', () => {
    const data = metadata();
    delete data.affiliations[2].institution;
    data.affiliations[2].city = ['Ávila'];
    assert.deepEqual(problems(metadataSchema, data, 'f'), [
      'f: affiliations.2.institution: is missing: the institution is required',
      'f: affiliations.2.city: must be the city as published (one text for both languages) or { en: …, es: … }',
    ]);
  });
  it('names an ISSN whose check digit is wrong', () => {
    const data = metadata();
    data.journal.issn = { print: '1234-5678' };
    assert.deepEqual(problems(metadataSchema, data, 'f'), [
      'f: journal.issn.print: "1234-5678" is not an ISSN: expected four digits, a hyphen, three digits and the check digit (e.g. 2049-3630)',
    ]);
  });
  it('names a copyright holder or year that the copyright line does not name', () => {
    const data = metadata();
    data.copyright.year = 2021;
    data.copyright.holder.es = 'Elsevier España, S.L.U. and Sociedad Española de Reumatología';
    assert.deepEqual(problems(metadataSchema, data, 'f'), [
      'f: copyright.year: is 2021, but the English copyright line says © 2020',
      'f: copyright.year: is 2021, but the Spanish copyright line says © 2020',
      'f: copyright.holder.es: "Elsevier España, S.L.U. and Sociedad Española de Reumatología" is not the holder the copyright line names ("© 2020 Elsevier España, S.L.U. y Sociedad Española de Reumatología y Colegio Mexicano de Reumatología. Todos los derechos reservados.")',
    ]);
  });
  it('names an event placed at a time point that does not exist', () => {
    const data = table();
    data.events[1].at = 'day-99';
    assert.match(problems(labTableSchema, data, 'f')[0]!, /events\.1\.at: names time point "day-99"/);
  });
  it('names a section without a description', () => {
    assert.match(
      problems(sectionSchema, { title: 'Intro' }, 'en/introduction.mdx')[0]!,
      /en\/introduction\.mdx: description: is missing/,
    );
  });
});

describe('metadataSchema’s affiliations', () => {
  it('give the pages the published line, each part joined with ", " in its language', () => {
    const [a, b] = metadataSchema.parse(metadata()).affiliations;
    assert.deepEqual(a?.name, {
      en: 'Servicio de Oncología Médica, Complejo Universitario de Salamanca, Salamanca, Spain',
      es: 'Servicio de Oncología Médica, Complejo Universitario de Salamanca, Salamanca, España',
    });
    // No department: the line begins with the institution.
    assert.deepEqual(b?.name.en, 'Instituto de Investigación Biomédica de Salamanca (IBSAL), Salamanca, Spain');
  });
  it('take a name in each language where the languages differ', () => {
    const data = metadata();
    data.affiliations[0].city = { en: 'Salamanca (city)', es: 'Salamanca (ciudad)' };
    const [a] = metadataSchema.parse(data).affiliations;
    assert.deepEqual(a?.city, { en: 'Salamanca (city)', es: 'Salamanca (ciudad)' });
    assert.match(a?.name.es ?? '', /, Salamanca \(ciudad\), España$/);
  });
});
