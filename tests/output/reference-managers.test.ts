/**
 * What reference managers read from the built pages of the five builds (dist/, dist-subpath/, dist-fixture/,
 * dist-fixture2/, dist-fixture3/: run after the builds), held to the record each build was made from: its
 * content/metadata/article.yaml, its abstract's MDX and, for the real article, the published text (tests/source.ts).
 * Never to the program's own output.
 *
 * - The English landing page carries the Highwire Press `citation_*` tags, which Google Scholar reads, and Zotero's
 *   "Embedded Metadata" translator, Mendeley and EndNote's capture with it; no other page carries any (Scholar
 *   cannot index an article divided into several pages).
 * - Every other reading page, in both languages and both views, carries one COinS span (an OpenURL ContextObject,
 *   Z39.88-2004, in its `title`), which Zotero's "COinS" translator and Mendeley read; the landing page carries none,
 *   since Zotero prefers COinS to the tags (translator priority 310 against 320) and would lose the PMID.
 * - The site's own name (`og:site_name`, the manifests) is this web edition's, never the journal's.
 *
 * Each failure names the build, the page and the field.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import type { Root } from 'hast';
import { parse } from 'yaml';
import { interpolate } from '../../src/i18n/interpolate.ts';
import { en } from '../../src/i18n/en.ts';
import { es } from '../../src/i18n/es.ts';
import { source } from '../source.ts';

/** The record as its YAML gives it (the yaml package's core schema: dates stay strings). */
/** A part of an affiliation: one text, or one in each language. */
type Part = string | { en: string };
const english = (part: Part | undefined) => (typeof part === 'object' ? part.en : part);

interface ArticleRecord {
  title: { en: string; es: string };
  shortTitle: { en: string; es: string };
  authors: { family: string; given: string; affiliations: string[]; corresponding?: boolean; email?: string }[];
  affiliations: {
    key: string;
    department?: Part;
    institution: Part;
    city: Part;
    country: { en: string };
  }[];
  keywords: { en: string[] };
  journal: { title: string; abbreviation: string; publisher: string };
  publication: {
    online: string;
    issue?: {
      date: string | number;
      volume?: string;
      number?: string;
      firstPage?: string;
      lastPage?: string;
      articleNumber?: string;
    };
  };
  doi: string;
  pmid?: string;
}

/** The tags or fields the record has, as [name, value] pairs: none for what it lacks (ahead of print, no PMID). */
const present = (pairs: [string, string | number | undefined][]): [string, string][] =>
  pairs.filter((p): p is [string, string | number] => p[1] !== undefined).map(([n, v]) => [n, String(v)]);

/** An affiliation as the article prints it: its parts in order, parted by commas ("…, Salamanca, Spain"). */
const printedAffiliation = (a: ArticleRecord['affiliations'][number] | undefined) =>
  a && [a.department, a.institution, a.city, a.country].map(english).filter(Boolean).join(', ');

const BUILDS = [
  { dir: 'dist', base: '/', content: 'content', published: true },
  { dir: 'dist-subpath', base: '/case-report/', content: 'content', published: true },
  { dir: 'dist-fixture', base: '/second-article/', content: 'tests/fixtures/second-article/content', published: false },
  {
    dir: 'dist-fixture2',
    base: '/case-presentation/',
    content: 'tests/fixtures/case-presentation/content',
    published: false,
  },
  {
    dir: 'dist-fixture3',
    base: '/ahead-of-print/',
    content: 'tests/fixtures/ahead-of-print/content',
    published: false,
  },
];
const LOCALES = ['en', 'es'] as const;
const UI = { en, es };
const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The front matter and body of one MDX file. */
function mdx(file: string): { data: { page?: string; role?: string }; body: string } {
  const text = readFileSync(file, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) assert.fail(`${file}: has no front matter`);
  return { data: parse(match[1] ?? '') ?? {}, body: match[2] ?? '' };
}

/** The build's reading pages, from its sections' front matter: every page a section declares, and the references. */
function readingPages(content: string): string[] {
  const folder = join(content, 'article/en');
  const slugs = new Set<string>();
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.mdx'))) {
    const { page } = mdx(join(folder, file)).data;
    if (typeof page === 'string') slugs.add(page);
  }
  slugs.add('references');
  return LOCALES.flatMap((locale) =>
    [false, true].flatMap((parallel) =>
      [...slugs].map(
        (slug) => `${locale === 'es' ? 'es/' : ''}${parallel ? 'parallel/' : ''}${slug ? `${slug}/` : ''}index.html`,
      ),
    ),
  );
}

/**
 * The English abstract's text from its MDX (the section whose front matter says `role: abstract`), paragraph by
 * paragraph; none when the report has no abstract (a case report may have none).
 */
function abstractOf(content: string): string[] {
  const folder = join(content, 'article/en');
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.mdx'))) {
    const { data, body } = mdx(join(folder, file));
    if (data.role === 'abstract')
      return body
        .split(/\n\s*\n/)
        .map(fold)
        .filter(Boolean);
  }
  return [];
}

/** Every `<meta name>`'s [name, content] in the head, in document order. */
const metaTags = (tree: Root): [string, string][] =>
  selectAll('head meta[name]', tree).map((el) => [String(el.properties['name']), String(el.properties['content'])]);
const values = (tags: [string, string][], name: string) => tags.filter(([n]) => n === name).map(([, c]) => c);

for (const build of BUILDS)
  describe(`${build.dir}: what reference managers read`, () => {
    const meta = (parse(readFileSync(join(build.content, 'metadata/article.yaml'), 'utf8')) as ArticleRecord[])[0]!;
    const issue = meta.publication.issue;
    const online = meta.publication.online.replaceAll('-', '/');
    const pages = readingPages(build.content);
    const abstract = abstractOf(build.content);
    const authors = meta.authors.map((a) => `${a.family}, ${a.given}`);
    const read = (page: string) => {
      const file = join(build.dir, page);
      if (!existsSync(file))
        assert.fail(
          `${file} is missing: run the builds first (npm run build, build:subpath, build:fixture, build:fixture2, build:fixture3)`,
        );
      return fromHtml(readFileSync(file, 'utf8'));
    };

    if (build.published)
      it('the abstract in the content is the published one', () => {
        assert.deepEqual(
          abstract,
          source.abstract,
          `${build.content}: the English abstract's MDX is not the published one`,
        );
      });

    describe(`${build.dir}/index.html: the Highwire tags of the English landing page`, () => {
      const page = `${build.dir}/index.html`;
      const tags = metaTags(read('index.html'));
      const one = (name: string) => {
        const found = values(tags, name);
        assert.equal(found.length, 1, `${page}: ${name} should appear once, found ${found.length}`);
        return found[0]!;
      };

      it('give the article’s title, journal, issue, pages, identifiers, dates and language', () => {
        const expected: [string, string][] = [
          ['citation_title', meta.title.en],
          ['citation_journal_title', meta.journal.title],
          ['citation_journal_abbrev', meta.journal.abbreviation],
          ['citation_publisher', meta.journal.publisher],
          ...present([
            ['citation_volume', issue?.volume],
            ['citation_issue', issue?.number],
            ['citation_firstpage', issue?.articleNumber ?? issue?.firstPage],
            ['citation_lastpage', issue?.articleNumber ? undefined : issue?.lastPage],
            ['citation_pmid', meta.pmid],
          ]),
          ['citation_doi', meta.doi],
          // Google Scholar reads YYYY/MM/DD or YYYY: an issue's year; ahead of print, the day online.
          ['citation_publication_date', issue ? String(issue.date).slice(0, 4) : online],
          ['citation_online_date', online],
          ['citation_language', 'en'],
        ];
        for (const [name, value] of expected) assert.equal(one(name), value, `${page}: ${name}`);
        // What the record lacks is left out, not written empty.
        for (const [name, value] of [
          ['citation_volume', issue?.volume],
          ['citation_issue', issue?.number],
          ['citation_pmid', meta.pmid],
        ] as const)
          if (value === undefined) assert.deepEqual(values(tags, name), [], `${page}: ${name} for a record without it`);
        assert.deepEqual(one('citation_keywords').split(/\s*;\s*/), meta.keywords.en, `${page}: citation_keywords`);
      });

      it('name the six authors in order, each followed by their institutions (and the corresponding author’s e-mail)', () => {
        const expected = meta.authors.flatMap((author): [string, string][] => [
          ['citation_author', `${author.family}, ${author.given}`],
          ...author.affiliations.map((key): [string, string] => [
            'citation_author_institution',
            printedAffiliation(meta.affiliations.find((a) => a.key === key)) ?? `(no affiliation "${key}")`,
          ]),
          ...(author.corresponding
            ? [['citation_author_email', author.email ?? '(no e-mail)'] as [string, string]]
            : []),
        ]);
        assert.deepEqual(values(tags, 'citation_author'), authors, `${page}: citation_author, in order`);
        const byline = tags.filter(([name]) => /^citation_author(_institution|_email)?$/.test(name));
        assert.deepEqual(byline, expected, `${page}: each citation_author and the institutions after it`);
      });

      it('give the authors’ abstract as plain text, not the page’s description', () => {
        if (!abstract.length) {
          assert.deepEqual(
            values(tags, 'citation_abstract'),
            [],
            `${page}: citation_abstract, but the report has none`,
          );
          return;
        }
        const found = one('citation_abstract');
        assert.equal(fold(found), fold(abstract.join(' ')), `${page}: citation_abstract`);
        assert.doesNotMatch(found, /<|&[a-z]+;/, `${page}: citation_abstract should be plain text`);
      });

      it('name the English PDF', () => {
        const url = new URL(one('citation_pdf_url'), `http://host${build.base}`);
        assert.ok(url.pathname.startsWith(build.base), `${page}: citation_pdf_url ${url} is outside ${build.base}`);
        const file = join(build.dir, url.pathname.slice(build.base.length));
        assert.ok(existsSync(file), `${page}: citation_pdf_url names ${file}, which the build did not write`);
        // The PDF's own XMP says what it is: its title and language.
        const xmp = readFileSync(file, 'utf8');
        const language = /<dc:language><rdf:Bag><rdf:li>([^<]*)</.exec(xmp)?.[1];
        assert.equal(language, 'en', `${page}: citation_pdf_url names ${file}, whose language is "${language}"`);
        const title = /<dc:title><rdf:Alt><rdf:li[^>]*>([^<]*)</.exec(xmp)?.[1];
        assert.equal(title, meta.title.en, `${page}: citation_pdf_url names ${file}, whose title is not the article's`);
      });

      it('list every reference', () => {
        const references = parse(readFileSync(join(build.content, 'references/references.yaml'), 'utf8')) as {
          title: string;
          DOI?: string;
        }[];
        const found = values(tags, 'citation_reference');
        assert.equal(found.length, references.length, `${page}: one citation_reference per reference`);
        references.forEach((ref, i) => {
          assert.ok(found[i]?.includes(`citation_title=${ref.title}`), `${page}: citation_reference ${i + 1}, title`);
          if (ref.DOI)
            assert.ok(found[i]?.includes(`citation_doi=${ref.DOI}`), `${page}: citation_reference ${i + 1}, DOI`);
        });
      });
    });

    for (const path of pages) {
      const page = `${build.dir}/${path}`;
      const landing = path === 'index.html';
      const locale = path.startsWith('es/') ? 'es' : 'en';

      it(`${page}: ${landing ? 'no COinS (Zotero would prefer it to the Highwire tags)' : 'the COinS of the English article, and no Highwire tag'}`, () => {
        const tree = read(path);
        const spans = selectAll('span.Z3988', tree);
        if (landing) {
          assert.equal(spans.length, 0, `${page}: the landing page carries a COinS span`);
          return;
        }
        assert.deepEqual(
          metaTags(tree)
            .filter(([name]) => name.startsWith('citation_'))
            .map(([name]) => name),
          [],
          `${page}: citation_* tags belong on the English landing page alone`,
        );
        assert.equal(spans.length, 1, `${page}: should carry one COinS span (span.Z3988), found ${spans.length}`);
        const title = spans[0]!.properties['title'];
        assert.equal(typeof title, 'string', `${page}: the COinS span has no title`);
        const co = new URLSearchParams(String(title));
        const field = (key: string) => {
          const all = co.getAll(key);
          assert.equal(all.length, 1, `${page}: COinS ${key} should appear once, found ${all.length}`);
          return all[0]!;
        };
        const expected: [string, string][] = [
          ['ctx_ver', 'Z39.88-2004'],
          ['rft_val_fmt', 'info:ofi/fmt:kev:mtx:journal'],
          ['rft.genre', 'article'],
          ['rft.atitle', meta.title.en],
          ['rft.jtitle', meta.journal.title],
          ['rft.stitle', meta.journal.abbreviation],
          ['rft.aulast', meta.authors[0]!.family],
          ['rft.aufirst', meta.authors[0]!.given],
          ['rft.date', issue ? String(issue.date) : meta.publication.online],
          ...present([
            ['rft.volume', issue?.volume],
            ['rft.issue', issue?.number],
            ['rft.spage', issue?.articleNumber ?? issue?.firstPage],
            ['rft.epage', issue?.articleNumber ? undefined : issue?.lastPage],
          ]),
          ['rft.language', 'en'],
        ];
        for (const [key, value] of expected) assert.equal(field(key), value, `${page}: COinS ${key}`);
        assert.deepEqual(co.getAll('rft.au'), authors, `${page}: COinS rft.au, every author in order`);
        assert.deepEqual(
          co.getAll('rft_id'),
          [`info:doi/${meta.doi}`, ...(meta.pmid ? [`info:pmid/${meta.pmid}`] : [])],
          `${page}: COinS rft_id (DOI and PMID)`,
        );
        if (abstract.length)
          assert.equal(
            fold(field('rft.description')),
            fold(abstract.join(' ')),
            `${page}: COinS rft.description (the abstract)`,
          );
        else assert.deepEqual(co.getAll('rft.description'), [], `${page}: COinS rft.description, but no abstract`);
      });

      it(`${page}: names this web edition as the site, not the journal`, () => {
        const site = select('head meta[property="og:site_name"]', read(path))?.properties['content'];
        assert.equal(
          site,
          interpolate(UI[locale]['site.editionName'], { title: meta.shortTitle[locale] }),
          `${page}: og:site_name`,
        );
        assert.notEqual(site, meta.journal.title, `${page}: og:site_name is the journal's name`);
      });
    }

    for (const locale of LOCALES)
      it(`${build.dir}/manifest-${locale}.webmanifest: names this web edition, not the journal`, () => {
        const file = join(build.dir, `manifest-${locale}.webmanifest`);
        const manifest = JSON.parse(readFileSync(file, 'utf8')) as { name: string; short_name: string };
        assert.equal(
          manifest.name,
          interpolate(UI[locale]['site.editionName'], { title: meta.shortTitle[locale] }),
          `${file}: name`,
        );
        assert.equal(manifest.short_name, meta.shortTitle[locale], `${file}: short_name`);
        for (const name of [manifest.name, manifest.short_name])
          assert.notEqual(name, meta.journal.title, `${file}: names the journal`);
      });
  });
