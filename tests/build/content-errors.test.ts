/**
 * Bad content fails the real build, with a message that names the file and the field. Each case copies the
 * project (sharing node_modules) to a temporary folder, breaks one thing in its content/, and builds it there with
 * a cache of its own, so nothing of the broken build reaches the real project's .astro/ or content cache.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';

const ROOT = new URL('../../', import.meta.url).pathname;

/**
 * Builds a copy whose content is broken by `breakIt`. With `contentRoot`, the content lives at that path instead
 * of content/ and the build is pointed there with CONTENT_ROOT, as the fixtures' builds are.
 */
async function buildWith(
  breakIt: (content: string) => void,
  { contentRoot = 'content' }: { contentRoot?: string } = {},
): Promise<{ status: number | null; output: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'case-report-'));
  try {
    for (const part of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
      cpSync(join(ROOT, part), join(dir, part), { recursive: true });
    cpSync(join(ROOT, 'content'), join(dir, contentRoot), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    const content = join(dir, contentRoot);
    breakIt(content);
    // Asynchronous, so that two of these builds run at once (the describe's concurrency): each has its own folder.
    const child = spawn('npx', ['astro', 'build'], {
      cwd: dir,
      env: {
        ...process.env,
        ASTRO_CACHE_DIR: join(dir, '.cache'),
        NO_COLOR: '1',
        FORCE_COLOR: '0',
        ...(contentRoot === 'content' ? {} : { CONTENT_ROOT: contentRoot }),
      },
      timeout: 180_000,
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    return { status, output: output.replaceAll(dir, '<tmp>') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const edit = (file: string, change: (text: string) => string) =>
  writeFileSync(file, change(readFileSync(file, 'utf8')));

// One build per kind of error (a schema's field, the structure, an MDX component, a cross-file check, a
// translation check, the reference list's loader, a file under CONTENT_ROOT): the checks' other cases are unit tests of the same code
// (tests/content/schemas.test.ts, content-checks.test.ts, tests/unit/sections.test.ts, mdx-checks.test.ts).
// Two builds at a time: each waits mostly on its own process, and a 2-core machine runs two of them side by side.
describe('astro build', { concurrency: 2 }, () => {
  it('fails on a missing field, naming the file and the field', async () => {
    const { status, output } = await buildWith((c) =>
      // The DOI: the record's one identifier every article has (a PMID may not exist yet).
      edit(join(c, 'metadata/article.yaml'), (t) => t.replace(/^ {2}doi: .*\n/m, '')),
    );
    assert.notEqual(status, 0);
    assert.match(output, /<tmp>\/content\/metadata\/article\.yaml/);
    assert.match(output, /doi: is missing: a DOI is required/);
  });

  it('fails on a missing translation, naming the file that is missing', async () => {
    const { status, output } = await buildWith((c) => rmSync(join(c, 'article/es/discussion.mdx')));
    assert.notEqual(status, 0);
    assert.match(
      output,
      /content\/article\/es\/discussion\.mdx: is missing \(content\/article\/en\/discussion\.mdx exists/,
    );
  });

  it('fails on MDX no format can set, naming the file, its line as the editor sees it, and what to write', async () => {
    const { status, output } = await buildWith((c) => {
      edit(join(c, 'article/en/introduction.mdx'), (t) => t.replace('<Cite n={1} />', '<Cite n={1} /><Sparkle />'));
      edit(join(c, 'article/en/discussion.mdx'), (t) => `${t.trimEnd()}\n\n## Half a page\n`);
      edit(join(c, 'article/es/introduction.mdx'), (t) =>
        t.replace('(China)<Cite n={1} />.', '(China).<Cite n={1} />'),
      );
    });
    assert.notEqual(status, 0);
    // Line 9 of the file: its front matter counts.
    assert.match(output, /content\/article\/en\/introduction\.mdx:9: <Sparkle> is not a component the article knows/);
    assert.match(
      output,
      /content\/article\/en\/discussion\.mdx:\d+: "##" is the level of the page .*: a subheading is ###/,
    );
    assert.match(
      output,
      /content\/article\/es\/introduction\.mdx:9: in Spanish the call goes before the "\.", as the RAE places it: write "…Wuhan \(China\)<Cite n=\{1\} \/>\."/,
    );
  });

  it('fails on a citation of a reference that does not exist', async () => {
    const { status, output } = await buildWith((c) =>
      edit(join(c, 'article/en/discussion.mdx'), (t) => t.replace('<Cite n={7} />', '<Cite n={8} />')),
    );
    assert.notEqual(status, 0);
    assert.match(output, /content\/article\/en\/discussion\.mdx: citation 4: <Cite n=\{8\} \/> points at reference 8/);
  });

  it('fails on a Spanish dose whose numbers differ from the English, naming the file, the block and the numbers', async () => {
    const { status, output } = await buildWith((c) =>
      edit(join(c, 'article/es/clinical-case.mdx'), (t) => t.replace('8 mg/kg cada 12 h', '12 mg/kg cada 8 h')),
    );
    assert.notEqual(status, 0);
    assert.match(
      output,
      /content\/article\/es\/clinical-case\.mdx, block 5 \([^)]*\): numbers 8, 12, 2, 1, 48, 100, 14 in English but 12, 8, 2, 1, 48, 100, 14 in Spanish/,
    );
  });

  it('reads a CSL JSON reference list, and fails on a field CSL does not know, naming the file, the reference and the field', async () => {
    const { status, output } = await buildWith((c) => {
      // The list as a CSL JSON export (references.json in place of the YAML), its third item with a misspelt PMID.
      const items = parse(readFileSync(join(c, 'references/references.yaml'), 'utf8')) as Record<string, unknown>[];
      items[2]!['Pmid'] = '32342000';
      rmSync(join(c, 'references/references.yaml'));
      writeFileSync(join(c, 'references/references.json'), JSON.stringify(items, null, '\t'));
    });
    assert.notEqual(status, 0);
    assert.match(
      output,
      /content\/references\/references\.json: reference 3 \(id "wampler-muskardin-2020"\): "Pmid": is not a CSL 1\.0\.2 variable \(did you mean "PMID"\?\)/,
    );
  });

  it('fails on a section without its page, naming the real file under CONTENT_ROOT and the field', async () => {
    const { status, output } = await buildWith(
      (c) => edit(join(c, 'article/es/introduction.mdx'), (t) => t.replace(/^page: .*\n/m, '')),
      { contentRoot: 'cases/other/content' },
    );
    assert.notEqual(status, 0);
    assert.match(output, /cases\/other\/content\/article\/es\/introduction\.mdx/);
    assert.match(output, /page: is missing: the page slug is required/);
  });
});
