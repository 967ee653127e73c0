/**
 * The fixed anchors that components render, in one place: each component sets its own from here, and the table of
 * contents, the section model and the tests link to the same ids. They are structure, the same in both languages.
 */

/** The article's lab table (`<LabTable />`). */
export const LAB_TABLE_ID = 'table-1';
/** The lab chart (`<LabChart />`). */
export const LAB_CHART_ID = 'lab-chart';
/** "How to cite" on the home page. */
export const HOW_TO_CITE_ID = 'how-to-cite';
/** The translation notice's full statement on the Spanish home, where the other pages' short line links. */
export const TRANSLATION_NOTICE_ID = 'translation-notice';
/** A page's title (the article's title at home, the side-by-side pages' heading). */
export const PAGE_TITLE_ID = 'top';

/** The MDX components that render a fixed anchor, by the name an editor writes in MDX. */
export const COMPONENT_ANCHORS: Readonly<Record<string, string>> = {
  LabTable: LAB_TABLE_ID,
  LabChart: LAB_CHART_ID,
};
