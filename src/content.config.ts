/**
 * Collections of the top-level `content/` folder. Schemas live in src/model/schemas.ts (shared parts, editor-facing
 * messages); checks that span files (both locales present, citations, alignment) run in src/data/article.ts.
 */
import { existsSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { CONTENT_ROOT } from './data/content-root.ts';
import { referencesLoader } from './data/references-loader.ts';
import { labTableSchema, metadataSchema, referenceSchema, sectionSchema, termsSchema } from './model/schemas.ts';

// CONTENT_ROOT names another report's content folder (scripts/report.ts, the fixtures, the broken-content builds).
const root = CONTENT_ROOT;

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

/**
 * The reference list, as CSL data: content/references/references.yaml, or references.json (a CSL JSON export), each
 * reference stored under its number, its place in the list.
 */
const references = defineCollection({ loader: referencesLoader(`${root}/references`), schema: referenceSchema });

/**
 * Lab tables, one a file: content/labs/<id>.yaml, whose name is the id MDX gives (`<LabTable id="table-1" />`).
 * Each holds analytes, time points, values as published, and the treatment events on the course.
 */
const labs = defineCollection({ loader: optionalGlob(`${root}/labs`, '*.yaml'), schema: labTableSchema });

/**
 * A file that a report may leave out: read as `file()` reads it when it is there, and an empty collection, with no
 * warning, when it is not (getEntry then finds nothing).
 */
function optionalFile(path: string): Loader {
  const loader = file(path);
  return {
    name: 'optional-file-loader',
    load: (context) => (existsSync(path) ? loader.load(context) : Promise.resolve(context.store.clear())),
  };
}

/** A folder a report may leave out (a report without lab tables has no labs/): globbed when it is there. */
function optionalGlob(base: string, pattern: string): Loader {
  const loader = glob({ base, pattern });
  return {
    name: 'optional-glob-loader',
    load: (context) => (existsSync(base) ? loader.load(context) : Promise.resolve(context.store.clear())),
  };
}

/**
 * The bilingual list of units and clinical terms that the translation checks compare (content/terms/terms.yaml,
 * one entry "terms"); without it, numbers are compared without their units.
 */
const terms = defineCollection({ loader: optionalFile(`${root}/terms/terms.yaml`), schema: termsSchema });

export const collections = { article, metadata, references, labs, terms };
