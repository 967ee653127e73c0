/**
 * The one model of a section: its top-level blocks and its citations, numbered from the MDX syntax tree. The MDX
 * pipeline builds it while it compiles a section (src/lib/mdx-section-model.ts): it stamps the model's ids on the
 * blocks and citations it renders and exports the model in the section's frontmatter, which the build's checks
 * (alignment, citations), the contents and the reference list's back-links read, so none can disagree.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown, type MdxJsxFlowElement, type MdxJsxTextElement } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import type { Nodes, Root, RootContent } from 'mdast';
import type { Locale } from './locales.ts';

/** A failure of the content: its message lists every problem, one per line. */
export class ContentError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`The article's content has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}

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
export function parseSection(source: Pick<SectionSource, 'file' | 'body'>): Root {
  try {
    return fromMarkdown(source.body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
  } catch (error) {
    throw new ContentError([`${source.file}: cannot be read as MDX: ${(error as Error).message}`]);
  }
}

function walk(node: Nodes, visit: (node: Nodes) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children) walk(child, visit);
}

type Component = MdxJsxFlowElement | MdxJsxTextElement;
const isComponent = (node: Nodes): node is Component =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** The reference a `<Cite n={…} />` names, or NaN. */
function citedReference(node: Component): number {
  const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'n');
  const raw = attribute && typeof attribute.value === 'object' ? attribute.value?.value : attribute?.value;
  return /^\s*\d+\s*$/.test(String(raw)) ? Number(raw) : Number.NaN;
}

/**
 * A paragraph that holds nothing but one component (`<Figure …>caption</Figure>` on one line) is rendered as that
 * component, as MDX unwraps it; anything else is itself.
 */
function unwrap(node: RootContent): RootContent | MdxJsxTextElement {
  if (node.type !== 'paragraph') return node;
  const children = node.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  const [only] = children;
  return children.length === 1 && only?.type === 'mdxJsxTextElement' ? only : node;
}

// Blocks inside a block (a list's items, a table's cells) are words apart, however the source lays them out.
const APART = new Set(['list', 'listItem', 'blockquote', 'table', 'tableRow', 'tableCell', 'mdxJsxFlowElement']);

/** A node's text: what a reader reads of it (a component's attributes are not text). */
function textOf(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string')
    return node.type === 'mdxjsEsm' || node.type.endsWith('Expression') ? '' : node.value;
  if (!('children' in node)) return '';
  return (node.children as Nodes[]).map(textOf).join(APART.has(node.type) ? ' ' : '');
}

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

/** A citation of the model with the `<Cite>` node it was made from. */
export interface CitationNode {
  node: Component;
  place: CitationPlace;
}

/**
 * A section's blocks and citations from its MDX syntax tree, each with its node. `anchors` gives the id a component
 * renders from its name and attributes (src/lib/anchors.ts); other blocks are numbered `<section>-<n>` in order.
 */
export function modelNodes(
  tree: Root,
  section: string,
  anchors: ComponentAnchors = () => undefined,
): { blocks: BlockNode[]; citations: CitationNode[] } {
  const blocks = tree.children
    .filter((node) => node.type !== 'mdxjsEsm' && node.type !== 'mdxFlowExpression' && node.type !== 'yaml')
    .map((top, i): BlockNode => {
      const node = unwrap(top);
      const words = textOf(node).replace(/\s+/g, ' ').trim();
      const attributes: Record<string, string> = {};
      if (isComponent(node))
        for (const a of node.attributes)
          if (a.type === 'mdxJsxAttribute' && typeof a.value === 'string') attributes[a.name] = a.value;
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
  walk(tree, (node) => {
    if (isComponent(node) && node.name === 'Cite') cites.push(node);
  });
  const places = citationPlaces(
    section,
    cites.map((node) => citedReference(node)),
  );
  return { blocks, citations: cites.map((node, i) => ({ node, place: places[i]! })) };
}

/** The id a component renders, from its name and literal attributes (src/lib/anchors.ts `componentAnchor`). */
export type ComponentAnchors = (name: string, attributes: Readonly<Record<string, string>>) => string | undefined;

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
