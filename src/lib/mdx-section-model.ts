/**
 * The section model, made once, while MDX compiles a section (Sätteri plugins, Astro's Markdown pipeline: the
 * equivalent of Starlight's remark-asides and rehype-heading-links). The mdast plugin builds the model from the
 * syntax tree that MDX compiles (src/lib/section-model.ts), gives each block and citation node its id, and exports
 * the model in the section's frontmatter, which `render(entry).remarkPluginFrontmatter` returns to the build's
 * checks, the contents and the reference list. The hast plugin hands the ids given to components on as their
 * attributes. So the rendered HTML carries the model's ids from its compilation: nothing re-parses it.
 */
import type { Data as MdastData, Root } from 'mdast';
import type {
  HastPluginDefinition,
  HastVisitorContext,
  MdastPluginDefinition,
  MdxJsxFlowElementHast,
  MdxJsxTextElementHast,
} from 'satteri';
import { modelNodes, SECTION_MODEL_FIELD, type ComponentAnchors, type SectionModel } from './section-model.ts';

/** A section's name is its file's: content/article/en/clinical-case.mdx is "clinical-case". */
export function sectionOfFile(fileURL: URL | undefined): string | undefined {
  return fileURL?.pathname.match(/([^/]+)\.mdx$/)?.[1];
}

// What mdast-to-hast turns into an element's properties; Sätteri keeps it on MDX components' nodes too.
type Stamped = MdastData & { hProperties?: Record<string, string> };

/**
 * Builds each section's model from the tree it compiles and stamps it: every top-level block gets its id,
 * `data-block` (its place in the section, 1…) and `data-place` (what the language switch keeps the reader's place
 * by), every `<Cite>` its id; the model goes into the frontmatter as `sectionModel`.
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
      for (const { node, place } of citations) stamp(node, { id: place.id });
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
 * (`<Cite>` on its link).
 */
export const hastStampComponents: HastPluginDefinition = {
  name: 'case-report:stamp-components',
  mdxJsxFlowElement: { filter: [], visit: stampComponent },
  mdxJsxTextElement: { filter: [], visit: stampComponent },
};
