/**
 * The content model. Every collection's schema is built here from shared parts, with messages written for the
 * editor who will read them: each says what was expected. `src/content.config.ts` wires them to files; unit tests
 * import them directly.
 */
import { z } from 'astro/zod';
import { parseDecimal, parseLabValue, type LabValue } from './lab-values.ts';

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

const date = z.coerce.date({ error: 'must be a date written YYYY-MM-DD' });

/** A page's slug: the path segment after the language ("clinical-case"); the home page's is "". */
export const pageSlug = z
  .string({ error: 'is missing: the page slug is required ("" for the home page, else e.g. "clinical-case")' })
  .trim()
  .regex(/^([a-z0-9]+(-[a-z0-9]+)*)?$/, { error: 'must be lower-case letters, digits and dashes, or "" for home' });

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
  corresponding: z.boolean().default(false),
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
const journal = z.object({
  title: text('the journal title'),
  abbreviation: text('the NLM abbreviation'),
  publisher: text('the publisher'),
  url: z.url({ error: 'must be a URL' }),
  society: text('the society'),
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
  .object({
    title: localized('title'),
    shortTitle: localized('short title'),
    articleType: localized('article type'),
    authors: z.array(author).min(1, { error: 'must list the authors' }),
    /** Affiliations as published, in their parts (the Spanish pages name the country in Spanish). */
    affiliations: z.array(affiliation).min(1, { error: 'must list the affiliations' }),
    correspondence: z.object({ email: z.email({ error: 'must be an e-mail address' }), name: text('the name') }),
    equalContributionNote: localized('equal-contribution note'),
    history: z.object({ received: date, accepted: date, availableOnline: date }),
    keywords: z.object({
      en: z.array(text('an English keyword')).min(1),
      es: z.array(text('a Spanish keyword')).min(1, { error: 'must list the Spanish keywords' }),
    }),
    journal,
    year: z.number({ error: 'must be a year, e.g. 2021' }).int().min(1800).max(2100),
    issueDate: text('the issue date (YYYY-MM)').pipe(z.string().regex(/^\d{4}-\d{2}$/, { error: 'must be YYYY-MM' })),
    volume: text('the volume'),
    issue: text('the issue'),
    firstPage: text('the first page'),
    lastPage: text('the last page'),
    doi,
    pmid: text('the PMID').pipe(z.string().regex(/^\d+$/, { error: 'must be digits only' })),
    pmcid: text('the PMCID').pipe(z.string().regex(/^PMC\d+$/, { error: 'must look like PMC7561306' })),
    copyright,
    /**
     * The article's "Please cite this article as: …" note, verbatim. Its reference is the journal's Spanish edition
     * (Reumatol Clin), which the Spanish pages offer beside the English citation.
     */
    pleaseCite: text('the "please cite" text')
      .pipe(
        z.string().regex(/^Please cite this article as: \S/, {
          error: 'must begin "Please cite this article as: " followed by the reference, as the article prints it',
        }),
      )
      .transform((note) => ({ note, reference: note.replace(/^Please cite this article as: /, '') })),
    /**
     * The journal's original of the article, when the journal published it first in another language and the text
     * this site reproduces is its edition in the article's `xml:lang` (this article: the Spanish original in Reumatol
     * Clin, whose English edition is reproduced here). Its full text is not on this site, and every statement of
     * provenance says so. Left out when the reproduced text is the original.
     */
    original: z
      .object({
        /** The original's language, as a language code ("es"). */
        language: text('the language code of the original, e.g. es').pipe(
          z.string().regex(/^[a-z]{2,3}$/, { error: 'must be a language code such as "es"' }),
        ),
        /** Its short citation, as the "please cite" note ends it: "Reumatol Clin. 2021;17:559–561". */
        citation: text('the short citation of the original, e.g. Reumatol Clin. 2021;17:559–561'),
      })
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
    if (meta.authors.filter((a) => a.corresponding).length !== 1)
      ctx.addIssue({ code: 'custom', path: ['authors'], message: 'must mark exactly one corresponding author' });
  });

/** One reference of the reference list (`content/references/references.yaml`); `id` is its number. */
export const referenceSchema = z.object({
  id: text('the reference number').pipe(z.string().regex(/^[1-9]\d*$/, { error: 'must be the reference number' })),
  /** Authors as printed ("Lai CC"), in order. */
  authors: z.array(text('an author')).min(1, { error: 'must list at least one author' }),
  /** The source printed "et al." after the listed authors. */
  etAl: z.boolean().default(false),
  title: text('the title'),
  journal: text('the journal'),
  year: z.number({ error: 'must be a year, e.g. 2020' }).int().min(1800).max(2100),
  volume: z.string().optional(),
  pages: z.string().optional(),
  doi: doi.optional(),
  url: z.url({ error: 'must be a URL' }).optional(),
  /** A printed note such as "Epub ahead of print". */
  note: z.string().optional(),
});

const labValue = z
  .string({ error: 'must be a value in quotes, e.g. "9.81", "> 1000" or "–"' })
  .transform((raw, ctx): LabValue => {
    const parsed = parseLabValue(raw);
    if (parsed) return parsed;
    ctx.addIssue({
      code: 'custom',
      message: `"${raw}" is not a lab value: expected a number ("9.81", ".71"), a censored value ("> 1000", "≤ .1") or "–" for not available`,
    });
    return z.NEVER;
  });

const decimal = z.string({ error: 'must be a number in quotes, e.g. "4.50"' }).transform((raw, ctx) => {
  const parsed = parseDecimal(raw);
  if (parsed) return parsed;
  ctx.addIssue({ code: 'custom', message: `"${raw}" is not a number: expected digits such as "4.50" or ".5"` });
  return z.NEVER;
});

const slug = text('an id').pipe(
  z.string().regex(/^[a-z0-9-]+$/, { error: 'must be lower-case letters, digits and dashes' }),
);

/**
 * A lab table (`content/labs/<id>.yaml`, one table a file; MDX names it by the file's name: `<LabTable id="table-1" />`):
 * analytes × time points, with treatment events on the course.
 */
export const labTableSchema = z
  .object({
    label: localized('table label'),
    /** How a sentence names the table: "Table 1", "la tabla 1". */
    mention: localized('name of the table in a sentence'),
    caption: localized('caption'),
    footnote: localized('footnote'),
    analyteHeader: localized('analyte column header'),
    rangeHeader: localized('range column header'),
    timepoints: z
      .array(z.object({ id: slug, label: localized('time point header'), short: localized('short time point label') }))
      .min(2, { error: 'must list at least two time points' }),
    analytes: z
      .array(
        z.object({
          id: slug,
          name: localized('analyte name'),
          unit: text('the unit'),
          range: z.object({ low: decimal, high: decimal }),
          values: z.array(labValue),
        }),
      )
      .min(1),
    events: z
      .array(
        z.object({
          id: slug,
          /** The time point the event coincides with… */
          at: z.string().optional(),
          /** …or the one it follows (when the text gives no time for it). */
          after: z.string().optional(),
          label: localized('event label'),
          detail: localized('event detail'),
        }),
      )
      .default([]),
    /** What the events are, as the chart's list of them is headed ("Treatments and discharge"). */
    eventsHeading: localized('heading of the events list'),
    /** The chart's key for the dashed event lines ("treatments and discharge"), as a phrase in a sentence. */
    eventsKey: localized('key of the event lines, in a sentence'),
    /** The chart's text summary: each analyte's change from this event's time point to the next time point. */
    summary: z
      .object({
        event: slug,
        /** The interval it summarises, as a neutral heading ("From the start of anakinra to 48 h later"). */
        heading: localized('summary heading'),
        intro: localized('summary introduction'),
        /**
         * The authors' own caveat about the interval, quoted word for word from the article's text in each language
         * (the build checks that each language's sections hold it), so that the summary invites no causal reading the
         * authors did not make.
         */
        caveat: localized('caveat, quoted from the text').optional(),
      })
      .optional(),
  })
  .superRefine((table, ctx) => {
    const ids = table.timepoints.map((t) => t.id);
    table.analytes.forEach((analyte, i) => {
      if (analyte.values.length !== ids.length)
        ctx.addIssue({
          code: 'custom',
          path: ['analytes', i, 'values'],
          message: `has ${analyte.values.length} values but the table has ${ids.length} time points (${ids.join(', ')})`,
        });
      if (analyte.range.low.value > analyte.range.high.value)
        ctx.addIssue({ code: 'custom', path: ['analytes', i, 'range'], message: 'low is above high' });
    });
    table.events.forEach((event, i) => {
      const target = event.at ?? event.after;
      if ((event.at === undefined) === (event.after === undefined) || target === undefined)
        ctx.addIssue({ code: 'custom', path: ['events', i], message: 'must have exactly one of "at" or "after"' });
      else if (!ids.includes(target))
        ctx.addIssue({
          code: 'custom',
          path: ['events', i, event.at ? 'at' : 'after'],
          message: `names time point "${target}", which is not one of ${ids.join(', ')}`,
        });
    });
    const summary = table.summary;
    if (summary) {
      const event = table.events.find((e) => e.id === summary.event);
      const at = event?.at ? ids.indexOf(event.at) : -1;
      if (!event)
        ctx.addIssue({
          code: 'custom',
          path: ['summary', 'event'],
          message: `names event "${summary.event}", which is not one of ${table.events.map((e) => e.id).join(', ') || '(no events)'}`,
        });
      else if (at < 0 || at + 1 >= ids.length)
        ctx.addIssue({
          code: 'custom',
          path: ['summary', 'event'],
          message: `event "${summary.event}" must be "at" a time point that has another one after it`,
        });
    }
  });

export type ArticleMetadata = z.output<typeof metadataSchema>;
export type Reference = z.output<typeof referenceSchema>;
export type LabTable = z.output<typeof labTableSchema>;
export type Analyte = LabTable['analytes'][number];

/** The forms of a unit or a term in one language: one string, or a list of them. */
const forms = (what: string) =>
  z
    .union([text(what), z.array(text(what)).min(1, { error: `must list at least one form: ${what}` })], {
      error: (issue) =>
        issue.input === undefined ? `is missing: ${what} is required` : `must be ${what}, or a list of them`,
    })
    .transform((value) => (Array.isArray(value) ? value : [value]));

/** A unit or a clinical term, in each language's own forms. */
const correspondence = (what: string) =>
  z.strictObject(
    { en: forms(`the English form of the ${what}`), es: forms(`the Spanish form of the ${what}`) },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `has an unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}: a ${what} has only en and es`
          : `must be a ${what}: { en: [...], es: [...] }`,
    },
  );

/**
 * The bilingual list the translation checks read (`content/terms/terms.yaml`, optional): the units a number may
 * carry and the clinical terms a translation must keep, each in both languages' forms.
 */
export const termsSchema = z
  .strictObject(
    {
      /** The one entry's id, by which the build reads it. */
      id: z.literal('terms', { error: 'must be "terms": the file holds one entry, `- id: terms`' }),
      /** Units after a number ("14 days", "14 días"): matched exactly, right after the number. */
      units: z.array(correspondence('unit')).default([]),
      /** Terms whose meaning must not change (routes, results): matched as whole words, whatever their case. */
      terms: z.array(correspondence('term')).default([]),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `has an unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}: the list has only units and terms`
          : undefined,
    },
  )
  .superRefine((list, ctx) => {
    // A form that stood for two entries would make the checks' reading of it arbitrary.
    for (const kind of ['units', 'terms'] as const)
      for (const locale of ['en', 'es'] as const) {
        const seen = new Map<string, number>();
        list[kind].forEach((entry, i) =>
          entry[locale].forEach((form, j) => {
            const key = kind === 'terms' ? form.toLowerCase() : form;
            const first = seen.get(key);
            if (first !== undefined && first !== i)
              ctx.addIssue({
                code: 'custom',
                path: [kind, i, locale, j],
                message: `"${form}" is also a form of ${kind}.${first}: a form belongs to one entry only`,
              });
            else seen.set(key, i);
          }),
        );
      }
  });

export type TermsList = z.output<typeof termsSchema>;
