import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { componentAnchor } from '../../src/lib/anchors.ts';
import {
  articleJats,
  JATS_DOCTYPE,
  pageRange,
  vancouverName,
  unknownComponents,
  type JatsInput,
  type JatsSection,
} from '../../src/lib/jats.ts';
import { ContentError } from '../../src/lib/section-model.ts';
import { ARTICLE_SECTIONS as SECTION_IDS } from '../article-pages.ts';
import { xmllintValid } from '../xmllint.ts';
import { loadMetadata, loadReferences, loadTable } from './helpers.ts';

/** A section of the real content, read as the site reads it: front matter title, MDX body. */
function section(locale: 'en' | 'es', id: string): JatsSection {
  const file = `content/article/${locale}/${id}.mdx`;
  const text = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
  const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  const role = /^role: (abstract|conflicts)$/m.exec(front)?.[1] as JatsSection['role'];
  return { id, title: /^title: (.*)$/m.exec(front)?.[1] ?? '', file, body, role };
}

const STRINGS = {
  corresponding: 'Corresponding author',
  references: 'References',
  translationTitle: 'Sobre esta traducción',
  translation: 'Traducción de este sitio.',
  record: 'El texto en inglés:',
  translator: 'Esta edición',
  recordLink: 'el artículo en inglés, doi:{doi}',
  figureSeeOriginal: 'Véala por su DOI:',
  figureViewOriginal: '{label} en el artículo',
};
const input = (change: (sections: JatsSection[]) => JatsSection[] = (s) => s): JatsInput => ({
  meta: loadMetadata(),
  references: loadReferences(),
  labTables: { 'table-1': loadTable() },
  sections: {
    en: change(SECTION_IDS.map((id) => section('en', id))),
    es: SECTION_IDS.map((id) => section('es', id)),
  },
  componentAnchor,
  strings: { en: STRINGS, es: STRINGS },
});
/** The content with the English introduction's MDX replaced. */
const withIntroduction = (body: string) =>
  input((sections) => sections.map((s) => (s.id === 'introduction' ? { ...s, body } : s)));

const xml = articleJats(input());

describe('articleJats', () => {
  it('writes a document that is valid against the JATS 1.3 Archiving DTD it names', () => {
    assert.ok(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n'));
    assert.ok(xml.includes(`<!DOCTYPE article PUBLIC "${JATS_DOCTYPE.public}" "${JATS_DOCTYPE.system}">`));
    const { valid, errors } = xmllintValid({ xml });
    assert.ok(valid, errors);
  });
  it('is the English article, with the site’s Spanish as a translation sub-article', () => {
    assert.match(xml, /<article [^>]*xml:lang="en"/);
    assert.match(xml, /<sub-article article-type="translation" id="es" xml:lang="es">/);
    assert.match(xml, /<trans-abstract xml:lang="es">/);
    assert.match(xml, /<trans-title-group xml:lang="es">/);
    assert.match(xml, /<kwd-group kwd-group-type="author" xml:lang="es">/);
  });
  it('gives the Spanish title, abstract and keywords in the article’s front only when the authors wrote them', () => {
    const own = articleJats({ ...input(), meta: { ...loadMetadata(), authorsSpanish: [] } });
    const front = own.slice(own.indexOf('<article-meta>'), own.indexOf('</article-meta>'));
    assert.doesNotMatch(front, /<trans-abstract|<trans-title-group|<kwd-group[^>]*xml:lang="es"/);
    // The site's Spanish is still there, as the translation.
    assert.match(own, /<sub-article article-type="translation" id="es" xml:lang="es">[\s\S]*<abstract>/);
    const { valid, errors } = xmllintValid({ xml: own });
    assert.ok(valid, errors);
  });
  it('puts the body sections in the order given, the abstract in front and the conflicts in the author notes', () => {
    const body = xml.slice(xml.indexOf('<body>'), xml.indexOf('</body>'));
    assert.deepEqual(
      [...body.matchAll(/<sec id="([^"]+)">/g)].map((m) => m[1]),
      ['introduction', 'clinical-case', 'discussion'],
    );
    assert.match(xml, /<author-notes>[\s\S]*<fn fn-type="coi-statement" id="conflicts">[\s\S]*<\/author-notes>/);
    assert.doesNotMatch(body, /conflict of interests/i);
  });
  it('turns citations, figure and table mentions into cross-references, and ids apart in the translation', () => {
    assert.ok(xml.includes('sHLH.<sup><xref ref-type="bibr" rid="ref-3">3</xref></sup>'));
    assert.ok(xml.includes('(<xref ref-type="fig" rid="fig-1">Fig. 1</xref>)'));
    assert.ok(xml.includes('<xref ref-type="table" rid="table-1">Table 1</xref>'));
    assert.ok(xml.includes('<xref ref-type="table" rid="es-table-1">tabla 1</xref>'));
    assert.match(xml, /<fig id="fig-1">\s*<label>Fig\. 1<\/label>\s*<caption>\s*<p>Chest x-ray on admission/);
  });
  it('says in each figure, after its caption, that the image is not reproduced and links to it by the DOI', () => {
    assert.doesNotMatch(xml, /<graphic/);
    assert.ok(
      xml.includes(
        '</caption>\n        <p>The radiograph is published in the original article and is not reproduced here. ' +
          'Véala por su DOI: <ext-link ext-link-type="doi" xlink:href="10.1016/j.reumae.2020.06.008">Fig. 1 en el artículo</ext-link></p>\n      </fig>',
      ),
    );
    assert.match(xml, /<fig id="es-fig-1">[\s\S]*?<p>La radiografía está publicada en el artículo original/);
  });
  it('is a case report, under the heading the journal printed', () => {
    assert.match(xml, /<article xmlns:xlink="[^"]+" article-type="case-report" dtd-version="1\.3" xml:lang="en">/);
    assert.match(xml, /<subj-group subj-group-type="heading">\s*<subject>Special Article<\/subject>/);
  });
  it('tags each affiliation’s department, institution, city and country, with the punctuation as printed', () => {
    assert.ok(
      xml.includes(
        '<aff id="aff-a"><label>a</label><institution content-type="dept">Servicio de Oncología Médica</institution>, ' +
          '<institution>Complejo Universitario de Salamanca</institution>, <city>Salamanca</city>, ' +
          '<country country="ES">Spain</country></aff>',
      ),
    );
    // No department named: none tagged.
    assert.match(xml, /<aff id="aff-b"><label>b<\/label><institution>Instituto de Investigación Biomédica/);
  });
  it('marks only the Spanish keywords with their language, the English being the article’s', () => {
    assert.match(xml, /<article-meta>[\s\S]*<kwd-group kwd-group-type="author">\s*<kwd>Anakinra/);
    assert.equal([...xml.matchAll(/<kwd-group kwd-group-type="author" xml:lang="es">/g)].length, 2);
    assert.doesNotMatch(xml, /xml:lang="en"[^>]*>\s*<kwd>/);
  });
  it('gives each language’s copyright line with its year and holder, the Spanish in the translation', () => {
    assert.match(
      xml,
      /<permissions>\s*<copyright-statement>© 2020 Elsevier España, S\.L\.U\. and [^<]+<\/copyright-statement>\s*<copyright-year>2020<\/copyright-year>\s*<copyright-holder>Elsevier España, S\.L\.U\. and Sociedad Española de Reumatología y Colegio Mexicano de Reumatología<\/copyright-holder>\s*<\/permissions>/,
    );
    assert.match(
      xml,
      /<front-stub>[\s\S]*<permissions>\s*<copyright-statement>© 2020 Elsevier España, S\.L\.U\. y [^<]+<\/copyright-statement>\s*<copyright-year>2020<\/copyright-year>\s*<copyright-holder>Elsevier España, S\.L\.U\. y Sociedad[^<]+<\/copyright-holder>/,
    );
  });
  it('names this edition as the Spanish translator, its note in the translation’s front', () => {
    assert.match(
      xml,
      /<front-stub>[\s\S]*<contrib contrib-type="translator">\s*<collab>Esta edición<\/collab>\s*<xref ref-type="fn" rid="es-fn-translation"\/>\s*<\/contrib>[\s\S]*<author-notes>\s*<fn fn-type="other" id="es-fn-translation">\s*<p>Traducción de este sitio\.<\/p>/,
    );
  });
  it('links the translation note to the English article by its DOI, with a text that says so', () => {
    assert.ok(
      xml.includes(
        '<p>Traducción de este sitio. El texto en inglés: <ext-link ext-link-type="doi" xlink:href="10.1016/j.reumae.2020.06.008">el artículo en inglés, doi:10.1016/j.reumae.2020.06.008</ext-link></p>',
      ),
    );
  });
  it('writes no ISSN the record does not give, and each one it gives, in a document still valid', () => {
    assert.doesNotMatch(xml, /<issn/);
    const meta = loadMetadata();
    const issns = articleJats({
      ...input(),
      meta: { ...meta, journal: { ...meta.journal, issn: { print: '1234-5679', electronic: '1000-002X' } } },
    });
    assert.match(
      issns,
      /<\/journal-title-group>\s*<issn publication-format="print">1234-5679<\/issn>\s*<issn publication-format="electronic">1000-002X<\/issn>\s*<publisher>/,
    );
    const { valid, errors } = xmllintValid({ xml: issns });
    assert.ok(valid, errors);
  });
  it('writes Table 1 with its header row, units, values as the page shows them, ranges and footnote', () => {
    assert.match(xml, /<th scope="row">C reactive protein \(mg\/dL\)<\/th>\s*<td>19\.68<\/td>/);
    assert.match(xml, /<td>≤\u00a00\.1<\/td>\s*<td>\(0\.00–0\.50\)<\/td>/);
    assert.match(xml, /<td>>\u00a01000<\/td>/);
    assert.match(xml, /<table-wrap-foot>\s*<fn>\s*<p>–: not available\.<\/p>/);
    assert.match(xml, /<th scope="row">Leucocitos \(\/μL\)<\/th>\s*<td>9,81<\/td>/);
  });
  it('writes each reference as a journal element-citation with its DOI and expanded pages', () => {
    assert.equal([...xml.matchAll(/<element-citation publication-type="journal">/g)].length, 7);
    assert.match(xml, /<ref id="ref-2">[\s\S]*<etal\/>[\s\S]*<fpage>335<\/fpage>\s*<lpage>337<\/lpage>/);
    assert.match(xml, /<pub-id pub-id-type="doi">10\.1016\/S1470-2045\(20\)30096-6<\/pub-id>/);
    assert.match(xml, /<comment>Epub ahead of print<\/comment>/);
  });
  it('escapes the text it is given: a "<" or "&" in the content stays text, and the document stays valid', () => {
    const out = articleJats(withIntroduction('Fever >38 °C, a &lt; b & c, "quoted" and it\'s _so_.\n'));
    assert.ok(out.includes('<p>Fever >38 °C, a &#x3C; b &#x26; c, "quoted" and it\'s <italic>so</italic>.</p>'));
    const { valid, errors } = xmllintValid({ xml: out });
    assert.ok(valid, errors);
  });
});

describe('articleJats on broken content', () => {
  it('fails on a component it does not know, naming the file and the component', () => {
    assert.throws(
      () => articleJats(withIntroduction('Text <Sparkle /> more.\n')),
      (e: unknown) =>
        e instanceof ContentError && /content\/article\/en\/introduction\.mdx: <Sparkle> cannot stand/.test(e.message),
    );
  });
  it('fails on a figure that does not say why its image is absent, naming the file', () => {
    assert.throws(
      () => articleJats(withIntroduction('<Figure id="fig-9" label="Fig. 9">A caption.</Figure>\n')),
      /content\/article\/en\/introduction\.mdx: <Figure> needs its id="…", label="…" and note="…"/,
    );
  });
  it('fails on a link to an anchor that does not exist, naming the file', () => {
    assert.throws(
      () => articleJats(withIntroduction('See [Table 9](#table-9).\n')),
      /content\/article\/en\/introduction\.mdx: the link to "#table-9" points at nothing/,
    );
  });
});

describe('unknownComponents', () => {
  it('names the file and each component no format knows', () => {
    assert.deepEqual(unknownComponents({ file: 'x.mdx', body: 'A <Cite n={1} /> and <Sparkle />.\n\n<Chart />\n' }), [
      'x.mdx: <Sparkle> is not a component the article knows (<Cite>, <Figure>, <LabTable>, <LabChart>)',
      'x.mdx: <Chart> is not a component the article knows (<Cite>, <Figure>, <LabTable>, <LabChart>)',
    ]);
  });
  it('lets the known ones pass', () => {
    assert.deepEqual(unknownComponents(section('en', 'clinical-case')), []);
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
    assert.deepEqual(
      ['Lai CC', 'Wampler Muskardin TL', 'Fu Binqing'].map((name) =>
        vancouverName(name).children.map((part) => (part.type === 'element' ? part.children[0] : undefined)),
      ),
      [
        [
          { type: 'text', value: 'Lai' },
          { type: 'text', value: 'CC' },
        ],
        [
          { type: 'text', value: 'Wampler Muskardin' },
          { type: 'text', value: 'TL' },
        ],
        [
          { type: 'text', value: 'Fu' },
          { type: 'text', value: 'Binqing' },
        ],
      ],
    );
  });
  it('keeps a name without a space whole, as a string-name', () => {
    assert.equal(vancouverName('WHO').name, 'string-name');
  });
});
