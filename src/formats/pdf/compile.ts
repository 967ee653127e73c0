/**
 * Compiles the PDF template with Typst (the compiler is a native binary from the npm registry,
 * @myriaddreamin/typst-ts-node-compiler; no browser). Fonts come from npm packages only: Libertinus Serif is built
 * into the compiler, Source Sans 3 comes from the `source-sans` package. The template names both and allows no
 * fallback, so a font the machine happens to have never changes the PDF. When the article's PDF cannot be set, the
 * failure names the content file whose text causes it (`compileArticlePdf`): Typst's own messages point into the
 * template, not at the section a line of markup came from.
 */
import { NodeCompiler, type NodeTypstDocument } from '@myriaddreamin/typst-ts-node-compiler';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { ContentError } from '../../mdx/tree.ts';
import { hexColor, type ColorName } from '../../site/tokens.ts';
import type { PdfData } from './data.ts';

const require = createRequire(import.meta.url);
const FONT_FILES = ['Regular', 'It', 'Semibold', 'SemiboldIt', 'Bold'].map((style) =>
  require.resolve(`source-sans/OTF/SourceSans3-${style}.otf`),
);

/** The colour tokens the template paints with (their light values: paper is light). */
const COLOR_TOKENS: ColorName[] = [
  'color-text',
  'color-text-muted',
  'color-border',
  'color-accent',
  'color-accent-bg',
  'color-band',
  'color-high',
  'color-low',
  ...([1, 2, 3, 4, 5, 6, 7, 8] as const).map((i) => `color-series-${i}` as const),
];

/** The template's colours by token name ("color-accent": "#0b5563"), for `pdfData`'s input. */
export const pdfColors = (): Record<string, string> =>
  Object.fromEntries(COLOR_TOKENS.map((name) => [name, hexColor(name)]));

let compiler: NodeCompiler | undefined;

/** A Typst message as one line: severity, where, what. */
function describe(diagnostic: { severity?: string; path?: string; range?: string; message?: string }): string {
  const where = [diagnostic.path, diagnostic.range].filter(Boolean).join(' ');
  return `${diagnostic.severity ?? 'error'}${where ? ` at ${where}` : ''}: ${diagnostic.message ?? JSON.stringify(diagnostic)}`;
}

// Typst reports what PDF/UA refuses (a skipped heading level, a glyph no font has) when it writes the PDF, as a
// thrown list of its diagnostics: their messages, one a problem.
const exportProblems = (error: unknown): string[] => {
  const text = error instanceof Error ? error.message : String(error);
  const messages = [...text.matchAll(/message: "((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]!.replace(/\\(.)/g, '$1'));
  return messages.length ? messages.map((m) => `error: ${m}`) : [`error: ${text}`];
};

/**
 * One compile and export of `template` (Typst source) with `data` as `sys.inputs.data` (JSON), tagged, PDF/UA-1:
 * the PDF, or every problem Typst gave. Any error or warning fails (a missing glyph or font among them).
 */
function attempt(template: string, data: unknown, inputs: Record<string, string> = {}) {
  compiler ??= NodeCompiler.create({
    // The template reads nothing from disk; the compiler still wants a root folder.
    workspace: tmpdir(),
    fontArgs: [{ fontBlobs: FONT_FILES.map((file) => readFileSync(file)) }],
  });
  const result = compiler.compile({ mainFileContent: template, inputs: { ...inputs, data: JSON.stringify(data) } });
  const problems = [result.takeError(), result.takeWarnings()].flatMap((error) =>
    error ? (compiler?.fetchDiagnostics(error) ?? []).map(describe) : [],
  );
  const document: NodeTypstDocument | null = result.result;
  let pdf: Uint8Array<ArrayBuffer> | undefined;
  if (document && !problems.length)
    try {
      pdf = Uint8Array.from(compiler.pdf(document, { pdfStandard: 'ua-1' }));
    } catch (error) {
      problems.push(...exportProblems(error));
    }
  compiler.evictCache(10);
  return { pdf, problems: pdf ? [] : problems.length ? problems : ['error: no document'] };
}

/**
 * Which content files make the PDF fail: each section's text is set alone, the others' left empty (its links to
 * places in other sections set as text: `sys.inputs.probe`, components.typ), after a first try with every text
 * empty, which must pass for the text to be the cause.
 */
function culprits(template: string, data: PdfData): { file: string; problems: string[] }[] {
  const sections = data.sections.map((s) => ({ ...s, body: '' }));
  const abstracts = data.abstracts.map((a) => ({ ...a, body: '' }));
  const alone = (parts: Pick<PdfData, 'sections' | 'abstracts'>) =>
    attempt(template, { ...data, ...parts }, { probe: 'alone' }).problems;
  if (alone({ sections, abstracts }).length) return [];
  const found = [
    ...data.abstracts.map((a, i) => ({
      file: a.file,
      problems: a.file ? alone({ sections, abstracts: abstracts.with(i, a) }) : [],
    })),
    ...data.sections.map((s, i) => ({ file: s.file, problems: alone({ sections: sections.with(i, s), abstracts }) })),
  ];
  return found.flatMap(({ file, problems }) => (file && problems.length ? [{ file, problems }] : []));
}

/**
 * The article's PDF from `pdfData`'s data. When Typst cannot set it, the build fails naming the content file whose
 * text causes it, with Typst's messages; when no section's text alone does, naming the template (`name`).
 */
export function compileArticlePdf(template: string, data: PdfData, name: string): Uint8Array<ArrayBuffer> {
  const { pdf, problems } = attempt(template, data);
  if (pdf) return pdf;
  const found = culprits(template, data);
  if (found.length)
    throw new ContentError(
      found.map((c) => `${c.file}: the PDF cannot set this section's text: ${c.problems.join('; ')}`),
    );
  throw new Error(
    `${name}: Typst could not set the PDF (no section's text alone causes it: the template, or the record it sets):\n- ${problems.join('\n- ')}`,
  );
}
