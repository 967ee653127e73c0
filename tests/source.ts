/**
 * The published article (a copy of shared/article/), read into the parts the tests compare the site against.
 * Extraction artefacts are mended here exactly as the edition mends them and nothing else: the word broken across
 * lines ("ceftriax-one"), Fig. 1's caption and Table 1 lifted out of the discussion, the three disclosures of the
 * conflicts (run together by the extraction) parted by semicolons as the edition's list ends them, and the body's
 * apostrophes typographic ("one week’s"; the reference titles keep theirs as published).
 */
import { readFileSync } from 'node:fs';

const text = readFileSync(new URL('./fixtures/source/article-full-text.md', import.meta.url), 'utf8');

const between = (start: string, end: string) => {
  const from = text.indexOf(start);
  const to = text.indexOf(end, from + start.length);
  if (from < 0 || to < 0) throw new Error(`source: cannot find "${start}" … "${end}"`);
  return text.slice(from + start.length, to);
};
const clean = (s: string) =>
  s
    .replace(/<sup>[^<]*<\/sup>/g, '')
    .replace(/\\\(/g, '(')
    .replace(/\\\)/g, ')')
    .replace(/ceftriax-\s+one/g, 'ceftriaxone')
    .replace(/\s+/g, ' ')
    .trim();
// The body's apostrophes as the edition sets them: typographic (a letter's ' is ’).
const typographic = (s: string) => s.replace(/(?<=\p{L})'/gu, '’');
const body = (s: string) => typographic(clean(s));
const paragraphs = (s: string) =>
  s
    .split(/\n\s*\n/)
    .map(body)
    .filter(Boolean);

/** Sentences of a run of text (split after . ? ! followed by a capital or the end). */
export function sentences(s: string): string[] {
  return body(s)
    .split(/(?<=[.?!])\s+(?=[A-Z(])/)
    .filter((x) => x.length > 3);
}

const discussion = between('## Discussion', 'Fig. 1.');
const tableBlock = between('Table 1\n', '-: not available.');

export const source = {
  abstract: paragraphs(between('#### ABSTRACT', '©')),
  resumen: paragraphs(between('#### RESUMEN', '©')),
  introduction: paragraphs(between('## Introduction', '## Clinical case')),
  // The case's second paragraph was split inside "ceftriax-one": one paragraph, mended, in the source's order.
  clinicalCase: paragraphs(between('## Clinical case', '## Discussion'))
    .join(' ')
    .replace(/ceftriax-\s*one/, 'ceftriaxone'),
  discussion: paragraphs(discussion),
  conclusion: body(between('-: not available.', '### Conflict of interests')),
  conflicts: body(between('### Conflict of interests', '### References')).replace(
    /(Merck|AstraZeneca) (Speakers’|Travel)/g,
    '$1; $2',
  ),
  figureCaption: body(between('Fig. 1.', 'Table 1')),
  tableCaption: body(tableBlock.split('\n').find((l) => l.trim().length > 0) ?? ''),
  /** Table 1's rows as published: [name with unit, four values, range]. */
  table: tableBlock
    .split('\n')
    .filter((l) => l.includes('\t'))
    .slice(1)
    .map((l) => l.split('\t').map((c) => c.trim())),
  keywordsEs: between('##### Palabras clave:', '<sup>')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean),
};

/** The reference list as printed, one string per reference. */
export const sourceReferences: string[] = text
  .slice(text.indexOf('### References'))
  .split('\n')
  .filter((l) => /^\d+\. /.test(l))
  .map((l) =>
    clean(
      l
        .replace(/^\d+\. /, '')
        .replace(/\*/g, '')
        .replace(/\[([^\]]+)\]\((?:[^()]|\([^()]*\))*\)/g, '$1')
        .replace(/<([^>]+)>/g, '$1'),
    ),
  );
