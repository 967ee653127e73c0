/**
 * Every content query of the site. Pages call these; the first call runs the cross-file checks, so a broken
 * citation or a missing translation fails the build with a message that names the file.
 */
import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import { checkArticle, type ModelledSection } from '../lib/content-checks.ts';
import { unknownComponents, type JatsSection } from '../lib/jats.ts';
import { isLocale, LOCALES, type Locale } from '../lib/locales.ts';
import type { ArticleMetadata, LabTable, Reference } from '../lib/schemas.ts';
import {
  ContentError,
  readSectionModel,
  type CitationPlace,
  type SectionModel,
  type SectionSource,
} from '../lib/section-model.ts';
import { SECTION_IDS, type SectionId } from '../lib/sections.ts';

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

/** A section with the model its MDX compilation made (src/lib/mdx-section-model.ts). */
async function modelled(entry: SectionEntry, source: SectionSource): Promise<ModelledSection> {
  const { remarkPluginFrontmatter } = await render(entry);
  return { ...source, model: readSectionModel(remarkPluginFrontmatter, source.file) };
}

let checked: Promise<ModelledSection[]> | undefined;

/** Runs the cross-file checks once per build. */
export function checkedContent() {
  checked ??= (async () => {
    const entries = await getCollection('article');
    const plain = entries.map(sourceOf);
    const bad = plain.filter((s) => !isLocale(s.locale));
    if (bad.length)
      throw new Error(`${bad.map((s) => s.file).join(', ')}: folder must be one of ${LOCALES.join(', ')}`);
    // A component no format knows fails here, before any page renders it, naming the file and the component.
    const unknown = plain.flatMap(unknownComponents);
    if (unknown.length) throw new ContentError(unknown);
    const sources = await Promise.all(entries.map((entry, i) => modelled(entry, plain[i]!)));
    const [references, metadata] = await Promise.all([getReferences(), getMetadata()]);
    checkArticle(
      sources,
      references.map((r) => r.id),
      REFERENCES_FILE,
      metadata.about.drugs,
    );
    return sources;
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

/**
 * The article's sections in one language, in reading order, with their headings and MDX: the one place that reads
 * the order (SECTION_IDS today), for whatever renders the whole article at once (the JATS file).
 */
export async function getOrderedSections(locale: Locale): Promise<(JatsSection & { id: SectionId })[]> {
  return Promise.all(
    SECTION_IDS.map(async (id) => {
      const entry = await getSection(locale, id);
      return { id, title: entry.data.title, file: `content/article/${entry.id}.mdx`, body: entry.body ?? '' };
    }),
  );
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

/** A section's blocks and citations: what its page renders, lists in the contents and links back to. */
export async function getSectionModel(locale: Locale, section: SectionId): Promise<SectionModel> {
  const found = (await checkedContent()).find((s) => s.locale === locale && s.section === section);
  if (!found) throw new Error(`content/article/${locale}/${section}.mdx: is missing`);
  return found.model;
}

/** Every citation of the article in reading order (the Spanish cites the same), for the back-links. */
export async function getCitationPlaces(): Promise<(CitationPlace & { section: SectionId })[]> {
  const sources = await checkedContent();
  return SECTION_IDS.flatMap((section) =>
    (sources.find((s) => s.locale === 'en' && s.section === section)?.model.citations ?? []).map((c) => ({
      ...c,
      section,
    })),
  );
}
