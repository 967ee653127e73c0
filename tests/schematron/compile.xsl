<?xml version="1.0" encoding="UTF-8"?>
<!--
  ISO Schematron (queryBinding="xslt2") to XSLT 2.0, for the JATS4R rules (@jats4r/schematrons) run by Saxon-HE.

  Why this exists: the package's precompiled jats4r.sch.xsl is older than its .sch files (it holds the permissions,
  math and citation patterns only) and lacks the xsl:functions that jats4r.sch declares, and no Schematron compiler
  (the ISO skeleton, SchXslt) is in the npm registry or Debian. This one implements the part of ISO/IEC 19757-3 that
  those rules use, and refuses the rest: a construct it does not know stops the compile, so no rule is ever
  dropped in silence.

  Supported: schema, ns, phase/active, include, pattern, rule/@context, let (a rule's, or the schema's when its value
  needs no context node), assert, report (their @role), name, value-of, emph/dir/span (as their text), and the
  schema's top-level xsl:function and xsl:key, copied as they are. As in the standard, a node is checked by the first
  rule of a pattern whose context it matches.

  The compiled stylesheet writes one line per finding, tab-separated:
    file, kind (assert | report), role (@role, or else the ids of the phases that list the pattern), pattern id,
    location (an XPath to the node), message (whitespace collapsed).
  Its named template "validate" checks each document of the parameter $documents (URIs); applied to a document,
  it checks that one.
-->
<xsl:stylesheet version="2.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:out="urn:x-compile-schematron:xsl"
                xmlns:sch="http://purl.oclc.org/dsdl/schematron"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:sc="urn:x-compile-schematron"
                exclude-result-prefixes="sch">
  <xsl:namespace-alias stylesheet-prefix="out" result-prefix="xsl"/>
  <xsl:output method="xml" indent="yes"/>

  <!-- The schema with every include replaced by what it includes (resolved against the including file). -->
  <xsl:variable name="schema" as="element(sch:schema)">
    <xsl:apply-templates select="/sch:schema" mode="include"/>
  </xsl:variable>

  <xsl:template match="@* | node()" mode="include">
    <xsl:copy>
      <xsl:apply-templates select="@* | node()" mode="include"/>
    </xsl:copy>
  </xsl:template>
  <xsl:template match="sch:include" mode="include">
    <xsl:apply-templates select="document(@href, .)/*" mode="include"/>
  </xsl:template>

  <xsl:template match="/">
    <xsl:if test="not(/sch:schema)">
      <xsl:message terminate="yes">Not an ISO Schematron schema: the root must be sch:schema.</xsl:message>
    </xsl:if>
    <xsl:if test="not(($schema/@queryBinding, 'xslt2')[1] = ('xslt2', 'xslt3'))">
      <xsl:message terminate="yes">queryBinding="<xsl:value-of select="$schema/@queryBinding"/>": only xslt2 is compiled here.</xsl:message>
    </xsl:if>
    <xsl:variable name="unsupported" select="
        $schema//(sch:extends | sch:param | sch:diagnostics | sch:properties | sch:pattern[@abstract = 'true' or @is-a]
                 | sch:rule[@abstract = 'true'] | sch:pattern/sch:let | sch:pattern[@documents])
        | $schema//(sch:assert | sch:report)/(@diagnostics | @properties | @subject)
        | $schema//(sch:assert | sch:report)//*[not(self::sch:name | self::sch:value-of | self::sch:emph | self::sch:dir | self::sch:span)]"/>
    <xsl:if test="exists($unsupported)">
      <xsl:message terminate="yes">This compiler does not implement: <xsl:value-of select="distinct-values($unsupported/name())" separator=", "/>.</xsl:message>
    </xsl:if>

    <out:stylesheet version="2.0">
      <!-- The schema's base: a rule's document('countries.xml') reads the file beside the schema, not beside this. -->
      <xsl:attribute name="xml:base" select="base-uri(/)"/>
      <xsl:for-each select="$schema/sch:ns">
        <xsl:namespace name="{@prefix}" select="string(@uri)"/>
      </xsl:for-each>
      <!-- Rules and functions name types as xs: or xsd: without always declaring them. -->
      <xsl:namespace name="xs" select="'http://www.w3.org/2001/XMLSchema'"/>
      <xsl:namespace name="xsd" select="'http://www.w3.org/2001/XMLSchema'"/>
      <out:output method="text" encoding="UTF-8"/>
      <out:param name="documents" as="xs:string*" select="()"/>

      <xsl:copy-of select="$schema/xsl:*"/>
      <!-- Schema-level variables: global, so their value may not depend on a context node. -->
      <xsl:for-each select="$schema/sch:let">
        <out:variable name="{@name}" select="{@value}"/>
      </xsl:for-each>

      <out:function name="sc:location" as="xs:string">
        <out:param name="node" as="node()"/>
        <out:sequence select="concat(string-join(for $e in $node/ancestor-or-self::* return
            concat('/', name($e), '[', count($e/preceding-sibling::*[name() = name($e)]) + 1, ']'), ''),
            if ($node instance of attribute()) then concat('/@', name($node)) else '')"/>
      </out:function>

      <out:template name="validate">
        <out:for-each select="$documents">
          <out:apply-templates select="doc(.)" mode="sc:document">
            <out:with-param name="file" select="." tunnel="yes"/>
          </out:apply-templates>
        </out:for-each>
      </out:template>
      <out:template match="/">
        <out:apply-templates select="." mode="sc:document">
          <out:with-param name="file" select="document-uri(.)" tunnel="yes"/>
        </out:apply-templates>
      </out:template>
      <out:template match="/" mode="sc:document">
        <xsl:for-each select="$schema/sch:pattern">
          <out:apply-templates select="." mode="sc:P{position()}"/>
        </xsl:for-each>
      </out:template>

      <xsl:for-each select="$schema/sch:pattern">
        <xsl:variable name="mode" select="concat('sc:P', position())"/>
        <xsl:variable name="pattern" select="(@id, concat('pattern-', position()))[1]"/>
        <xsl:variable name="phases" select="string-join($schema/sch:phase[sch:active/@pattern = current()/@id]/@id, ' ')"/>
        <xsl:for-each select="sch:rule">
          <out:template match="{@context}" mode="{$mode}" priority="{1000 - position()}">
            <out:param name="file" tunnel="yes" as="xs:string" select="''"/>
            <xsl:for-each select="sch:let">
              <out:variable name="{@name}" select="{@value}"/>
            </xsl:for-each>
            <xsl:for-each select="sch:assert | sch:report">
              <out:if test="{if (self::sch:assert) then concat('not(', @test, ')') else @test}">
                <out:variable name="message">
                  <xsl:apply-templates select="node()" mode="message"/>
                </out:variable>
                <out:value-of select="$file, '{local-name()}', '{(@role, $phases)[1]}', '{$pattern}', sc:location(.),
                                      normalize-space($message)" separator="&#9;"/>
                <out:text><xsl:text>&#10;</xsl:text></out:text>
              </out:if>
            </xsl:for-each>
            <out:apply-templates select="@* | node()" mode="{$mode}"/>
          </out:template>
        </xsl:for-each>
        <out:template match="text()" mode="{$mode}" priority="-1"/>
        <out:template match="@* | node()" mode="{$mode}" priority="-2">
          <out:apply-templates select="@* | node()" mode="{$mode}"/>
        </out:template>
      </xsl:for-each>
    </out:stylesheet>
  </xsl:template>

  <!-- A message's parts: its text, the context's name, the values it quotes. -->
  <xsl:template match="text()" mode="message">
    <out:text><xsl:value-of select="."/></out:text>
  </xsl:template>
  <xsl:template match="sch:name" mode="message">
    <out:value-of select="name({(@path, '.')[1]})"/>
  </xsl:template>
  <xsl:template match="sch:value-of" mode="message">
    <out:value-of select="{@select}"/>
  </xsl:template>
  <xsl:template match="sch:emph | sch:dir | sch:span" mode="message">
    <xsl:apply-templates select="node()" mode="message"/>
  </xsl:template>
</xsl:stylesheet>
