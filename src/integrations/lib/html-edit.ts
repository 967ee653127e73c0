/**
 * Edits a built page through an HTML parser (hast-util-from-html, parse5 underneath) without re-serialising it: the
 * parser finds each element and where its source starts and ends, and an edit replaces exactly that span. Everything
 * else stays byte for byte as Astro wrote it, so the hashes of inline scripts and styles (computed over their text)
 * and the page a reader sees do not change by accident.
 */
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/** Replace `html.slice(start, end)` with `text`. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** The page's tree, every node with its source position. */
export function parsePage(html: string): Root {
  return fromHtml(html);
}

/** An element found in a page, and whether it sits inside a <template> (inert until something puts it in place). */
export interface Found {
  element: Element;
  inTemplate: boolean;
}

/** Every element of the tree in document order, those inside <template> contents included. */
export function allElements(tree: Root): Found[] {
  const found: Found[] = [];
  const walk = (nodes: RootContent[], inTemplate: boolean) => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      found.push({ element: node, inTemplate });
      walk(node.children, inTemplate);
      if (node.tagName === 'template' && node.content) walk(node.content.children, true);
    }
  };
  walk(tree.children, false);
  return found;
}

/** Where the element's source starts and ends; an element the parser implied (no tag in the source) has none. */
export function sourceSpan(el: Element): { start: number; end: number } {
  const start = el.position?.start.offset;
  const end = el.position?.end.offset;
  if (start === undefined || end === undefined) throw new Error(`<${el.tagName}> has no source position`);
  return { start, end };
}

/** The text an inline <script> or <style> holds, as the browser hashes it (line ends normalised by the parser). */
export function rawText(el: Element): string {
  return el.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
}

/** An attribute's value as a string (hast names `http-equiv` `httpEquiv`, `data-x` `dataX`). */
export function attribute(el: Element, name: string): string | undefined {
  const value = el.properties[name];
  if (value === undefined || value === null || value === false) return undefined;
  return Array.isArray(value) ? value.join(' ') : String(value);
}

/** The html with each edit applied; edits may not overlap. */
export function applyEdits(html: string, edits: Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const edit of sorted) {
    if (edit.start < at) throw new Error(`overlapping edits at offset ${edit.start}`);
    out += html.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + html.slice(at);
}
