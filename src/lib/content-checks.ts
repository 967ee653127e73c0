/**
 * Checks that span files: both locales have every section, citations point at references that exist, every
 * reference is cited, and each section's English and Spanish blocks pair one to one. Each problem names the file
 * and what is wrong, so that a content editor can mend it. Schema checks of single files live in schemas.ts.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import { mdxjs } from 'micromark-extension-mdxjs';
import type { Nodes, Root, RootContent } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx';
import { LOCALES, type Locale } from './locales.ts';
import { isSectionId, SECTION_IDS, type SectionId } from './sections.ts';

/** A failure of the content: its message lists every problem, one per line. */
export class ContentError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`The article's content has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** One MDX section file as the checks see it. */
export interface SectionSource {
  locale: Locale;
  section: string;
  /** Path shown in messages, e.g. content/article/es/discussion.mdx. */
  file: string;
  /** The MDX body without front matter. */
  body: string;
}

/** Where a citation stands: the section and its order among that section's citations of the same reference. */
export interface CitationPlace {
  section: SectionId;
  reference: number;
  /** 1 for the first citation of this reference in the section, 2 for the second… */
  occurrence: number;
}

function parse(source: SectionSource): Root {
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

/** The reference numbers cited by `<Cite n={…} />` in a section, in reading order; NaN for a malformed one. */
export function scanCitations(source: SectionSource): number[] {
  const found: number[] = [];
  walk(parse(source), (node) => {
    if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'Cite') {
      const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'n');
      const raw = attribute && typeof attribute.value === 'object' ? attribute.value?.value : attribute?.value;
      found.push(/^\s*\d+\s*$/.test(String(raw)) ? Number(raw) : Number.NaN);
    }
  });
  return found;
}

/** Every place each reference is cited, in reading order of the sections (English text; Spanish mirrors it). */
export function citationPlaces(sources: SectionSource[]): CitationPlace[] {
  const places: CitationPlace[] = [];
  for (const section of SECTION_IDS) {
    const source = sources.find((s) => s.locale === 'en' && s.section === section);
    if (!source) continue;
    const seen = new Map<number, number>();
    for (const reference of scanCitations(source)) {
      const occurrence = (seen.get(reference) ?? 0) + 1;
      seen.set(reference, occurrence);
      places.push({ section, reference, occurrence });
    }
  }
  return places;
}

/** A top-level block of a section: what kind it is, and its first words for messages. */
export interface Block {
  kind: string;
  excerpt: string;
  /** A component's literal attributes (`<Figure id="fig-1" label="Fig. 1">`). */
  attributes: Record<string, string>;
}

function kindOf(node: RootContent): string {
  switch (node.type) {
    case 'heading':
      return `heading ${node.depth}`;
    case 'list':
      return node.ordered ? 'numbered list' : 'list';
    case 'mdxJsxFlowElement':
      return `<${node.name ?? 'fragment'}>`;
    default:
      return node.type;
  }
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

/** The section's top-level blocks: paragraphs, lists, tables, figures and other components. */
export function blocksOf(source: SectionSource): Block[] {
  return parse(source)
    .children.filter((node) => node.type !== 'mdxjsEsm' && node.type !== 'mdxFlowExpression')
    .map((block) => {
      const node = unwrap(block);
      const words = toString(node).replace(/\s+/g, ' ').trim();
      const attributes: Record<string, string> = {};
      const component = node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
      if (component)
        for (const a of node.attributes)
          if (a.type === 'mdxJsxAttribute' && typeof a.value === 'string') attributes[a.name] = a.value;
      const kind = component ? `<${node.name ?? 'fragment'}>` : kindOf(node as RootContent);
      return { kind, excerpt: words.length > 60 ? `${words.slice(0, 60)}…` : words, attributes };
    });
}

/** Why the English and Spanish blocks of a section do not pair one to one, or null when they do. */
export function alignmentProblem(en: SectionSource, es: SectionSource): string | null {
  const left = blocksOf(en);
  const right = blocksOf(es);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const a = left[i];
    const b = right[i];
    if (a && b && a.kind === b.kind) continue;
    const describe = (block: Block | undefined) => (block ? `${block.kind} "${block.excerpt}"` : 'nothing');
    return (
      `section "${en.section}" does not align: block ${i + 1} is ${describe(a)} in ${en.file} ` +
      `but ${describe(b)} in ${es.file}. Each paragraph, list, table and figure needs its counterpart in the same place.`
    );
  }
  return null;
}

/** Runs every cross-file check and throws one ContentError listing all problems. */
export function checkArticle(sources: SectionSource[], referenceIds: string[], referencesFile: string): void {
  const problems: string[] = [];
  for (const source of sources)
    if (!isSectionId(source.section))
      problems.push(
        `${source.file}: "${source.section}" is not a section of the article (expected one of ${SECTION_IDS.join(', ')})`,
      );
  for (const section of SECTION_IDS)
    for (const locale of LOCALES)
      if (!sources.some((s) => s.section === section && s.locale === locale)) {
        const other = sources.find((s) => s.section === section);
        problems.push(
          `content/article/${locale}/${section}.mdx: is missing` +
            (other ? ` (${other.file} exists: every section needs both languages)` : ' in every language'),
        );
      }

  const known = new Set(referenceIds.map(Number));
  const cited = new Set<number>();
  for (const source of sources)
    scanCitations(source).forEach((n, i) => {
      if (Number.isNaN(n)) problems.push(`${source.file}: citation ${i + 1}: <Cite n={…} /> needs a reference number`);
      else if (!known.has(n))
        problems.push(
          `${source.file}: citation ${i + 1}: <Cite n={${n}} /> points at reference ${n}, which is not in ${referencesFile}`,
        );
      else cited.add(n);
    });
  for (const n of known)
    if (!cited.has(n)) problems.push(`${referencesFile}: reference ${n}: is never cited in the text`);

  for (const en of sources.filter((s) => s.locale === 'en')) {
    const es = sources.find((s) => s.locale === 'es' && s.section === en.section);
    if (!es) continue;
    const enCites = scanCitations(en).join(',');
    const esCites = scanCitations(es).join(',');
    if (enCites !== esCites)
      problems.push(
        `${es.file}: cites [${esCites}] but ${en.file} cites [${enCites}]: a translation cites what the English cites`,
      );
    const problem = alignmentProblem(en, es);
    if (problem) problems.push(problem);
  }
  if (problems.length) throw new ContentError(problems);
}
