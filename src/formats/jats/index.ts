/**
 * The article as one JATS 1.3 file (Journal Archiving and Interchange DTD), from the two languages' documents
 * (src/document/): the English this site reproduces is the `<article>`, with the authors' own Spanish title, abstract
 * and keywords as its translated metadata; the site's Spanish is a `<sub-article article-type="translation">`. Its
 * parts: the body (body.ts: one handler per MDX component), the front matter (front.ts), the back matter (back.ts),
 * the layout (layout.ts). xast-util-to-xml serialises it, so every character is escaped by construction.
 */
import type { Root as XmlRoot } from 'xast';
import { toXml } from 'xast-util-to-xml';
import { x } from 'xastscript';
import type { ArticleDocument } from '../../document/document.ts';
import type { Locale } from '../../i18n/locales.ts';
import { referenceList, translationNote } from './back.ts';
import { convertDocument } from './body.ts';
import { ARTICLE_LANGUAGE, articleMeta, journalMeta, translationFront } from './front.ts';
import { indent } from './layout.ts';
import type { JatsStrings } from './strings.ts';

export type { JatsStrings } from './strings.ts';
export { jatsName, pageRange } from './back.ts';

/** The file the build writes (src/pages/article.jats.xml.ts), relative to the site's base. */
export const JATS_FILE = 'article.jats.xml';

/** The DTD the file names: its public id is in @jats4r/dtds' XML catalog, so it validates offline. */
export const JATS_DOCTYPE = {
  public: '-//NLM//DTD JATS (Z39.96) Journal Archiving and Interchange DTD v1.3 20210610//EN',
  system: 'http://jats.nlm.nih.gov/archiving/1.3/JATS-archivearticle1-3.dtd',
  version: '1.3',
} as const;

/**
 * `<article article-type>`: every article this site publishes is a case report (docs/editing.md: "a case report of any
 * shape"), whatever heading the journal printed over it; that heading ("Special Article") is the `subj-group`'s.
 * PMC's Style Checker requires the attribute, from the JATS list of article types.
 */
export const JATS_ARTICLE_TYPE = 'case-report';

export interface JatsInput {
  /** Each language's document: English is the article, Spanish its translation. */
  documents: Readonly<Record<Locale, ArticleDocument>>;
  strings: Readonly<Record<Locale, JatsStrings>>;
}

/** The whole file, as an xast tree. */
export function jatsTree({ documents, strings }: JatsInput): XmlRoot {
  const meta = documents.en.meta;
  const en = convertDocument(documents.en, strings.en, '');
  const es = convertDocument(documents.es, strings.es, 'es-');
  const translation = x('sub-article', { 'article-type': 'translation', id: 'es', 'xml:lang': 'es' }, [
    translationFront(meta, es, strings.es, 'es-'),
    x('body', es.body),
    x('back', [translationNote(meta, strings.es, 'es-')]),
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
      x('front', [journalMeta(meta), articleMeta(meta, en, es, strings.en)]),
      x('body', en.body),
      x('back', [referenceList(documents.en.references, strings.en)]),
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

/** The whole file as XML text. */
export function articleJats(input: JatsInput): string {
  return `${toXml(jatsTree(input), { closeEmptyElements: true, tightClose: true })}\n`;
}
