/**
 * Every content query of the site. Pages call these; the first call runs the cross-file checks, so a broken
 * citation or a missing translation fails the build with a message that names the file.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { checkArticle, citationPlaces, type CitationPlace, type SectionSource } from '../lib/content-checks.ts';
import { isLocale, LOCALES, type Locale } from '../lib/locales.ts';
import type { ArticleMetadata, LabTable, Reference } from '../lib/schemas.ts';
import { isSectionId, type SectionId } from '../lib/sections.ts';

export type SectionEntry = CollectionEntry<'article'>;

const REFERENCES_FILE = 'content/references/references.yaml';

function sourceOf(entry: SectionEntry): SectionSource {
  const [locale = '', section = ''] = entry.id.split('/');
  return {
    locale: isLocale(locale) ? locale : ('?' as Locale),
    section,
    file: `content/article/${entry.id}.mdx`,
    body: entry.body ?? '',
  };
}

let checked: Promise<{ places: CitationPlace[] }> | undefined;

/** Runs the cross-file checks once per build. */
export function checkedContent() {
  checked ??= (async () => {
    const entries = await getCollection('article');
    const sources = entries.map(sourceOf);
    const bad = sources.filter((s) => !isLocale(s.locale));
    if (bad.length)
      throw new Error(`${bad.map((s) => s.file).join(', ')}: folder must be one of ${LOCALES.join(', ')}`);
    const references = await getReferences();
    checkArticle(
      sources,
      references.map((r) => r.id),
      REFERENCES_FILE,
    );
    return { places: citationPlaces(sources) };
  })();
  return checked;
}

/** A section's entry in one locale (after the checks guarantee that it exists). */
export async function getSection(locale: Locale, section: SectionId): Promise<SectionEntry> {
  await checkedContent();
  const entry = await getEntry('article', `${locale}/${section}`);
  if (!entry) throw new Error(`content/article/${locale}/${section}.mdx: is missing`);
  return entry;
}

/** The article's front matter. */
export async function getMetadata(): Promise<ArticleMetadata> {
  const entry = await getEntry('metadata', 'article');
  if (!entry) throw new Error('content/metadata/article.yaml: needs one entry with id "article"');
  return entry.data;
}

/** The reference list in its published order. */
export async function getReferences(): Promise<Reference[]> {
  const entries = await getCollection('references');
  return entries.map((e) => e.data).sort((a, b) => Number(a.id) - Number(b.id));
}

/** Table 1. */
export async function getLabTable(): Promise<LabTable> {
  const entry = await getEntry('labs', 'table-1');
  if (!entry) throw new Error('content/labs/table-1.yaml: needs one entry with id "table-1"');
  return entry.data;
}

/** Where each reference is cited, for the reference list's back-links. */
export async function getCitationPlaces(): Promise<CitationPlace[]> {
  return (await checkedContent()).places;
}

export { isSectionId };
