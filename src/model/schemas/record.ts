/**
 * The article's bibliographic record, as the field models it: the journal; the publication, online (ahead of print,
 * or in an issue) with its dates; the issue's volume, number and pages, each only where it exists; the identifiers
 * PubMed gives, once it has. Nothing is required that a report published online ahead of print does not have, and
 * every output prints only what is there.
 */
import { z } from 'astro/zod';
import { date, text } from './common.ts';

/** An ISSN as printed, NNNN-NNNC: its last character is a check digit (weights 8 to 2, modulo 11, X for 10). */
export function isIssn(issn: string): boolean {
  const match = /^(\d{4})-(\d{3})([\dX])$/.exec(issn);
  if (!match) return false;
  const digits = [...`${match[1]}${match[2]}`].map(Number);
  const sum = digits.reduce((total, digit, i) => total + digit * (8 - i), 0);
  const check = (11 - (sum % 11)) % 11;
  return match[3] === (check === 10 ? 'X' : String(check));
}
const issn = text('the ISSN').pipe(
  z.string().refine(isIssn, {
    error: (issue) =>
      `"${String(issue.input)}" is not an ISSN: expected four digits, a hyphen, three digits and the check digit (e.g. 2049-3630)`,
  }),
);

/** The journal, as the article names it; the ISSNs only where an editor has them (the sources give none). */
export const journal = z.object({
  title: text('the journal title'),
  abbreviation: text('the NLM abbreviation'),
  publisher: text('the publisher'),
  /** The journal's site, where its masthead prints one. */
  url: z.url({ error: 'must be a URL' }).optional(),
  /** The society the journal is the organ of, where its masthead names one. */
  society: text('the society').optional(),
  issn: z
    .object(
      { print: issn.optional(), electronic: issn.optional() },
      { error: 'must be { print: …, electronic: … }, with either or both ISSNs' },
    )
    .refine((issns) => issns.print !== undefined || issns.electronic !== undefined, {
      error: 'must give the print ISSN, the electronic ISSN or both (or leave issn out)',
    })
    .optional(),
});

/** A date as precise as the record gives it: "2021", "2021-12" or "2021-12-01". */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}
export const partialDate = z
  .union([z.number(), z.string(), z.date()], { error: 'must be a date: YYYY, YYYY-MM or YYYY-MM-DD' })
  .transform((value, ctx): PartialDate => {
    // YAML reads 2021-12-01 as a date and 2021 as a number.
    const written = value instanceof Date ? value.toISOString().slice(0, 10) : String(value).trim();
    const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(written);
    if (!match) {
      ctx.addIssue({ code: 'custom', message: `"${written}" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD` });
      return z.NEVER;
    }
    const [, year, month, day] = match;
    return { year: Number(year), ...(month ? { month: Number(month) } : {}), ...(day ? { day: Number(day) } : {}) };
  });

/** The issue an article appeared in: its date, and its volume, number and pages or article number where it has them. */
const issue = z
  .object(
    {
      date: partialDate,
      volume: text('the volume').optional(),
      /** The issue's number within its volume ("10"). */
      number: text('the issue number').optional(),
      firstPage: text('the first page').optional(),
      lastPage: text('the last page').optional(),
      /** An electronic article's number, in place of pages ("e260001"). */
      articleNumber: text('the article number').optional(),
    },
    { error: 'must be the issue: { date: 2021-12, volume: "17", number: "10", firstPage: "559", lastPage: "561" }' },
  )
  .strict()
  .superRefine((value, ctx) => {
    if (value.lastPage && !value.firstPage)
      ctx.addIssue({ code: 'custom', path: ['lastPage'], message: 'is given without firstPage' });
    if (value.articleNumber && value.firstPage)
      ctx.addIssue({
        code: 'custom',
        path: ['articleNumber'],
        message: 'and firstPage are both given: an article has one or the other',
      });
  });

/**
 * How the article is published: online (its first date on the journal's site, the "Epub"), and in an issue once it
 * is in one. Without `issue`, the article is online ahead of print, and every output says so.
 */
export const publication = z
  .object(
    {
      online: date,
      issue: issue.optional(),
    },
    { error: 'is missing: expected { online: 2026-10-15 } and, once in an issue, its issue: { date, volume, … }' },
  )
  .strict();

/** The identifiers PubMed gives, once it has indexed the article. */
export const pmid = text('the PMID').pipe(z.string().regex(/^\d+$/, { error: 'must be digits only' }));
export const pmcid = text('the PMCID').pipe(z.string().regex(/^PMC\d+$/, { error: 'must look like PMC7561306' }));
