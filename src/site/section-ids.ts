/**
 * The ids a section renders, by view. The MDX pipeline wraps each top-level block in a `<Block id>` element
 * (src/mdx/pipeline.ts), so the side-by-side view pairs the English and Spanish blocks as it renders them,
 * by those ids; what changes there is only the ids, so both languages can stand on one page: the row carries the
 * English block's id, the Spanish copy's ids (and the in-section references to them) take a prefix, and neither side
 * keeps the language switch's `data-place`.
 */
import type { SectionModel } from '../model/section-model.ts';

/** How a section's elements render their ids and places in a view. */
export interface SectionIds {
  /** Put before every id the section renders (`es-` on the Spanish side of the side-by-side view). */
  prefix: string;
  /** Whether a top-level block renders its own id (not on the English side of a pair: the row carries it). */
  blockIds: boolean;
  /** Whether top-level blocks carry `data-place`, which the language switch keeps the reader's place by. */
  places: boolean;
  /** The ids the section itself renders (its blocks' and citations'): a `#` link to one of them gets the prefix. */
  local: ReadonlySet<string>;
}

/** The reading pages': every id as stamped. */
export const READING_IDS: SectionIds = { prefix: '', blockIds: true, places: true, local: new Set() };

/** The side-by-side view's, for each side: the English side leaves its blocks' ids to the rows. */
export function pairIds(side: 'en' | 'es', local: ReadonlySet<string>): SectionIds {
  return side === 'en'
    ? { prefix: '', blockIds: false, places: false, local }
    : { prefix: 'es-', blockIds: true, places: false, local };
}

/** The DOM id of an element that has `id`: prefixed, or none for a top-level block whose row carries it. */
export function domId(ids: SectionIds, id: string | undefined, topLevel: boolean): string | undefined {
  if (id === undefined || (topLevel && !ids.blockIds)) return undefined;
  return `${ids.prefix}${id}`;
}

// The attributes of Markdown's own elements that refer to ids in the same section (ids the section renders).
const ID_REFERENCES = ['for', 'htmlFor', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'headers'];

/**
 * The props a Markdown element of the section renders with (`<p id data-block data-place>`, `<a href="#fig-1">`):
 * its id as `domId` gives it (a top-level block has `data-block`), `data-place` only where the view keeps places,
 * and references to the section's own ids prefixed like those ids.
 */
export function elementProps(ids: SectionIds, props: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const local = (ref: string) => (ids.local.has(ref) ? `${ids.prefix}${ref}` : ref);
  for (const [key, value] of Object.entries(props)) {
    if (key === 'id' && typeof value === 'string') {
      const id = domId(ids, value, props['data-block'] !== undefined);
      if (id !== undefined) out[key] = id;
    } else if (key === 'data-place') {
      if (ids.places) out[key] = value;
    } else if (key === 'href' && typeof value === 'string' && value.startsWith('#')) {
      out[key] = `#${local(value.slice(1))}`;
    } else if (ID_REFERENCES.includes(key) && typeof value === 'string') {
      out[key] = value.split(/\s+/).map(local).join(' ');
    } else out[key] = value;
  }
  return out;
}

/** The ids a section renders from its model: its blocks' and its citations'. */
export function localIds(model: Readonly<SectionModel>): Set<string> {
  return new Set([...model.blocks.map((b) => b.id), ...model.citations.map((c) => c.id)]);
}
