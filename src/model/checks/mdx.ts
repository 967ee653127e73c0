/**
 * What a section's MDX may hold: only what every format renders (the pages, the PDF and the JATS file), so all of
 * them accept the same MDX and none drops or refuses what another shows. Each component is checked against its
 * entry in the registry (src/mdx/components.ts): its name, where it stands, its attributes and what it holds. Each
 * problem names the file, the line and the element.
 */
import type { Nodes, Parent, Root } from 'mdast';
import { visitParents } from 'unist-util-visit-parents';
import { COMPONENT_NAMES, COMPONENTS, isComponentName } from '../../mdx/components.ts';
import { citedReferences, isCommentExpression, isComponent, type Component } from '../../mdx/tree.ts';

/**
 * The Markdown every format renders. Anything else (a code block, an image, a table or footnote in Markdown's
 * syntax, raw HTML, an import) has no counterpart in at least one format; the message says what to write instead.
 */
const SUPPORTED = new Set([
  'root',
  'paragraph',
  'heading',
  'text',
  'emphasis',
  'strong',
  'inlineCode',
  'break',
  'link',
  'list',
  'listItem',
  'blockquote',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
  'mdxFlowExpression',
  'mdxTextExpression',
]);

const INSTEAD: Record<string, string> = {
  image: 'an image: use <Figure id label note>caption</Figure>',
  table: 'a Markdown table: a lab table is <LabTable id="…" /> with its data in content/labs/',
  code: 'a code block',
  html: 'raw HTML',
  mdxjsEsm: 'an import or export: the components are there without one',
  thematicBreak: 'a thematic break (---)',
  footnoteReference: 'a footnote: cite a reference with <Cite n={…} />',
  footnoteDefinition: 'a footnote: cite a reference with <Cite n={…} />',
  delete: 'struck-through text',
  linkReference: 'a reference-style link: write [text](url)',
  imageReference: 'an image: use <Figure id label note>caption</Figure>',
  definition: 'a link definition: write [text](url)',
};

const where = (file: string, node: Nodes) => `${file}:${node.position?.start.line ?? '?'}`;

/** What is wrong with one component, against its registry entry. */
function componentProblems(node: Component, ancestors: readonly Parent[], file: string): string[] {
  const parent = ancestors.at(-1);
  const at = where(file, node);
  const name = node.name ?? '';
  if (!isComponentName(name))
    return [
      `${at}: <${name || '>…</'}> is not a component the article knows (${COMPONENT_NAMES.map((c) => `<${c}>`).join(', ')})`,
    ];
  const spec = COMPONENTS[name];
  const problems: string[] = [];
  const inSentence =
    node.type === 'mdxJsxTextElement' &&
    parent?.type === 'paragraph' &&
    parent.children.some((c) => c !== node && !(c.type === 'text' && !c.value.trim()));
  if (spec.placement === 'inline' && node.type === 'mdxJsxFlowElement')
    problems.push(`${at}: <${name}> stands inside a sentence, not on a line of its own`);
  // A block stands at the top of the section, alone or as a paragraph's only content.
  const topLevel = ancestors.length === 1 || (ancestors.length === 2 && parent?.type === 'paragraph');
  if (spec.placement === 'block' && (inSentence || !topLevel))
    problems.push(`${at}: <${name}> is a block: give it a paragraph of its own, not a place inside a sentence or list`);
  const attributes: Readonly<Record<string, { kind: string; required: boolean; help: string }>> = spec.attributes;
  for (const a of node.attributes) {
    if (a.type !== 'mdxJsxAttribute') {
      problems.push(`${at}: <${name}> takes no {...spread} attributes`);
      continue;
    }
    const expected = attributes[a.name];
    if (!expected) {
      problems.push(`${at}: <${name}> has no attribute "${a.name}" (it takes ${Object.keys(attributes).join(', ')})`);
      continue;
    }
    const literal = typeof a.value === 'string';
    if (expected.kind === 'text' && !(literal && (a.value as string).trim()))
      problems.push(`${at}: <${name} ${a.name}="…"> must be quoted text: ${expected.help}`);
    if (expected.kind === 'references' && !citedReferences(node))
      problems.push(`${at}: <${name} ${a.name}={…}> must be ${expected.help}`);
  }
  for (const [attribute, expected] of Object.entries(attributes))
    if (expected.required && !node.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === attribute))
      problems.push(`${at}: <${name}> needs ${attribute}: ${expected.help}`);
  const held = node.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  if (spec.children === 'none' && held.length) problems.push(`${at}: <${name} /> holds nothing: close it with />`);
  if (spec.children === 'caption' && node.type === 'mdxJsxFlowElement' && held.some((c) => c.type !== 'paragraph'))
    problems.push(`${at}: <${name}> holds its caption's text only`);
  return problems;
}

/** Every problem of one section's MDX tree: elements no format renders, components used against their spec. */
export function mdxProblems(tree: Root, file: string): string[] {
  const problems: string[] = [];
  visitParents(tree, (node, ancestors) => {
    if (isComponent(node)) {
      problems.push(...componentProblems(node, ancestors, file));
      return;
    }
    if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && !isCommentExpression(node.value))
      problems.push(`${where(file, node)}: the expression {${node.value}} has no place in the article: write text`);
    else if (!SUPPORTED.has(node.type))
      problems.push(
        `${where(file, node)}: ${INSTEAD[node.type] ?? `a ${node.type}`} is not something every format of the article can show`,
      );
  });
  return problems;
}
