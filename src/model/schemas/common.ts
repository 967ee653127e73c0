/** The parts every schema is built from: text, text in each language, a DOI, a date, a slug. */
import { z } from 'astro/zod';

/** Required, non-empty text. */
export const text = (what = 'text') =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `is missing: ${what} is required` : `must be ${what}`) })
    .trim()
    .min(1, { error: `must not be empty: ${what} is required` });

/** A string in each locale: a missing Spanish string is a missing translation, and fails the build. */
export const localized = (what = 'text') =>
  z.object(
    { en: text(`the English ${what}`), es: text(`the Spanish ${what} (translation missing)`) },
    { error: `is missing: expected { en: …, es: … } with the ${what} in each language` },
  );

/** A DOI as printed after https://doi.org/ (Crossref's pattern: "10.", a registrant code, "/", a suffix). */
export const DOI_PATTERN = /^10\.\d{4,9}\/[^\s]+$/;
export const doi = z
  .string({
    error: (issue) =>
      issue.input === undefined
        ? 'is missing: a DOI is required'
        : 'must be a DOI such as 10.1016/j.reumae.2020.06.008',
  })
  .trim()
  .regex(DOI_PATTERN, { error: 'is not a DOI: expected "10.<registrant>/<suffix>" without https://doi.org/ in front' });

export const date = z.coerce.date({ error: 'must be a date written YYYY-MM-DD' });

/** A page's slug: the path segment after the language ("clinical-case"); the home page's is "". */
export const pageSlug = z
  .string({ error: 'is missing: the page slug is required ("" for the home page, else e.g. "clinical-case")' })
  .trim()
  .regex(/^([a-z0-9]+(-[a-z0-9]+)*)?$/, { error: 'must be lower-case letters, digits and dashes, or "" for home' });

export const slug = text('an id').pipe(
  z.string().regex(/^[a-z0-9-]+$/, { error: 'must be lower-case letters, digits and dashes' }),
);
