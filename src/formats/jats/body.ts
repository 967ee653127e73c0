/**
 * The sections' MDX as JATS: the body's `<sec>`s, the abstract, the conflicts' footnote. One handler per MDX
 * component, in a map typed against the registry (src/mdx/components.ts), as mystmd's myst-to-jats keeps one per
 * node type; the content checks have already refused whatever no format renders, so a handler meets only what its
 * component's spec allows. Everything is xast, which xast-util-to-xml escapes by construction.
 */
import type { ListItem, PhrasingContent, RootContent } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx';
import type { Element, ElementContent } from 'xast';
import { x } from 'xastscript';
import type { ArticleDocument, DocumentSection } from '../../document/document.ts';
import type { ComponentName } from '../../mdx/components.ts';
import {
  attribute,
  citedReferences,
  ContentError,
  isCommentExpression,
  unwrap,
  type Component,
} from '../../mdx/tree.ts';
import { interpolate } from '../../i18n/interpolate.ts';
import { CALL_SEPARATOR, citationRuns, RANGE_DASH } from '../../model/citation-runs.ts';
import type { JatsStrings } from './strings.ts';

/** What converting one language's text needs: its document, where it is, how its ids are written. */
export interface Scope {
  doc: ArticleDocument;
  file: string;
  /** "" in the article, "es-" in the Spanish sub-article: ids are unique across the whole file. */
  prefix: string;
  strings: JatsStrings;
}

const fail = (scope: Pick<Scope, 'file'>, problem: string): never => {
  throw new ContentError([`${scope.file}: ${problem}`]);
};

/** A link to a DOI, its text saying what it leads to (JATS4R: a link's text describes its target, not its address). */
export const doiLink = (doi: string, text: string): Element =>
  x('ext-link', { 'ext-link-type': 'doi', 'xlink:href': doi }, text);

function inline(nodes: readonly PhrasingContent[], scope: Scope): ElementContent[] {
  return nodes.flatMap((node) => phrase(node, scope));
}

function phrase(node: PhrasingContent, scope: Scope): ElementContent[] {
  switch (node.type) {
    case 'text':
      return [{ type: 'text', value: node.value }];
    case 'emphasis':
      return [x('italic', inline(node.children, scope))];
    case 'strong':
      return [x('bold', inline(node.children, scope))];
    case 'inlineCode':
      return [x('monospace', node.value)];
    case 'break':
      return [{ type: 'text', value: '\n' }];
    case 'link':
      return [link(node.url, inline(node.children, scope), scope)];
    case 'mdxJsxTextElement':
      return component(node, scope);
    case 'mdxTextExpression':
      return isCommentExpression(node.value)
        ? []
        : fail(scope, `the expression {${node.value}} has no JATS counterpart`);
    default:
      return fail(scope, `${node.type} (in a paragraph) has no JATS counterpart`);
  }
}

/**
 * `[Table 1](#table-1)` is a cross-reference; any other URL an external link. A link to a chart, which JATS does not
 * have, points at the table it draws.
 */
function link(url: string, children: ElementContent[], scope: Scope): Element {
  if (!url.startsWith('#')) return x('ext-link', { 'ext-link-type': 'uri', 'xlink:href': url }, children);
  const id = url.slice(1);
  const target = scope.doc.targets.get(id);
  if (!target)
    return fail(scope, `the link to "${url}" points at nothing in the article (no section, figure or table)`);
  if (target.kind === 'section') return x('xref', { 'ref-type': 'sec', rid: `${scope.prefix}${id}` }, children);
  const table = target.labTable && scope.doc.labTables[target.labTable] ? target.labTable : undefined;
  if (target.ref) return x('xref', { 'ref-type': target.ref, rid: `${scope.prefix}${id}` }, children);
  if (table) return x('xref', { 'ref-type': 'table', rid: `${scope.prefix}${table}` }, children);
  return fail(scope, `the link to "${url}" points at a <${target.component}>, which JATS has no counterpart for`);
}

type Handler = (node: Component, scope: Scope) => ElementContent[];

const bibr = (n: number, shown: boolean): Element =>
  x('xref', { 'ref-type': 'bibr', rid: `ref-${n}` }, shown ? String(n) : []);

/**
 * Citations as the source prints them: superscript numbers in Vancouver's runs ("3,4", "3–5";
 * src/model/citation-runs.ts), one cross-reference to each reference cited. A range shows its ends; each reference
 * inside it has an empty `<xref>` after the dash, so that every reference the call cites is tagged. JATS4R's
 * citations recommendation says nothing of ranges, and its open question on them (JATS4R-Participant-Hub issue 20)
 * is that the usual `<xref>2</xref>–<xref>4</xref>` of PMC's tagging guidelines hides from a machine that 3 is cited:
 * this keeps that tagging and adds the references it hides.
 */
const cite: Handler = (node, scope) => {
  const numbers = citedReferences(node) ?? [];
  const missing = numbers.filter((n) => !scope.doc.references.some((r) => r.n === n));
  if (!numbers.length || missing.length)
    fail(scope, `<Cite n={${attribute(node, 'n') ?? ''}} /> points at no reference`);
  const refs = citationRuns(numbers).flatMap((run, i): ElementContent[] => [
    ...(i ? [{ type: 'text', value: CALL_SEPARATOR } as const] : []),
    bibr(run.first, true),
    ...(run.first === run.last
      ? []
      : [
          { type: 'text', value: RANGE_DASH } as const,
          ...run.numbers.slice(1, -1).map((n) => bibr(n, false)),
          bibr(run.last, true),
        ]),
  ]);
  return [x('sup', refs)];
};

/**
 * `<Figure id label note>caption</Figure>`: a `<fig>` with its label and caption, and no `<graphic>`: the image is
 * not reproduced, by design. A paragraph after the caption says so in the figure's own words (its `note`, as the page
 * and the PDF print it) and links to the figure in the published article through its DOI, so a reader, or a JATS4R
 * check that asks for the graphic, learns why it is absent and where it is.
 */
const figure: Handler = (node, scope) => {
  const [id = '', label = '', note = ''] = ['id', 'label', 'note'].map((a) => attribute(node, a)?.trim() ?? '');
  // On one line the caption is the element's text; on lines of its own, one paragraph.
  const caption: PhrasingContent[] =
    node.type === 'mdxJsxTextElement'
      ? node.children
      : node.children.flatMap((child) => (child.type === 'paragraph' ? child.children : []));
  return [
    x('fig', { id: `${scope.prefix}${id}` }, [
      x('label', label),
      x('caption', [x('p', inline(caption, scope))]),
      x('p', [
        `${note} ${scope.strings.figureSeeOriginal} `,
        doiLink(scope.doc.meta.doi, interpolate(scope.strings.figureViewOriginal, { label })),
      ]),
    ]),
  ];
};

/** A lab table as the page shows it: header row, analytes with their units, values as published, ranges, footnote. */
const labTable: Handler = (node, scope) => {
  const id = attribute(node, 'id') ?? '';
  const table = scope.doc.labTables[id]?.view;
  if (!table) return fail(scope, `<LabTable id="${id}" /> names no lab table`);
  return [
    x('table-wrap', { id: `${scope.prefix}${id}` }, [
      x('label', table.label),
      x('caption', [x('p', table.caption)]),
      x('table', [
        x('thead', [
          x(
            'tr',
            table.headers.map((header) => x('th', { scope: 'col' }, header)),
          ),
        ]),
        x(
          'tbody',
          table.rows.map((row) =>
            x('tr', [
              x('th', { scope: 'row' }, `${row.name} (${row.unit})`),
              ...row.cells.map((cell) => x('td', cell.text)),
              x('td', `(${row.range})`),
            ]),
          ),
        ),
      ]),
      x('table-wrap-foot', [x('fn', [x('p', table.footnote)])]),
    ]),
  ];
};

/** One handler per component of the registry: a component added there without one here fails to compile. */
const COMPONENTS: Record<ComponentName, Handler> = {
  Cite: cite,
  Figure: figure,
  LabTable: labTable,
  // The chart draws its table's values: JATS has no counterpart but the table itself.
  LabChart: () => [],
};

function component(node: Component | MdxJsxTextElement, scope: Scope): ElementContent[] {
  const handler = COMPONENTS[node.name as ComponentName] as Handler | undefined;
  return handler ? handler(node, scope) : fail(scope, `<${node.name ?? ''}> has no JATS counterpart`);
}

/** Block-level JATS for one MDX block; a heading is handled by `sections`. */
function block(top: RootContent, scope: Scope): Element[] {
  const node = unwrap(top);
  switch (node.type) {
    case 'paragraph':
      return [x('p', inline(node.children, scope))];
    case 'list':
      return [
        x(
          'list',
          { 'list-type': node.ordered ? 'order' : 'bullet' },
          node.children.map((item) => listItem(item, scope)),
        ),
      ];
    case 'blockquote':
      return [
        x(
          'disp-quote',
          node.children.flatMap((child) => block(child, scope)),
        ),
      ];
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return component(node, scope).filter((el): el is Element => el.type === 'element');
    case 'mdxFlowExpression':
      return isCommentExpression(node.value)
        ? []
        : fail(scope, `the expression {${node.value}} has no JATS counterpart`);
    default:
      return fail(scope, `${node.type} has no JATS counterpart`);
  }
}

function listItem(item: ListItem, scope: Scope): Element {
  // A list item's text is a paragraph, tight list or not.
  return x(
    'list-item',
    item.children.flatMap((child) => block(child, scope)),
  );
}

/**
 * A section's blocks, its headings opening nested `<sec>`s: the blocks under a heading belong to it, so every
 * `<sec>` has its paragraphs before its subsections, as JATS wants.
 */
function sections(nodes: readonly RootContent[], scope: Scope): Element[] {
  const out: Element[] = [];
  const open: { depth: number; sec: Element }[] = [];
  for (const node of nodes) {
    if (node.type === 'heading') {
      while ((open.at(-1)?.depth ?? 0) >= node.depth) open.pop();
      const sec = x('sec', [x('title', inline(node.children, scope))]);
      (open.at(-1)?.sec.children ?? out).push(sec);
      open.push({ depth: node.depth, sec });
    } else (open.at(-1)?.sec.children ?? out).push(...block(node, scope));
  }
  return out;
}

/** A footnote holds paragraphs only: any other block (the conflicts' list) is wrapped in one. */
function footnoteParagraphs(nodes: readonly RootContent[], scope: Scope): Element[] {
  return nodes.flatMap((node) => {
    if (node.type === 'heading') return fail(scope, 'a heading cannot stand in a footnote (the conflicts)');
    return block(node, scope).map((el) => (el.name === 'p' ? el : x('p', [el])));
  });
}

/** What one language's sections become, by their role. */
export interface Converted {
  abstract?: { title: string; content: Element[] };
  /** The conflicts, as `coi-statement` footnotes (JATS4R). */
  coi: Element[];
  body: Element[];
}

/** One language's document, converted: ids prefixed with `prefix`. */
export function convertDocument(doc: ArticleDocument, strings: JatsStrings, prefix: string): Converted {
  const scope = (section: DocumentSection): Scope => ({ doc, file: section.file, prefix, strings });
  const abstract = doc.abstract;
  return {
    ...(abstract
      ? { abstract: { title: abstract.title, content: sections(abstract.tree.children, scope(abstract)) } }
      : {}),
    coi: doc.conflicts.map((s) =>
      x('fn', { 'fn-type': 'coi-statement', id: `${prefix}${s.id}` }, footnoteParagraphs(s.tree.children, scope(s))),
    ),
    body: doc.body.map((s) =>
      x('sec', { id: `${prefix}${s.id}` }, [x('title', s.title), ...sections(s.tree.children, scope(s))]),
    ),
  };
}
