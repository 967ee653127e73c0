/**
 * Compiles the PDF template with Typst (the compiler is a native binary from the npm registry,
 * @myriaddreamin/typst-ts-node-compiler; no browser). Fonts come from npm packages only: Libertinus Serif is built
 * into the compiler, Source Sans 3 comes from the `source-sans` package. The template names both and allows no
 * fallback, so a font the machine happens to have never changes the PDF.
 */
import { NodeCompiler, type NodeTypstDocument } from '@myriaddreamin/typst-ts-node-compiler';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';

const require = createRequire(import.meta.url);
const FONT_FILES = ['Regular', 'It', 'Semibold', 'SemiboldIt', 'Bold'].map((style) =>
  require.resolve(`source-sans/OTF/SourceSans3-${style}.otf`),
);

let compiler: NodeCompiler | undefined;

/** A Typst message as one line: severity, where, what. */
function describe(diagnostic: { severity?: string; path?: string; range?: string; message?: string }): string {
  const where = [diagnostic.path, diagnostic.range].filter(Boolean).join(' ');
  return `${diagnostic.severity ?? 'error'}${where ? ` at ${where}` : ''}: ${diagnostic.message ?? JSON.stringify(diagnostic)}`;
}

/**
 * The PDF of `template` (Typst source) with `data` as `sys.inputs.data` (JSON): tagged, PDF/UA-1. Any Typst error
 * or warning (a missing glyph or font among them) fails, with Typst's own messages.
 */
export function compilePdf(template: string, data: unknown, name = 'article.typ'): Uint8Array<ArrayBuffer> {
  compiler ??= NodeCompiler.create({
    // The template reads nothing from disk; the compiler still wants a root folder.
    workspace: tmpdir(),
    fontArgs: [{ fontBlobs: FONT_FILES.map((file) => readFileSync(file)) }],
  });
  const result = compiler.compile({ mainFileContent: template, inputs: { data: JSON.stringify(data) } });
  const problems = [result.takeError(), result.takeWarnings()].flatMap((error) =>
    error ? (compiler?.fetchDiagnostics(error) ?? []).map(describe) : [],
  );
  const document: NodeTypstDocument | null = result.result;
  if (!document || problems.length)
    throw new Error(`${name}: Typst could not set the PDF:\n- ${problems.join('\n- ') || 'no document'}`);
  const pdf = compiler.pdf(document, { pdfStandard: 'ua-1' });
  compiler.evictCache(10);
  return Uint8Array.from(pdf);
}
