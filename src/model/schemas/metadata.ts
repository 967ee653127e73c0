/** The article's front matter (`content/metadata/article.yaml`): its record, authors, affiliations, journal. */
import { z } from 'astro/zod';
import { date, doi, localized, text } from './common.ts';
import { journal, pmcid, pmid, publication } from './record.ts';

/** The parts of an article whose Spanish the authors may have written themselves (`authorsSpanish`). */
export const SPANISH_PARTS = ['title', 'abstract', 'keywords'] as const;
export type SpanishPart = (typeof SPANISH_PARTS)[number];

const author = z.object({
  family: text('the family name'),
  given: text('the given name'),
  /** Initials as the journal prints them in citations ("RA", "JJ"). */
  initials: text('the initials'),
  /** Keys into `affiliations`, in the published order. */
  affiliations: z.array(z.string()).min(1, { error: 'must list at least one affiliation key' }),
  /** A corresponding author, who gives an e-mail. */
  corresponding: z.boolean().default(false),
  email: z.email({ error: 'must be an e-mail address' }).optional(),
  /** Marked as having contributed equally (the note `equalContributionNote` says so). */
  equalContribution: z.boolean().default(false),
});

/**
 * A name printed the same in both languages ("Complejo Universitario de Salamanca", as the article gives it in
 * either edition), or `{ en, es }` where each language has its own.
 */
const sameOrLocalized = (what: string) =>
  z.union([text(what).transform((name) => ({ en: name, es: name })), localized(what)], {
    error: (issue) =>
      issue.input === undefined
        ? `is missing: the ${what} is required`
        : `must be the ${what} as published (one text for both languages) or { en: …, es: … }`,
  });

const REGIONS = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/** A country as the affiliation prints it in each language, with its ISO 3166-1 alpha-2 code (JATS `@country`). */
const country = z.object(
  {
    code: text('the ISO 3166-1 country code').pipe(
      z.string().refine((code) => /^[A-Z]{2}$/.test(code) && REGIONS.of(code) !== undefined, {
        error: (issue) => `"${String(issue.input)}" is not an ISO 3166-1 alpha-2 country code (e.g. ES for Spain)`,
      }),
    ),
    en: text('the country in English'),
    es: text('the country in Spanish (translation missing)'),
  },
  { error: 'is missing: expected { code: ES, en: Spain, es: España }' },
);

/**
 * One affiliation, in the parts JATS tags (`<institution content-type="dept">`, `<institution>`, `<city>`,
 * `<country country="ES">`). `name` is made here, the parts joined with ", " as the article prints them, so the pages
 * and the PDF read the published line: "Servicio de Oncología Médica, Complejo Universitario de Salamanca,
 * Salamanca, Spain" (the Spanish ends "España").
 */
const affiliation = z
  .object({
    /** The mark the authors' list uses ("a"). */
    key: text('the key'),
    /** The department or service, where the affiliation names one. */
    department: sameOrLocalized('department').optional(),
    institution: sameOrLocalized('institution'),
    city: sameOrLocalized('city'),
    country,
  })
  .transform((aff) => {
    const line = (locale: 'en' | 'es') =>
      [aff.department?.[locale], aff.institution[locale], aff.city[locale], aff.country[locale]]
        .filter((part) => part !== undefined)
        .join(', ');
    return { ...aff, name: { en: line('en'), es: line('es') } };
  });

/**
 * The copyright line as printed in each language, and the year and holder it names, apart, for JATS's
 * `<permissions>` (JATS4R requires both whenever an article is under copyright). The holder as each line names it
 * (one text, or `{ en, es }`); a "©" line must name that year and holder.
 */
const copyright = localized('copyright line')
  .extend({
    year: z.number({ error: 'must be the copyright year, e.g. 2020' }).int().min(1800).max(2100),
    holder: sameOrLocalized('copyright holder'),
  })
  .superRefine((line, ctx) => {
    for (const locale of ['en', 'es'] as const) {
      const printed = line[locale];
      if (!printed.includes('©')) continue;
      const year = /©\s*(\d{4})/.exec(printed)?.[1];
      if (year !== String(line.year))
        ctx.addIssue({
          code: 'custom',
          path: ['year'],
          message: `is ${line.year}, but the ${locale === 'en' ? 'English' : 'Spanish'} copyright line says ${year ? `© ${year}` : 'no year'}`,
        });
      if (!printed.includes(line.holder[locale]))
        ctx.addIssue({
          code: 'custom',
          path: ['holder', locale],
          message: `"${line.holder[locale]}" is not the holder the copyright line names ("${printed}")`,
        });
    }
  });

/** The article's front matter (`content/metadata/article.yaml`). */
export const metadataSchema = z
  .strictObject({
    /** The one entry's id (the file holds a list of one). */
    id: z.string().optional(),
    title: localized('title'),
    shortTitle: localized('short title'),
    articleType: localized('article type'),
    authors: z.array(author).min(1, { error: 'must list the authors' }),
    /** Affiliations as published, in their parts (the Spanish pages name the country in Spanish). */
    affiliations: z.array(affiliation).min(1, { error: 'must list the affiliations' }),
    /** The note on the authors marked `equalContribution`; given only when some are. */
    equalContributionNote: localized('equal-contribution note').optional(),
    /** The article history, as far as the journal prints it. */
    history: z.object({ received: date.optional(), accepted: date.optional() }).strict().default({}),
    keywords: z.object({
      en: z.array(text('an English keyword')).min(1),
      es: z.array(text('a Spanish keyword')).min(1, { error: 'must list the Spanish keywords' }),
    }),
    journal,
    publication,
    doi,
    pmid: pmid.optional(),
    pmcid: pmcid.optional(),
    copyright,
    /**
     * The journal's original of the article, when the journal published it first in another language and the text
     * this site reproduces is its edition in English (this article: the Spanish original in Reumatol Clin, whose
     * English edition is reproduced here). Its full text is not on this site, and every statement of provenance
     * says so. Left out when the English reproduced here is the original.
     */
    original: z
      .object({
        /** The original's language, as a language code ("es"). */
        language: text('the language code of the original, e.g. es').pipe(
          z.string().regex(/^[a-z]{2,3}$/, { error: 'must be a language code such as "es"' }),
        ),
        /** Its short citation: "Reumatol Clin. 2021;17:559–561". */
        citation: text('the short citation of the original, e.g. Reumatol Clin. 2021;17:559–561'),
        /** Its reference, as the English edition gives it. */
        reference: text('the reference of the original, as the English edition gives it'),
        /** The English edition's own note that cites it ("Please cite this article as: …"), verbatim, if it prints one. */
        note: text('the note, verbatim').optional(),
      })
      .strict()
      .optional(),
    about: z.object({ condition: text('the condition'), drugs: z.array(text('a drug')).min(1) }),
    /**
     * Which parts of the Spanish the authors wrote themselves, published with the article; the rest of the Spanish
     * is this site's translation, and the translation notice, the PDF and JATS say so. Empty (the default): the
     * whole Spanish is the site's translation.
     */
    authorsSpanish: z
      .array(z.enum(SPANISH_PARTS, { error: `must list only ${SPANISH_PARTS.join(', ')}` }), {
        error: `must be a list of the parts the authors wrote in Spanish (${SPANISH_PARTS.join(', ')}), or []`,
      })
      .default([])
      .refine((parts) => new Set(parts).size === parts.length, { error: 'must not name a part twice' }),
  })
  .superRefine((meta, ctx) => {
    const keys = new Set(meta.affiliations.map((a) => a.key));
    meta.authors.forEach((a, i) =>
      a.affiliations.forEach((key, j) => {
        if (!keys.has(key))
          ctx.addIssue({
            code: 'custom',
            path: ['authors', i, 'affiliations', j],
            message: `names affiliation "${key}", which is not in affiliations (${[...keys].join(', ')})`,
          });
      }),
    );
    if (!meta.authors.some((a) => a.corresponding))
      ctx.addIssue({ code: 'custom', path: ['authors'], message: 'must mark at least one corresponding author' });
    meta.authors.forEach((a, i) => {
      if (a.corresponding && !a.email)
        ctx.addIssue({
          code: 'custom',
          path: ['authors', i, 'email'],
          message: 'is missing: a corresponding author gives an e-mail',
        });
    });
    const equal = meta.authors.some((a) => a.equalContribution);
    if (equal && !meta.equalContributionNote)
      ctx.addIssue({
        code: 'custom',
        path: ['equalContributionNote'],
        message: 'is missing: some authors are marked equalContribution, and the note says so',
      });
    if (!equal && meta.equalContributionNote)
      ctx.addIssue({
        code: 'custom',
        path: ['equalContributionNote'],
        message: 'is given, but no author is marked equalContribution: leave it out',
      });
  });

export type ArticleMetadata = z.output<typeof metadataSchema>;
