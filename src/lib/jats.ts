/**
 * The article as one JATS 1.3 document (Journal Archiving and Interchange DTD), from the same content the pages
 * render: the English version of record is the `<article>`, with the authors' own Spanish title, abstract and
 * keywords as its translated metadata; the site's Spanish is a `<sub-article article-type="translation">`.
 *
 * The MDX sections are parsed with the libraries the section model uses and turned into xast, which
 * xast-util-to-xml serialises, so every character is escaped by construction. Nothing here knows a fact of the
 * article: it all comes in through `JatsInput`.
 */
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import type { ListItem, PhrasingContent, Root, RootContent } from 'mdast';
import type { Element, ElementContent, Root as XmlRoot, Text } from 'xast';
import { toXml } from 'xast-util-to-xml';
import { x } from 'xastscript';
import { interpolate } from './interpolate.ts';
import { formatLabValue, formatRange } from './lab-values.ts';
import type { Locale } from './locales.ts';
import type { ArticleMetadata, LabTable, Reference, SectionRole } from './schemas.ts';
import { ContentError, parseSection, type SectionSource } from './section-model.ts';

/** The file the build writes (src/pages/article.jats.xml.ts), relative to the site's base. */
export const JATS_FILE = 'article.jats.xml';

/** The DTD the document names: its public id is in @jats4r/dtds' XML catalog, so it validates offline. */
export const JATS_DOCTYPE = {
  public: '-//NLM//DTD JATS (Z39.96) Journal Archiving and Interchange DTD v1.3 20210610//EN',
  system: 'http://jats.nlm.nih.gov/archiving/1.3/JATS-archivearticle1-3.dtd',
  version: '1.3',
} as const;

/**
 * `<article article-type>`: every article this site publishes is a case report (README: "a case report of any
 * shape"), whatever heading the journal printed over it; that heading ("Special Article") is the `subj-group`'s.
 * PMC's Style Checker requires the attribute, from the JATS list of article types.
 */
export const JATS_ARTICLE_TYPE = 'case-report';

/** The language of the `<article>`, the English version of record; the Spanish is its translation sub-article. */
const ARTICLE_LANGUAGE: Locale = 'en';

/** The MDX components the conversion knows; any other fails the build (see `unknownComponents`). */
export const JATS_COMPONENTS = ['Cite', 'Figure', 'LabTable', 'LabChart'] as const;

/** One MDX section, as the site reads it. */
export interface JatsSection {
  /** The section's id ("clinical-case"): the `<sec>` id, and the target of `#clinical-case` links. */
  id: string;
  /** Its heading, in its language. */
  title: string;
  /** The MDX file, for messages. */
  file: string;
  /** The MDX body, without front matter. */
  body: string;
  /**
   * What the section is, from its front matter: the abstract goes to `<abstract>` (`<trans-abstract>` for the
   * authors' Spanish), the conflicts to `<author-notes>` as a `coi-statement` footnote, as JATS4R recommends.
   * Every other section is a `<sec>` of the body, in the order given.
   */
  role?: SectionRole | undefined;
}

/** Interface words the document needs in one language (from src/i18n/). */
export interface JatsStrings {
  /** "Corresponding author". */
  corresponding: string;
  /** "References". */
  references: string;
  /** The heading of the note that says whose the translation is. */
  translationTitle: string;
  /** The statement of provenance, its sentences ended (src/lib/provenance.ts: provenanceStatement). */
  translation: string;
  /** What the note's link is ("The English text as published:"), before it. */
  record: string;
  /** This edition's name, as the translator of the Spanish (`<collab>`). */
  translator: string;
  /** What the translation note's link leads to: the English article ("{doi}" is its DOI). */
  recordLink: string;
  /** Before the link to a figure whose image is not reproduced: "See it through the article’s DOI:". */
  figureSeeOriginal: string;
  /** That link's text ("{label}" is the figure's label): "Fig. 1 in the original article". */
  figureViewOriginal: string;
}

export interface JatsInput {
  meta: ArticleMetadata;
  references: readonly Reference[];
  /** Every lab table, by the id MDX names it with (`<LabTable id="table-1" />`). */
  labTables: Readonly<Record<string, LabTable>>;
  /** Each language's sections in reading order: English is the article, Spanish the translation. */
  sections: Readonly<Record<Locale, readonly JatsSection[]>>;
  /** The anchor a component renders, from its name and attributes (src/lib/anchors.ts). */
  componentAnchor: (name: string, attributes: Readonly<Record<string, string | undefined>>) => string | undefined;
  strings: Readonly<Record<Locale, JatsStrings>>;
}

// --- MDX ---------------------------------------------------------------------------------------------------------

type Component = MdxJsxFlowElement | MdxJsxTextElement;
type MdNode = Root | RootContent;

function walk(node: MdNode, visit: (node: MdNode) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children) walk(child, visit);
}

const isComponent = (node: MdNode): node is Component =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** A component's literal attribute, or the source of its `{…}` expression. */
function attribute(node: Component, name: string): string | undefined {
  const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  if (!found || found.type !== 'mdxJsxAttribute') return undefined;
  return typeof found.value === 'string' ? found.value : (found.value?.value ?? undefined);
}

/** An MDX `{…}` expression that holds nothing but a comment, the usual way to leave a note in MDX. */
const isComment = (value: string) => /^\s*\/\*[\s\S]*\*\/\s*$/.test(value);

/**
 * The components of one MDX file that the JATS conversion does not know, as messages naming the file and the
 * component. Run with the content checks, so an unknown component fails the build before any page renders.
 */
export function unknownComponents(source: Pick<SectionSource, 'file' | 'body'>): string[] {
  const problems: string[] = [];
  walk(parseSection(source), (node) => {
    if (!isComponent(node)) return;
    const name = node.name ?? '<>…</>';
    if (!(JATS_COMPONENTS as readonly string[]).includes(name))
      problems.push(
        `${source.file}: <${name}> is not a component the article knows (${JATS_COMPONENTS.map((c) => `<${c}>`).join(', ')})`,
      );
  });
  return problems;
}

// --- Conversion context ------------------------------------------------------------------------------------------

/** What converting one language's text needs: where it is, how its ids are written, what its links may target. */
interface Scope {
  file: string;
  locale: Locale;
  /** "" in the article, "es-" in the Spanish sub-article: ids are unique across the whole document. */
  prefix: string;
  /** Link targets of this language's text, by their id in the MDX: sections, figures, the table. */
  targets: ReadonlyMap<string, 'sec' | 'fig' | 'table'>;
  input: JatsInput;
}

const fail = (scope: Pick<Scope, 'file'>, problem: string): never => {
  throw new ContentError([`${scope.file}: ${problem}`]);
};

/** The link targets of one language's sections: each section, each `<Figure id>`, each anchored component. */
function targetsOf(trees: readonly { section: JatsSection; tree: Root }[], anchor: JatsInput['componentAnchor']) {
  const targets = new Map<string, 'sec' | 'fig' | 'table'>();
  for (const { section, tree } of trees) {
    targets.set(section.id, 'sec');
    walk(tree, (node) => {
      if (!isComponent(node)) return;
      if (node.name === 'Figure') {
        const id = attribute(node, 'id');
        if (id) targets.set(id, 'fig');
      } else if (node.name === 'LabTable') {
        const id = anchor('LabTable', { id: attribute(node, 'id') });
        if (id) targets.set(id, 'table');
      }
    });
  }
  return targets;
}

// --- Inline content ----------------------------------------------------------------------------------------------

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
      return inlineComponent(node, scope);
    case 'mdxTextExpression':
      return isComment(node.value) ? [] : fail(scope, `the expression {${node.value}} has no place in the JATS file`);
    default:
      return fail(scope, `${node.type} (in a paragraph) has no JATS counterpart here`);
  }
}

/** `[Table 1](#table-1)` is a cross-reference to the table; any other URL an external link. */
function link(url: string, children: ElementContent[], scope: Scope): Element {
  if (!url.startsWith('#')) return x('ext-link', { 'ext-link-type': 'uri', 'xlink:href': url }, children);
  const id = url.slice(1);
  const kind = scope.targets.get(id);
  if (!kind) return fail(scope, `the link to "${url}" points at nothing in the article (no section, figure or table)`);
  return x('xref', { 'ref-type': kind, rid: `${scope.prefix}${id}` }, children);
}

/** A link to a DOI, its text saying what it leads to (JATS4R: a link's text describes its target, not its address). */
const doiLink = (doi: string, text: string): Element =>
  x('ext-link', { 'ext-link-type': 'doi', 'xlink:href': doi }, text);

function inlineComponent(node: MdxJsxTextElement, scope: Scope): ElementContent[] {
  if (node.name !== 'Cite') return fail(scope, `<${node.name ?? ''}> cannot stand inside a sentence`);
  const n = attribute(node, 'n')?.trim() ?? '';
  if (!scope.input.references.some((r) => r.id === n)) return fail(scope, `<Cite n={${n}} /> points at no reference`);
  // The source prints citations as superscript numbers.
  return [x('sup', [x('xref', { 'ref-type': 'bibr', rid: `ref-${n}` }, n)])];
}

// --- Blocks ------------------------------------------------------------------------------------------------------

/** A paragraph that holds nothing but one component is that component, as MDX renders it. */
function unwrap(node: RootContent): RootContent | MdxJsxTextElement {
  if (node.type !== 'paragraph') return node;
  const children = node.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  const [only] = children;
  return children.length === 1 && only?.type === 'mdxJsxTextElement' && only.name !== 'Cite' ? only : node;
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
      return blockComponent(node, scope);
    case 'mdxjsEsm':
      return [];
    case 'mdxFlowExpression':
      return isComment(node.value) ? [] : fail(scope, `the expression {${node.value}} has no place in the JATS file`);
    default:
      return fail(scope, `${node.type} has no JATS counterpart here`);
  }
}

function listItem(item: ListItem, scope: Scope): Element {
  // A list item's text is a paragraph, tight list or not.
  return x(
    'list-item',
    item.children.flatMap((child) => block(child, scope)),
  );
}

function blockComponent(node: Component, scope: Scope): Element[] {
  switch (node.name) {
    case 'Figure':
      return [figure(node, scope)];
    case 'LabTable':
      return [labTable(node, scope)];
    // The chart draws Table 1's values: JATS has no counterpart but the table itself.
    case 'LabChart':
      return [];
    default:
      return fail(scope, `<${node.name ?? ''}> has no JATS counterpart (known: ${JATS_COMPONENTS.join(', ')})`);
  }
}

/**
 * `<Figure id label note>caption</Figure>`: a `<fig>` with its label and caption, and no `<graphic>`: the image is
 * not reproduced, by design. A paragraph after the caption says so in the figure's own words (its `note`, as the page
 * and the PDF print it) and links to the figure in the published article through its DOI, so a reader, or a
 * JATS4R check that asks for the graphic, learns why it is absent and where it is.
 */
function figure(node: Component, scope: Scope): Element {
  const id = attribute(node, 'id');
  const label = attribute(node, 'label');
  const note = attribute(node, 'note')?.trim();
  if (!id || !label || !note) return fail(scope, '<Figure> needs its id="…", label="…" and note="…"');
  const strings = scope.input.strings[scope.locale];
  // On one line the caption is the element's text; on lines of its own, one paragraph.
  const caption: PhrasingContent[] =
    node.type === 'mdxJsxTextElement'
      ? node.children
      : node.children.flatMap((child) =>
          child.type === 'paragraph' ? child.children : fail(scope, '<Figure> holds a caption of text only'),
        );
  return x('fig', { id: `${scope.prefix}${id}` }, [
    x('label', label),
    x('caption', [x('p', inline(caption, scope))]),
    x('p', [
      `${note} ${strings.figureSeeOriginal} `,
      doiLink(scope.input.meta.doi, interpolate(strings.figureViewOriginal, { label })),
    ]),
  ]);
}

/** Table 1 as the page shows it: header row, analytes with their units, values as published, ranges, footnote. */
function labTable(node: Component, scope: Scope): Element {
  const { locale } = scope;
  // The table is the component's attribute: `<LabTable id="table-1" />` is content/labs/table-1.yaml.
  const tableId = attribute(node, 'id');
  const table = tableId ? scope.input.labTables[tableId] : undefined;
  const id = scope.input.componentAnchor('LabTable', { id: tableId });
  if (!table || !id)
    return fail(
      scope,
      `<LabTable id="${tableId ?? ''}" /> names no lab table (the tables are: ${Object.keys(scope.input.labTables).join(', ')})`,
    );
  return x('table-wrap', { id: `${scope.prefix}${id}` }, [
    x('label', table.label[locale]),
    x('caption', [x('p', table.caption[locale])]),
    x('table', [
      x('thead', [
        x('tr', [
          x('th', { scope: 'col' }, table.analyteHeader[locale]),
          ...table.timepoints.map((tp) => x('th', { scope: 'col' }, tp.label[locale])),
          x('th', { scope: 'col' }, table.rangeHeader[locale]),
        ]),
      ]),
      x(
        'tbody',
        table.analytes.map((analyte) =>
          x('tr', [
            x('th', { scope: 'row' }, `${analyte.name[locale]} (${analyte.unit})`),
            ...analyte.values.map((value) => x('td', formatLabValue(value, locale))),
            x('td', `(${formatRange(analyte.range, locale)})`),
          ]),
        ),
      ),
    ]),
    x('table-wrap-foot', [x('fn', [x('p', table.footnote[locale])])]),
  ]);
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

// --- Metadata ----------------------------------------------------------------------------------------------------

const pad = (n: number) => String(n).padStart(2, '0');

/** A JATS date (`<date>` or `<pub-date>`), day, month and year from a UTC date. */
function date(name: 'date' | 'pub-date', attributes: Record<string, string>, value: Date): Element {
  const [y, m, d] = [value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate()];
  return x(name, { ...attributes, 'iso-8601-date': `${y}-${pad(m)}-${pad(d)}` }, [
    x('day', pad(d)),
    x('month', pad(m)),
    x('year', String(y)),
  ]);
}

/**
 * A printed page range as first and last page: "335–7" is 335 to 337, "276–82" 276 to 282 (the source abbreviates
 * the last page as Vancouver does). A single page has no last page; anything else is kept as printed.
 */
export function pageRange(pages: string): { fpage: string; lpage?: string } | { range: string } {
  const text = pages.trim();
  if (/^\w+$/.test(text)) return { fpage: text };
  const match = /^(\d+)\s*[–-]\s*(\d+)$/.exec(text);
  if (!match) return { range: text };
  const [, first = '', last = ''] = match;
  return { fpage: first, lpage: last.length < first.length ? first.slice(0, first.length - last.length) + last : last };
}

/**
 * An author as a Vancouver list prints one ("Lai CC", "Wampler Muskardin TL"): surname, then given names or
 * initials after the last space. A name without a space is kept whole.
 */
export function vancouverName(printed: string): Element {
  const text = printed.trim();
  const cut = text.lastIndexOf(' ');
  if (cut < 0) return x('string-name', text);
  return x('name', [x('surname', text.slice(0, cut)), x('given-names', text.slice(cut + 1))]);
}

function reference(ref: Reference): Element {
  const pages = ref.pages ? pageRange(ref.pages) : undefined;
  return x('ref', { id: `ref-${ref.id}` }, [
    x('label', ref.id),
    x('element-citation', { 'publication-type': 'journal' }, [
      x('person-group', { 'person-group-type': 'author' }, [
        ...ref.authors.map(vancouverName),
        ref.etAl ? x('etal') : undefined,
      ]),
      x('article-title', ref.title),
      x('source', ref.journal),
      x('year', { 'iso-8601-date': String(ref.year) }, String(ref.year)),
      ref.volume ? x('volume', ref.volume) : undefined,
      pages && 'fpage' in pages ? x('fpage', pages.fpage) : undefined,
      pages && 'fpage' in pages && pages.lpage ? x('lpage', pages.lpage) : undefined,
      pages && 'range' in pages ? x('page-range', pages.range) : undefined,
      ref.doi ? x('pub-id', { 'pub-id-type': 'doi' }, ref.doi) : undefined,
      // The URL as the reference prints it; its title says what it leads to (JATS4R asks links for one or the other).
      ref.url
        ? x('ext-link', { 'ext-link-type': 'uri', 'xlink:href': ref.url, 'xlink:title': ref.title }, ref.url)
        : undefined,
      ref.note ? x('comment', ref.note) : undefined,
    ]),
  ]);
}

const affId = (key: string) => `aff-${key}`;

function contributors(meta: ArticleMetadata): Element {
  return x('contrib-group', [
    ...meta.authors.map((author) =>
      x(
        'contrib',
        {
          'contrib-type': 'author',
          corresp: author.corresponding ? 'yes' : undefined,
          'equal-contrib': author.equalContribution ? 'yes' : undefined,
        },
        [
          x('name', [x('surname', author.family), x('given-names', { initials: author.initials }, author.given)]),
          ...author.affiliations.map((key) => x('xref', { 'ref-type': 'aff', rid: affId(key) }, key)),
          author.corresponding ? x('xref', { 'ref-type': 'corresp', rid: 'cor-1' }, '*') : undefined,
          author.equalContribution ? x('xref', { 'ref-type': 'fn', rid: 'fn-equal' }) : undefined,
        ],
      ),
    ),
    ...meta.affiliations.map(affiliation),
  ]);
}

/**
 * An affiliation in its parts, with the punctuation the article prints between them: the department
 * (`<institution content-type="dept">`) and the institution, `<city>`, `<country country="ES">`, in English, the
 * article's language. The institutions stand in `<aff>` itself, not in an `<institution-wrap>`: JATS4R's rules look
 * for `<institution>` there, and a wrap (which pairs an institution with its identifier, none here) may hold no
 * punctuation. Written on one line: `<aff>` holds text, which indentation would change.
 */
function affiliation(aff: ArticleMetadata['affiliations'][number]): Element {
  const lang = ARTICLE_LANGUAGE;
  return x('aff', { id: affId(aff.key) }, [
    x('label', aff.key),
    ...(aff.department ? [x('institution', { 'content-type': 'dept' }, aff.department[lang]), ', '] : []),
    x('institution', aff.institution[lang]),
    ', ',
    x('city', aff.city[lang]),
    ', ',
    x('country', { country: aff.country.code }, aff.country[lang]),
  ]);
}

/** What one language's sections hold, split by role and converted. */
interface Converted {
  abstract?: { title: string; content: Element[] };
  coi: Element[];
  body: Element[];
}

function convertLanguage(locale: Locale, input: JatsInput, prefix: string): Converted {
  const trees = input.sections[locale].map((section) => ({ section, tree: parseSection(section) }));
  const targets = targetsOf(trees, input.componentAnchor);
  const converted: Converted = { coi: [], body: [] };
  for (const { section, tree } of trees) {
    const scope: Scope = { file: section.file, locale, prefix, targets, input };
    const role = section.role;
    if (role === 'abstract') converted.abstract = { title: section.title, content: sections(tree.children, scope) };
    else if (role === 'conflicts')
      converted.coi.push(
        x('fn', { 'fn-type': 'coi-statement', id: `${prefix}${section.id}` }, [
          ...footnoteParagraphs(tree.children, scope),
        ]),
      );
    else
      converted.body.push(
        x('sec', { id: `${prefix}${section.id}` }, [x('title', section.title), ...sections(tree.children, scope)]),
      );
  }
  return converted;
}

function abstractOf(
  name: 'abstract' | 'trans-abstract',
  converted: Converted,
  attributes: Record<string, string> = {},
): Element | undefined {
  if (!converted.abstract) return undefined;
  return x(name, attributes, [x('title', converted.abstract.title), ...converted.abstract.content]);
}

/** A language's keywords; `xml:lang` only where it differs from the article's (JATS4R: else it is redundant). */
const keywords = (meta: ArticleMetadata, locale: Locale) =>
  x(
    'kwd-group',
    { 'kwd-group-type': 'author', 'xml:lang': locale === ARTICLE_LANGUAGE ? undefined : locale },
    meta.keywords[locale].map((k) => x('kwd', k)),
  );

/**
 * The copyright line of one language, with its year and holder apart, as JATS4R asks (the holder as that line names
 * it: JATS4R warns when a statement does not contain its holder).
 */
const permissions = (meta: ArticleMetadata, locale: Locale) =>
  x('permissions', [
    x('copyright-statement', meta.copyright[locale]),
    x('copyright-year', String(meta.copyright.year)),
    x('copyright-holder', meta.copyright.holder[locale]),
  ]);

/** The journal's ISSNs, only those its record gives: none is ever made up (PMC asks for one; the sources give none). */
const issns = (journal: ArticleMetadata['journal']) => [
  journal.issn?.print ? x('issn', { 'publication-format': 'print' }, journal.issn.print) : undefined,
  journal.issn?.electronic ? x('issn', { 'publication-format': 'electronic' }, journal.issn.electronic) : undefined,
];

/** The whole document, as an xast tree. */
export function jatsTree(input: JatsInput): XmlRoot {
  const { meta, strings } = input;
  const en = convertLanguage('en', input, '');
  const es = convertLanguage('es', input, 'es-');
  const [issueYear = '', issueMonth = ''] = meta.issueDate.split('-');
  const hasEqual = meta.authors.some((a) => a.equalContribution);
  const authors = new Set(meta.authorsSpanish);

  const articleMeta = x('article-meta', [
    x('article-id', { 'pub-id-type': 'doi' }, meta.doi),
    x('article-id', { 'pub-id-type': 'pmid' }, meta.pmid),
    x('article-id', { 'pub-id-type': 'pmcid' }, meta.pmcid),
    x('article-categories', [x('subj-group', { 'subj-group-type': 'heading' }, [x('subject', meta.articleType.en)])]),
    x('title-group', [
      x('article-title', meta.title.en),
      // Only what the authors wrote in Spanish (`authorsSpanish`) belongs to the article's own front.
      authors.has('title')
        ? x('trans-title-group', { 'xml:lang': 'es' }, [x('trans-title', meta.title.es)])
        : undefined,
    ]),
    contributors(meta),
    x('author-notes', [
      x('corresp', { id: 'cor-1' }, [
        x('label', '*'),
        `${strings.en.corresponding}: ${meta.correspondence.name}, `,
        x('email', meta.correspondence.email),
      ]),
      hasEqual ? x('fn', { 'fn-type': 'equal', id: 'fn-equal' }, [x('p', meta.equalContributionNote.en)]) : undefined,
      ...en.coi,
    ]),
    date('pub-date', { 'publication-format': 'electronic', 'date-type': 'pub' }, meta.history.availableOnline),
    x('pub-date', { 'date-type': 'collection', 'iso-8601-date': meta.issueDate }, [
      x('month', issueMonth),
      x('year', issueYear),
    ]),
    x('volume', meta.volume),
    x('issue', meta.issue),
    x('fpage', meta.firstPage),
    x('lpage', meta.lastPage),
    x('history', [
      date('date', { 'date-type': 'received' }, meta.history.received),
      date('date', { 'date-type': 'accepted' }, meta.history.accepted),
    ]),
    permissions(meta, 'en'),
    abstractOf('abstract', en),
    // The authors' own Spanish abstract, as published with the article.
    authors.has('abstract') ? abstractOf('trans-abstract', es, { 'xml:lang': 'es' }) : undefined,
    keywords(meta, 'en'),
    authors.has('keywords') ? keywords(meta, 'es') : undefined,
  ]);

  const translation = x('sub-article', { 'article-type': 'translation', id: 'es', 'xml:lang': 'es' }, [
    x('front-stub', [
      x('article-categories', [x('subj-group', { 'subj-group-type': 'heading' }, [x('subject', meta.articleType.es)])]),
      x('title-group', [x('article-title', meta.title.es)]),
      // Who translated it: this edition, whose note (the translation statement) says which parts are the authors'.
      x('contrib-group', [
        x('contrib', { 'contrib-type': 'translator' }, [
          x('collab', strings.es.translator),
          x('xref', { 'ref-type': 'fn', rid: 'es-fn-translation' }),
        ]),
      ]),
      x('author-notes', [
        x('fn', { 'fn-type': 'other', id: 'es-fn-translation' }, [x('p', strings.es.translation)]),
        ...es.coi,
      ]),
      // The Spanish copyright line, as the Spanish pages print it.
      permissions(meta, 'es'),
      abstractOf('abstract', es),
      keywords(meta, 'es'),
    ]),
    x('body', es.body),
    x('back', [
      x('notes', { 'notes-type': 'translation', id: 'es-translation-note' }, [
        x('title', strings.es.translationTitle),
        x('p', [
          `${strings.es.translation} ${strings.es.record} `,
          doiLink(meta.doi, interpolate(strings.es.recordLink, { doi: meta.doi })),
        ]),
      ]),
    ]),
  ]);

  const article = x(
    'article',
    {
      'xmlns:xlink': 'http://www.w3.org/1999/xlink',
      'article-type': JATS_ARTICLE_TYPE,
      'dtd-version': JATS_DOCTYPE.version,
      'xml:lang': ARTICLE_LANGUAGE,
    },
    [
      x('front', [
        x('journal-meta', [
          x('journal-id', { 'journal-id-type': 'nlm-ta' }, meta.journal.abbreviation),
          x('journal-title-group', [
            x('journal-title', meta.journal.title),
            x('abbrev-journal-title', { 'abbrev-type': 'nlm-ta' }, meta.journal.abbreviation),
          ]),
          ...issns(meta.journal),
          x('publisher', [x('publisher-name', meta.journal.publisher)]),
        ]),
        articleMeta,
      ]),
      x('body', en.body),
      x('back', [x('ref-list', [x('title', strings.en.references), ...input.references.map(reference)])]),
      translation,
    ],
  );

  return x(null, [
    { type: 'instruction', name: 'xml', value: 'version="1.0" encoding="UTF-8"' },
    { type: 'text', value: '\n' },
    { type: 'doctype', name: 'article', public: JATS_DOCTYPE.public, system: JATS_DOCTYPE.system },
    { type: 'text', value: '\n' },
    indent(article, 0),
  ]);
}

/** The whole document as XML text. */
export function articleJats(input: JatsInput): string {
  return `${toXml(jatsTree(input), { closeEmptyElements: true, tightClose: true })}\n`;
}

// --- Layout ------------------------------------------------------------------------------------------------------

/**
 * Elements whose content is elements only: a newline and indentation between their children changes nothing, and
 * makes the file readable. Text-bearing elements (`<p>`, `<title>`, `<td>`…) are left exactly as they are.
 */
const STRUCTURAL = new Set([
  'article',
  'front',
  'journal-meta',
  'journal-title-group',
  'publisher',
  'article-meta',
  'article-categories',
  'subj-group',
  'title-group',
  'trans-title-group',
  'contrib-group',
  'contrib',
  'name',
  'author-notes',
  'fn',
  'pub-date',
  'history',
  'date',
  'permissions',
  'abstract',
  'trans-abstract',
  'kwd-group',
  'body',
  'sec',
  'list',
  'list-item',
  'fig',
  'caption',
  'table-wrap',
  'table',
  'thead',
  'tbody',
  'tr',
  'table-wrap-foot',
  'back',
  'ref-list',
  'ref',
  'element-citation',
  'sub-article',
  'front-stub',
  'notes',
  'disp-quote',
]);

function indent(element: Element, depth: number): Element {
  if (!STRUCTURAL.has(element.name) || element.children.length === 0) return element;
  const gap = (d: number): Text => ({ type: 'text', value: `\n${'  '.repeat(d)}` });
  const children: ElementContent[] = element.children.flatMap((child) => [
    gap(depth + 1),
    child.type === 'element' ? indent(child, depth + 1) : child,
  ]);
  return { ...element, children: [...children, gap(depth)] };
}
