/** One reference of the reference list (`content/references/references.yaml`). */
import { z } from 'astro/zod';
import { doi, text } from './common.ts';

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

export type Reference = z.output<typeof referenceSchema>;
