/**
 * A lab table as every format shows it, in one language: its label, caption, headers and rows, each value formatted
 * for the language and flagged against its reference range. The web table, the PDF's and the JATS file's all read
 * this; none formats a value or works out a flag again.
 */
import type { Locale } from '../i18n/locales.ts';
import { flagOf, formatLabValue, formatRange, type Flag } from '../model/lab-values.ts';
import type { LabTable } from '../model/schemas.ts';

export interface LabCell {
  /** The value as published, formatted for the language ("0,71", "> 1000", "–"). */
  text: string;
  missing: boolean;
  /** Against the reference range: high and low are what the ▲/▼ flags mark; null for a missing value. */
  flag: Flag | null;
}

export interface LabRow {
  id: string;
  name: string;
  unit: string;
  /** The reference range, formatted ("4,50–10,80"), without its parentheses. */
  range: string;
  cells: LabCell[];
}

export interface LabTableView {
  id: string;
  label: string;
  /** How a sentence names it ("Table 1", "la tabla 1"). */
  mention: string;
  caption: string;
  footnote: string;
  /** The column headers: the analyte's, each time point's, the range's. */
  headers: string[];
  rows: LabRow[];
}

/** The table `id` in one language. */
export function labTableView(id: string, table: LabTable, locale: Locale): LabTableView {
  return {
    id,
    label: table.label[locale],
    mention: table.mention[locale],
    caption: table.caption[locale],
    footnote: table.footnote[locale],
    headers: [
      table.analyteHeader[locale],
      ...table.timepoints.map((tp) => tp.label[locale]),
      table.rangeHeader[locale],
    ],
    rows: table.analytes.map((analyte) => ({
      id: analyte.id,
      name: analyte.name[locale],
      unit: analyte.unit,
      range: formatRange(analyte.range, locale),
      cells: analyte.values.map((value) => ({
        text: formatLabValue(value, locale),
        missing: value.kind === 'missing',
        flag: flagOf(value, analyte.range),
      })),
    })),
  };
}
