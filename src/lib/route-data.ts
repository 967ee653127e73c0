/**
 * What a reading page needs before it renders: its title and description, its paths in both languages and both
 * views, and its table of contents. Pure, so it is unit-tested; src/data/route.ts gathers its inputs from content.
 */
import type { Locale } from './locales.ts';
import type { Block } from './section-model.ts';
import type { PageSlug, SectionId } from './sections.ts';
import { pagePath } from './urls.ts';

/** One entry of a page's table of contents. */
export interface TocEntry {
  id: string;
  label: string;
  depth: 1 | 2;
}

/** A section as its page shows it, in the page's language. */
export interface RouteSection {
  id: SectionId;
  title: string;
  description: string;
  blocks: readonly Block[];
}

export interface RouteInput {
  locale: Locale;
  slug: PageSlug;
  parallel: boolean;
  /** The article's full and short titles in the page's language. */
  articleTitle: string;
  shortTitle: string;
  sections: readonly RouteSection[];
  /** The blocks that stand in the contents, by anchor id, with their label (Table 1, the chart; figures carry their own). */
  landmarks: Readonly<Record<string, string>>;
  /** The anchor of "How to cite" on the home page. */
  howToCiteId: string;
  /** The interface's words this needs, in the page's language. */
  labels: { references: string; abstract: string; howToCite: string; sideBySide: string };
}

export interface RouteData {
  /** The page's own heading: the article title at home, else the first section's title or "References". */
  pageTitle: string;
  /** The document title. */
  title: string;
  description: string;
  /** This page in each language (same view). */
  paths: Record<Locale, string>;
  /** This page in the other view (side-by-side or single-language). */
  viewPath: string;
  toc: TocEntry[];
}

/** A section's entry in the contents, then its figures, tables and charts. */
function sectionEntries(section: RouteSection, landmarks: RouteInput['landmarks']): TocEntry[] {
  const inner = section.blocks.flatMap((block): TocEntry[] => {
    const label = block.kind === '<Figure>' ? block.attributes['label'] : landmarks[block.id];
    return label ? [{ id: block.id, label, depth: 2 }] : [];
  });
  return [{ id: section.id, label: section.title, depth: 1 }, ...inner];
}

/** The route data of one reading page. */
export function routeData(input: RouteInput): RouteData {
  const { locale, slug, parallel, sections, labels } = input;
  const isHome = slug === '';
  const first = sections[0];
  const pageTitle = isHome ? input.articleTitle : (first?.title ?? labels.references);
  const own = isHome ? input.articleTitle : `${pageTitle} · ${input.shortTitle}`;
  const toc: TocEntry[] = parallel
    ? []
    : isHome
      ? [
          { id: first?.id ?? '', label: labels.abstract, depth: 1 },
          { id: input.howToCiteId, label: labels.howToCite, depth: 1 },
        ]
      : sections.flatMap((s) => sectionEntries(s, input.landmarks));
  return {
    pageTitle,
    title: parallel ? `${labels.sideBySide}: ${pageTitle}` : own,
    description: first ? first.description : `${labels.references}: ${input.articleTitle}`,
    paths: { en: pagePath('en', slug, { parallel }), es: pagePath('es', slug, { parallel }) },
    viewPath: pagePath(locale, slug, { parallel: !parallel }),
    toc,
  };
}
