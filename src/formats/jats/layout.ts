/** The JATS file's indentation: readable, and changing no element's text. */
import type { Element, ElementContent, Text } from 'xast';

/**
 * Elements whose content is elements only: a newline and indentation between their children changes nothing, and
 * makes the file readable. Text-bearing elements (`<p>`, `<title>`, `<td>`, `<aff>`…) are left exactly as they are.
 */
const STRUCTURAL = new Set([
  'article',
  'front',
  'journal-meta',
  'journal-title-group',
  'publisher',
  'article-meta',
  'article-categories',
  'subj-group',
  'title-group',
  'trans-title-group',
  'contrib-group',
  'contrib',
  'name',
  'author-notes',
  'fn',
  'pub-date',
  'history',
  'date',
  'permissions',
  'abstract',
  'trans-abstract',
  'kwd-group',
  'body',
  'sec',
  'list',
  'list-item',
  'fig',
  'caption',
  'table-wrap',
  'table',
  'thead',
  'tbody',
  'tr',
  'table-wrap-foot',
  'back',
  'ref-list',
  'ref',
  'element-citation',
  'sub-article',
  'front-stub',
  'notes',
  'disp-quote',
]);

/** The element, its structural descendants indented two spaces a level. */
export function indent(element: Element, depth: number): Element {
  if (!STRUCTURAL.has(element.name) || element.children.length === 0) return element;
  const gap = (d: number): Text => ({ type: 'text', value: `\n${'  '.repeat(d)}` });
  const children: ElementContent[] = element.children.flatMap((child) => [
    gap(depth + 1),
    child.type === 'element' ? indent(child, depth + 1) : child,
  ]);
  return { ...element, children: [...children, gap(depth)] };
}
