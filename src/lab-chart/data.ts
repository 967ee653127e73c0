/**
 * Turns Table 1 into what the chart and its text summary need, in one locale. Pure and unit-tested; the chart
 * island receives this as JSON, so no value is typed twice.
 */
import { timepointMarker } from './axis.ts';
import { flagOf, formatLabValue, multipleOfUpperLimit, type Comparator, type Flag } from '../model/lab-values.ts';
import type { Locale } from '../i18n/locales.ts';
import type { LabTable } from '../model/schemas.ts';
import { joinNumbersAndUnits, NBSP } from '../model/typography.ts';

export interface ChartPoint {
  /** The value to draw: the exact value, the censoring bound, or null for a gap. */
  y: number | null;
  /** The same as a multiple of the upper reference limit. */
  uln: number | null;
  /** How the value was published, formatted for the locale ("0,71", "> 1000", "–"). */
  display: string;
  censored: Comparator | null;
  flag: Flag | null;
}

export interface ChartSeries {
  id: string;
  name: string;
  unit: string;
  low: number;
  high: number;
  rangeDisplay: string;
  points: ChartPoint[];
}

export interface ChartEvent {
  id: string;
  label: string;
  detail: string;
  /** Position on the ordered-steps axis: a time point's index, or halfway after it when the text gives no time. */
  position: number;
}

export interface ChartData {
  locale: Locale;
  /** The time points' short names, as the island's axis shows them ("48 h after anakinra"). */
  timepoints: string[];
  series: ChartSeries[];
  events: ChartEvent[];
}

/** The key to the panels' time-point markers: "(1) Admission · (2) Start of anakinra · …", each joined to its name. */
export function timepointKey(data: ChartData): string {
  return data.timepoints.map((label, i) => `${timepointMarker(i)}${NBSP}${label}`).join(' · ');
}

/** The chart's data for one locale. Its text is as a reader sees it: every number joined to its unit. */
export function chartData(table: LabTable, locale: Locale): ChartData {
  const ids = table.timepoints.map((t) => t.id);
  return {
    locale,
    timepoints: table.timepoints.map((t) => joinNumbersAndUnits(t.short[locale])),
    series: table.analytes.map((analyte) => {
      const range = analyte.range;
      return {
        id: analyte.id,
        name: analyte.name[locale],
        unit: analyte.unit,
        low: range.low.value,
        high: range.high.value,
        rangeDisplay: `${formatLabValue({ kind: 'number', ...range.low }, locale)}–${formatLabValue({ kind: 'number', ...range.high }, locale)}`,
        points: analyte.values.map((value) => ({
          y: value.kind === 'missing' ? null : value.value,
          uln: multipleOfUpperLimit(value, range),
          display: formatLabValue(value, locale),
          censored: value.kind === 'censored' ? value.comparator : null,
          flag: flagOf(value, range),
        })),
      };
    }),
    events: table.events.map((event) => ({
      id: event.id,
      label: joinNumbersAndUnits(event.label[locale]),
      detail: joinNumbersAndUnits(event.detail[locale]),
      position: event.at !== undefined ? ids.indexOf(event.at) : ids.indexOf(event.after ?? '') + 0.5,
    })),
  };
}

export interface Change {
  analyte: string;
  unit: string;
  from: string;
  to: string;
  direction: 'fell' | 'rose' | 'same';
}

/**
 * How each analyte changed from the time point of an event (the lab table's `summary.event`) to the next time point, for the analytes
 * with exact values at both; censored and missing values are left out rather than guessed.
 */
export function changesAfter(table: LabTable, eventId: string, locale: Locale): Change[] {
  const event = table.events.find((e) => e.id === eventId);
  const start = table.timepoints.findIndex((t) => t.id === event?.at);
  if (start < 0 || start + 1 >= table.timepoints.length) return [];
  return table.analytes.flatMap((analyte) => {
    const before = analyte.values[start];
    const after = analyte.values[start + 1];
    if (before?.kind !== 'number' || after?.kind !== 'number') return [];
    const direction = after.value < before.value ? 'fell' : after.value > before.value ? 'rose' : 'same';
    return [
      {
        analyte: analyte.name[locale],
        unit: analyte.unit,
        from: formatLabValue(before, locale),
        to: formatLabValue(after, locale),
        direction,
      },
    ];
  });
}

/** Table 1 as CSV: one row per analyte and time point, with censoring and missing values explicit. */
export function labCsv(table: LabTable): string {
  const header = [
    'analyte',
    'unit',
    'range_low',
    'range_high',
    'timepoint',
    'timepoint_label',
    'kind',
    'comparator',
    'value',
    'as_published',
  ];
  const rows = table.analytes.flatMap((analyte) =>
    analyte.values.map((value, i) => {
      const timepoint = table.timepoints[i];
      return [
        analyte.name.en,
        analyte.unit,
        String(analyte.range.low.value),
        String(analyte.range.high.value),
        timepoint?.id ?? '',
        timepoint?.label.en ?? '',
        value.kind,
        value.kind === 'censored' ? value.comparator : '',
        value.kind === 'missing' ? '' : String(value.value),
        // Data for programs to read: ordinary spaces.
        formatLabValue(value, 'en').replaceAll(NBSP, ' '),
      ];
    }),
  );
  const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
  return `${[header, ...rows].map((row) => row.map(quote).join(',')).join('\r\n')}\r\n`;
}
