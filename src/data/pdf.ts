/**
 * The article's PDF in one language, made once per build from the documents the pages and the JATS file read: the
 * endpoint that writes it (src/pages/[file].pdf.ts) and "How to cite", which states its size, share the one file.
 */
import { getDocument } from './document.ts';
import { useTranslations } from '../i18n/index.ts';
import type { Locale } from '../i18n/locales.ts';
import { compileArticlePdf, pdfColors } from '../formats/pdf/compile.ts';
import { pdfData } from '../formats/pdf/data.ts';
import { articlePdfPath } from '../site/urls.ts';
import article from '../formats/pdf/article.typ?raw';
import components from '../formats/pdf/components.typ?raw';
import style from '../formats/pdf/style.typ?raw';

// The template in its three parts, set as one source: the page and type, what the markup calls, the article.
const template = [style, components, article].join('\n');

const made = new Map<Locale, Promise<Uint8Array<ArrayBuffer>>>();

/** The PDF of one language (compiled on first use, then kept for the rest of the build). */
export function articlePdf(locale: Locale): Promise<Uint8Array<ArrayBuffer>> {
  let pdf = made.get(locale);
  if (!pdf) {
    pdf = (async () => {
      const start = performance.now();
      const [en, es] = await Promise.all([getDocument('en'), getDocument('es')]);
      const data = pdfData({
        locale,
        documents: { en, es },
        strings: { en: useTranslations('en'), es: useTranslations('es') },
        colors: pdfColors(),
      });
      // A failure names the content file whose text causes it (compile.ts), else the template.
      const bytes = compileArticlePdf(template, data, `src/formats/pdf/*.typ (${locale})`);
      // The build's log says what each PDF costs, from its data to its bytes (npm run bench reads it).
      const seconds = ((performance.now() - start) / 1000).toFixed(2);
      console.info(`[pdf] ${articlePdfPath(en.meta, locale).slice(1)}: ${bytes.byteLength} bytes, set in ${seconds} s`);
      return bytes;
    })();
    made.set(locale, pdf);
  }
  return pdf;
}
