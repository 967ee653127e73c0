/**
 * Works on a section's rendered HTML: gives every top-level block and every citation a stable id (the same in
 * both languages), and pairs the English and Spanish blocks for the side-by-side view.
 */
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';

function parseFragment(html: string): Root {
  return fromHtml(html, { fragment: true });
}

// Astro renders a component's <script> where the component first appears: it travels with the section but is
// not a block of the text.
const NOT_BLOCKS = new Set(['script', 'style', 'template', 'link']);

/** The top-level elements of a fragment that are blocks of the text (whitespace and scripts dropped). */
export function topLevelBlocks(root: Root): Element[] {
  return root.children.filter((node): node is Element => node.type === 'element' && !NOT_BLOCKS.has(node.tagName));
}

/** The top-level scripts and other non-blocks of a fragment, as HTML. */
function nonBlocks(root: Root): string {
  const extras = root.children.filter((node) => node.type === 'element' && NOT_BLOCKS.has(node.tagName));
  return toHtml({ type: 'root', children: extras });
}

/** The id of citation `occurrence` of reference `n` in `section`: "cite-discussion-3", then "cite-discussion-3-2". */
export function citationId(section: string, n: number, occurrence: number): string {
  return `cite-${section}-${n}${occurrence > 1 ? `-${occurrence}` : ''}`;
}

/**
 * Gives each top-level block of a section `data-block` and an id (`<section>-<n>` unless it has one, like
 * `table-1`), and each `a[data-ref]` citation its id.
 */
function annotate(root: Root, section: string): Element[] {
  const blocks = topLevelBlocks(root);
  blocks.forEach((block, i) => {
    block.properties['dataBlock'] = String(i + 1);
    block.properties['id'] ??= `${section}-${i + 1}`;
  });
  const seen = new Map<string, number>();
  for (const link of selectAll('a[data-ref]', root)) {
    const n = String(link.properties['dataRef']);
    const occurrence = (seen.get(n) ?? 0) + 1;
    seen.set(n, occurrence);
    link.properties['id'] = citationId(section, Number(n), occurrence);
  }
  return blocks;
}

/** A section's HTML with block and citation ids (see `annotate`). */
export function annotateSection(html: string, section: string): string {
  const root = parseFragment(html);
  for (const block of annotate(root, section)) block.properties['dataPlace'] = '';
  return toHtml(root);
}

const ID_REFERENCES = ['htmlFor', 'ariaLabelledBy', 'ariaDescribedBy', 'ariaControls', 'headers'] as const;

/** Prefixes every id inside `root`, and the in-fragment references to them, so two copies can share a page. */
function prefixIds(root: Root, prefix: string): void {
  const ids = new Set<string>();
  for (const el of selectAll('[id]', root)) ids.add(String(el.properties['id']));
  const rename = (id: string) => (ids.has(id) ? `${prefix}${id}` : id);
  for (const el of selectAll('*', root)) {
    const props = el.properties;
    if (props['id'] !== undefined) props['id'] = rename(String(props['id']));
    for (const key of ID_REFERENCES) {
      // hast holds these space-separated references as arrays.
      const value: unknown = props[key];
      if (Array.isArray(value)) props[key] = value.map((v) => rename(String(v)));
      else if (typeof value === 'string') props[key] = [rename(value)];
    }
    const href = props['href'];
    if (typeof href === 'string' && href.startsWith('#')) props['href'] = `#${rename(href.slice(1))}`;
  }
}

/** One aligned row of the side-by-side view. */
export interface PairedSection {
  pairs: BlockPair[];
  /** Scripts that came with the section's components, to be emitted once. */
  extras: string;
}

export interface BlockPair {
  /** The English block's id, which is the row's anchor (the same id as on the single-language pages). */
  id: string;
  en: string;
  es: string;
}

/**
 * Pairs the top-level blocks of a section's English and Spanish HTML, one to one and in order. Spanish ids get
 * the prefix `es-` so both sides can stand on one page. Throws, naming the section and the first block that does
 * not pair, when the two sides differ in length or in kind of block.
 */
export function pairSections(enHtml: string, esHtml: string, section: string): PairedSection {
  const enRoot = parseFragment(enHtml);
  const esRoot = parseFragment(esHtml);
  const en = annotate(enRoot, section);
  const es = annotate(esRoot, section);
  prefixIds(esRoot, 'es-');
  const kind = (el: Element | undefined) => (el ? `<${el.tagName}>` : 'nothing');
  const excerpt = (el: Element | undefined) =>
    el
      ? toHtml(el.children as ElementContent[])
          .replace(/<[^>]+>/g, '')
          .replace(/\s+/g, ' ')
          .trim()
          .slice(0, 60)
      : '';
  for (let i = 0; i < Math.max(en.length, es.length); i++) {
    if (en[i]?.tagName !== es[i]?.tagName)
      throw new Error(
        `Section "${section}" does not align for the side-by-side view: block ${i + 1} is ${kind(en[i])} ` +
          `"${excerpt(en[i])}" in English but ${kind(es[i])} "${excerpt(es[i])}" in Spanish.`,
      );
  }
  const pairs = en.map((block, i) => {
    // The row takes the English block's id, so #table-1 or #discussion-2 lands on the pair.
    const id = String(block.properties['id']);
    delete block.properties['id'];
    return { id, en: toHtml(block), es: toHtml(es[i] as Element) };
  });
  return { pairs, extras: nonBlocks(enRoot) + nonBlocks(esRoot) };
}
