/**
 * The JATS XML the builds wrote (dist/, dist-subpath/, dist-fixture/), read back by tools that did not write it:
 * xmllint validates it offline against the DTD its DOCTYPE names (@jats4r/dtds' catalog), and jats-xml (the MyST
 * project's JATS reader) reads its metadata, abstract and references. Every expected value comes from the content's
 * YAML or the published text (tests/source.ts), never from the converter. Run after the builds (npm test).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Jats } from 'jats-xml';
import { parse } from 'yaml';
import { parseLabValue } from '../../src/lib/lab-values.ts';
import { source, sourceReferences } from '../source.ts';
import { JATS_CATALOG, xmllintValid } from '../xmllint.ts';

const FILE = 'article.jats.xml';

/** A node of jats-xml's tree: an element (`type` is its name, attributes beside it) or a text. */
interface Node {
  type: string;
  value?: string;
  children?: Node[];
  [attribute: string]: unknown;
}
const text = (node: Node | undefined): string =>
  !node ? '' : node.value !== undefined ? node.value : (node.children ?? []).map(text).join('');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
/** Every descendant (or the node itself) named `type`, in document order. */
function all(node: Node | undefined, type: string): Node[] {
  if (!node) return [];
  return [...(node.type === type ? [node] : []), ...(node.children ?? []).flatMap((child) => all(child, type))];
}
const one = (node: Node | undefined, type: string) => all(node, type)[0];
const child = (node: Node | undefined, type: string) => node?.children?.find((c) => c.type === type);

function built(dir: string): string {
  const path = `${dir}/${FILE}`;
  if (!existsSync(path))
    assert.fail(`${path} is missing: run the builds first (npm run build, build:subpath, build:fixture)`);
  return path;
}

/** The content a build was made from, as its YAML says (not as the converter wrote it). */
function content(root: string) {
  const read = (file: string) => parse(readFileSync(`${root}/${file}`, 'utf8'));
  return {
    meta: read('metadata/article.yaml')[0],
    references: read('references/references.yaml') as { title: string; doi?: string }[],
  };
}

const BUILDS = [
  { dir: 'dist', content: 'content' },
  { dir: 'dist-subpath', content: 'content' },
  { dir: 'dist-fixture', content: 'tests/fixtures/second-article/content' },
  { dir: 'dist-fixture2', content: 'tests/fixtures/case-presentation/content' },
];

for (const build of BUILDS)
  describe(`${build.dir}/${FILE}`, () => {
    const path = built(build.dir);
    const xml = readFileSync(path, 'utf8');
    const jats = new Jats(xml);
    const { meta, references } = content(build.content);

    it('is valid against the JATS DTD its DOCTYPE names, checked offline', () => {
      const { valid, errors } = xmllintValid({ file: path });
      assert.ok(valid, `xmllint --valid --nonet (catalog ${JATS_CATALOG}) says:\n${errors}`);
    });

    it('names the DTD by the public and system ids that the JATS4R list gives for it', () => {
      const [, publicId = '', systemId = ''] = /<!DOCTYPE article PUBLIC "([^"]+)" "([^"]+)">/.exec(xml) ?? [];
      const doctypes: Record<string, string> = JSON.parse(
        readFileSync('node_modules/@jats4r/dtds/schema/doctypes.json', 'utf8'),
      );
      assert.match(publicId, /Journal (Archiving and Interchange|Publishing) DTD v1\.3 /);
      assert.equal(systemId, doctypes[publicId]);
    });

    it('reads back (jats-xml) to the article’s title, authors, DOI and keywords', () => {
      const front = jats.frontmatter;
      assert.equal(front.title, meta.title.en);
      assert.deepEqual(
        front.authors?.map((a) => [a.nameParsed?.family, a.nameParsed?.given]),
        meta.authors.map((a: { family: string; given: string }) => [a.family, a.given]),
      );
      assert.equal(jats.doi, meta.doi);
      assert.equal(jats.pmid, meta.pmid);
      assert.deepEqual(front.keywords, meta.keywords.en);
    });

    it('has the corresponding author, with the e-mail address', () => {
      const corresp = one(jats.front as Node, 'corresp');
      assert.equal(text(one(corresp, 'email')), meta.correspondence.email);
      const marked = all(jats.front as Node, 'contrib').filter((c) => c['corresp'] === 'yes');
      assert.deepEqual(
        marked.map((c) => text(one(c, 'surname'))),
        meta.authors
          .filter((a: { corresponding?: boolean }) => a.corresponding)
          .map((a: { family: string }) => a.family),
      );
    });

    it('has one reference per reference of the content, in order, with its DOI', () => {
      assert.equal(jats.references.length, references.length);
      jats.references.forEach((ref, i) => {
        const node = ref as unknown as Node;
        assert.equal(node['id'], `ref-${i + 1}`);
        assert.equal(text(one(node, 'article-title')), references[i]?.title);
        assert.equal(text(one(node, 'pub-id')) || undefined, references[i]?.doi);
      });
    });

    it('holds the Spanish as a translation sub-article, with the Spanish title and its own body', () => {
      const [sub, ...more] = jats.subArticles as unknown as Node[];
      assert.equal(more.length, 0);
      assert.equal(sub?.['article-type'], 'translation');
      assert.equal(sub?.['xml:lang'], 'es');
      assert.equal(text(one(child(sub, 'front-stub'), 'article-title')), meta.title.es);
      assert.ok(all(child(sub, 'body'), 'sec').length >= 1);
      assert.match(text(one(child(sub, 'back'), 'notes')), new RegExp(meta.doi.replace(/[.()]/g, '\\$&')));
    });

    // What the authors wrote in Spanish (`authorsSpanish`) is the article's translated metadata; nothing else is.
    const authors: string[] = meta.authorsSpanish ?? [];
    if (authors.includes('title'))
      it('carries the authors’ Spanish title and abstract as translated metadata', () => {
        const front = jats.front as Node;
        assert.equal(text(one(one(front, 'trans-title-group'), 'trans-title')), meta.title.es);
        assert.equal(one(front, 'trans-abstract')?.['xml:lang'], 'es');
      });
    else
      it('gives no Spanish title or abstract as the authors’, since they wrote none', () => {
        const front = jats.front as Node;
        assert.equal(one(front, 'trans-title-group'), undefined);
        assert.equal(one(front, 'trans-abstract'), undefined);
      });
  });

describe(`dist/${FILE}: the article as published`, () => {
  const jats = new Jats(readFileSync(built('dist'), 'utf8'));
  const paragraphs = (node: Node | undefined) => all(node, 'p').map((p) => squash(text(p)));

  it('has the published abstract and the authors’ resumen', () => {
    assert.deepEqual(paragraphs(jats.abstract as Node), source.abstract);
    assert.deepEqual(paragraphs(one(jats.front as Node, 'trans-abstract')), source.resumen);
  });

  it('has the seven published references, each title as printed', () => {
    assert.equal(jats.references.length, 7);
    jats.references.forEach((ref, i) =>
      assert.ok(sourceReferences[i]?.includes(text(one(ref as Node, 'article-title'))), `reference ${i + 1}`),
    );
  });

  it('has every value of Table 1 as published, in its row and column', () => {
    const table = one(jats.body as Node, 'table-wrap');
    assert.equal(squash(text(one(table, 'caption'))), source.tableCaption);
    const rows = all(one(table, 'tbody'), 'tr').map((tr) =>
      (tr.children ?? []).filter((c) => c.type === 'th' || c.type === 'td').map((c) => squash(text(c))),
    );
    assert.equal(rows.length, source.table.length);
    source.table.forEach((published, r) => {
      const [name = '', ...cells] = published;
      const row = rows[r] ?? [];
      assert.equal(row[0], name, `row ${r + 1}`);
      const values = cells.slice(0, -1);
      values.forEach((value, c) =>
        // "0.71" on the page is ".71" as printed: the same value, with the same decimals.
        assert.deepEqual(parseLabValue(row[c + 1] ?? ''), parseLabValue(value), `${name}, column ${c + 2}`),
      );
      const range = (s: string) => s.replace(/[()]/g, '').split('–').map(parseLabValue);
      assert.deepEqual(range(row.at(-1) ?? ''), range(cells.at(-1) ?? ''), `${name}, range`);
    });
  });

  it('has the conflict of interests as a coi-statement in the author notes, as JATS4R recommends', () => {
    const notes = one(jats.front as Node, 'author-notes');
    const coi = all(notes, 'fn').find((fn) => fn['fn-type'] === 'coi-statement');
    const [statement, ...rest] = all(coi, 'p').filter((p) => !one(p, 'list'));
    assert.ok(source.conflicts.startsWith(squash(text(statement))), text(statement));
    // The three disclosures, which the extraction ran together, are a list (README): each is in the source.
    const items = all(coi, 'list-item').map((item) => squash(text(item)));
    assert.equal(items.length, 3);
    for (const item of [...items, ...rest.map(text)]) assert.ok(source.conflicts.includes(item), item);
  });

  it('is the same file under a sub-path: it holds no URL of the site', () => {
    assert.equal(readFileSync(built('dist-subpath'), 'utf8'), readFileSync(built('dist'), 'utf8'));
  });
});
