/**
 * The one reading of a section's MDX and the tree helpers every consumer uses: the section model, the content
 * checks, the JATS and PDF converters. One parser (mdast-util-from-markdown with MDX), one way to read a component's
 * attributes, one rule for which paragraph is a component, so no two formats can read the same MDX differently.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown, type MdxJsxFlowElement, type MdxJsxTextElement } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import type { Nodes, Root, RootContent } from 'mdast';
import { isComponentName, COMPONENTS } from './components.ts';

/** A failure of the content: its message lists every problem, one per line. */
export class ContentError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`The article's content has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** An MDX component in the tree, in a sentence or on lines of its own. */
export type Component = MdxJsxFlowElement | MdxJsxTextElement;

/** A section's MDX as a syntax tree; a file that is not MDX fails, naming the file. */
export function parseMdx(source: { file: string; body: string }): Root {
  try {
    return fromMarkdown(source.body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
  } catch (error) {
    throw new ContentError([`${source.file}: cannot be read as MDX: ${(error as Error).message}`]);
  }
}

export const isComponent = (node: Nodes): node is Component =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** A component's attribute as written: a literal's value, or the source of its `{…}` expression. */
export function attribute(node: Component, name: string): string | undefined {
  const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  if (!found || found.type !== 'mdxJsxAttribute') return undefined;
  return typeof found.value === 'string' ? found.value : (found.value?.value ?? undefined);
}

/** Every attribute of a component by name, as written (see `attribute`); a spread (`{...x}`) is named "...". */
export function attributes(node: Component): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const a of node.attributes)
    if (a.type === 'mdxJsxAttribute')
      out[a.name] = typeof a.value === 'string' ? a.value : (a.value?.value ?? undefined);
    else out['...'] = a.value;
  return out;
}

/** A component's literal (quoted) attributes: what its anchor is made from. */
export function literalAttributes(node: Component): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of node.attributes)
    if (a.type === 'mdxJsxAttribute' && typeof a.value === 'string') out[a.name] = a.value;
  return out;
}

/**
 * The references a `<Cite n={…} />` names: one number (`n={3}`) or several at one point (`n={[3, 4]}`), in the
 * order written; null when `n` is missing or not of that form.
 */
export function citedReferences(node: Component): number[] | null {
  const raw = attribute(node, 'n')?.trim() ?? '';
  if (/^\d+$/.test(raw)) return [Number(raw)];
  const list = /^\[\s*(\d+(?:\s*,\s*\d+)*)\s*\]$/.exec(raw);
  return list ? (list[1] ?? '').split(',').map((n) => Number(n.trim())) : null;
}

/** An MDX `{…}` expression that holds nothing but a comment, the usual way to leave a note in MDX. */
export const isCommentExpression = (value: string) => /^\s*\/\*[\s\S]*\*\/\s*$/.test(value);

/**
 * A paragraph that holds nothing but one block component (`<Figure …>caption</Figure>` on one line) is that
 * component, as MDX renders it; anything else is itself.
 */
export function unwrap(node: RootContent): RootContent | MdxJsxTextElement {
  if (node.type !== 'paragraph') return node;
  const children = node.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  const [only] = children;
  return children.length === 1 &&
    only?.type === 'mdxJsxTextElement' &&
    isComponentName(only.name) &&
    COMPONENTS[only.name].placement === 'block'
    ? only
    : node;
}

/** The top-level nodes of a section that are blocks a reader sees: not imports, expressions or front matter. */
export function topLevelBlocks(tree: Root): RootContent[] {
  return tree.children.filter((n) => n.type !== 'mdxjsEsm' && n.type !== 'mdxFlowExpression' && n.type !== 'yaml');
}

// Blocks inside a block (a list's items) are words apart, however the source lays them out.
const APART = new Set(['list', 'listItem', 'blockquote', 'table', 'tableRow', 'tableCell', 'mdxJsxFlowElement']);

/** A node's text: what a reader reads of it (a component's attributes and expressions are not text). */
export function textOf(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string')
    return node.type === 'mdxjsEsm' || node.type.endsWith('Expression') ? '' : node.value;
  if (!('children' in node)) return '';
  return (node.children as Nodes[]).map(textOf).join(APART.has(node.type) ? ' ' : '');
}
