/**
 * The article's structure, derived from its sections' front matter (`order`, `page`, `nav`, `role`): which sections
 * there are, their reading order, the pages they are read on and the navigation's labels. Nothing here names a
 * section or a page; a case report of any shape declares its own. Pure, so it is unit-tested; src/data/article.ts
 * feeds it the collection.
 */
import { LOCALES, type Locale } from '../i18n/locales.ts';
import type { SectionRole } from './schemas.ts';

/** A section's id: its file name, the same in both languages (`clinical-case` for `<locale>/clinical-case.mdx`). */
export type SectionId = string;
/** A page's slug: the path segment after the language; the home page's is "". */
export type PageSlug = string;

/**
 * The references page, rendered from `content/references/references.yaml` rather than MDX: by convention its slug
 * is `references` and it comes last. No section may declare it as its page.
 */
export const REFERENCES_SLUG: PageSlug = 'references';

/** What one section file declares, as the structure needs it. */
export interface SectionDeclaration {
  id: SectionId;
  locale: Locale;
  /** The file, for messages (the entry's real path). */
  file: string;
  order: number;
  page: PageSlug;
  nav?: string | undefined;
  role?: SectionRole | undefined;
}

/** A section as the structure places it (the same in both languages). */
export interface StructureSection {
  id: SectionId;
  order: number;
  page: PageSlug;
  role?: SectionRole | undefined;
}

/** A reading page in order: its sections, and its navigation label in each language (null: the references page). */
export interface StructurePage {
  slug: PageSlug;
  sections: readonly SectionId[];
  nav: Readonly<Record<Locale, string>> | null;
}

export interface Structure {
  /** Every section, in reading order. */
  sections: readonly StructureSection[];
  /** Every reading page, in order: the home page first, the references page last. */
  pages: readonly StructurePage[];
}

type Declared = Map<SectionId, Partial<Record<Locale, SectionDeclaration>>>;

/** Each section once, with what both of its languages must agree on; the problems where they do not. */
function sectionsOf(byId: Declared, problems: string[]): StructureSection[] {
  const sections: StructureSection[] = [];
  for (const [id, found] of byId) {
    const [first, ...others] = LOCALES.map((l) => found[l]);
    const source = LOCALES.map((l) => found[l]).find((d) => d !== undefined);
    if (!source) continue;
    for (const locale of LOCALES)
      if (!found[locale])
        problems.push(
          `${source.file.replace(`/${source.locale}/`, `/${locale}/`)}: is missing (${source.file} exists: every section needs both languages)`,
        );
    for (const other of first ? others : [])
      for (const field of ['order', 'page', 'role'] as const)
        if (other && first && first[field] !== other[field])
          problems.push(
            `${other.file}: ${field} is ${JSON.stringify(other[field] ?? null)} but ${first.file} gives ` +
              `${JSON.stringify(first[field] ?? null)}: both languages of a section declare the same ${field}`,
          );
    if (source.page === REFERENCES_SLUG)
      problems.push(
        `${source.file}: page "${REFERENCES_SLUG}" is the references page, which renders the reference list: choose another page`,
      );
    sections.push({ id, order: source.order, page: source.page, role: source.role });
  }
  return sections.sort((a, b) => a.order - b.order);
}

/** The reading pages, each of consecutive sections, labelled in the navigation by its first section's `nav`. */
function pagesOf(sections: readonly StructureSection[], byId: Declared, problems: string[]): StructurePage[] {
  const declared = (id: SectionId, locale: Locale) => byId.get(id)?.[locale];
  const pages: StructurePage[] = [];
  for (const s of sections) {
    const last = pages.at(-1);
    if (last && last.slug === s.page) {
      (last.sections as SectionId[]).push(s.id);
      for (const d of LOCALES.map((locale) => declared(s.id, locale)))
        if (d?.nav !== undefined)
          problems.push(
            `${d.file}: nav is given, but the page "${s.page}" takes its label from its first section (${last.sections[0]}): remove it`,
          );
      continue;
    }
    if (pages.some((p) => p.slug === s.page))
      problems.push(
        `${declared(s.id, 'en')?.file ?? s.id}: page "${s.page}" has sections that are not read one after another: ` +
          `give its sections consecutive orders`,
      );
    const nav = {} as Record<Locale, string>;
    for (const locale of LOCALES) {
      const d = declared(s.id, locale);
      if (d && d.nav === undefined)
        problems.push(
          `${d.file}: nav is missing: the first section of a page names it in the navigation, e.g. nav: ${s.id}`,
        );
      nav[locale] = d?.nav ?? s.id;
    }
    pages.push({ slug: s.page, sections: [s.id], nav });
  }
  return pages;
}

/**
 * The article's structure from its sections' declarations, with every problem an editor must fix (an empty list
 * when there is none): a section missing in one language, the two languages declaring a different order, page or
 * role, two sections with one order, a page whose sections are not read one after another, a page without a
 * navigation label, no home page.
 */
export function articleStructure(declarations: readonly SectionDeclaration[]): {
  structure: Structure;
  problems: string[];
} {
  const problems: string[] = [];
  const byId: Declared = new Map();
  for (const d of declarations) byId.set(d.id, { ...byId.get(d.id), [d.locale]: d });
  const fileOf = (id: SectionId) => byId.get(id)?.en?.file ?? id;
  const sections = sectionsOf(byId, problems);
  sections.forEach((s, i) => {
    const previous = sections[i - 1];
    if (previous && previous.order === s.order)
      problems.push(
        `${fileOf(s.id)}: order ${s.order} is also the order of ${fileOf(previous.id)}: give each section its own order`,
      );
  });
  const pages = pagesOf(sections, byId, problems);
  if (sections.length && pages[0]?.slug !== '')
    problems.push(
      `${fileOf(sections[0]!.id)}: page is "${sections[0]!.page}", but the first section ` +
        `(the lowest order) is read on the home page: give it page: ''`,
    );
  pages.push({ slug: REFERENCES_SLUG, sections: [], nav: null });
  return { structure: { sections, pages }, problems };
}

/** The section that plays a role (the abstract, the conflicts), if the article has one. */
export function sectionWithRole(structure: Structure, role: SectionRole): SectionId | undefined {
  return structure.sections.find((s) => s.role === role)?.id;
}
