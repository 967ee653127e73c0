/**
 * One reference of the reference list, as CSL data: the Citation Style Language's data model (CSL-JSON, version
 * 1.0.2), which Zotero exports and Pandoc, Quarto and citation-js read. `content/references/references.yaml` (or
 * `references.json`, a CSL JSON export as Zotero writes it) is a list of CSL items. Every variable and item type of
 * CSL 1.0.2's data schema (schemas/input/csl-data.json) is accepted in the shape CSL gives it; a field CSL does not
 * know fails, so a misspelt "Pmid" or an invented "journal" is named rather than dropped. On top of CSL, the site's
 * own rules: a title for every reference, a journal for an article, a book for a chapter, a URL and an access date
 * for a web page, identifiers in their registries' forms, dates as date-parts, and `custom` holding only the keys
 * this site reads (CSL's designated place for data without a CSL variable).
 */
import { z } from 'astro/zod';
import { CHAPTER_TYPES, JOURNAL_TYPES, WEBPAGE_TYPES } from '../reference-kinds.ts';
import { DOI_PATTERN } from './common.ts';

/** CSL 1.0.2's item types. */
export const CSL_TYPES = [
  'article',
  'article-journal',
  'article-magazine',
  'article-newspaper',
  'bill',
  'book',
  'broadcast',
  'chapter',
  'classic',
  'collection',
  'dataset',
  'document',
  'entry',
  'entry-dictionary',
  'entry-encyclopedia',
  'event',
  'figure',
  'graphic',
  'hearing',
  'interview',
  'legal_case',
  'legislation',
  'manuscript',
  'map',
  'motion_picture',
  'musical_score',
  'pamphlet',
  'paper-conference',
  'patent',
  'performance',
  'periodical',
  'personal_communication',
  'post',
  'post-weblog',
  'regulation',
  'report',
  'review',
  'review-book',
  'software',
  'song',
  'speech',
  'standard',
  'thesis',
  'treaty',
  'webpage',
] as const;

/** CSL 1.0.2's name variables: each a list of names. */
export const CSL_NAME_VARIABLES = [
  'author',
  'chair',
  'collection-editor',
  'compiler',
  'composer',
  'container-author',
  'contributor',
  'curator',
  'director',
  'editor',
  'editorial-director',
  'executive-producer',
  'guest',
  'host',
  'interviewer',
  'illustrator',
  'narrator',
  'organizer',
  'original-author',
  'performer',
  'producer',
  'recipient',
  'reviewed-author',
  'script-writer',
  'series-creator',
  'translator',
] as const;

/** CSL 1.0.2's date variables. */
export const CSL_DATE_VARIABLES = [
  'accessed',
  'available-date',
  'event-date',
  'issued',
  'original-date',
  'submitted',
] as const;

/**
 * CSL 1.0.2's variables that are text (`journalAbbreviation` and `shortTitle` are the schema's aliases), but for
 * `title`, which the site requires.
 */
const STRING_VARIABLES = [
  'citation-key',
  'language',
  'journalAbbreviation',
  'shortTitle',
  'abstract',
  'annote',
  'archive',
  'archive_collection',
  'archive_location',
  'archive-place',
  'authority',
  'call-number',
  'citation-label',
  'collection-title',
  'container-title',
  'container-title-short',
  'dimensions',
  'division',
  'DOI',
  'event',
  'event-title',
  'event-place',
  'genre',
  'ISBN',
  'ISSN',
  'jurisdiction',
  'keyword',
  'medium',
  'note',
  'original-publisher',
  'original-publisher-place',
  'original-title',
  'part-title',
  'PMCID',
  'PMID',
  'publisher',
  'publisher-place',
  'references',
  'reviewed-genre',
  'reviewed-title',
  'scale',
  'section',
  'source',
  'status',
  'title-short',
  'URL',
  'version',
  'volume-title',
  'volume-title-short',
  'year-suffix',
] as const;

/** CSL 1.0.2's variables that are a string or a number ("55" or 55). */
const NUMERIC_VARIABLES = [
  'chapter-number',
  'citation-number',
  'collection-number',
  'edition',
  'first-reference-note-number',
  'issue',
  'locator',
  'number',
  'number-of-pages',
  'number-of-volumes',
  'page',
  'page-first',
  'part',
  'printing',
  'supplement',
  'volume',
] as const;

/** Every field a CSL item may have, for the message that names an unknown one. */
export const CSL_FIELDS: readonly string[] = [
  'id',
  'type',
  'title',
  'categories',
  'custom',
  ...CSL_NAME_VARIABLES,
  ...CSL_DATE_VARIABLES,
  ...STRING_VARIABLES,
  ...NUMERIC_VARIABLES,
];

/** The keys of `custom` this site reads; CSL leaves `custom` open, the site names what it understands. */
export const CUSTOM_KEYS = {
  etAl: 'true when the source prints "et al." after the names it lists (it names fewer authors than there are)',
  fullGivenNames: 'true when the source prints the authors’ given names in full ("Fu Binqing"), not as initials',
} as const;

const listOf = (keys: readonly string[]) => keys.map((k) => `"${k}"`).join(', ');
const unknown = (what: string, known: readonly string[]) => (issue: { code?: string; keys?: string[] }) =>
  issue.code === 'unrecognized_keys'
    ? `has an unknown field ${listOf(issue.keys ?? [])}: ${what} has only ${listOf(known)}`
    : undefined;

const flag = z.union([z.string(), z.number(), z.boolean()]);
const NAME_KEYS = [
  'family',
  'given',
  'dropping-particle',
  'non-dropping-particle',
  'suffix',
  'comma-suffix',
  'static-ordering',
  'literal',
  'parse-names',
] as const;

/** A CSL name: a person's parts, or `literal` for an organisation ("World Health Organization"). */
const cslName = z
  .strictObject(
    {
      family: z.string().optional(),
      given: z.string().optional(),
      'dropping-particle': z.string().optional(),
      'non-dropping-particle': z.string().optional(),
      suffix: z.string().optional(),
      'comma-suffix': flag.optional(),
      'static-ordering': flag.optional(),
      literal: z.string().optional(),
      'parse-names': flag.optional(),
    },
    { error: unknown('a CSL name', NAME_KEYS) },
  )
  .refine((name) => Boolean(name.family?.trim() || name.literal?.trim()), {
    error: 'needs a family name ("family", with "given") or, for an organisation, "literal"',
  });

const datePart = z.union([z.number().int(), z.string().regex(/^-?\d+$/)], {
  error: 'must be a number: date-parts are [year, month, day], e.g. [[2020, 3, 5]]',
});

/** A CSL date: date-parts ([[year, month, day]], a second list for a range), or a literal date. */
const cslDate = z
  .strictObject(
    {
      'date-parts': z
        .array(z.array(datePart).min(1).max(3), { error: 'must be a list of [year, month, day], e.g. [[2020, 3]]' })
        .min(1)
        .max(2)
        .optional(),
      season: z.union([z.string(), z.number()]).optional(),
      circa: flag.optional(),
      literal: z.string().optional(),
      raw: z.string().optional(),
    },
    { error: unknown('a CSL date', ['date-parts', 'season', 'circa', 'literal', 'raw']) },
  )
  .refine((date) => date['date-parts'] !== undefined || Boolean(date.literal?.trim()), {
    error: 'needs its date-parts, e.g. { date-parts: [[2020, 3, 5]] } (year, month, day)',
  })
  .refine(
    (date) =>
      (date['date-parts'] ?? []).every(([, month, day]) => {
        const inRange = (part: unknown, max: number) =>
          part === undefined || (Number(part) >= 1 && Number(part) <= max);
        return inRange(month, 12) && inRange(day, 31);
      }),
    { error: 'has a month outside 1–12 or a day outside 1–31: date-parts are [year, month, day]' },
  );

const custom = z.strictObject(
  { etAl: z.boolean().optional(), fullGivenNames: z.boolean().optional() },
  { error: unknown('custom', Object.keys(CUSTOM_KEYS)) },
);

/** Each of `keys`, optional, of one schema. */
const fields = <K extends string, S extends z.ZodType>(keys: readonly K[], schema: S) =>
  Object.fromEntries(keys.map((k) => [k, schema.optional()])) as { [P in K]: z.ZodOptional<S> };

/** A CSL 1.0.2 item, strictly: every field CSL defines, in its shape, and nothing else. */
const cslShape = z.strictObject(
  {
    id: z.union([z.string().trim().min(1), z.number()], { error: 'is missing: every CSL item has an id' }),
    type: z.enum(CSL_TYPES, {
      error: (issue) =>
        issue.input === undefined
          ? 'is missing: the item type, e.g. article-journal, book, chapter, report or webpage'
          : `"${String(issue.input)}" is not a CSL item type: e.g. article-journal, book, chapter, report or webpage`,
    }),
    // CSL leaves the title optional; a Vancouver reference cannot be printed without one.
    title: z
      .string({ error: 'is missing: every reference needs its title' })
      .trim()
      .min(1, { error: 'is missing: every reference needs its title' }),
    categories: z.array(z.string()).optional(),
    custom: custom.optional(),
    ...fields(CSL_NAME_VARIABLES, z.array(cslName)),
    ...fields(CSL_DATE_VARIABLES, cslDate),
    ...fields(STRING_VARIABLES, z.string()),
    ...fields(NUMERIC_VARIABLES, z.union([z.string(), z.number()])),
  },
  { error: unknown('a CSL 1.0.2 item', ['id', 'type', 'a CSL variable']) },
);

type CslShape = z.output<typeof cslShape>;

/** The site's rules on top of CSL's: what a Vancouver reference cannot be printed without. */
function siteRules(item: CslShape, ctx: z.RefinementCtx): void {
  const problem = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  if (item.DOI !== undefined && !DOI_PATTERN.test(item.DOI.trim()))
    problem('DOI', 'is not a DOI: expected "10.<registrant>/<suffix>" without https://doi.org/ in front');
  if (item.PMID !== undefined && !/^\d+$/.test(item.PMID.trim()))
    problem('PMID', 'must be a PubMed id: digits only, e.g. "34823820"');
  if (item.PMCID !== undefined && !/^PMC\d+$/.test(item.PMCID.trim()))
    problem('PMCID', 'must be a PubMed Central id: "PMC" and digits, e.g. "PMC7561306"');
  if (item.URL !== undefined && !/^https?:\/\/\S+$/.test(item.URL.trim()))
    problem('URL', 'must be a web address starting https:// (or http://)');
  const container = item['container-title'] ?? item['container-title-short'] ?? item.journalAbbreviation;
  if (JOURNAL_TYPES.has(item.type) && !container?.trim())
    problem('container-title', 'is missing: a journal article needs its journal ("container-title")');
  if (CHAPTER_TYPES.has(item.type) && !item['container-title']?.trim())
    problem('container-title', 'is missing: a chapter needs the title of its book ("container-title")');
  if (WEBPAGE_TYPES.has(item.type)) {
    if (!item.URL) problem('URL', 'is missing: a web page needs its URL');
    if (!item.accessed)
      problem('accessed', 'is missing: a web page needs the date it was read, which Vancouver prints as "[cited …]"');
  } else if (!item.issued) problem('issued', 'is missing: the date of publication, e.g. { date-parts: [[2020]] }');
}

/** One reference of the list: a CSL 1.0.2 item that also keeps the site's rules. */
export const referenceSchema = cslShape.superRefine(siteRules);

/** A CSL item as the reference list holds it. */
export type CslItem = z.output<typeof referenceSchema>;
/** A CSL name (a person's parts, or an organisation's `literal`). */
export type CslName = z.output<typeof cslName>;
/** A CSL date. */
export type CslDate = z.output<typeof cslDate>;

/** A reference of the list: its number, which `<Cite n={…} />` names (its place in the list, from 1), and its item. */
export interface Reference {
  n: number;
  item: CslItem;
}
