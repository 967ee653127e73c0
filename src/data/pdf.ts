/**
 * The article's PDF in one language, made once per build from the same content as the pages: the endpoint that
 * writes it (src/pages/[file].pdf.ts) and "How to cite", which states its size, share the one compiled file.
 */
import { getLabTables, getMetadata, getOrderedSections, getReferences, getSectionModel } from './article.ts';
import { labChart } from './lab-chart.ts';
import { componentAnchor } from '../site/anchors.ts';
import { useTranslations } from '../i18n/index.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { compilePdf } from '../formats/pdf/compile.ts';
import { pdfData, type PdfSection } from '../formats/pdf/data.ts';
import { sectionTypst } from '../formats/pdf/typst.ts';
import { hexColor, type ColorName } from '../site/tokens.ts';
import { articlePdfPath } from '../site/urls.ts';
import template from '../formats/pdf/article.typ?raw';

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

/** One language's sections as Typst markup, with the anchors its links may point at. */
async function convertedSections(locale: Locale): Promise<(PdfSection & { role?: string | undefined })[]> {
  const sections = await getOrderedSections(locale);
  const models = await Promise.all(sections.map(({ id }) => getSectionModel(locale, id)));
  // The places a link may point at: the figures and the components' fixed anchors, in any section.
  const anchors = new Set(models.flatMap((m) => m.blocks.filter((b) => b.kind.startsWith('<')).map((b) => b.id)));
  return sections.map(({ id, role, title, file, body }) => ({
    id,
    role,
    title,
    ...sectionTypst({ locale, section: id, file, body }, { anchors, componentAnchor }),
  }));
}

const made = new Map<Locale, Promise<Uint8Array<ArrayBuffer>>>();

/** The PDF of one language (compiled on first use, then kept for the rest of the build). */
export function articlePdf(locale: Locale): Promise<Uint8Array<ArrayBuffer>> {
  let pdf = made.get(locale);
  if (!pdf) {
    pdf = (async () => {
      const [meta, references, tables] = await Promise.all([getMetadata(), getReferences(), getLabTables()]);
      const labCharts = await Promise.all(
        Object.keys(tables).map(async (id) => [id, await labChart(id, locale)] as const),
      );
      const charts = Object.fromEntries(labCharts.map(([id, chart]) => [id, chart.data]));
      // The authors' caveat about each summary's interval, checked to be their words (src/data/lab-chart.ts).
      const caveats = Object.fromEntries(labCharts.map(([id, chart]) => [id, chart.caveat]));
      const start = performance.now();
      const converted = Object.fromEntries(
        await Promise.all(LOCALES.map(async (l) => [l, await convertedSections(l)] as const)),
      ) as Record<Locale, (PdfSection & { role?: string | undefined })[]>;
      // The abstract is the section whose front matter says `role: abstract`; the PDF sets it apart, on its front.
      const abstractOf = (l: Locale) => {
        const found = converted[l].find((s) => s.role === 'abstract');
        if (!found)
          throw new Error(`No ${l} section declares "role: abstract" in its front matter: the PDF needs the abstract`);
        return found;
      };
      const data = pdfData({
        locale,
        meta,
        abstracts: { en: abstractOf('en'), es: abstractOf('es') },
        sections: converted[locale].filter((s) => s.role !== 'abstract'),
        tables,
        charts,
        caveats,
        references,
        strings: { en: useTranslations('en'), es: useTranslations('es') },
        colors: Object.fromEntries(COLOR_TOKENS.map((name) => [name, hexColor(name)])),
      });
      const bytes = compilePdf(template, data, `src/pdf/article.typ (${locale})`);
      // The build's log says what each PDF costs, from its data to its bytes (npm run bench reads it).
      const seconds = ((performance.now() - start) / 1000).toFixed(2);
      console.info(`[pdf] ${articlePdfPath(meta, locale).slice(1)}: ${bytes.byteLength} bytes, set in ${seconds} s`);
      return bytes;
    })();
    made.set(locale, pdf);
  }
  return pdf;
}
