/**
 * MDX sections as Typst markup, for the article's PDF. Pure: the same parser as the section model
 * (mdast-util-from-markdown with MDX), and every character of the text escaped, so nothing an editor writes can be
 * read as Typst code. The markup names the template's own functions for what is not text (`#cite-ref(3);`,
 * `#lab-table();`, `#article-figure(…)[…];`): how each looks is decided in src/pdf/article.typ, not here.
 */
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import type { Nodes, Paragraph, Root, Text } from 'mdast';
import { ContentError, parseSection, type SectionSource } from '../../model/section-model.ts';
import { joinNumbersAndUnits } from '../../model/typography.ts';
import type { PlacedChart } from './data.ts';

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

/** What the MDX components become in the PDF: the template function each one calls. */
export interface MarkupOptions {
  /** Anchors the document has, for `[Table 1](#table-1)`: a link to any other fragment fails, naming the file. */
  anchors: ReadonlySet<string>;
  /** The anchor a component renders, from its name and attributes (src/lib/anchors.ts), passed on to label it. */
  componentAnchor: (name: string, attributes: Readonly<Record<string, string | undefined>>) => string | undefined;
}

type Component = MdxJsxFlowElement | MdxJsxTextElement;

/** The MDX components the PDF sets. */
export const PDF_COMPONENTS = ['Cite', 'Figure', 'LabTable', 'LabChart'] as const;

function attribute(node: Component, name: string): string | undefined {
  const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  if (!found || found.type !== 'mdxJsxAttribute') return undefined;
  const value = found.value;
  if (typeof value === 'string') return value;
  return value?.value; // an expression: n={3}
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

/** One section's MDX body as Typst markup, with the lab charts it places in the order it places them. */
export interface SectionTypst {
  markup: string;
  charts: PlacedChart[];
}

/** Converts one section's MDX body to Typst markup. Fails, naming the file, on anything the PDF cannot set. */
export function sectionMarkup(source: SectionSource, options: MarkupOptions): string {
  return sectionTypst(source, options).markup;
}

/**
 * Converts one section's MDX body to Typst markup, and lists the lab charts it places (the PDF sets them in its
 * appendix). Fails, naming the file, on anything the PDF cannot set.
 */
export function sectionTypst(source: SectionSource, options: MarkupOptions): SectionTypst {
  // The same parse as the section model's and the JATS conversion's: one reading of MDX for every format.
  const tree: Root = parseSection(source);
  const problems: string[] = [];
  const charts: PlacedChart[] = [];
  const lastWords = new Set<Text>();
  const fail = (message: string) => {
    problems.push(`${source.file}: ${message}`);
    return '';
  };
  const inline = (nodes: Nodes[]): string => nodes.map(convert).join('');
  const blocks = (nodes: Nodes[]): string =>
    nodes
      .map(convert)
      .filter((b) => b.trim())
      .join('\n\n');

  function component(node: Component): string {
    const name = node.name ?? '';
    switch (name) {
      case 'Cite': {
        const n = attribute(node, 'n') ?? '';
        return /^\s*\d+\s*$/.test(n) ? `#cite-ref(${Number(n)});` : fail(`<Cite> needs a reference number: n={3}`);
      }
      case 'LabTable':
      case 'LabChart': {
        // The table a component shows is its attribute: `<LabTable id="table-1" />`, `<LabChart table="table-1" />`.
        const table = attribute(node, name === 'LabTable' ? 'id' : 'table');
        if (!table) return fail(`<${name}> needs ${name === 'LabTable' ? 'id' : 'table'}="…", the id of a lab table`);
        const id = options.componentAnchor(name, { id: attribute(node, 'id'), table });
        const call = name === 'LabTable' ? 'lab-table' : 'lab-chart';
        if (name === 'LabChart') charts.push({ id: id ?? `${table}-chart`, table });
        return `#${call}(id: ${id ? typstString(id) : 'none'}, of: ${typstString(table)});`;
      }
      case 'Figure': {
        const [id, label, note] = ['id', 'label', 'note'].map((a) => attribute(node, a));
        if (!id || !label || !note) return fail('<Figure> needs id, label and note');
        const caption = node.children.map(convert).join(node.type === 'mdxJsxFlowElement' ? ' ' : '');
        return `#article-figure(id: ${typstString(id)}, label: ${typstString(label)}, note: ${typstString(joinNumbersAndUnits(note))})[${caption.trim()}];`;
      }
      default:
        return fail(
          `<${name || 'fragment'}> is not a component the PDF can set (it knows ${PDF_COMPONENTS.map((c) => `<${c}>`).join(', ')})`,
        );
    }
  }

  function convert(node: Nodes): string {
    switch (node.type) {
      case 'root':
        return blocks(node.children);
      case 'paragraph': {
        const last = lastWordNode(node);
        if (last) lastWords.add(last);
        return inline(node.children).trim();
      }
      case 'text': {
        const text = joinNumbersAndUnits(node.value);
        return lastWords.has(node) ? lastWordWhole(text) : escapeMarkup(text);
      }
      case 'emphasis':
        return `#emph[${inline(node.children)}];`;
      case 'strong':
        return `#strong[${inline(node.children)}];`;
      case 'inlineCode':
        return `#raw(${typstString(node.value)});`;
      case 'break':
        return '#linebreak();';
      case 'link': {
        const text = inline(node.children);
        if (node.url.startsWith('#')) {
          const target = node.url.slice(1);
          return options.anchors.has(target)
            ? `#link(label(${typstString(target)}))[${text}];`
            : fail(`links to "#${target}", which the PDF does not have (it has ${[...options.anchors].join(', ')})`);
        }
        if (/^(https?:|mailto:)/.test(node.url)) return `#link(${typstString(node.url)})[${text}];`;
        return fail(`links to "${node.url}": the PDF can link to a place in the article or to a web address`);
      }
      case 'list': {
        const items = node.children.map((item) => `[${blocks(item.children)}]`).join('');
        return node.ordered ? `#enum(start: ${node.start ?? 1})${items};` : `#list${items};`;
      }
      case 'heading':
        return `#heading(level: ${Math.min(node.depth + 1, 6)})[${inline(node.children)}];`;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        return component(node);
      case 'mdxjsEsm':
      case 'mdxFlowExpression':
        return '';
      default:
        return fail(`a ${node.type} cannot be set in the PDF`);
    }
  }

  const markup = convert(tree);
  if (problems.length) throw new ContentError(problems);
  return { markup, charts };
}
