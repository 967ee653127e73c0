/**
 * The article's structure. Section order, anchors and the page each section lives on are defined here, never
 * derived from translated headings, so `#clinical-case` or `#table-1` are the same in both languages.
 */
export const SECTION_IDS = ['abstract', 'introduction', 'clinical-case', 'discussion', 'conflicts'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export const PAGE_SLUGS = ['', 'introduction', 'clinical-case', 'discussion', 'references'] as const;
export type PageSlug = (typeof PAGE_SLUGS)[number];

/** Reading pages in order, with the sections each one renders. The references page renders data, not MDX. */
export const PAGES: readonly { slug: PageSlug; key: PageKey; sections: readonly SectionId[] }[] = [
  { slug: '', key: 'home', sections: ['abstract'] },
  { slug: 'introduction', key: 'introduction', sections: ['introduction'] },
  { slug: 'clinical-case', key: 'clinicalCase', sections: ['clinical-case'] },
  { slug: 'discussion', key: 'discussion', sections: ['discussion', 'conflicts'] },
  { slug: 'references', key: 'references', sections: [] },
];
export type PageKey = 'home' | 'introduction' | 'clinicalCase' | 'discussion' | 'references';

export function isSectionId(value: string): value is SectionId {
  return (SECTION_IDS as readonly string[]).includes(value);
}

/** The page on which a section is read. */
export function pageOfSection(section: SectionId): PageSlug {
  const page = PAGES.find((p) => p.sections.includes(section));
  if (!page) throw new Error(`Section "${section}" is on no page: add it to PAGES in src/lib/sections.ts`);
  return page.slug;
}

/** The search facet a section belongs to (the references page is its own facet). */
export type SearchSection = SectionId | 'references';
