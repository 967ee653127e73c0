/**
 * A section of the document as Typst markup, for the article's PDF: its MDX tree (parsed once, in the document),
 * every character of the text escaped, so nothing an editor writes can be read as Typst code. The markup names the
 * template's own functions for what is not text (`#cite-ref(3);`, `#lab-table(…);`, `#article-figure(…)[…];`): how
 * each looks is decided in article.typ, not here. One handler per MDX component, in a map typed against the
 * registry (src/mdx/components.ts), as mystmd's myst-to-typst keeps one per node type.
 */
import type { Nodes, Paragraph, Text } from 'mdast';
import type { ArticleDocument, DocumentSection } from '../../document/document.ts';
import type { ComponentName } from '../../mdx/components.ts';
import { attribute, citedReferences, ContentError, isCommentExpression, type Component } from '../../mdx/tree.ts';
import { citationRuns } from '../../model/citation-runs.ts';
import { joinNumbersAndUnits } from '../../model/typography.ts';

// A section's subheadings begin at ### (src/model/checks/mdx.ts): its own title stands above them.
const SUBHEADING_DEPTH = 3;

// Characters that mean something in Typst markup. A backslash before any of them writes the character itself.
const MARKUP_SPECIAL = /[\\*_`$#[\]<>@=\-+/~'".]/g;

/**
 * Text as Typst markup that writes exactly that text: markup characters escaped (so `*`, `#`, `//` and `'` stay
 * what they are, and `-1`, `--` or `...` do not turn into a minus, a dash or an ellipsis), white space folded (a
 * no-break space stays one).
 */
export function escapeMarkup(text: string): string {
  return text.replace(/[ \t\r\n]+/g, ' ').replace(MARKUP_SPECIAL, (ch) => `\\${ch}`);
}

/** A Typst string literal: `"…"` with backslash, quote and control characters escaped. */
export function typstString(text: string): string {
  const escaped = text.replace(/[\\"\n\r\t]/g, (ch) => ({ '\n': '\\n', '\r': '\\r', '\t': '\\t' })[ch] ?? `\\${ch}`);
  return `"${escaped}"`;
}

/** The last text node of a paragraph that holds a word: where its last word is. */
function lastWordNode(paragraph: Paragraph): Text | undefined {
  let found: Text | undefined;
  const visit = (node: Nodes) => {
    if (node.type === 'text' && /\p{L}/u.test(node.value)) found = node;
    // A component's children (a figure's caption) are paragraphs of their own.
    if ('children' in node && node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement')
      node.children.forEach(visit);
  };
  paragraph.children.forEach(visit);
  return found;
}

/**
 * A paragraph's last text, its last word set without hyphenation: a paragraph never ends on a lone syllable
 * ("des-/pués"). The word is what follows the last ordinary space (a number and its unit, joined by a no-break
 * space, are one word).
 */
function lastWordWhole(text: string): string {
  const [, before = '', word = '', after = ''] = /^([\s\S]*?)([^ \t\r\n]+)([ \t\r\n]*)$/u.exec(text) ?? [];
  if (!/\p{L}/u.test(word)) return escapeMarkup(text);
  return `${escapeMarkup(before)}#text(hyphenate: false)[${escapeMarkup(word)}];${escapeMarkup(after)}`;
}

type Convert = (node: Nodes) => string;
type Handler = (node: Component, convert: Convert, fail: (message: string) => string) => string;

/** The template function each component calls. */
const COMPONENTS: Record<ComponentName, Handler> = {
  Cite: (node, _convert, fail) => {
    const numbers = citedReferences(node);
    if (!numbers) return fail(`<Cite n={${attribute(node, 'n') ?? ''}} /> needs a reference number: n={3}`);
    if (numbers.length === 1) return `#cite-ref(${numbers[0]});`;
    // Vancouver's runs, by the site's one rule (src/model/citation-runs.ts): a range is its two ends.
    const runs = citationRuns(numbers).map((r) =>
      r.first === r.last ? `${r.first}` : `(from: ${r.first}, to: ${r.last})`,
    );
    return `#cite-refs((${runs.join(', ')}${runs.length === 1 ? ',' : ''}));`;
  },
  Figure: (node, convert) => {
    const [id = '', label = '', note = ''] = ['id', 'label', 'note'].map((a) => attribute(node, a) ?? '');
    const caption = node.children.map(convert).join(node.type === 'mdxJsxFlowElement' ? ' ' : '');
    return `#article-figure(id: ${typstString(id)}, label: ${typstString(label)}, note: ${typstString(joinNumbersAndUnits(note))})[${caption.trim()}];`;
  },
  LabTable: (node) => {
    const id = typstString(attribute(node, 'id') ?? '');
    return `#lab-table(id: ${id}, of: ${id});`;
  },
  // The chart itself is set in the appendix (this edition's additions); here, a pointer to it.
  LabChart: (node) => {
    const table = attribute(node, 'table') ?? '';
    return `#lab-chart(id: ${typstString(attribute(node, 'id') ?? `${table}-chart`)}, of: ${typstString(table)});`;
  },
};

/** What converting one section needs: its document's targets, its file, what went wrong, its paragraphs' last words. */
interface Context {
  targets: ArticleDocument['targets'];
  file: string;
  problems: string[];
  lastWords: Set<Text>;
}

const failIn = (ctx: Context) => (message: string) => {
  ctx.problems.push(`${ctx.file}: ${message}`);
  return '';
};

const inline = (ctx: Context, nodes: Nodes[]): string => nodes.map((n) => convert(ctx, n)).join('');
const blocks = (ctx: Context, nodes: Nodes[]): string =>
  nodes
    .map((n) => convert(ctx, n))
    .filter((b) => b.trim())
    .join('\n\n');

/** A link: to a place the article has (a section, a figure, a table, a chart), or to a web address. */
function link(ctx: Context, url: string, text: string): string {
  if (!url.startsWith('#')) {
    if (/^(https?:|mailto:)/.test(url)) return `#link(${typstString(url)})[${text}];`;
    return failIn(ctx)(`links to "${url}": the PDF can link to a place in the article or to a web address`);
  }
  const target = url.slice(1);
  return ctx.targets.has(target)
    ? `#link(label(${typstString(target)}))[${text}];`
    : failIn(ctx)(`links to "#${target}", which the article does not have`);
}

function convert(ctx: Context, node: Nodes): string {
  switch (node.type) {
    case 'root':
      return blocks(ctx, node.children);
    case 'paragraph': {
      const last = lastWordNode(node);
      if (last) ctx.lastWords.add(last);
      return inline(ctx, node.children).trim();
    }
    case 'text': {
      const text = joinNumbersAndUnits(node.value);
      return ctx.lastWords.has(node) ? lastWordWhole(text) : escapeMarkup(text);
    }
    case 'emphasis':
      return `#emph[${inline(ctx, node.children)}];`;
    case 'strong':
      return `#strong[${inline(ctx, node.children)}];`;
    case 'inlineCode':
      return `#raw(${typstString(node.value)});`;
    case 'break':
      return '#linebreak();';
    case 'link':
      return link(ctx, node.url, inline(ctx, node.children));
    case 'list': {
      const items = node.children.map((item) => `[${blocks(ctx, item.children)}]`).join('');
      return node.ordered ? `#enum(start: ${node.start ?? 1})${items};` : `#list${items};`;
    }
    case 'blockquote':
      return `#quote(block: true)[${blocks(ctx, node.children)}];`;
    case 'heading':
      // The section's title is a level-1 heading (article.typ), so `###` is level 2, `####` level 3: the PDF's tags
      // and outline keep the web's levels, one below the section's. The content checks refuse `#` and `##`.
      return node.depth < SUBHEADING_DEPTH
        ? failIn(ctx)(`a "${'#'.repeat(node.depth)}" heading has no level inside a section: a subheading is ###`)
        : `#heading(level: ${node.depth - SUBHEADING_DEPTH + 2})[${inline(ctx, node.children)}];`;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const handler = COMPONENTS[node.name as ComponentName] as Handler | undefined;
      const fail = failIn(ctx);
      return handler
        ? handler(node, (n) => convert(ctx, n), fail)
        : fail(`<${node.name ?? ''}> is not a component the PDF can set`);
    }
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return isCommentExpression(node.value)
        ? ''
        : failIn(ctx)(`the expression {${node.value}} cannot be set in the PDF`);
    default:
      return failIn(ctx)(`a ${node.type} cannot be set in the PDF`);
  }
}

/** One section of the document as Typst markup. Fails, naming the file, on anything the PDF cannot set. */
export function sectionMarkup(
  section: Pick<DocumentSection, 'tree' | 'file'>,
  doc: Pick<ArticleDocument, 'targets'>,
): string {
  const ctx: Context = { targets: doc.targets, file: section.file, problems: [], lastWords: new Set() };
  const markup = convert(ctx, section.tree);
  if (ctx.problems.length) throw new ContentError(ctx.problems);
  return markup;
}
