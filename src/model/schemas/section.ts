/** The front matter of an MDX section. */
import { z } from 'astro/zod';
import { pageSlug, text } from './common.ts';

/** What a section is, beyond body text, for the formats that place it apart (JATS, the PDF, the head's meta). */
export const SECTION_ROLES = ['abstract', 'conflicts'] as const;
export type SectionRole = (typeof SECTION_ROLES)[number];

/**
 * Front matter of one MDX section (`content/article/<locale>/<section>.mdx`). The file name is the section's id and
 * anchor; `order`, `page` and `role` are structure, so both languages must give the same (the build checks it).
 */
export const sectionSchema = z.object({
  /** The section's heading as the reader sees it, in the file's language. */
  title: text('the section heading'),
  /** The page's meta description in the file's language (search engines and link previews). */
  description: text('a one-sentence description').pipe(
    z.string().max(220, { error: 'is too long: keep the description under 220 characters' }),
  ),
  /** Reading order: sections are read, numbered and exported by this number, lowest first; pages by their first. */
  order: z
    .number({
      error: (issue) =>
        issue.input === undefined
          ? "is missing: the section's reading order is required, e.g. order: 3"
          : 'must be a whole number, e.g. order: 3',
    })
    .int({ error: 'must be a whole number, e.g. order: 3' }),
  /** The page the section is read on, by slug ("" is the home page); sections of one page share it. */
  page: pageSlug,
  /**
   * The page's label in the navigation, in the file's language: required on the first section of each page, and
   * not given on the others.
   */
  nav: text('the navigation label').optional(),
  /** `abstract`: the article's abstract (JATS `<abstract>`, the PDF's front, the head's description); `conflicts`: the conflict-of-interest statement. */
  role: z
    .enum(SECTION_ROLES, { error: `must be one of ${SECTION_ROLES.join(', ')}, or left out for body text` })
    .optional(),
});
export type SectionData = z.output<typeof sectionSchema>;
