/**
 * Every page's route, computed once before it renders and put on `Astro.locals.route` by the page (as Starlight's
 * routing/data.ts and locals.ts do): the route data of src/site/route-data.ts, the article's metadata the frame
 * shows, and, for a reading page, its sections in both languages with their models. Components read the route;
 * none computes links or loads the metadata again.
 */
import { HOW_TO_CITE_ID } from '../site/anchors.ts';
import type { Translator } from '../i18n/index.ts';
import type { Locale } from '../i18n/locales.ts';
import { BASE } from '../site/base.ts';
import { colophon } from '../model/provenance.ts';
import { notFoundRoute, routeData, type ChromeRoute, type NavPage, type RouteData } from '../site/route-data.ts';
import type { ArticleMetadata } from '../model/schemas.ts';
import type { SectionModel } from '../model/section-model.ts';
import { LOCALES } from '../i18n/locales.ts';
import type { PageSlug, SectionId } from '../model/structure.ts';
import { getLabTables, getMetadata, getSection, getSectionModel, getStructure, type SectionEntry } from './article.ts';

/** One reading page: a locale, a page and a view. */
// A type, not an interface: getStaticPaths props must be assignable to a record.
export type RouteProps = {
  locale: Locale;
  slug: PageSlug;
  parallel: boolean;
};

/** Every reading page, in both languages and both views: the pages the sections' front matter declares. */
export async function getRoutes(): Promise<RouteProps[]> {
  const { pages } = await getStructure();
  return LOCALES.flatMap((locale) =>
    pages.flatMap((page) => [false, true].map((parallel) => ({ locale, slug: page.slug, parallel }))),
  );
}

/** A section of the page in both languages; `own` is the page's language. */
export interface PageSection {
  id: SectionId;
  en: SectionEntry;
  es: SectionEntry;
  own: SectionEntry;
  model: SectionModel;
}

/** What every page's frame reads from `Astro.locals.route`: its route data and the article's metadata. */
export interface SiteRoute extends ChromeRoute {
  meta: ArticleMetadata;
  /** What the footer says of the edition: its source, translation, original and additions (src/model/provenance.ts). */
  colophon: string;
}

/** A reading page's route: its frame's (so it is a `SiteRoute`), and its sections. */
export interface Route extends RouteProps, RouteData {
  meta: ArticleMetadata;
  colophon: string;
  sections: PageSection[];
}

/** The 404 page's route; its frame speaks `locale` (its body speaks both languages). */
export async function getNotFoundRoute(locale: Locale, t: Translator, title: string): Promise<SiteRoute> {
  const [meta, tables] = await Promise.all([getMetadata(), getLabTables()]);
  return {
    ...notFoundRoute({
      locale,
      base: BASE,
      pages: await getNavigation(locale, t),
      title,
      description: t('notFound.body'),
    }),
    meta,
    colophon: colophon(meta, locale, t, Object.keys(tables).length > 0),
  };
}

/** The sections and route data of one reading page. */
export async function getRoute(props: RouteProps, t: Translator): Promise<Route> {
  const { locale, slug } = props;
  const { pages } = await getStructure();
  const page = pages.find((p) => p.slug === slug) ?? pages[0]!;
  const [meta, tables] = await Promise.all([getMetadata(), getLabTables()]);
  const sections = await Promise.all(
    page.sections.map(async (id): Promise<PageSection> => {
      const [en, es, model] = await Promise.all([
        getSection('en', id),
        getSection('es', id),
        getSectionModel(locale, id),
      ]);
      return { id, en, es, own: locale === 'en' ? en : es, model };
    }),
  );
  const data = routeData({
    ...props,
    base: BASE,
    pages: await getNavigation(locale, t),
    articleTitle: meta.title[locale],
    shortTitle: meta.shortTitle[locale],
    sections: sections.map((s) => ({
      id: s.id,
      title: s.own.data.title,
      description: s.own.data.description,
      blocks: s.model.blocks,
    })),
    // The contents list each lab table by its label and each chart by its heading, whatever their anchors.
    landmarks: Object.fromEntries(
      sections.flatMap((s) =>
        s.model.blocks.flatMap((block): [string, string][] => {
          const table = tables[block.attributes[block.kind === '<LabTable>' ? 'id' : 'table'] ?? ''];
          if (!table) return [];
          if (block.kind === '<LabTable>') return [[block.id, table.label[locale]]];
          return block.kind === '<LabChart>' ? [[block.id, t('labs.chart.heading')]] : [];
        }),
      ),
    ),
    howToCiteId: HOW_TO_CITE_ID,
    labels: {
      references: t('refs.heading'),
      howToCite: t('cite.heading'),
      sideBySide: t('parallel.title'),
    },
  });
  return { ...props, ...data, meta, colophon: colophon(meta, locale, t, Object.keys(tables).length > 0), sections };
}

/** The reading pages in order with their navigation labels in one language (the references page's is a UI string). */
export async function getNavigation(locale: Locale, t: Translator): Promise<NavPage[]> {
  const { pages } = await getStructure();
  return pages.map((page) => ({ slug: page.slug, label: page.nav?.[locale] ?? t('nav.references') }));
}
