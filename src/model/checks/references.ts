/**
 * The reference list's checks: the file is a list of CSL items (CSL 1.0.2 and the site's rules: schemas/reference.ts),
 * each item's number is its place in the list, ids are unique, and the text cites the references in the order they
 * are numbered (Vancouver numbers a reference when it is first cited). Every message names the file, the reference
 * (its number and CSL id) and the field, in words an editor reads.
 */
import type { z } from 'astro/zod';
import { CSL_FIELDS, referenceSchema, type CslItem, type Reference } from '../schemas.ts';

/** Field names editors bring from other formats (BibTeX, RIS, the old reference list), and CSL's own for them. */
const CSL_NAMES_FOR: Readonly<Record<string, string>> = {
  journal: 'container-title',
  booktitle: 'container-title',
  authors: 'author',
  editors: 'editor',
  year: 'issued',
  date: 'issued',
  pages: 'page',
  etal: 'custom: { etAl: true }',
  accessdate: 'accessed',
  'access-date': 'accessed',
  place: 'publisher-place',
  location: 'publisher-place',
  address: 'publisher-place',
  url: 'URL',
  link: 'URL',
  abbreviation: 'container-title-short',
};

/** What an unknown field of an item might have meant: CSL's spelling of it, or CSL's variable for it. */
function suggestion(key: string): string {
  const lower = key.toLowerCase();
  const known = CSL_FIELDS.find((field) => field.toLowerCase() === lower) ?? CSL_NAMES_FOR[lower];
  return known ? ` (did you mean "${known}"?)` : '';
}

/** A path inside an item as an editor reads it: `author 3: family`, `issued: date-parts` (lists counted from 1). */
const pathText = (path: readonly PropertyKey[]) =>
  path.map((part, i) => (typeof part === 'number' ? ` ${part + 1}` : `${i ? ': ' : ''}${String(part)}`)).join('');

function issueMessages(issue: z.ZodError['issues'][number]): string[] {
  if (issue.code === 'unrecognized_keys' && issue.path.length === 0)
    return issue.keys.map((key) => `"${key}": is not a CSL 1.0.2 variable${suggestion(key)}`);
  if (issue.code === 'unrecognized_keys')
    return issue.keys.map((key) => `${pathText(issue.path)}: "${key}": ${issue.message.replace(/^[^:]*: /, '')}`);
  return [`${issue.path.length ? `${pathText(issue.path)}: ` : ''}${issue.message}`];
}

/** How a message names an item: its number, and its CSL id. */
const itemName = (item: unknown, n: number) => {
  const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
  return typeof id === 'string' || typeof id === 'number' ? `reference ${n} (id "${id}")` : `reference ${n}`;
};

/**
 * Reads a parsed reference file: a list of CSL items, numbered from 1 in their order. Returns the references, or
 * every problem found, each naming the file, the reference and the field.
 */
export function readReferenceList(data: unknown, file: string): { references: Reference[]; problems: string[] } {
  if (!Array.isArray(data))
    return {
      references: [],
      problems: [`${file}: must be a list of references (CSL items, "- id: …" in YAML, [ … ] in JSON), in order`],
    };
  const problems: string[] = [];
  const references: Reference[] = [];
  const seen = new Map<string, number>();
  data.forEach((raw: unknown, i) => {
    const n = i + 1;
    const parsed = referenceSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        for (const message of issueMessages(issue)) problems.push(`${file}: ${itemName(raw, n)}: ${message}`);
      return;
    }
    const id = String(parsed.data.id);
    const first = seen.get(id);
    if (first !== undefined)
      problems.push(`${file}: ${itemName(raw, n)}: id: is reference ${first}'s id too: each item needs its own id`);
    seen.set(id, n);
    references.push({ n, item: parsed.data });
  });
  if (data.length === 0) problems.push(`${file}: lists no reference: a case report cites at least one`);
  return { references, problems };
}

/** The items of a reference list, numbered from 1 in their order: the numbers `<Cite n={…} />` names. */
export const numbered = (items: readonly CslItem[]): Reference[] => items.map((item, i) => ({ n: i + 1, item }));

/** A citation in reading order: the reference it cites, and the file it is in. */
export interface CitationInOrder {
  reference: number;
  file: string;
}

/**
 * The references must be numbered in the order the text first cites them (Vancouver: reference 1 is the first
 * cited, 2 the next new one, and so on). `citations` are the text's, in reading order, in one language.
 */
export function citationOrderProblems(citations: readonly CitationInOrder[], referencesFile: string): string[] {
  const first: CitationInOrder[] = [];
  for (const citation of citations) if (!first.some((c) => c.reference === citation.reference)) first.push(citation);
  const wrong = first.findIndex((c, i) => c.reference !== i + 1);
  if (wrong < 0) return [];
  const cited = first[wrong]!;
  return [
    `${referencesFile}: the references are not numbered in the order the text first cites them (Vancouver): ` +
      `${cited.file} cites reference ${cited.reference} before any citation of reference ${wrong + 1} ` +
      `(the text first cites them in the order ${first.map((c) => c.reference).join(', ')}); ` +
      `reorder the list and renumber the <Cite n={…} />`,
  ];
}
