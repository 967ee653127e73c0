/** The JATS file's back matter: the reference list, and the translation's note. */
import type { Element } from 'xast';
import { x } from 'xastscript';
import type { ArticleMetadata, Reference } from '../../model/schemas.ts';
import { interpolate } from '../../i18n/interpolate.ts';
import { doiLink } from './body.ts';
import type { JatsStrings } from './strings.ts';

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

/** The reference list, in its published order. */
export const referenceList = (references: readonly Reference[], strings: JatsStrings): Element =>
  x('ref-list', [x('title', strings.references), ...references.map(reference)]);

/** The translation's closing note: the statement of provenance, and a link to the English it translates. */
export const translationNote = (meta: ArticleMetadata, strings: JatsStrings, prefix: string): Element =>
  x('notes', { 'notes-type': 'translation', id: `${prefix}translation-note` }, [
    x('title', strings.translationTitle),
    x('p', [
      `${strings.translation} ${strings.record} `,
      doiLink(meta.doi, interpolate(strings.recordLink, { doi: meta.doi })),
    ]),
  ]);
