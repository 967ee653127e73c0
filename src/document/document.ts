/**
 * The article in one language as one document, built once from the content: its sections in reading order, each
 * with its MDX tree and its model, split by role; its record, references and lab tables (rows, flags and chart
 * data); and the places a link may point at. The pages, the PDF and the JATS file read it; none of them re-walks
 * another's tree or recomputes what it holds. Pure: src/data/document.ts gathers the content and builds it.
 */
import type { Root } from 'mdast';
import type { Locale } from '../i18n/locales.ts';
import { ContentError, parseMdx, textOf } from '../mdx/tree.ts';
import type { ChartData } from '../lab-chart/data.ts';
import type { ArticleMetadata, LabTable, Reference, SectionRole } from '../model/schemas.ts';
import type { SectionModel } from '../model/section-model.ts';
import { linkTargets, type Target } from '../model/targets.ts';
import { labTableView, type LabTableView } from './lab-table.ts';

/** One section of the document. */
export interface DocumentSection {
  /** Its id: its file name, the same in both languages ("clinical-case"). */
  id: string;
  /** Its heading, in the document's language. */
  title: string;
  /** Its one-sentence description (the page's meta description). */
  description: string;
  role?: SectionRole | undefined;
  /** The page it is read on ("" is the home page). */
  page: string;
  /** The MDX file, for messages. */
  file: string;
  /** Its MDX, parsed once. */
  tree: Root;
  /** Its blocks and citations, as the MDX pipeline stamped them on the page. */
  model: SectionModel;
}

/** The authors' caveat about a lab summary's interval, quoted, with the heading of the section that holds it. */
export interface Caveat {
  quote: string;
  section: string;
}

/** A lab table of the document: as every format shows it, with its data, its chart's and its summary's caveat. */
export interface DocumentLabTable {
  id: string;
  table: LabTable;
  view: LabTableView;
  chart: ChartData;
  caveat: Caveat | null;
}

export type { Target } from '../model/targets.ts';

export interface ArticleDocument {
  locale: Locale;
  meta: ArticleMetadata;
  /** Every section, in reading order. */
  sections: DocumentSection[];
  /** The section with `role: abstract`, if there is one. */
  abstract: DocumentSection | undefined;
  /** The sections with `role: conflicts`. */
  conflicts: DocumentSection[];
  /** The rest: the article's body, in reading order. */
  body: DocumentSection[];
  references: Reference[];
  labTables: Readonly<Record<string, DocumentLabTable>>;
  /** The ids a link inside the article may point at (`#fig-1`, `#table-1`, `#discussion`). */
  targets: ReadonlyMap<string, Target>;
}

/** A section as the content gives it: its front matter's structure, its MDX and its model. */
export type SectionInput = Omit<DocumentSection, 'tree'> & { body: string };

export interface DocumentInput {
  locale: Locale;
  meta: ArticleMetadata;
  sections: readonly SectionInput[];
  references: readonly Reference[];
  labTables: Readonly<Record<string, LabTable>>;
  charts: Readonly<Record<string, ChartData>>;
}

const folded = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * A lab summary's caveat in one language, and the section whose text quotes it word for word; the build fails,
 * naming the file and the field, when no section does (a caveat must be the authors' words, not this edition's).
 */
function caveatOf(id: string, table: LabTable, locale: Locale, sections: readonly DocumentSection[]): Caveat | null {
  const quote = table.summary?.caveat?.[locale];
  if (!quote) return null;
  const found = sections.find((s) => folded(textOf(s.tree)).includes(folded(quote)));
  if (!found)
    throw new ContentError([
      `labs/${id}.yaml: summary.caveat.${locale} is not in the ${locale} text of any section: quote the authors word for word`,
    ]);
  return { quote, section: found.title };
}

/** The document of one language. */
export function buildDocument(input: DocumentInput): ArticleDocument {
  const sections = input.sections.map(({ body, ...section }) => ({
    ...section,
    tree: parseMdx({ file: section.file, body }),
  }));
  const labTables = Object.fromEntries(
    Object.entries(input.labTables).map(([id, table]) => {
      const chart = input.charts[id];
      if (!chart) throw new Error(`labs/${id}.yaml: no chart data was made for it`);
      const view = labTableView(id, table, input.locale);
      return [id, { id, table, view, chart, caveat: caveatOf(id, table, input.locale, sections) }];
    }),
  );
  return {
    locale: input.locale,
    meta: input.meta,
    sections,
    abstract: sections.find((s) => s.role === 'abstract'),
    conflicts: sections.filter((s) => s.role === 'conflicts'),
    body: sections.filter((s) => s.role === undefined),
    references: [...input.references],
    labTables,
    targets: linkTargets(sections),
  };
}
