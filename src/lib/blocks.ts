/**
 * The side-by-side view's pairing: the English and Spanish renderings of a section, whose blocks the MDX pipeline
 * stamped with the section model's ids (src/lib/mdx-section-model.ts), paired by those ids, and the Spanish ids
 * prefixed so that both languages can stand on one page.
 */
import type { Element, Root } from 'hast';
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

/** A fragment's top-level blocks by the id the MDX pipeline stamped on each (`data-block` marks a block). */
function blocksById(root: Root, file: string): Map<string, Element> {
  const blocks = new Map<string, Element>();
  for (const block of topLevelBlocks(root)) {
    const id = block.properties['id'];
    if (block.properties['dataBlock'] === undefined || typeof id !== 'string')
      throw new Error(
        `${file}: a top-level <${block.tagName}> has no block id from the MDX pipeline: a component renders extra top-level markup, or drops the attributes stamped on it`,
      );
    blocks.set(id, block);
  }
  return blocks;
}

/**
 * Pairs the top-level blocks of a section's English and Spanish HTML by their ids (the build's alignment check
 * guarantees each English block has its Spanish counterpart), in the English order. The row takes the block's id,
 * so #table-1 or #discussion-2 lands on the pair; Spanish ids get the prefix `es-`.
 */
export function pairSections(enHtml: string, esHtml: string, files: { en: string; es: string }): PairedSection {
  const enRoot = parseFragment(enHtml);
  const esRoot = parseFragment(esHtml);
  const en = blocksById(enRoot, files.en);
  const es = blocksById(esRoot, files.es);
  for (const block of [...en.values(), ...es.values()]) delete block.properties['dataPlace'];
  prefixIds(esRoot, 'es-');
  const pairs = [...en].map(([id, block]) => {
    const counterpart = es.get(id);
    if (!counterpart) throw new Error(`${files.es}: has no block "${id}" to pair with ${files.en}'s`);
    delete block.properties['id'];
    return { id, en: toHtml(block), es: toHtml(counterpart) };
  });
  return { pairs, extras: nonBlocks(enRoot) + nonBlocks(esRoot) };
}
