/**
 * The published article (a copy of shared/article/), read into the parts the tests compare the site against.
 * Extraction artefacts are mended here exactly as the issue allows and nothing else: the word broken across
 * lines ("ceftriax-one"), and Fig. 1's caption and Table 1 lifted out of the discussion.
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
const paragraphs = (s: string) =>
  s
    .split(/\n\s*\n/)
    .map(clean)
    .filter(Boolean);

/** Sentences of a run of text (split after . ? ! followed by a capital or the end). */
export function sentences(s: string): string[] {
  return clean(s)
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
  conclusion: clean(between('-: not available.', '### Conflict of interests')),
  conflicts: clean(between('### Conflict of interests', '### References')),
  figureCaption: clean(between('Fig. 1.', 'Table 1')),
  tableCaption: clean(tableBlock.split('\n').find((l) => l.trim().length > 0) ?? ''),
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
