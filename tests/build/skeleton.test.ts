/**
 * A new report starts from the skeleton (`npm run report -- new <folder>`) and builds as it is, with no warning but
 * the two that every build without a site URL gives: both languages' pages, both PDFs, and a JATS file valid to its
 * DTD. What the skeleton lacks (a PMID, an issue, pages) is printed nowhere: not in the pages, the PDFs or JATS.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { xmllintValid } from '../xmllint.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const REPORT = join(ROOT, 'scripts/report.ts');

/** Runs `npm run report -- <args>` as an editor would, from the project; its status and its whole output. */
function report(args: string[]): Promise<{ status: number | null; output: string }> {
  const child = spawn(process.execPath, [REPORT, ...args], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    timeout: 180_000,
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((done) => child.on('close', (status) => done({ status, output })));
}

// The two warnings of any build without a site URL (no canonical links, no sitemap): nothing of the report's.
const SITE_URL_WARNINGS = [
  /\[@astrojs\/sitemap\] The Sitemap integration requires the `site`/,
  /\[case-report:site-url\]/,
];

describe('the skeleton of a new report', () => {
  const dir = mkdtempSync(join(tmpdir(), 'new-report-'));
  const folder = join(dir, 'my-report');
  const dist = join(folder, 'dist');
  let built: { status: number | null; output: string };

  before(async () => {
    const started = await report(['new', folder]);
    assert.equal(started.status, 0, `npm run report -- new failed:\n${started.output}`);
    built = await report(['build', folder]);
  });
  after(() => {
    rmSync(dir, { recursive: true, force: true });
    // report.ts keeps each folder's Astro cache under node_modules/.astro-reports/, named after the folder.
    const cache = relative(ROOT, resolve(folder, 'content')).replace(/[^A-Za-z0-9]+/g, '-');
    rmSync(join(ROOT, 'node_modules/.astro-reports', cache), { recursive: true, force: true });
  });

  it('builds as it is, with no warning but the site URL’s', () => {
    assert.equal(built.status, 0, `the skeleton does not build:\n${built.output}`);
    const warnings = built.output
      .split('\n')
      .filter((line) => /\bWARN\b|\bwarn(ing)?\b/i.test(line) && !SITE_URL_WARNINGS.some((known) => known.test(line)));
    assert.deepEqual(warnings, [], 'the skeleton’s build warns');
  });

  it('makes both languages’ pages, both PDFs and a JATS file valid to its DTD', () => {
    for (const page of ['index.html', 'es/index.html', 'references/index.html', 'es/references/index.html'])
      assert.ok(existsSync(join(dist, page)), `${page} is missing from the skeleton's build`);
    const pdfs = readdirSync(dist).filter((name) => name.endsWith('.pdf'));
    assert.deepEqual(
      pdfs.map((name) => name.replace(/^.*-(en|es)\.pdf$/, '$1')).sort(),
      ['en', 'es'],
      `one PDF per language, found: ${pdfs.join(', ')}`,
    );
    const jats = xmllintValid({ file: join(dist, 'article.jats.xml') });
    assert.ok(jats.valid, `the skeleton's JATS is not valid to its DTD:\n${jats.errors}`);
  });

  it('prints no PMID, PMCID, issue or pages it does not have: pages, PDFs, JATS', () => {
    for (const page of ['index.html', 'es/index.html']) {
      const html = readFileSync(join(dist, page), 'utf8');
      for (const absent of [/PMID/, /PMC\d/, /<meta name="citation_(issue|firstpage|lastpage|pmid)"/])
        assert.doesNotMatch(html, absent, `${page} has ${absent}, which the skeleton's record does not`);
    }
    for (const pdf of readdirSync(dist).filter((name) => name.endsWith('.pdf'))) {
      const text = execFileSync('pdftotext', [join(dist, pdf), '-'], { encoding: 'utf8' });
      for (const absent of [/PMID/, /PubMed Central/])
        assert.doesNotMatch(text, absent, `${pdf} has ${absent}, which the skeleton's record does not`);
      // Online ahead of print (the skeleton's publication has no issue): How to cite says so.
      assert.match(
        text.replace(/\s+/g, ' '),
        /J Abbrev\. 2026 Jan 1\. doi:10\.5555\/skeleton\.0001\. \[Epub ahead of print\]/,
      );
    }
    const jats = readFileSync(join(dist, 'article.jats.xml'), 'utf8');
    const meta = /<article-meta>[\s\S]*?<\/article-meta>/.exec(jats)?.[0] ?? '';
    for (const absent of [/pub-id-type="pmid"/, /pub-id-type="pmcid"/, /<volume>/, /<issue>/, /<fpage>/])
      assert.doesNotMatch(meta, absent, `article.jats.xml's <article-meta> has ${absent}`);
  });
});
