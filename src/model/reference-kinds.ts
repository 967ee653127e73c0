/**
 * The CSL item types read as a journal article, a chapter of a book, or a web page (any other as a book, or a
 * report): the reference list's schema (schemas/reference.ts) checks what each kind needs, and every format prints
 * and tags each kind its way (references.ts). A module of its own, with no imports, so that the browser's scripts
 * that reach references.ts (through site/urls.ts) never bundle the schemas.
 */
export const JOURNAL_TYPES: ReadonlySet<string> = new Set([
  'article-journal',
  'article-magazine',
  'article-newspaper',
  'review',
  'review-book',
]);
export const CHAPTER_TYPES: ReadonlySet<string> = new Set([
  'chapter',
  'entry',
  'entry-dictionary',
  'entry-encyclopedia',
  'paper-conference',
]);
export const WEBPAGE_TYPES: ReadonlySet<string> = new Set(['webpage', 'post', 'post-weblog']);
