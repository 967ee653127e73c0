/**
 * Works on a section's rendered HTML: stamps the section model's ids on its blocks and citations (the same in both
 * languages), and pairs the English and Spanish blocks for the side-by-side view.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import type { SectionModel } from './section-model.ts';

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

/**
 * Stamps a section model on the section's HTML: each top-level block gets `data-block` and the model's id, each
 * `a[data-ref]` citation its id. The HTML is what the model's MDX rendered, so a mismatch is a bug in a component,
 * and fails the build naming the section.
 */
function annotate(root: Root, model: SectionModel, section: string): Element[] {
  const blocks = topLevelBlocks(root);
  const fail = (what: string) => {
    throw new Error(
      `Section "${section}" rendered ${what} than its MDX has: a component renders extra top-level markup`,
    );
  };
  if (blocks.length !== model.blocks.length)
    fail(`${blocks.length} blocks, ${blocks.length > model.blocks.length ? 'more' : 'fewer'}`);
  blocks.forEach((block, i) => {
    const id = model.blocks[i]?.id ?? '';
    const own = block.properties['id'];
    if (own !== undefined && own !== id)
      throw new Error(
        `Section "${section}": block ${i + 1} renders id "${String(own)}" but the section model expects "${id}"`,
      );
    block.properties['dataBlock'] = String(i + 1);
    block.properties['id'] = id;
  });
  const links = selectAll('a[data-ref]', root);
  if (links.length !== model.citations.length)
    fail(`${links.length} citations, ${links.length > model.citations.length ? 'more' : 'fewer'}`);
  links.forEach((link, i) => {
    link.properties['id'] = model.citations[i]?.id;
  });
  return blocks;
}

/** A section's HTML with the model's block and citation ids (see `annotate`). */
export function annotateSection(html: string, model: SectionModel, section: string): string {
  const root = parseFragment(html);
  for (const block of annotate(root, model, section)) block.properties['dataPlace'] = '';
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
 * Pairs the top-level blocks of a section's English and Spanish HTML, one to one and in order (the build's
 * alignment check guarantees they pair). Spanish ids get the prefix `es-` so both sides can stand on one page.
 */
export function pairSections(enHtml: string, esHtml: string, model: SectionModel, section: string): PairedSection {
  const enRoot = parseFragment(enHtml);
  const esRoot = parseFragment(esHtml);
  const en = annotate(enRoot, model, section);
  const es = annotate(esRoot, model, section);
  prefixIds(esRoot, 'es-');
  const pairs = en.map((block, i) => {
    // The row takes the block's id, so #table-1 or #discussion-2 lands on the pair.
    const id = String(block.properties['id']);
    delete block.properties['id'];
    return { id, en: toHtml(block), es: toHtml(es[i] as Element) };
  });
  return { pairs, extras: nonBlocks(enRoot) + nonBlocks(esRoot) };
}
