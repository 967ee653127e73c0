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

export { componentAnchor, labChartId, type ComponentAnchor } from '../mdx/components.ts';
