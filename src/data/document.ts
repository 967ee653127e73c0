/**
 * The article's document in one language (src/document/document.ts), built once per build from the content: what
 * the PDF and the JATS file render, and what the pages read their lab tables from.
 */
import { buildDocument, type ArticleDocument } from '../document/document.ts';
import type { Locale } from '../i18n/locales.ts';
import { chartData } from '../lab-chart/data.ts';
import {
  checkedContent,
  getLabTables,
  getMetadata,
  getOrderedSections,
  getReferences,
  getSectionModel,
} from './article.ts';

const built = new Map<Locale, Promise<ArticleDocument>>();

/** The document of one language (built on first use, then kept for the rest of the build). */
export function getDocument(locale: Locale): Promise<ArticleDocument> {
  let doc = built.get(locale);
  if (!doc) {
    doc = (async () => {
      const [{ structure }, meta, references, labTables, ordered] = await Promise.all([
        checkedContent(),
        getMetadata(),
        getReferences(),
        getLabTables(),
        getOrderedSections(locale),
      ]);
      const pageOf = new Map(structure.sections.map((s) => [s.id, s.page]));
      const sections = await Promise.all(
        ordered.map(async (s) => ({ ...s, page: pageOf.get(s.id) ?? '', model: await getSectionModel(locale, s.id) })),
      );
      const charts = Object.fromEntries(Object.entries(labTables).map(([id, table]) => [id, chartData(table, locale)]));
      return buildDocument({ locale, meta, sections, references, labTables, charts });
    })();
    built.set(locale, doc);
  }
  return doc;
}
