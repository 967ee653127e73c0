/**
 * The Schematron compiler the suite runs JATS4R's rules with (tests/schematron/compile.xsl, on Saxon-HE): small
 * schemas and documents, each with the findings the ISO standard gives them.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { JATS_DOCTYPE } from '../../src/formats/jats/index.ts';
import { schematron } from '../schematron.ts';

const dir = mkdtempSync(join(tmpdir(), 'schematron-test-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const schema = (body: string, attributes = '') =>
  `<schema xmlns="http://purl.oclc.org/dsdl/schematron" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" queryBinding="xslt2" ${attributes}>${body}</schema>`;
/** Each finding as "severity pattern location: message" (no severity when neither a phase nor a role gives one). */
const run = (sch: string | { text: string }, doc: string) =>
  schematron(sch, [doc]).map((f) => `${[f.severity, f.pattern, f.location].filter(Boolean).join(' ')}: ${f.message}`);

const doc = file('doc.xml', '<a lang="en"><b n="1"/><b n="2"><c/></b><d/></a>');

describe('schematron (tests/schematron/compile.xsl)', () => {
  it('checks a node by the first rule of a pattern that matches it, and by every pattern', () => {
    const sch = schema(`
      <phase id="errors"><active pattern="p1"/></phase>
      <phase id="warnings"><active pattern="p2"/></phase>
      <pattern id="p1">
        <rule context="b[@n = '2']"><report test="true()">first rule</report></rule>
        <rule context="b"><report test="true()">second rule</report></rule>
      </pattern>
      <pattern id="p2"><rule context="b"><assert test="@n = '1'">not one</assert></rule></pattern>`);
    assert.deepEqual(run({ text: sch }, doc), [
      'error p1 /a[1]/b[1]: second rule',
      'error p1 /a[1]/b[2]: first rule',
      'warning p2 /a[1]/b[2]: not one',
    ]);
  });

  it('writes a message with its values, the context’s name and rule variables; a rule’s role wins', () => {
    const sch = schema(`
      <pattern id="p">
        <rule context="*[b]">
          <let name="count" value="count(b)"/>
          <report test="$count gt 1" role="info"><name/> has <value-of select="$count"/> b,
            the last <emph>numbered</emph> <value-of select="b[last()]/@n"/>.</report>
        </rule>
      </pattern>`);
    assert.deepEqual(run({ text: sch }, doc), ['info p /a[1]: a has 2 b, the last numbered 2.']);
  });

  it('reads included patterns relative to the including file, and calls the schema’s own xsl:function', () => {
    // The package's precompiled XSLT lacks the functions its jats4r.sch declares: here they are compiled in.
    file(
      'included.sch',
      '<pattern xmlns="http://purl.oclc.org/dsdl/schematron" id="inc"><rule context="d"><report test="x:empty(.)">d is empty</report></rule></pattern>',
    );
    const main = file(
      'main.sch',
      schema(
        `<ns prefix="x" uri="urn:x"/><include href="included.sch"/>
        <xsl:function name="x:empty" as="xsd:boolean"><xsl:param name="e"/><xsl:value-of select="not($e/node())"/></xsl:function>`,
        'xmlns:x="urn:x"',
      ),
    );
    assert.deepEqual(run(main, doc), ['inc /a[1]/d[1]: d is empty']);
  });

  it('knows ids from the JATS DTD the document names (id(), idref()), offline', () => {
    const jats = file(
      'jats.xml',
      `<!DOCTYPE article PUBLIC "${JATS_DOCTYPE.public}" "${JATS_DOCTYPE.system}">
      <article><front><article-meta><contrib-group>
        <contrib><xref ref-type="aff" rid="a1"/></contrib><aff id="a1"/><aff id="a2"/>
      </contrib-group></article-meta></front></article>`,
    );
    const sch = schema(`
      <pattern id="p">
        <rule context="aff"><assert test="idref(@id)">no one points at <value-of select="@id"/></assert></rule>
        <rule context="xref"><assert test="name(id(@rid)) = 'aff'">points at nothing</assert></rule>
      </pattern>`);
    assert.deepEqual(run({ text: sch }, jats), [
      'p /article[1]/front[1]/article-meta[1]/contrib-group[1]/aff[2]: no one points at a2',
    ]);
  });

  it('refuses a schema that uses what it does not implement, rather than drop the rule', () => {
    const sch = schema(
      '<pattern id="p"><rule context="b"><extends rule="r"/><assert test="true()">x</assert></rule></pattern>',
    );
    assert.throws(() => run({ text: sch }, doc), /does not implement: extends/);
  });
});
