/**
 * The five builds `npm test` makes, and what each was made from, for the checks of the built files (tests/output/).
 * What a check expects comes from the content folder, read here as plain files, never from the program's modules.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface Build {
  /** The output folder, relative to the project. */
  dir: string;
  /** The npm script that makes it. */
  script: string;
  /** The content folder it was built from. */
  content: string;
  /** The base path it was built for (package.json's --base). */
  base: string;
}

export const BUILDS: readonly Build[] = [
  { dir: 'dist', script: 'build', content: 'content', base: '/' },
  { dir: 'dist-subpath', script: 'build:subpath', content: 'content', base: '/case-report/' },
  {
    dir: 'dist-fixture',
    script: 'build:fixture',
    content: 'tests/fixtures/second-article/content',
    base: '/second-article/',
  },
  {
    dir: 'dist-fixture2',
    script: 'build:fixture2',
    content: 'tests/fixtures/case-presentation/content',
    base: '/case-presentation/',
  },
  {
    dir: 'dist-fixture3',
    script: 'build:fixture3',
    content: 'tests/fixtures/ahead-of-print/content',
    base: '/ahead-of-print/',
  },
];

/** A build's folder, or a failure that says which build to make. */
export function builtDir(build: Build): string {
  const dir = join(ROOT, build.dir);
  if (!existsSync(join(dir, 'index.html'))) assert.fail(`${build.dir}/ is missing: run npm run ${build.script} first`);
  return dir;
}

/** A built file's text, or a failure naming the file. */
export function builtFile(build: Build, path: string): string {
  const file = join(builtDir(build), path);
  if (!existsSync(file)) assert.fail(`${build.dir}/${path} is missing`);
  return readFileSync(file, 'utf8');
}

/** Every file of a build, as paths relative to its folder ("es/index.html"). */
export function builtFiles(build: Build): string[] {
  return readdirSync(builtDir(build), { recursive: true, encoding: 'utf8' })
    .map((file) => file.split('\\').join('/'))
    .sort();
}

/** A YAML file of a build's content folder. */
export const contentYaml = (build: Build, path: string): unknown =>
  parse(readFileSync(join(ROOT, build.content, path), 'utf8'));

/** One reading page: its language and its path under the build's base ("es/clinical-case/", "" for home). */
export interface ReadingPage {
  locale: 'en' | 'es';
  path: string;
}

/**
 * The reading pages a build must have, from its content's front matter: each `page:` of the English sections, and
 * the references page (`references/`, after the last one), in English at the root and in Spanish under es/.
 */
export function readingPages(build: Build): ReadingPage[] {
  const folder = join(ROOT, build.content, 'article/en');
  const slugs = new Set<string>();
  for (const name of readdirSync(folder).filter((n) => n.endsWith('.mdx'))) {
    const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(folder, name), 'utf8'))?.[1] ?? '';
    const { page } = parse(front) as { page?: string };
    if (typeof page === 'string') slugs.add(page);
  }
  slugs.add('references');
  return (['en', 'es'] as const).flatMap((locale) =>
    [...slugs].map((slug) => ({
      locale,
      path: `${locale === 'es' ? 'es/' : ''}${slug ? `${slug}/` : ''}`,
    })),
  );
}
