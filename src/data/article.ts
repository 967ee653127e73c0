/**
 * Every content query of the site. Pages call these; the first call runs the cross-file checks, so a broken
 * citation, a missing translation or a section without a page fails the build with a message that names the file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import { CONTENT_ROOT } from './content-root.ts';
import { checkArticle, labTableProblems, type CheckOptions, type ModelledSection } from '../model/checks/content.ts';
import { duplicateAnchorProblems, linkProblems } from '../model/checks/links.ts';
import { mdxProblems } from '../model/checks/mdx.ts';
import { citationOrderProblems } from '../model/checks/references.ts';
import { parseMdx } from '../mdx/tree.ts';
import { isLocale, LOCALES, type Locale } from '../i18n/locales.ts';
import type { ArticleMetadata, LabTable, Reference, SectionRole } from '../model/schemas.ts';
import {
  ContentError,
  readSectionModel,
  type CitationPlace,
  type SectionModel,
  type SectionSource,
} from '../model/section-model.ts';
import { articleStructure, sectionWithRole, type SectionId, type Structure } from '../model/structure.ts';

export type SectionEntry = CollectionEntry<'article'>;

/** A section as whatever renders the whole article reads it: its id, heading, role, file and MDX. */
export interface OrderedSection {
  id: SectionId;
  title: string;
  description: string;
  role?: SectionRole | undefined;
  file: string;
  body: string;
}

/** The file an entry was read from, as the editor knows it (under CONTENT_ROOT too). */
const fileOf = (entry: { filePath?: string | undefined }, fallback: string) => entry.filePath ?? fallback;

/**
 * A section's MDX, from the line it starts on in its file: the body after the front matter, with a blank line for
 * each line above it, so that a message's line is the file's line as the editor sees it (the trees parse the same).
 */
function bodyOf(entry: SectionEntry): string {
  const body = entry.body ?? '';
  if (!entry.filePath || !body) return body;
  try {
    const text = readFileSync(entry.filePath, 'utf8');
    const at = text.indexOf(body);
    return at > 0 ? '\n'.repeat(text.slice(0, at).split('\n').length - 1) + body : body;
  } catch {
    return body;
  }
}

function sourceOf(entry: SectionEntry): SectionSource {
  const [locale = '', section = ''] = entry.id.split('/');
  return {
    locale: isLocale(locale) ? locale : ('?' as Locale),
    section,
    file: fileOf(entry, `article/${entry.id}.mdx`),
    body: bodyOf(entry),
  };
}

/** A section with the model its MDX compilation made (src/mdx/pipeline.ts). */
async function modelled(entry: SectionEntry, source: SectionSource): Promise<ModelledSection> {
  const { remarkPluginFrontmatter } = await render(entry);
  return { ...source, model: readSectionModel(remarkPluginFrontmatter, source.file) };
}

interface Checked {
  sources: ModelledSection[];
  entries: SectionEntry[];
  structure: Structure;
}

let checked: Promise<Checked> | undefined;

/** The structure the sections' front matter declares (src/model/structure.ts), or the problems it has. */
function structureOf(entries: readonly SectionEntry[], plain: readonly SectionSource[]): Structure {
  const bad = plain.filter((s) => !isLocale(s.locale));
  if (bad.length) throw new Error(`${bad.map((s) => s.file).join(', ')}: folder must be one of ${LOCALES.join(', ')}`);
  const { structure, problems } = articleStructure(
    entries.map((entry, i) => ({
      id: plain[i]!.section,
      locale: plain[i]!.locale,
      file: plain[i]!.file,
      order: entry.data.order,
      page: entry.data.page,
      nav: entry.data.nav,
      role: entry.data.role,
    })),
  );
  if (problems.length) throw new ContentError(problems);
  return structure;
}

/** The English text's citations in reading order (the Spanish cites the same, as checkArticle makes sure). */
function citationsInReadingOrder(sources: readonly ModelledSection[], structure: Structure) {
  return structure.sections.flatMap(({ id }) =>
    sources
      .filter((s) => s.locale === 'en' && s.section === id)
      .flatMap((s) => s.model.citations.map((c) => ({ reference: c.reference, file: s.file }))),
  );
}

/** What the metadata, the terms list and the lab tables tell the cross-file checks. */
async function checkOptions(structure: Structure): Promise<CheckOptions> {
  const metadata = await getMetadata();
  // The bilingual units and clinical terms (content/terms/terms.yaml), when the report has them.
  const termsEntry = await getEntry('terms', 'terms');
  // The Spanish pages print the lab tables' decimals with a comma: a decimal point in the Spanish text is a slip.
  const decimalTable = (await labEntries()).find(({ data }) =>
    data.analytes.some((a) => [a.range.low, a.range.high, ...a.values].some((v) => 'decimals' in v && v.decimals > 0)),
  );
  return {
    drugs: metadata.about.drugs,
    // The sections whose Spanish the authors wrote may leave a number out (see translationProblems).
    authorsSpanish: metadata.authorsSpanish.includes('abstract')
      ? [sectionWithRole(structure, 'abstract')].filter((s) => s !== undefined)
      : [],
    ...(termsEntry ? { terms: { list: termsEntry.data, file: fileOf(termsEntry, 'terms/terms.yaml') } } : {}),
    ...(decimalTable
      ? {
          spanishDecimalComma: `${decimalTable.data.label.es}, ${fileOf(decimalTable, `labs/${decimalTable.id}.yaml`)}, printed with decimal commas on the Spanish pages`,
        }
      : {}),
  };
}

/**
 * The lab tables' entries; none, without asking Astro (which warns of an empty collection), when the report has no
 * labs/ folder: a report without lab tables builds with no warning.
 */
const labEntries = async () => (existsSync(join(CONTENT_ROOT, 'labs')) ? getCollection('labs') : []);

/** Runs the cross-file checks once per build. */
export function checkedContent(): Promise<Checked> {
  checked ??= (async () => {
    const entries = await getCollection('article');
    const plain = entries.map(sourceOf);
    const structure = structureOf(entries, plain);
    // What one format could not render fails here, before any page renders it, naming the file and the element.
    const trees = plain.map((source) => parseMdx(source));
    const roleOf = new Map(structure.sections.map((s) => [s.id, s.role]));
    const unrenderable = plain.flatMap((source, i) =>
      mdxProblems(trees[i]!, source.file, { locale: source.locale, role: roleOf.get(source.section) }),
    );
    if (unrenderable.length) throw new ContentError(unrenderable);
    const sources = await Promise.all(entries.map((entry, i) => modelled(entry, plain[i]!)));
    // Every link inside the article reaches a place every format has (the abstract's and the conflicts' do not).
    const broken = duplicateAnchorProblems(sources);
    if (broken.length) throw new ContentError(broken);
    broken.push(
      ...linkProblems(sources.map((s, i) => ({ ...s, id: s.section, role: roleOf.get(s.section), tree: trees[i]! }))),
    );
    if (broken.length) throw new ContentError(broken);
    const tableProblems = labTableProblems(sources, Object.keys(await getLabTables()));
    if (tableProblems.length) throw new ContentError(tableProblems);
    const references = await getReferences();
    const referencesFile = fileOf((await getCollection('references'))[0] ?? {}, 'references/references.yaml');
    checkArticle(
      sources,
      references.map((r) => String(r.n)),
      referencesFile,
      await checkOptions(structure),
    );
    const outOfOrder = citationOrderProblems(citationsInReadingOrder(sources, structure), referencesFile);
    if (outOfOrder.length) throw new ContentError(outOfOrder);
    return { sources, entries, structure };
  })();
  return checked;
}

/** The article's structure: its sections in reading order and its pages, from the sections' front matter. */
export async function getStructure(): Promise<Structure> {
  return (await checkedContent()).structure;
}

/** A section's entry in one locale (after the checks guarantee that it exists). */
export async function getSection(locale: Locale, section: SectionId): Promise<SectionEntry> {
  await checkedContent();
  const entry = await getEntry('article', `${locale}/${section}`);
  if (!entry) throw new Error(`article/${locale}/${section}.mdx: is missing`);
  return entry;
}

/** The section that plays a role (the abstract, the conflicts) in one locale, if the article has one. */
export async function getSectionWithRole(locale: Locale, role: SectionRole): Promise<SectionEntry | undefined> {
  const id = sectionWithRole(await getStructure(), role);
  return id === undefined ? undefined : getSection(locale, id);
}

/**
 * The article's sections in one language, in reading order, with their headings, roles and MDX: the one place that
 * reads the order, for whatever renders the whole article at once (the JATS file, the PDF).
 */
export async function getOrderedSections(locale: Locale): Promise<OrderedSection[]> {
  const { structure } = await checkedContent();
  return Promise.all(
    structure.sections.map(async ({ id, role }) => {
      const entry = await getSection(locale, id);
      return {
        id,
        role,
        title: entry.data.title,
        description: entry.data.description,
        file: fileOf(entry, `article/${entry.id}.mdx`),
        body: bodyOf(entry),
      };
    }),
  );
}

/** The article's front matter. */
export async function getMetadata(): Promise<ArticleMetadata> {
  const entry = await getEntry('metadata', 'article');
  if (!entry) throw new Error('metadata/article.yaml: needs one entry with id "article"');
  return entry.data;
}

/** The reference list in its published order: each reference's number (its place in the list) and CSL item. */
export async function getReferences(): Promise<Reference[]> {
  const entries = await getCollection('references');
  return entries.map((e) => ({ n: Number(e.id), item: e.data })).sort((a, b) => a.n - b.n);
}

/** Every lab table, by its id (the file name of `content/labs/<id>.yaml`). */
export async function getLabTables(): Promise<Record<string, LabTable>> {
  const entries = await labEntries();
  return Object.fromEntries(entries.map((e) => [e.id, e.data]));
}

/** One lab table, by the id MDX names it with (`<LabTable id="table-1" />`). */
export async function getLabTable(id: string): Promise<LabTable> {
  const entry = await getEntry('labs', id);
  if (!entry) {
    const known = Object.keys(await getLabTables());
    throw new Error(`labs/${id}.yaml: no lab table has the id "${id}" (the tables are: ${known.join(', ') || 'none'})`);
  }
  return entry.data;
}

/** A section's blocks and citations: what its page renders, lists in the contents and links back to. */
export async function getSectionModel(locale: Locale, section: SectionId): Promise<SectionModel> {
  const found = (await checkedContent()).sources.find((s) => s.locale === locale && s.section === section);
  if (!found) throw new Error(`article/${locale}/${section}.mdx: is missing`);
  return found.model;
}

/**
 * Every citation of the article in reading order (the Spanish cites the same), for the back-links: with the page
 * its section is read on and the section's heading in each language.
 */
export async function getCitationPlaces(): Promise<
  (CitationPlace & { section: SectionId; page: string; titles: Record<Locale, string> })[]
> {
  const { sources, entries, structure } = await checkedContent();
  const title = (locale: Locale, section: SectionId) =>
    entries.find((e) => e.id === `${locale}/${section}`)?.data.title ?? section;
  return structure.sections.flatMap(({ id: section, page }) =>
    (sources.find((s) => s.locale === 'en' && s.section === section)?.model.citations ?? []).map((c) => ({
      ...c,
      section,
      page,
      titles: { en: title('en', section), es: title('es', section) },
    })),
  );
}

/** The sections' headings in one language, in reading order (the search's facets, with the references). */
export async function getSectionTitles(locale: Locale): Promise<string[]> {
  return (await getOrderedSections(locale)).map((s) => s.title);
}
