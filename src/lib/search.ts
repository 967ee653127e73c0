import type { SearchSection } from './sections.ts';

/** The sections a reader can filter search results by, in reading order. */
export const SEARCH_SECTIONS: readonly SearchSection[] = [
  'abstract',
  'introduction',
  'clinical-case',
  'discussion',
  'conflicts',
  'references',
];
