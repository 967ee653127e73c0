/**
 * The converter cases' documents: the invented record of record/ (read with the site's own schemas) and sections
 * of small MDX, modelled by the site's section model, built into documents as the site builds them.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { buildDocument, type ArticleDocument } from '../../src/document/document.ts';
import type { Locale } from '../../src/i18n/locales.ts';
import { chartData } from '../../src/lab-chart/data.ts';
import { componentAnchor } from '../../src/mdx/components.ts';
import { readReferenceList } from '../../src/model/checks/references.ts';
import { labTableSchema, metadataSchema, type LabTable, type SectionRole } from '../../src/model/schemas.ts';
import { sectionModel } from '../../src/model/section-model.ts';

const read = (path: string) => parse(readFileSync(new URL(`./record/${path}`, import.meta.url), 'utf8'));

export const META = metadataSchema.parse(read('metadata.yaml'));
export const REFERENCES = (() => {
  const { references, problems } = readReferenceList(read('references.yaml'), 'tests/cases/record/references.yaml');
  if (problems.length) throw new Error(problems.join('\n'));
  return references;
})();
export const TABLES = { 'table-1': labTableSchema.parse(read('labs/table-1.yaml')) };

/** A section of a case: its id, heading, role and MDX. */
export interface CaseSection {
  id: string;
  title: string;
  role?: SectionRole;
  mdx: string;
}

/** The document of `sections` in one language, over the invented record. */
export function caseDocument(
  locale: Locale,
  sections: readonly CaseSection[],
  tables: Readonly<Record<string, LabTable>> = TABLES,
): ArticleDocument {
  return buildDocument({
    locale,
    meta: META,
    references: REFERENCES,
    labTables: tables,
    charts: Object.fromEntries(Object.entries(tables).map(([id, t]) => [id, chartData(t, locale)])),
    sections: sections.map(({ id, title, role, mdx }) => {
      const file = `tests/cases/${locale}/${id}.mdx`;
      return {
        id,
        title,
        description: `The ${title.toLowerCase()} of an invented case (test data).`,
        role,
        page: '',
        file,
        body: mdx,
        model: sectionModel({ locale, section: id, file, body: mdx }, componentAnchor),
      };
    }),
  });
}

/** A case's one body section, "case", in one language. */
export const oneSection = (locale: Locale, mdx: string) => caseDocument(locale, [{ id: 'case', title: 'Case', mdx }]);

/** The golden cases of a converter: each case's title, its MDX, and what the converter must make of it. */
export function cases(file: string): { title: string; mdx: string; expected: string }[] {
  const list = parse(readFileSync(new URL(`./${file}`, import.meta.url), 'utf8')) as Record<string, string>[];
  return list.map((c) => ({ title: c['title'] ?? '', mdx: c['mdx'] ?? '', expected: (c['expected'] ?? '').trim() }));
}
