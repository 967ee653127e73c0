/**
 * The lab chart of one table in one language, as the page's component and the endpoints of its panels and its
 * island's data all draw it: the lab table's chart data and the strings its Chart.js configuration writes.
 */
import { getLabTable, getLabTables, getOrderedSections } from './article.ts';
import { useTranslations } from '../i18n/index.ts';
import type { ChartStrings } from '../lab-chart/config.ts';
import { chartData } from '../lab-chart/data.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';

/** The authors' caveat about the summary's interval, with the heading of the section that holds it. */
export interface Caveat {
  quote: string;
  section: string;
}

const folded = (text: string) => text.replace(/\s+/g, ' ');

/**
 * The lab summary's caveat in one language, and the section whose text quotes it word for word; the build fails,
 * naming the file and the field, when no section does (a caveat must be the authors' words, not this edition's).
 */
async function caveatOf(tableId: string, quote: string | undefined, locale: Locale): Promise<Caveat | null> {
  if (!quote) return null;
  const sections = await getOrderedSections(locale);
  const found = sections.find((s) => folded(s.body).includes(folded(quote)));
  if (!found)
    throw new Error(
      `labs/${tableId}.yaml: summary.caveat.${locale} is not in the ${locale} text of any section: quote the authors word for word`,
    );
  return { quote, section: found.title };
}

export async function labChart(tableId: string, locale: Locale) {
  const table = await getLabTable(tableId);
  const t = useTranslations(locale);
  const mention = table.mention[locale];
  const strings: ChartStrings = {
    canvasLabel: t('labs.chart.canvasLabel', { table: mention }),
    allUln: t('labs.chart.allUln'),
    ulnAxis: t('labs.chart.ulnAxis'),
    censored: t('labs.chart.censoredNote'),
    censoredLegend: t('labs.censored'),
  };
  const caveat = await caveatOf(tableId, table.summary?.caveat?.[locale], locale);
  return { table, mention, strings, caveat, data: chartData(table, locale) };
}

/**
 * Every chart's files: one per lab table and language, `lab-chart-<table>-<locale>` (the `chart` parameter of
 * src/pages/lab-chart-[chart].*.ts; lib/urls.ts names the same paths).
 */
export async function labChartPaths() {
  const tables = Object.keys(await getLabTables());
  return tables.flatMap((table) =>
    LOCALES.map((locale) => ({ params: { chart: `${table}-${locale}` }, props: { table, locale } })),
  );
}
