import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toXml } from 'xast-util-to-xml';
import { convertDocument } from '../../src/formats/jats/body.ts';
import { articleJats, jatsName, JATS_DOCTYPE, type JatsStrings } from '../../src/formats/jats/index.ts';
import { ContentError } from '../../src/mdx/tree.ts';
import { caseDocument, cases, META, oneSection, type CaseSection } from '../cases/document.ts';
import { xmllintValid } from '../xmllint.ts';

const STRINGS: JatsStrings = {
  corresponding: 'Corresponding author',
  references: 'References',
  translationTitle: 'Sobre esta traducción',
  translation: 'Traducción de este sitio.',
  record: 'El texto en inglés:',
  translator: 'Esta edición',
  recordLink: 'el artículo en inglés, doi:{doi}',
  figureSeeOriginal: 'See it:',
  figureViewOriginal: '{label} in the article',
};

describe('the JATS body, case by case (tests/cases/jats.yaml)', () => {
  for (const { title, mdx, expected } of cases('jats.yaml'))
    it(title, () => {
      const [sec] = convertDocument(oneSection('en', mdx), STRINGS, '').body;
      assert.equal(toXml(sec!), expected);
    });
});

// A whole article of the invented record: an abstract, a body section, the conflicts; Spanish alike.
const SECTIONS: Record<'en' | 'es', CaseSection[]> = {
  en: [
    { id: 'summary', title: 'Summary', role: 'abstract', mdx: 'An invented summary.' },
    { id: 'case', title: 'Case', mdx: 'Known.<Cite n={1} /> See [Table 1](#table-1).\n\n<LabTable id="table-1" />' },
    { id: 'conflicts', title: 'Conflicts', role: 'conflicts', mdx: 'None.\n\n- one\n- two' },
  ],
  es: [
    { id: 'summary', title: 'Resumen', role: 'abstract', mdx: 'Un resumen inventado.' },
    {
      id: 'case',
      title: 'Caso',
      mdx: 'Sabido.<Cite n={1} /> Véase la [tabla 1](#table-1).\n\n<LabTable id="table-1" />',
    },
    { id: 'conflicts', title: 'Conflictos', role: 'conflicts', mdx: 'Ninguno.\n\n- uno\n- dos' },
  ],
};
const file = (meta = META, es = SECTIONS.es) =>
  articleJats({
    documents: { en: { ...caseDocument('en', SECTIONS.en), meta }, es: { ...caseDocument('es', es), meta } },
    strings: { en: STRINGS, es: STRINGS },
  });
const xml = file();
/** The element-citation of reference n, as written. */
const citation = (n: number) =>
  /<ref id="ref-\d+">\s*<label>\d+<\/label>\s*(<element-citation[\s\S]*?<\/element-citation>)/g.exec(
    xml.slice(xml.indexOf(`<ref id="ref-${n}">`)),
  )?.[1] ?? '';

describe('articleJats', () => {
  it('writes a file that is valid against the JATS 1.3 Archiving DTD it names', () => {
    assert.ok(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n'));
    assert.ok(xml.includes(`<!DOCTYPE article PUBLIC "${JATS_DOCTYPE.public}" "${JATS_DOCTYPE.system}">`));
    const { valid, errors } = xmllintValid({ xml });
    assert.ok(valid, errors);
  });
  it('is a case report in English, the Spanish a translation sub-article with its own ids', () => {
    assert.match(xml, /<article xmlns:xlink="[^"]+" article-type="case-report" dtd-version="1\.3" xml:lang="en">/);
    assert.match(xml, /<sub-article article-type="translation" id="es" xml:lang="es">/);
    assert.ok(xml.includes('<xref ref-type="table" rid="es-table-1">tabla 1</xref>'));
    assert.match(xml, /<table-wrap id="es-table-1">/);
  });
  it('puts the abstract in front, the body sections in the body and the conflicts in the author notes', () => {
    const body = xml.slice(xml.indexOf('<body>'), xml.indexOf('</body>'));
    assert.deepEqual(
      [...body.matchAll(/<sec id="([^"]+)">/g)].map((m) => m[1]),
      ['case'],
    );
    assert.match(xml, /<abstract>\s*<title>Summary<\/title>\s*<p>An invented summary\.<\/p>/);
    assert.match(
      xml,
      /<author-notes>[\s\S]*<fn fn-type="coi-statement" id="conflicts">\s*<p>None\.<\/p>\s*<p>\s*<list/,
    );
  });
  it('gives the Spanish title, abstract and keywords in the article’s front only when the authors wrote them', () => {
    const front = (out: string) => out.slice(out.indexOf('<article-meta>'), out.indexOf('</article-meta>'));
    assert.doesNotMatch(front(xml), /<trans-abstract|<trans-title-group|xml:lang="es"/);
    const theirs = file({ ...META, authorsSpanish: ['title', 'abstract', 'keywords'] });
    assert.match(front(theirs), /<trans-title-group xml:lang="es">[\s\S]*<trans-abstract xml:lang="es">/);
    assert.match(front(theirs), /<kwd-group kwd-group-type="author" xml:lang="es">/);
  });
  it('names this edition as the translator, with its statement, and links the note to the English by DOI', () => {
    assert.match(
      xml,
      /<contrib contrib-type="translator">\s*<collab>Esta edición<\/collab>\s*<xref ref-type="fn" rid="es-fn-translation"\/>/,
    );
    assert.ok(
      xml.includes(
        '<p>Traducción de este sitio. El texto en inglés: <ext-link ext-link-type="doi" xlink:href="10.5555/cases.0001">el artículo en inglés, doi:10.5555/cases.0001</ext-link></p>',
      ),
    );
  });
  it('writes each journal article as a journal element-citation, with its DOI, expanded pages and et al.', () => {
    assert.equal([...xml.matchAll(/<element-citation publication-type="journal">/g)].length, 3);
    assert.match(xml, /<ref id="ref-2">[\s\S]*<etal\/>[\s\S]*<fpage>335<\/fpage>\s*<lpage>337<\/lpage>/);
    assert.match(xml, /<pub-id pub-id-type="doi">10\.5555\/cases\.0002<\/pub-id>/);
    assert.match(
      citation(3),
      /<year iso-8601-date="2022">2022<\/year>\s*<month>03<\/month>\s*<day>05<\/day>[\s\S]*<pub-id pub-id-type="pmid">12345678<\/pub-id>\s*<pub-id pub-id-type="pmcid">PMC1234567<\/pub-id>/,
    );
  });
  it('writes a book with its edition, place and publisher, and a chapter as a book with its chapter-title', () => {
    assert.match(citation(4), /^<element-citation publication-type="book">/);
    assert.match(
      citation(4),
      /<source>An invented handbook<\/source>\s*<edition>3<\/edition>\s*<publisher-loc>Nowhere<\/publisher-loc>\s*<publisher-name>Invented Press<\/publisher-name>/,
    );
    assert.match(citation(5), /^<element-citation publication-type="book">/);
    assert.match(
      citation(5),
      /<person-group person-group-type="editor"><name><surname>Epsilon<\/surname><given-names>Eva<\/given-names><\/name><name>/,
    );
    assert.match(
      citation(5),
      /<chapter-title>An invented chapter<\/chapter-title>\s*<source>An invented handbook<\/source>/,
    );
    assert.match(citation(5), /<fpage>12<\/fpage>\s*<lpage>19<\/lpage>/);
  });
  it('writes an organisation as a collab, a report as a report, a web page as a website with its link and access date', () => {
    assert.match(
      citation(6),
      /^<element-citation publication-type="report">\s*<person-group person-group-type="author"><collab>Invented Cases Organization<\/collab><\/person-group>/,
    );
    assert.match(citation(6), /<pub-id pub-id-type="publisher-id">ICO\/2023\.4<\/pub-id>/);
    assert.match(citation(7), /^<element-citation publication-type="website">/);
    assert.match(
      citation(7),
      /<article-title>An invented web page<\/article-title>\s*<source>Invented Cases Organization<\/source>/,
    );
    assert.match(
      citation(7),
      /<ext-link ext-link-type="uri" xlink:href="https:\/\/example\.org\/invented-page" xlink:title="An invented web page">https:\/\/example\.org\/invented-page<\/ext-link>\s*<date-in-citation content-type="access-date" iso-8601-date="2026-01-05">2026 Jan 5<\/date-in-citation>/,
    );
    assert.doesNotMatch(xml, /<surname>Invented Cases Organization/);
  });
  it('writes no ISSN the record does not give, and each one it gives, in a file still valid', () => {
    assert.doesNotMatch(xml, /<issn/);
    const issns = file({
      ...META,
      journal: { ...META.journal, issn: { print: '1234-5679', electronic: '1000-002X' } },
    });
    assert.match(
      issns,
      /<\/journal-title-group>\s*<issn publication-format="print">1234-5679<\/issn>\s*<issn publication-format="electronic">1000-002X<\/issn>\s*<publisher>/,
    );
    const { valid, errors } = xmllintValid({ xml: issns });
    assert.ok(valid, errors);
  });
  it('writes a report without an abstract with no <abstract> or <trans-abstract>, still valid', () => {
    const bodyOnly = (sections: CaseSection[]) => sections.filter((s) => s.role !== 'abstract');
    const theirs = { ...META, authorsSpanish: ['title' as const, 'abstract' as const, 'keywords' as const] };
    const out = articleJats({
      documents: {
        en: { ...caseDocument('en', bodyOnly(SECTIONS.en)), meta: theirs },
        es: { ...caseDocument('es', bodyOnly(SECTIONS.es)), meta: theirs },
      },
      strings: { en: STRINGS, es: STRINGS },
    });
    assert.doesNotMatch(out, /<abstract|<trans-abstract/);
    assert.match(out, /<kwd-group kwd-group-type="author">/);
    const { valid, errors } = xmllintValid({ xml: out });
    assert.ok(valid, errors);
  });
  it('fails on a link to an anchor that does not exist, naming the file', () => {
    const broken = [{ id: 'case', title: 'Caso', mdx: 'Véase la [tabla 9](#table-9).' }];
    assert.throws(
      () => file(META, broken),
      (e: unknown) =>
        e instanceof ContentError && /tests\/cases\/es\/case\.mdx: the link to "#table-9"/.test(e.message),
    );
  });
});

describe('jatsName', () => {
  const parts = (element: ReturnType<typeof jatsName>) =>
    element.children.map((part) =>
      part.type === 'element' && part.children[0]?.type === 'text' ? [part.name, part.children[0].value] : undefined,
    );
  it('tags a person’s surname, given names and suffix', () => {
    assert.deepEqual(parts(jatsName({ family: 'Wampler Muskardin', given: 'TL' })), [
      ['surname', 'Wampler Muskardin'],
      ['given-names', 'TL'],
    ]);
    assert.deepEqual(parts(jatsName({ family: 'King', given: 'John T', suffix: 'Jr' })).at(-1), ['suffix', 'Jr']);
  });
  it('tags an organisation as a collab, not split into a surname and given names', () => {
    const collab = jatsName({ literal: 'World Health Organization' });
    assert.equal(collab.name, 'collab');
    assert.deepEqual(collab.children, [{ type: 'text', value: 'World Health Organization' }]);
  });
});
