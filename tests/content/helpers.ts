/** Loads the content collections' data files the way the schemas see them, for unit tests. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { readReferenceList } from '../../src/model/checks/references.ts';
import { labTableSchema, metadataSchema } from '../../src/model/schemas.ts';

const read = (path: string) => parse(readFileSync(new URL(`../../content/${path}`, import.meta.url), 'utf8'));

export const loadMetadata = () => metadataSchema.parse(read('metadata/article.yaml')[0]);
export const loadTable = () => labTableSchema.parse(read('labs/table-1.yaml'));
/** The reference list as the build reads it (numbered in its order); a problem in it fails the test that loads it. */
export function loadReferences() {
  const { references, problems } = readReferenceList(read('references/references.yaml'), 'references.yaml');
  if (problems.length) throw new Error(problems.join('\n'));
  return references;
}

/** An MDX section's text with components and front matter removed, for comparing words and numbers. */
export function sectionText(locale: 'en' | 'es', section: string): string {
  return (
    readFileSync(new URL(`../../content/article/${locale}/${section}.mdx`, import.meta.url), 'utf8')
      .replace(/^---[\s\S]*?---\n/, '')
      .replace(/<Cite n=\{(\d+)\} \/>/g, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      // Emphasis, as a reader sees it: "_speakers’ bureau_" is set in italics, without the underscores.
      .replace(/(^|[\s(])_([^_\n]+)_(?=[\s).,:;]|$)/gm, '$1$2')
  );
}
