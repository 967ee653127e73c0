/**
 * Collections of the top-level `content/` folder. Schemas live in src/lib/schemas.ts (shared parts, editor-facing
 * messages); checks that span files (both locales present, citations, alignment) run in src/data/article.ts.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { labTableSchema, metadataSchema, referenceSchema, sectionSchema } from './lib/schemas.ts';

// CONTENT_ROOT lets the tests build deliberately broken copies of the content; it is ./content otherwise.
const root = process.env['CONTENT_ROOT'] ?? './content';

/**
 * MDX sections, one file per section and locale: content/article/<locale>/<section>.mdx; their front matter declares
 * the article's structure (order, page, navigation label, role).
 */
const article = defineCollection({
  loader: glob({ base: `${root}/article`, pattern: '*/*.mdx' }),
  schema: sectionSchema,
});

/** The article's front matter: titles, authors, history, journal, identifiers. */
const metadata = defineCollection({ loader: file(`${root}/metadata/article.yaml`), schema: metadataSchema });

/** The numbered reference list. */
const references = defineCollection({ loader: file(`${root}/references/references.yaml`), schema: referenceSchema });

/**
 * Lab tables, one a file: content/labs/<id>.yaml, whose name is the id MDX gives (`<LabTable id="table-1" />`).
 * Each holds analytes, time points, values as published, and the treatment events on the course.
 */
const labs = defineCollection({ loader: glob({ base: `${root}/labs`, pattern: '*.yaml' }), schema: labTableSchema });

export const collections = { article, metadata, references, labs };
