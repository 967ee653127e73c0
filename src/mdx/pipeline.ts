/**
 * The section model, made once, while MDX compiles a section (Sätteri plugins, Astro's Markdown pipeline: the
 * equivalent of Starlight's remark-asides and rehype-heading-links). The mdast plugin builds the model from the
 * syntax tree that MDX compiles (src/model/section-model.ts), gives each block and citation node its id, and exports
 * the model in the section's frontmatter, which `render(entry).remarkPluginFrontmatter` returns to the build's
 * checks, the contents and the reference list. The hast plugin hands the ids given to components on as their
 * attributes, and wraps each top-level block in a `<Block id>` element, which each view renders its own way (the
 * reading pages as the block alone, the side-by-side view as a row of both languages). So the rendered HTML carries
 * the model's ids from its compilation: nothing re-parses it.
 */
import type { Element } from 'hast';
import type { Data as MdastData, Root } from 'mdast';
import type {
  HastNode,
  HastPluginDefinition,
  HastVisitorContext,
  MdastPluginDefinition,
  MdxJsxFlowElementHast,
  MdxJsxTextElementHast,
} from 'satteri';
import { modelNodes, SECTION_MODEL_FIELD, type ComponentAnchors, type SectionModel } from '../model/section-model.ts';

/** A section's name is its file's: content/article/en/clinical-case.mdx is "clinical-case". */
export function sectionOfFile(fileURL: URL | undefined): string | undefined {
  return fileURL?.pathname.match(/([^/]+)\.mdx$/)?.[1];
}

/** The prop a `<Cite>` is stamped with: its citations' ids, one per reference, space-separated. */
export const CITE_PLACES = 'places';

// What mdast-to-hast turns into an element's properties; Sätteri keeps it on MDX components' nodes too.
type Stamped = MdastData & { hProperties?: Record<string, string> };

/**
 * Builds each section's model from the tree it compiles and stamps it: every top-level block gets its id,
 * `data-block` (its place in the section, 1…) and `data-place` (what the language switch keeps the reader's place
 * by), every `<Cite>` the ids of its citations (`places`); the model goes into the frontmatter as `sectionModel`.
 */
export function mdastSectionModel(anchors: ComponentAnchors): MdastPluginDefinition {
  return {
    name: 'case-report:section-model',
    before(root, ctx) {
      const section = sectionOfFile(ctx.fileURL);
      if (!section) return;
      const { blocks, citations } = modelNodes(root as Root, section, anchors);
      const stamp = (node: (typeof blocks)[number]['node'], properties: Record<string, string>) => {
        const data = (node.data ?? {}) as Stamped;
        ctx.setProperty(node, 'data', { ...data, hProperties: { ...data.hProperties, ...properties } });
      };
      blocks.forEach(({ node, block }, i) => stamp(node, { id: block.id, dataBlock: String(i + 1), dataPlace: '' }));
      // A `<Cite>` gets the ids of its citations, one per reference it names, in order: `places="cite-x-3 cite-x-4"`.
      const places = new Map<(typeof citations)[number]['node'], string[]>();
      for (const { node, place } of citations) places.set(node, [...(places.get(node) ?? []), place.id]);
      for (const [node, ids] of places) stamp(node, { [CITE_PLACES]: ids.join(' ') });
      const model: SectionModel = { blocks: blocks.map((b) => b.block), citations: citations.map((c) => c.place) };
      const astro = ctx.data['astro'] as { frontmatter?: Record<string, unknown> } | undefined;
      if (astro?.frontmatter) astro.frontmatter[SECTION_MODEL_FIELD] = model;
    },
  };
}

// hast property names as HTML writes them: dataBlock is data-block.
const attributeName = (property: string) => property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

function stampComponent(node: Readonly<MdxJsxFlowElementHast | MdxJsxTextElementHast>, ctx: HastVisitorContext) {
  const properties = (node.data as Stamped | undefined)?.hProperties;
  for (const [key, value] of Object.entries(properties ?? {})) ctx.setProperty(node, attributeName(key), value);
}

/**
 * Gives MDX components the ids the mdast plugin stamped on them, as attributes (props): markdown's own elements
 * get theirs as properties from mdast-to-hast, components do not. Each component renders them on its root
 * (`<Cite>` on its links, one per reference).
 */
export const hastStampComponents: HastPluginDefinition = {
  name: 'case-report:stamp-components',
  mdxJsxFlowElement: { filter: [], visit: stampComponent },
  mdxJsxTextElement: { filter: [], visit: stampComponent },
};

/** The MDX component each top-level block is wrapped in (every page passes one: src/components/mdx/index.ts). */
export const BLOCK_COMPONENT = 'Block';

// A top-level node's block id, as the mdast plugin stamped it: a property of Markdown's own elements, in the data of
// a component's node.
function blockId(node: Readonly<HastNode>): string | undefined {
  if (node.type === 'element') {
    const { id, dataBlock } = (node as Element).properties;
    return dataBlock !== undefined && typeof id === 'string' ? id : undefined;
  }
  if (node.type === 'mdxJsxFlowElement') {
    const properties = (node.data as Stamped | undefined)?.hProperties;
    return properties?.['dataBlock'] !== undefined ? properties?.['id'] : undefined;
  }
  return undefined;
}

/**
 * Wraps each top-level block of a section in `<Block id="…">` (an MDX JSX element), so a view can render a block by
 * its id as it renders the section: the side-by-side view pairs the two languages' blocks so, with no second parse.
 */
export const hastWrapBlocks: HastPluginDefinition = {
  name: 'case-report:wrap-blocks',
  before(root, ctx) {
    if (!sectionOfFile(ctx.fileURL)) return;
    for (const node of root.children) {
      const id = blockId(node);
      if (id === undefined) continue;
      ctx.wrapNode(node, {
        type: 'mdxJsxFlowElement',
        name: BLOCK_COMPONENT,
        attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: id }],
        children: [],
      });
    }
  },
};
