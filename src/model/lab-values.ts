import type { Locale } from '../i18n/locales.ts';
import { joinNumbersAndUnits } from './typography.ts';

/**
 * A laboratory value as published. Censored values ("> 1000", "≤ .1") and missing values ("–") are kinds of their
 * own, so that no code can mistake them for exact numbers or zeros.
 */
export type LabValue =
  | { kind: 'number'; value: number; decimals: number }
  | { kind: 'censored'; comparator: Comparator; value: number; decimals: number }
  | { kind: 'missing' };

export type Comparator = '>' | '≥' | '<' | '≤';
export type Flag = 'high' | 'low' | 'normal' | 'indeterminate';
/** A printed decimal: its value and how many decimals the source printed. */
export interface Decimal {
  value: number;
  decimals: number;
}
export interface Range {
  low: Decimal;
  high: Decimal;
}

const NUMBER = /^(\d*)(?:\.(\d+))?$/;
const CENSORED = /^(>=|<=|>|<|≥|≤)\s*(.+)$/;
const MISSING = new Set(['–', '-', '—']);
const COMPARATORS: Record<string, Comparator> = { '>': '>', '>=': '≥', '≥': '≥', '<': '<', '<=': '≤', '≤': '≤' };

/** Parses a published decimal (".71", "19.68", "1000"), keeping how many decimals were printed. */
export function parseDecimal(raw: string): Decimal | null {
  const match = NUMBER.exec(raw.trim());
  if (!match || (match[1] === '' && match[2] === undefined)) return null;
  return { value: Number(`${match[1] || '0'}.${match[2] ?? '0'}`), decimals: match[2]?.length ?? 0 };
}

/** Parses one cell of a lab table: a number, a censored value or a missing marker; null when it is none. */
export function parseLabValue(raw: string): LabValue | null {
  const text = raw.trim();
  if (MISSING.has(text)) return { kind: 'missing' };
  const censored = CENSORED.exec(text);
  if (censored) {
    const comparator = COMPARATORS[censored[1] ?? ''];
    const number = parseDecimal(censored[2] ?? '');
    return comparator && number ? { kind: 'censored', comparator, ...number } : null;
  }
  const number = parseDecimal(text);
  return number ? { kind: 'number', ...number } : null;
}

/** Formats a number for a locale with the published number of decimals (Spanish: decimal comma). */
export function formatDecimal(value: number, decimals: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    // The source prints "1000" and "2400" without grouping; keep it so values read as published.
    useGrouping: false,
  }).format(value);
}

/** The text a reader sees for a value: "0.71", "0,71", "> 1000", "≤ 0,1" or "–" (a comparator never parts from its number). */
export function formatLabValue(value: LabValue, locale: Locale): string {
  switch (value.kind) {
    case 'missing':
      return '–';
    case 'number':
      return formatDecimal(value.value, value.decimals, locale);
    case 'censored':
      return joinNumbersAndUnits(`${value.comparator} ${formatDecimal(value.value, value.decimals, locale)}`);
  }
}

/** Formats a reference range as "4.50–10.80" in the locale's number format. */
export function formatRange(range: Range, locale: Locale): string {
  const { low, high } = range;
  return `${formatDecimal(low.value, low.decimals, locale)}–${formatDecimal(high.value, high.decimals, locale)}`;
}

/**
 * Where a value stands against its reference range. A censored value is flagged only when every value it allows
 * lies on one side ("> 1000" against an upper limit of 3.40 is high); otherwise it is indeterminate.
 */
export function flagOf(value: LabValue, range: Range): Flag | null {
  if (value.kind === 'missing') return null;
  const low = range.low.value;
  const high = range.high.value;
  if (value.kind === 'number') {
    if (value.value > high) return 'high';
    if (value.value < low) return 'low';
    return 'normal';
  }
  const { comparator, value: bound } = value;
  if (comparator === '>') return bound >= high ? 'high' : 'indeterminate';
  if (comparator === '≥') return bound > high ? 'high' : 'indeterminate';
  // "≤ b" or "< b": every allowed value lies below b, and measured quantities are never negative.
  if (bound < low || (comparator === '<' && bound === low)) return 'low';
  if (bound <= high && low <= 0) return 'normal';
  return 'indeterminate';
}

/** A value as a multiple of the range's upper limit, for drawing analytes of different units on one axis. */
export function multipleOfUpperLimit(value: LabValue, range: Range): number | null {
  if (value.kind === 'missing' || range.high.value <= 0) return null;
  return value.value / range.high.value;
}
