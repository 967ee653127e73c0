/**
 * Schematron in the suite: a schema (JATS4R's, from @jats4r/schematrons) compiled to XSLT by
 * tests/schematron/compile.xsl and run by Saxon-HE (Debian's libsaxonhe-java) on JATS files. Each file is parsed
 * against the DTD its DOCTYPE names, offline, through @jats4r/dtds' catalog (the one xmllint uses): JATS4R's rules
 * call id() and idref(), which know an id only from the DTD's ID attributes.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { JATS_CATALOG } from './xmllint.ts';

/** JATS4R's rules as the npm package gives them: every pattern, in its "errors" and "warnings" phases. */
export const JATS4R_SCHEMA = fileURLToPath(
  new URL('../node_modules/@jats4r/schematrons/schematrons/1.0/jats4r.sch', import.meta.url),
);
const COMPILER = fileURLToPath(new URL('./schematron/compile.xsl', import.meta.url));

/** Saxon-HE and the catalog resolver it reads `-catalog:` with; both come with Debian's libsaxonhe-java. */
const CLASSPATH = (process.env['SAXON_CLASSPATH'] ?? '/usr/share/java/Saxon-HE.jar:/usr/share/java/xml-resolver.jar')
  .split(':')
  .filter(Boolean);

/** One failed assert or successful report. */
export interface Finding {
  /** The file's URI, as given. */
  file: string;
  kind: 'assert' | 'report';
  /** "error", "warning" (JATS4R's phases "errors", "warnings", or a rule's own @role), or another role. */
  severity: string;
  pattern: string;
  /** An XPath to the node the rule fired on: /article[1]/front[1]/… */
  location: string;
  message: string;
}

function saxon(args: string[]): string {
  const missing = CLASSPATH.filter((jar) => !existsSync(jar));
  if (missing.length)
    throw new Error(
      `Saxon-HE is not installed (${missing.join(', ')} missing): on Debian, apt-get install libsaxonhe-java, or name the jars with SAXON_CLASSPATH`,
    );
  // A run of a second or two: the quick compiler and the serial collector start the JVM faster than its defaults.
  const jvm = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-cp', CLASSPATH.join(':')];
  const result = spawnSync('java', [...jvm, 'net.sf.saxon.Transform', ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error)
    throw new Error(`java could not run (${result.error.message}): on Debian, apt-get install default-jre-headless`);
  if (result.status !== 0) throw new Error(`Saxon failed (${args.join(' ')}):\n${result.stderr}`);
  return result.stdout;
}

const compiled = new Map<string, string>();

/** The schema compiled to XSLT, once per schema and process; a construct the compiler does not know throws. */
export function compileSchematron(schema: string): string {
  const known = compiled.get(schema);
  if (known) return known;
  const out = join(mkdtempSync(join(tmpdir(), 'schematron-')), 'compiled.xsl');
  saxon([`-s:${schema}`, `-xsl:${COMPILER}`, `-o:${out}`]);
  compiled.set(schema, out);
  return out;
}

const severity = (role: string) =>
  role === 'errors' || role === 'error' ? 'error' : role === 'warnings' || role === 'warning' ? 'warning' : role;

/** An XPath string literal. */
const literal = (s: string) => `'${s.replaceAll("'", "''")}'`;

/**
 * Every finding of the schema on each file (one Java run for them all), in file and document order. A schema given as
 * text is written to a temporary file first.
 */
export function schematron(schema: string | { text: string }, files: readonly string[]): Finding[] {
  const path =
    typeof schema === 'string'
      ? schema
      : (() => {
          const file = join(mkdtempSync(join(tmpdir(), 'schematron-')), 'schema.sch');
          writeFileSync(file, schema.text);
          return file;
        })();
  const uris = files.map((file) => pathToFileURL(resolve(file)).href);
  const stdout = saxon([
    `-catalog:${JATS_CATALOG}`,
    `-xsl:${compileSchematron(path)}`,
    '-it:validate',
    `?documents=(${uris.map(literal).join(', ')})`,
  ]);
  return stdout
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const [file = '', kind = '', role = '', pattern = '', location = '', message = ''] = line.split('\t');
      return { file, kind: kind as Finding['kind'], severity: severity(role), pattern, location, message };
    });
}

/** A finding as one readable line, for assertion messages. */
export const describeFinding = (f: Finding) => `${f.severity} (${f.pattern}) at ${f.location}: ${f.message}`;
