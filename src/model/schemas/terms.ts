/** The content's bilingual list of units and clinical terms (`content/terms/terms.yaml`), for the translation checks. */
import { z } from 'astro/zod';
import { text } from './common.ts';

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
