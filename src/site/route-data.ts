/**
 * What a page needs before it renders, computed once (src/data/route.ts puts it on `Astro.locals.route`, as
 * Starlight's routing/data.ts does): its title and description, its paths and links in both languages and both
 * views, the section navigation with previous and next, and its table of contents. Pure, so it is unit-tested;
 * src/data/route.ts gathers its inputs from content. The 404 page has a route of its own (`notFoundRoute`).
 */
import { otherLocale, type Locale } from '../i18n/locales.ts';
import type { Block } from '../model/section-model.ts';
import type { PageSlug, SectionId } from '../model/structure.ts';
import { pagePath, withBase } from './urls.ts';

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

/** A reading page as the navigation names it, in the page's language, in reading order. */
export interface NavPage {
  slug: PageSlug;
  label: string;
}

/** A link of the section navigation; `current` marks this page. */
export interface NavLink {
  href: string;
  label: string;
  current: boolean;
}

/** A link to the previous or next page. */
export interface PageLink {
  href: string;
  label: string;
}

/** What every page's frame reads (head, header, navigation, pagination, contents): reading pages and 404 alike. */
export interface ChromeRoute {
  locale: Locale;
  /** The reading page's slug; null on the 404 page. */
  slug: PageSlug | null;
  parallel: boolean;
  /** The document title. */
  title: string;
  description: string;
  /** This page's path (without base) in each language, same view; none for the 404 page, which has no counterpart. */
  paths: Record<Locale, string> | undefined;
  /** The home page in this language and view, under the base. */
  homeHref: string;
  /** This page in the other language (the 404 page: the other language's home), under the base. */
  otherLocaleHref: string;
  /** This page in the other view (side-by-side or single-language), under the base; none for the 404 page. */
  viewHref: string | undefined;
  /** The section navigation, in this language and view. */
  nav: NavLink[];
  previous: PageLink | undefined;
  next: PageLink | undefined;
  toc: TocEntry[];
  /** Kept out of search engines: the side-by-side view (a reading aid) and the 404 page. */
  noindex: boolean;
  /** The article's landing page in one language (its home, single view): the only page that describes the article. */
  landing: boolean;
}

export interface RouteInput {
  locale: Locale;
  slug: PageSlug;
  parallel: boolean;
  /** The site's base path ("/", "/case-report/"): every href is under it. */
  base: string;
  /** The reading pages, in order, with their navigation labels in the page's language. */
  pages: readonly NavPage[];
  /** The article's full and short titles in the page's language. */
  articleTitle: string;
  shortTitle: string;
  sections: readonly RouteSection[];
  /** The blocks that stand in the contents, by anchor id, with their label (Table 1, the chart; figures carry their own). */
  landmarks: Readonly<Record<string, string>>;
  /** The anchor of "How to cite" on the home page. */
  howToCiteId: string;
  /** The interface's words this needs, in the page's language. */
  labels: { references: string; howToCite: string; sideBySide: string };
}

export interface RouteData extends ChromeRoute {
  slug: PageSlug;
  /** The page's own heading: the article title at home, else the first section's title or "References". */
  pageTitle: string;
  /** This page in each language (same view). */
  paths: Record<Locale, string>;
  /** This page in the other view (side-by-side or single-language). */
  viewPath: string;
  toc: TocEntry[];
}

// The contents list a section's first level of subheadings (`###`), beside its figures, tables and charts: a
// reader scanning "On this page" finds the parts of a long section; deeper levels would crowd the list.
const LISTED_SUBHEADING = 'heading 3';

/** A section's entry in the contents, then its subheadings, figures, tables and charts, in reading order. */
function sectionEntries(section: RouteSection, landmarks: RouteInput['landmarks']): TocEntry[] {
  const inner = section.blocks.flatMap((block): TocEntry[] => {
    const label =
      block.kind === '<Figure>'
        ? block.attributes['label']
        : block.kind === LISTED_SUBHEADING
          ? block.text
          : landmarks[block.id];
    return label ? [{ id: block.id, label, depth: 2 }] : [];
  });
  return [{ id: section.id, label: section.title, depth: 1 }, ...inner];
}

/** The section navigation of one language and view, under the base, marking the `current` page (none: null). */
export function navLinks(
  pages: readonly NavPage[],
  options: { locale: Locale; parallel: boolean; base: string; current: PageSlug | null },
): NavLink[] {
  const { locale, parallel, base, current } = options;
  return pages.map((page) => ({
    href: withBase(base, pagePath(locale, page.slug, { parallel })),
    label: page.label,
    current: page.slug === current,
  }));
}

/** The route data of one reading page. */
export function routeData(input: RouteInput): RouteData {
  const { locale, slug, parallel, sections, labels, base } = input;
  const isHome = slug === '';
  const first = sections[0];
  const pageTitle = isHome ? input.articleTitle : (first?.title ?? labels.references);
  const own = isHome ? input.articleTitle : `${pageTitle} · ${input.shortTitle}`;
  // Every section the page holds, the home page's too (then How to cite, which follows them there).
  const toc: TocEntry[] = parallel
    ? []
    : [
        ...sections.flatMap((s) => sectionEntries(s, input.landmarks)),
        ...(isHome ? [{ id: input.howToCiteId, label: labels.howToCite, depth: 1 } as const] : []),
      ];
  const paths = { en: pagePath('en', slug, { parallel }), es: pagePath('es', slug, { parallel }) };
  const viewPath = pagePath(locale, slug, { parallel: !parallel });
  const nav = navLinks(input.pages, { locale, parallel, base, current: slug });
  const index = nav.findIndex((link) => link.current);
  const pageLink = (link: NavLink | undefined): PageLink | undefined =>
    link && index >= 0 ? { href: link.href, label: link.label } : undefined;
  return {
    locale,
    slug,
    parallel,
    pageTitle,
    title: parallel ? `${labels.sideBySide}: ${pageTitle}` : own,
    description: first ? first.description : `${labels.references}: ${input.articleTitle}`,
    paths,
    viewPath,
    homeHref: withBase(base, pagePath(locale, '', { parallel })),
    otherLocaleHref: withBase(base, paths[otherLocale(locale)]),
    viewHref: withBase(base, viewPath),
    nav,
    previous: pageLink(nav[index - 1]),
    next: pageLink(nav[index + 1]),
    toc,
    noindex: parallel,
    landing: isHome && !parallel,
  };
}

/** What the 404 page needs to build its route: it is served for any missing path, so it links only to homes. */
export interface NotFoundInput {
  /** The locale its frame speaks (the default: the page speaks both languages in its body). */
  locale: Locale;
  base: string;
  pages: readonly NavPage[];
  title: string;
  description: string;
}

/**
 * The 404 page's route: single view, no counterpart page (so no alternates, no view switch, no contents),
 * the section navigation with no page current, and the language switch leading to the other language's home.
 */
export function notFoundRoute(input: NotFoundInput): ChromeRoute {
  const { locale, base } = input;
  return {
    locale,
    slug: null,
    parallel: false,
    title: input.title,
    description: input.description,
    paths: undefined,
    homeHref: withBase(base, pagePath(locale, '')),
    otherLocaleHref: withBase(base, pagePath(otherLocale(locale), '')),
    viewHref: undefined,
    nav: navLinks(input.pages, { locale, parallel: false, base, current: null }),
    previous: undefined,
    next: undefined,
    toc: [],
    noindex: true,
    landing: false,
  };
}
