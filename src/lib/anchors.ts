/**
 * The anchors that components render, in one place: each component sets its own from here, and the table of
 * contents, the section model and the tests link to the same ids. They are structure, the same in both languages.
 */

/** "How to cite" on the home page. */
export const HOW_TO_CITE_ID = 'how-to-cite';
/** The translation notice's full statement on the Spanish home, where the other pages' short line links. */
export const TRANSLATION_NOTICE_ID = 'translation-notice';
/** A page's title (the article's title at home, the side-by-side pages' heading). */
export const PAGE_TITLE_ID = 'top';

/**
 * The id a lab chart renders: its own `id` attribute, else one made from its table's, so that each chart of an
 * article has its own anchor (`<LabChart table="table-2" />` → "table-2-chart").
 */
export function labChartId(attributes: { id?: string | undefined; table: string }): string;
export function labChartId(attributes: Readonly<Record<string, string | undefined>>): string | undefined;
export function labChartId(attributes: Readonly<Record<string, string | undefined>>): string | undefined {
  return attributes['id'] ?? (attributes['table'] ? `${attributes['table']}-chart` : undefined);
}

/**
 * The anchor an MDX component renders, from the name an editor writes in MDX and its literal attributes: a lab table
 * is anchored by its table id (`<LabTable id="table-1" />`), a lab chart by `labChartId`; other components have none
 * of their own (a `<Figure>` carries its `id`).
 */
export function componentAnchor(
  name: string,
  attributes: Readonly<Record<string, string | undefined>>,
): string | undefined {
  if (name === 'LabTable') return attributes['id'];
  if (name === 'LabChart') return labChartId(attributes);
  return undefined;
}
export type ComponentAnchor = typeof componentAnchor;
