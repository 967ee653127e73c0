import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toXml } from 'xast-util-to-xml';
import { convertDocument } from '../../src/formats/jats/body.ts';
import { articleJats, JATS_DOCTYPE, pageRange, vancouverName, type JatsStrings } from '../../src/formats/jats/index.ts';
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
  it('writes each reference as a journal element-citation, with its DOI, expanded pages and et al.', () => {
    assert.equal([...xml.matchAll(/<element-citation publication-type="journal">/g)].length, 3);
    assert.match(xml, /<ref id="ref-2">[\s\S]*<etal\/>[\s\S]*<fpage>335<\/fpage>\s*<lpage>337<\/lpage>/);
    assert.match(xml, /<pub-id pub-id-type="doi">10\.5555\/cases\.0002<\/pub-id>/);
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

describe('pageRange', () => {
  it('reads an abbreviated last page as Vancouver prints it', () => {
    assert.deepEqual(pageRange('335–7'), { fpage: '335', lpage: '337' });
    assert.deepEqual(pageRange('276–82'), { fpage: '276', lpage: '282' });
    assert.deepEqual(pageRange('1–5'), { fpage: '1', lpage: '5' });
  });
  it('keeps a single page (or article number) as the first page, and anything else as printed', () => {
    assert.deepEqual(pageRange('105924'), { fpage: '105924' });
    assert.deepEqual(pageRange('S1–S3, S9'), { range: 'S1–S3, S9' });
  });
});

describe('vancouverName', () => {
  it('splits a printed author into surname and given names at the last space', () => {
    const parts = (name: string) =>
      vancouverName(name).children.map((part) =>
        part.type === 'element' && part.children[0]?.type === 'text' ? part.children[0].value : undefined,
      );
    assert.deepEqual(parts('Lai CC'), ['Lai', 'CC']);
    assert.deepEqual(parts('Wampler Muskardin TL'), ['Wampler Muskardin', 'TL']);
  });
  it('keeps a name without a space whole, as a string-name', () => {
    assert.equal(vancouverName('WHO').name, 'string-name');
  });
});
