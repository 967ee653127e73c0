/**
 * The one model of a section: its top-level blocks and its citations, numbered from the MDX syntax tree. The MDX
 * pipeline builds it while it compiles a section (src/mdx/pipeline.ts): it stamps the model's ids on the
 * blocks and citations it renders and exports the model in the section's frontmatter, which the build's checks
 * (alignment, citations), the contents and the reference list's back-links read, so none can disagree.
 */
import type { Root, RootContent } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx';
import { visit } from 'unist-util-visit';
import type { ComponentAnchor } from '../mdx/components.ts';
import {
  ContentError,
  citedReferences,
  isComponent,
  literalAttributes,
  parseMdx,
  textOf,
  topLevelBlocks,
  unwrap,
  type Component,
} from '../mdx/tree.ts';
import type { Locale } from '../i18n/locales.ts';

export { ContentError };

/** One MDX section file. */
export interface SectionSource {
  locale: Locale;
  section: string;
  /** Path shown in messages, e.g. content/article/es/discussion.mdx. */
  file: string;
  /** The MDX body without front matter. */
  body: string;
}

/** A top-level block of a section: a paragraph, a list, a table, a figure or another component. */
export interface Block {
  /** "paragraph", "list", "<Figure>"… Blocks pair across languages by kind. */
  kind: string;
  /** The first words, for messages. */
  excerpt: string;
  /** Everything the block says, white space folded: what the checks compare across languages. */
  text: string;
  /** A component's literal attributes (`<Figure id="fig-1" label="Fig. 1">`). */
  attributes: Record<string, string>;
  /** The block's anchor: a component's own id, else `<section>-<n>`. */
  id: string;
}

/** One citation in a section: which reference, its order among that reference's citations there, and its id. */
export interface CitationPlace {
  section: string;
  /** The reference number; NaN when the `<Cite>` has none. */
  reference: number;
  /** 1 for the first citation of this reference in the section, 2 for the second… */
  occurrence: number;
  /** "cite-discussion-3", then "cite-discussion-3-2". */
  id: string;
}

/** A section file with its model. */
export interface ModelledSection extends SectionSource {
  model: SectionModel;
}

export interface SectionModel {
  blocks: Block[];
  citations: CitationPlace[];
}

/** Numbers a section's citations, given the reference each one cites in reading order. */
export function citationPlaces(section: string, references: readonly number[]): CitationPlace[] {
  const seen = new Map<number, number>();
  return references.map((reference) => {
    const occurrence = (seen.get(reference) ?? 0) + 1;
    seen.set(reference, occurrence);
    return {
      section,
      reference,
      occurrence,
      id: `cite-${section}-${reference}${occurrence > 1 ? `-${occurrence}` : ''}`,
    };
  });
}

/** A section's MDX as a syntax tree; a file that is not MDX fails, naming the file. */
export const parseSection = (source: Pick<SectionSource, 'file' | 'body'>): Root => parseMdx(source);

function kindOf(node: RootContent | MdxJsxTextElement): string {
  if (isComponent(node)) return `<${node.name ?? 'fragment'}>`;
  if (node.type === 'heading') return `heading ${node.depth}`;
  if (node.type === 'list') return node.ordered ? 'numbered list' : 'list';
  return node.type;
}

/** A block of the model with the syntax-tree node it was made from (what the MDX pipeline stamps). */
export interface BlockNode {
  node: RootContent | MdxJsxTextElement;
  block: Block;
}

/** A citation of the model with the `<Cite>` node it was made from (a call of several references: one each). */
export interface CitationNode {
  node: Component;
  place: CitationPlace;
}

/**
 * A section's blocks and citations from its MDX syntax tree, each with its node. `anchors` gives the id a component
 * renders from its name and attributes (src/site/anchors.ts); other blocks are numbered `<section>-<n>` in order.
 */
export function modelNodes(
  tree: Root,
  section: string,
  anchors: ComponentAnchors = () => undefined,
): { blocks: BlockNode[]; citations: CitationNode[] } {
  const blocks = topLevelBlocks(tree).map((top, i): BlockNode => {
    const node = unwrap(top);
    const words = textOf(node).replace(/\s+/g, ' ').trim();
    const attributes = isComponent(node) ? literalAttributes(node) : {};
    const fixed = isComponent(node) && node.name ? anchors(node.name, attributes) : undefined;
    const block = {
      kind: kindOf(node),
      excerpt: words.length > 60 ? `${words.slice(0, 60)}…` : words,
      text: words,
      attributes,
      id: attributes['id'] ?? fixed ?? `${section}-${i + 1}`,
    };
    return { node, block };
  });
  const cites: Component[] = [];
  visit(tree, (node) => {
    if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'Cite')
      cites.push(node);
  });
  // A call of several references (`n={[3, 4]}`) is a citation of each: each has its own place, which the reference
  // list's back-links reach. A `<Cite>` without a readable number is one citation of none (NaN), for the checks.
  const cited = cites.flatMap((node) =>
    (citedReferences(node) ?? [Number.NaN]).map((reference) => ({ node, reference })),
  );
  const places = citationPlaces(
    section,
    cited.map((c) => c.reference),
  );
  return { blocks, citations: cited.map(({ node }, i) => ({ node, place: places[i]! })) };
}

/** The id a component renders, from its name and literal attributes (src/mdx/components.ts `componentAnchor`). */
export type ComponentAnchors = ComponentAnchor;

/** A section's model from its MDX source (see `modelNodes`). */
export function sectionModel(source: SectionSource, anchors: ComponentAnchors = () => undefined): SectionModel {
  const { blocks, citations } = modelNodes(parseSection(source), source.section, anchors);
  return { blocks: blocks.map((b) => b.block), citations: citations.map((c) => c.place) };
}

/**
 * The model a compiled section exported in its frontmatter (`render(entry).remarkPluginFrontmatter`), checked, so
 * that a section compiled without the pipeline's plugin fails naming its file. JSON has no NaN: a `<Cite>` without
 * a number comes back as null, and is NaN again here.
 */
export function readSectionModel(frontmatter: Record<string, unknown>, file: string): SectionModel {
  const value = frontmatter[SECTION_MODEL_FIELD] as SectionModel | undefined;
  if (!value || !Array.isArray(value.blocks) || !Array.isArray(value.citations))
    throw new ContentError([
      `${file}: has no section model in its compiled frontmatter ("${SECTION_MODEL_FIELD}"): is the MDX pipeline's section-model plugin in astro.config.mjs?`,
    ]);
  return {
    blocks: value.blocks,
    citations: value.citations.map((c) => ({ ...c, reference: c.reference ?? Number.NaN })),
  };
}

/** Where the MDX pipeline puts a section's model in its compiled frontmatter. */
export const SECTION_MODEL_FIELD = 'sectionModel';
