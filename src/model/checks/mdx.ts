/**
 * What a section's MDX may hold: only what every format renders (the pages, the PDF and the JATS file), so all of
 * them accept the same MDX and none drops or refuses what another shows. Each component is checked against its
 * entry in the registry (src/mdx/components.ts): its name, where it stands, its attributes and what it holds; the
 * subheadings against the section's own heading; the citation calls against how Vancouver (and, in Spanish, the
 * RAE) writes them. Each problem names the file, the line and the element.
 */
import type { Heading, Nodes, Parent, PhrasingContent, Root } from 'mdast';
import { visitParents } from 'unist-util-visit-parents';
import type { Locale } from '../../i18n/locales.ts';
import { COMPONENT_NAMES, COMPONENTS, isComponentName } from '../../mdx/components.ts';
import { citedReferences, isCommentExpression, isComponent, type Component } from '../../mdx/tree.ts';
import type { SectionRole } from '../schemas.ts';

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

// The section's own heading is the page's (an h2 on the web, a level-1 heading in the PDF): its subheadings begin at ###.
const SUBHEADING_DEPTH = 3;
const hashes = (depth: number) => '#'.repeat(depth);

/**
 * What is wrong with a section's subheadings: `#` and `##` are the levels of the page and of the section's own
 * heading (its front matter's title); a subheading is `###`, one below it `####`, and none skips a level. A heading
 * stands at the top of the section (not in a list or a quotation), and not in the conflicts, which JATS sets as a
 * footnote.
 */
function headingProblems(tree: Root, file: string, role: SectionRole | undefined): string[] {
  const problems: string[] = [];
  let above = SUBHEADING_DEPTH - 1;
  visitParents(tree, 'heading', (node: Heading, ancestors) => {
    const at = where(file, node);
    if (ancestors.length > 1)
      problems.push(`${at}: a heading stands at the top of the section, not inside a list or a quotation`);
    else if (role === 'conflicts')
      problems.push(`${at}: the conflicts take no subheading (JATS sets them as a footnote): write a paragraph`);
    else if (node.depth < SUBHEADING_DEPTH)
      problems.push(
        `${at}: "${hashes(node.depth)}" is the level of the page and of the section's own heading (its title): a subheading is ${hashes(SUBHEADING_DEPTH)}, one below it ${hashes(SUBHEADING_DEPTH + 1)}`,
      );
    else if (node.depth > above + 1)
      problems.push(
        `${at}: "${hashes(node.depth)}" skips a level after ${above < SUBHEADING_DEPTH ? "the section's own heading" : `"${hashes(above)}"`}: write ${hashes(above + 1)}`,
      );
    else above = node.depth;
  });
  return problems;
}

const isCite = (node: Nodes | undefined): node is Component => !!node && isComponent(node) && node.name === 'Cite';

/**
 * What is wrong with the citation calls of one paragraph (or heading, or list item's paragraph): two calls side by
 * side read as one number ("34"), so several references at one point are one call, their numbers in ascending
 * order, each once, so that Vancouver's ranges can form ("3–5"). In Spanish the call goes before the full stop,
 * comma, semicolon or colon, as the RAE's Ortografía and the journal's Spanish edition place it: "(China)³.", not
 * "(China).³"; the full stop of an abbreviation stays before it ("Le et al.⁵,").
 */
function callProblems(parent: Parent, file: string, locale: Locale | undefined): string[] {
  const problems: string[] = [];
  const children = parent.children as PhrasingContent[];
  children.forEach((node, i) => {
    if (!isCite(node)) return;
    const at = where(file, node);
    const numbers = citedReferences(node) ?? [];
    const next = children[i + 1];
    const afterSpace = next?.type === 'text' && !next.value.trim() ? children[i + 2] : next;
    if (isCite(afterSpace)) {
      const both = [...numbers, ...(citedReferences(afterSpace) ?? [])];
      problems.push(
        `${at}: two <Cite>s side by side read as one number: cite several references at one point with one call, <Cite n={[${both.join(', ')}]} />`,
      );
    }
    if (numbers.some((n, k) => k > 0 && n <= numbers[k - 1]!))
      problems.push(
        `${at}: <Cite n={[${numbers.join(', ')}]} /> gives its numbers in ascending order, each once: <Cite n={[${[...new Set(numbers)].sort((a, b) => a - b).join(', ')}]} />`,
      );
    const before = children[i - 1];
    if (locale !== 'es' || before?.type !== 'text') return;
    const mark = /([.,;:])$/.exec(before.value)?.[1];
    if (!mark || (mark === '.' && ABBREVIATION.test(before.value))) return;
    const call = `<Cite n=${attributeSource(node)} />`;
    // The last words before the mark, for the message (a word cut short at the start left out).
    const tail = before.value.slice(0, -1);
    const words = tail.length > 15 ? tail.slice(-15).replace(/^\S*\s/, '') : tail;
    problems.push(
      `${at}: in Spanish the call goes before the "${mark}", as the RAE places it: write "…${words}${call}${mark}", not "…${words}${mark}${call}"`,
    );
  });
  return problems;
}

// Abbreviations whose full stop stays before a call in Spanish ("et al.", "etc.", "cols.").
const ABBREVIATION = /(?:^|[\s(])(?:al|etc|cols?|vs|p\. ej|ej)\.$/u;

const attributeSource = (node: Component) => {
  const n = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'n');
  const value = n?.type === 'mdxJsxAttribute' ? n.value : undefined;
  return typeof value === 'string' ? `"${value}"` : `{${value?.value ?? '…'}}`;
};

/** What the checks know of a section beyond its tree: its language and its role. */
export interface MdxContext {
  locale?: Locale | undefined;
  role?: SectionRole | undefined;
}

/**
 * Every problem of one section's MDX tree: elements no format renders, components used against their spec,
 * subheadings at the wrong level, citation calls written apart or (in Spanish) after the punctuation.
 */
export function mdxProblems(tree: Root, file: string, { locale, role }: MdxContext = {}): string[] {
  const problems: string[] = [...headingProblems(tree, file, role)];
  visitParents(tree, (node, ancestors) => {
    if ('children' in node && (node.children as Nodes[]).some(isCite))
      problems.push(...callProblems(node as Parent, file, locale));
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
