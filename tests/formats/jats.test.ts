/**
 * The JATS XML the builds wrote (dist/, dist-subpath/, dist-fixture/, dist-fixture2/, dist-fixture3/), read back by tools that did
 * not write it: xmllint validates it offline against the DTD its DOCTYPE names (@jats4r/dtds' catalog), JATS4R's
 * Schematron (@jats4r/schematrons, run by Saxon-HE: tests/schematron.ts) checks it against JATS4R's
 * recommendations, and jats-xml (the MyST project's JATS reader) reads its metadata, abstract and references. The
 * rules the Schematron package does not hold (newer JATS4R rules, PMC's Style Checker, which is not in the npm
 * registry) are reproduced here as assertions. Every expected value comes from the content's YAML or MDX, the UI
 * strings or the published text (tests/source.ts), never from the converter. Run after the builds (npm test).
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { Jats } from 'jats-xml';
import { parse } from 'yaml';
import { parseLabValue } from '../../src/model/lab-values.ts';
import { describeFinding, JATS4R_SCHEMA, schematron, type Finding } from '../schematron.ts';
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
    assert.fail(
      `${path} is missing: run the builds first (npm run build, build:subpath, build:fixture, build:fixture2, build:fixture3)`,
    );
  return path;
}

/** The content a build was made from, as its YAML says (not as the converter wrote it). */
function content(root: string) {
  const read = (file: string) => parse(readFileSync(`${root}/${file}`, 'utf8'));
  return {
    meta: read('metadata/article.yaml')[0],
    references: read('references/references.yaml') as { type: string; title: string; DOI?: string }[],
  };
}

const BUILDS = [
  { dir: 'dist', content: 'content' },
  { dir: 'dist-subpath', content: 'content' },
  { dir: 'dist-fixture', content: 'tests/fixtures/second-article/content' },
  { dir: 'dist-fixture2', content: 'tests/fixtures/case-presentation/content' },
  { dir: 'dist-fixture3', content: 'tests/fixtures/ahead-of-print/content' },
];

/** A name as the YAML gives it: one text for both languages, or { en, es }. */
type Name = string | { en: string; es: string };
const english = (name: Name | undefined) => (typeof name === 'object' ? name.en : name);
const spanish = (name: Name | undefined) => (typeof name === 'object' ? name.es : name);
/** An affiliation as content/metadata/article.yaml writes it. */
interface YamlAffiliation {
  key: string;
  department?: Name;
  institution: Name;
  city: Name;
  country: { code: string; en: string; es: string };
}

/**
 * What the package's rules (0.0.6, the only version in the npm registry) report on a correct file. Its COI rule
 * predates JATS4R's current recommendation, `<fn fn-type="coi-statement">` (JATS 1.3's value, which JATS4R's own
 * rules now ask for and which its newer COI rule reports in the other spelling): it asks for "COI-statement". The
 * test holds this allowance to the COI statements exactly, so it ends the day the package catches up.
 */
const OUTDATED_COI_RULE = (f: Finding) =>
  f.pattern === 'coi-errors' && /\/author-notes\[1\]\/fn\[\d+\]$/.test(f.location) && /COI-statement/.test(f.message);

/** A copy of dist's file with faults JATS4R's rules must report, each with what they say about it. */
const BROKEN = [
  {
    fault: 'no copyright holder',
    from: /<copyright-holder>[^<]*<\/copyright-holder>/,
    to: '',
    expect: /Missing <copyright-holder>/,
  },
  {
    fault: 'a two-digit copyright year',
    from: /<copyright-year>\d+</,
    to: '<copyright-year>20<',
    expect: /must be a 4-digit year, not "20"/,
  },
  {
    fault: 'the English keywords marked xml:lang="en"',
    from: '<kwd-group kwd-group-type="author">',
    to: '<kwd-group kwd-group-type="author" xml:lang="en">',
    expect: /kwd-group has @xml:lang="en", which is the same as the @xml:lang value on the article/,
  },
  {
    fault: 'a country without its code',
    from: '<country country="ES">',
    to: '<country>',
    expect: /<country> must have a @country/,
  },
  {
    // Found only through the DTD's ID attributes (idref()): the proof that the catalog reached Saxon.
    fault: 'an affiliation no author points at',
    from: /<xref ref-type="aff" rid="aff-a">a<\/xref>/g,
    to: '',
    expect: /there mut be a relationship between them/,
  },
] as const;

/**
 * Every build's file there is, and the broken copy, checked in one Saxon run (once, when a test first asks). A build
 * not made yet fails its own tests only (`built`), so the file of one build can be checked alone.
 */
interface Jats4rRun {
  findings: Finding[];
  /** The faults of BROKEN that found nothing to break. */
  unbroken: string[];
  /** The broken copy, when dist's file is there to copy. */
  copy: string | undefined;
}
const jats4r = (() => {
  let run: Jats4rRun | undefined;
  return (): Jats4rRun => {
    if (run) return run;
    const files = BUILDS.map((b) => `${b.dir}/${FILE}`).filter((path) => existsSync(path));
    const unbroken: string[] = [];
    let copy: string | undefined;
    if (existsSync(`dist/${FILE}`)) {
      let broken = readFileSync(`dist/${FILE}`, 'utf8');
      for (const { fault, from, to } of BROKEN) {
        const before = broken;
        broken = broken.replace(from, to);
        if (broken === before) unbroken.push(fault);
      }
      copy = join(mkdtempSync(join(tmpdir(), 'jats-broken-')), FILE);
      writeFileSync(copy, broken);
    }
    run = { findings: schematron(JATS4R_SCHEMA, [...files, ...(copy ? [copy] : [])]), unbroken, copy };
    return run;
  };
})();
const findingsOf = (path: string) => jats4r().findings.filter((f) => f.file === pathToFileURL(resolve(path)).href);

/** The figures a content's MDX holds, by id, with the note that says their image is not reproduced. */
function contentFigures(root: string, locale: 'en' | 'es') {
  const dir = `${root}/article/${locale}`;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .flatMap((f) => [...readFileSync(`${dir}/${f}`, 'utf8').matchAll(/<Figure\s[^>]*>/g)].map((m) => m[0]))
    .map((tag) => ({ id: /\bid="([^"]+)"/.exec(tag)?.[1] ?? '', note: /\bnote="([^"]+)"/.exec(tag)?.[1] ?? '' }));
}

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
      // Read from the tree: jats-xml's own `pmid` falls back to any id that looks like a DOI.
      const ids = (type: string) =>
        all(jats.front as Node, 'article-id')
          .filter((id) => id['pub-id-type'] === type)
          .map(text);
      assert.deepEqual(ids('pmid'), meta.pmid ? [meta.pmid] : [], 'the PMID, or none when the record has none');
      assert.deepEqual(ids('pmcid'), meta.pmcid ? [meta.pmcid] : [], 'the PMCID, or none when the record has none');
      assert.deepEqual(front.keywords, meta.keywords.en);
    });

    it('has the corresponding author, with the e-mail address', () => {
      // Each corresponding author's e-mail, in a note of its own.
      const notes = all(one(jats.front as Node, 'author-notes'), 'corresp');
      assert.deepEqual(
        notes.map((note) => text(one(note, 'email'))),
        meta.authors
          .filter((a: { corresponding?: boolean }) => a.corresponding)
          .map((a: { email?: string }) => a.email),
      );
      const marked = all(jats.front as Node, 'contrib').filter((c) => c['corresp'] === 'yes');
      assert.deepEqual(
        marked.map((c) => text(one(c, 'surname'))),
        meta.authors
          .filter((a: { corresponding?: boolean }) => a.corresponding)
          .map((a: { family: string }) => a.family),
      );
    });

    it('has one reference per reference of the content, in order, with its title and DOI', () => {
      assert.equal(jats.references.length, references.length);
      jats.references.forEach((ref, i) => {
        const node = ref as unknown as Node;
        assert.equal(node['id'], `ref-${i + 1}`);
        // The title of what is cited: an article's or a page's, a chapter's, or a book's or report's (its source).
        const titled = one(node, 'article-title') ?? one(node, 'chapter-title') ?? one(node, 'source');
        assert.equal(text(titled), references[i]?.title, `ref-${i + 1}'s title`);
        const doi = all(node, 'pub-id').find((id) => id['pub-id-type'] === 'doi');
        assert.equal(text(doi) || undefined, references[i]?.DOI, `ref-${i + 1}'s DOI`);
      });
    });
    it('types each reference as JATS4R recommends, an organisation as a collab', () => {
      const TYPES: Record<string, string> = {
        'article-journal': 'journal',
        book: 'book',
        chapter: 'book',
        report: 'report',
        webpage: 'website',
      };
      jats.references.forEach((ref, i) => {
        const citation = one(ref as unknown as Node, 'element-citation');
        assert.equal(citation?.['publication-type'], TYPES[references[i]!.type], `ref-${i + 1}`);
      });
      const collabs = jats.references.flatMap((ref) => all(ref as unknown as Node, 'collab').map(text));
      const organisations = (references as { author?: { literal?: string }[] }[]).flatMap((r) =>
        (r.author ?? []).flatMap((a) => (a.literal ? [a.literal] : [])),
      );
      assert.deepEqual(collabs, organisations);
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

    // A tree of its own: jats-xml's frontmatter reader (the test above) rewrites the affiliations it reads.
    const tree = new Jats(xml);
    const front = tree.front as Node;
    const sub = (tree.subArticles as unknown as Node[])[0];
    const stub = child(sub, 'front-stub');

    it('passes JATS4R’s Schematron (@jats4r/schematrons): no error or warning', () => {
      const findings = findingsOf(path);
      assert.deepEqual(findings.filter((f) => !OUTDATED_COI_RULE(f)).map(describeFinding), [], `JATS4R on ${path}`);
      assert.equal(
        findings.filter(OUTDATED_COI_RULE).length,
        [...xml.matchAll(/<fn fn-type="coi-statement"/g)].length,
        'the package’s outdated COI rule fires on the COI statements, and only there',
      );
    });

    it('is a case report to PMC (its Style Checker requires article-type), the Spanish a translation', () => {
      assert.match(xml, /<article [^>]*article-type="case-report"/);
      // The heading the journal printed stays the subject.
      assert.equal(text(one(one(front, 'article-categories'), 'subject')), meta.articleType.en);
      assert.equal(sub?.['article-type'], 'translation');
    });

    it('gives the ISSNs the journal record has, and makes none up (PMC asks for one; the sources give none)', () => {
      const issns = all(one(front, 'journal-meta'), 'issn');
      assert.deepEqual(
        issns.map((issn) => [issn['publication-format'], text(issn)]),
        Object.entries((meta.journal.issn ?? {}) as Record<string, string>),
      );
    });

    it('tags each affiliation as the record gives it: department, institution, city, country and its ISO code', () => {
      const affs = all(front, 'aff');
      const record = meta.affiliations as YamlAffiliation[];
      assert.equal(affs.length, record.length);
      record.forEach((aff, i) => {
        const node = affs[i];
        assert.equal(node?.['id'], `aff-${aff.key}`);
        assert.deepEqual(
          all(node, 'institution').map((n) => [n['content-type'], text(n)]),
          [...(aff.department ? [['dept', english(aff.department)]] : []), [undefined, english(aff.institution)]],
        );
        assert.equal(text(one(node, 'city')), english(aff.city));
        const country = one(node, 'country');
        assert.deepEqual([country?.['country'], text(country)], [aff.country.code, aff.country.en]);
      });
    });

    it('has the copyright year and holder of the record, beside each language’s copyright line', () => {
      const { year, holder } = meta.copyright as { year: number; holder: Name };
      for (const [permissions, locale, name] of [
        [child(child(front, 'article-meta'), 'permissions'), 'en', english(holder)],
        [child(stub, 'permissions'), 'es', spanish(holder)],
      ] as const)
        assert.deepEqual(
          ['copyright-statement', 'copyright-year', 'copyright-holder'].map((part) => text(one(permissions, part))),
          [meta.copyright[locale], String(year), name],
          `the ${locale} permissions`,
        );
    });

    it('says of each figure without its image that it is not reproduced, and links to it through the DOI', () => {
      // JATS4R's rules (newer than the package) ask every <fig> for a <graphic>. The content's figures have none
      // by design (the radiograph is not reproduced): each must say so, and no other figure may lack one.
      const figures = [...all(tree.body as Node, 'fig'), ...all(child(sub, 'body'), 'fig')];
      const withoutGraphic = figures.filter((fig) => !one(fig, 'graphic'));
      const expected = [
        ...contentFigures(build.content, 'en'),
        ...contentFigures(build.content, 'es').map((f) => ({ ...f, id: `es-${f.id}` })),
      ];
      assert.deepEqual(withoutGraphic.map((fig) => fig['id']).sort(), expected.map((f) => f.id).sort());
      for (const fig of withoutGraphic) {
        const note = child(fig, 'p');
        const { note: words = '?' } = expected.find((f) => f.id === fig['id']) ?? {};
        assert.ok(squash(text(note)).startsWith(words), `${fig['id']}'s note: "${text(note)}"`);
        const link = one(note, 'ext-link');
        assert.deepEqual([link?.['ext-link-type'], link?.['xlink:href']], ['doi', meta.doi], `${fig['id']}'s link`);
      }
    });

    it('gives each link a text that says what it leads to, not its address (JATS4R, newer than the package)', () => {
      const links = [...xml.matchAll(/<(ext-link|uri|self-uri)\b([^>]*)>([\s\S]*?)<\/\1>/g)];
      assert.ok(links.length > 0, 'the file has links');
      for (const [whole, , attributes = '', content = ''] of links) {
        // A reference prints its URL: there the link's title says what it is, as JATS4R allows.
        if (/xlink:title="[^"]+"/.test(attributes)) continue;
        const href = /xlink:href="([^"]*)"/.exec(attributes)?.[1];
        const label = squash(content.replace(/<[^>]+>/g, ''));
        assert.ok(label && label !== href && !/^(https?|s?ftp):\/\//.test(label), `${path}: ${whole}`);
      }
    });

    it('names this edition as the translator of the Spanish, with the translation statement in its front', () => {
      const translator = all(stub, 'contrib').find((c) => c['contrib-type'] === 'translator');
      // The edition's own name, as the Spanish pages give it to browsers and reference managers.
      const siteName = /<meta property="og:site_name" content="([^"]*)"/.exec(
        readFileSync(`${build.dir}/es/index.html`, 'utf8'),
      )?.[1];
      assert.equal(text(one(translator, 'collab')), siteName);
      const rid = one(translator, 'xref')?.['rid'];
      const note = all(one(stub, 'author-notes'), 'fn').find((fn) => fn['id'] === rid);
      const statement = squash(text(note)).replace(/\.$/, '');
      assert.ok(statement.length > 20, `the translator's note: "${statement}"`);
      // What the Spanish home page tells its readers.
      const home = squash(readFileSync(`${build.dir}/es/index.html`, 'utf8').replace(/<[^>]+>/g, ' '));
      assert.ok(home.includes(statement), `${build.dir}/es/index.html does not say: ${statement}`);
    });

    it('has a body <sec> for each body section of the content, in reading order, under its file name', () => {
      // The sections' front matter: their order, and a role for those the front holds (abstract, conflicts).
      const dir = `${build.content}/article/en`;
      const sections = readdirSync(dir)
        .filter((f) => f.endsWith('.mdx'))
        .map((f) => {
          const front = parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(`${dir}/${f}`, 'utf8'))?.[1] ?? '');
          return { id: f.replace(/\.mdx$/, ''), order: Number(front.order), role: front.role };
        })
        .filter((section) => !section.role)
        .sort((a, b) => a.order - b.order);
      const body = tree.body as Node;
      assert.equal(body.type, 'body');
      assert.deepEqual(
        body.children?.filter((c) => c.type === 'sec').map((sec) => sec['id']),
        sections.map((section) => section.id),
      );
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

describe(`dist-fixture3/${FILE}: a report online ahead of print, first published in English`, () => {
  const jats = new Jats(readFileSync(built('dist-fixture3'), 'utf8'));
  const meta = one(jats.front as Node, 'article-meta');

  it('has no volume, issue or pages, and its date online as the electronic publication date', () => {
    for (const tag of ['volume', 'issue', 'fpage', 'lpage', 'elocation-id'])
      assert.equal(all(meta, tag).length, 0, `<${tag}> in <article-meta>, but the article is in no issue yet`);
    const dates = all(meta, 'pub-date').map((d) => [d['publication-format'], d['date-type'], d['iso-8601-date']]);
    assert.deepEqual(dates, [['electronic', 'pub', '2026-10-15']]);
  });

  it('says in its translation note that the whole Spanish is this site’s, linking the English as published', () => {
    const note = all(jats.tree as unknown as Node, 'notes').find((n) => n['notes-type'] === 'translation');
    // The fixture's record: no `original`, no Spanish of the authors (authorsSpanish: []).
    assert.equal(
      squash(text(one(note, 'p'))),
      'Todo el texto en español es traducción propia de este sitio a partir de la versión publicada en inglés por ' +
        'la revista. El texto en inglés, tal como se publicó: Case Rep Invent Med, doi:10.5555/fixture.0301',
    );
    assert.equal(one(note, 'ext-link')?.['xlink:href'], '10.5555/fixture.0301');
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
    // The three disclosures, which the extraction ran together, are a list (docs/editing.md, README): each is in the source.
    const items = all(coi, 'list-item').map((item) => squash(text(item)));
    assert.equal(items.length, 3);
    for (const item of [...items, ...rest.map(text)]) assert.ok(source.conflicts.includes(item), item);
  });

  it('has the affiliations as published: their text, punctuation included, is the source’s', () => {
    // The source prints them as "<sup>a</sup> Servicio de Oncología Médica, …, Spain", one a line.
    const published = readFileSync('tests/fixtures/source/article-full-text.md', 'utf8')
      .split('\n')
      .flatMap((line) => /^<sup>[a-z]<\/sup> (.+)$/.exec(line)?.[1] ?? []);
    const affs = all(jats.front as Node, 'aff').map((aff) =>
      squash(
        (aff.children ?? [])
          .filter((c) => c.type !== 'label')
          .map(text)
          .join(''),
      ),
    );
    assert.deepEqual(affs, published);
  });

  it('is the same file under a sub-path: it holds no URL of the site', () => {
    assert.equal(readFileSync(built('dist-subpath'), 'utf8'), readFileSync(built('dist'), 'utf8'));
  });
});

describe('JATS4R’s Schematron, as the suite compiles and runs it (tests/schematron.ts)', () => {
  it('reports each fault of a deliberately broken copy of dist/article.jats.xml', () => {
    built('dist');
    const { findings, unbroken, copy = '' } = jats4r();
    assert.deepEqual(unbroken, [], `faults that found nothing to break in dist/${FILE}`);
    const broken = findings.filter((f) => f.file === pathToFileURL(copy).href);
    for (const { fault, expect } of BROKEN)
      assert.ok(
        broken.some((f) => f.severity !== '' && expect.test(f.message)),
        `"${fault}" went unreported; the broken copy's findings:\n${broken.map(describeFinding).join('\n')}`,
      );
  });
});
