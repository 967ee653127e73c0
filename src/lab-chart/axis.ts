/**
 * The lab chart's scales, one definition for every picture of it: the build-time SVG panels, the Chart.js island and
 * the PDF's panels all draw a value axis from here and mark time points the same way.
 */
import type { Locale } from '../i18n/locales.ts';
import { formatDecimal } from '../model/lab-values.ts';

/**
 * How a panel marks a time point on its axis, and how the key beside the panels names it: "(3)". In brackets, so
 * that the key's "(3) 48 h after anakinra" never sets two numbers side by side.
 */
export const timepointMarker = (index: number) => `(${index + 1})`;

/** Rounds away floating-point dust (0.30000000000000004). */
const tidy = (n: number) => Number(n.toPrecision(12));

/** A "nice" step for about `spaces` intervals up to `max`: 1, 2 or 5 times a power of ten (as Chart.js picks). */
function niceStep(max: number, spaces: number): number {
  const range = max / spaces;
  const power = 10 ** Math.floor(Math.log10(range));
  const fraction = range / power;
  return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
}

export interface ValueAxis {
  max: number;
  step: number;
  /** From zero to `max`, one a step. */
  ticks: number[];
  /** The decimals a tick label needs for this step. */
  decimals: number;
}

/**
 * A value axis from zero to a round number above the highest value (censoring bounds included) and the reference
 * range's upper limit, with headroom, in about `spaces` steps: two for a small panel.
 */
export function valueAxis(values: readonly number[], high: number, spaces = 2): ValueAxis {
  const top = Math.max(...values, high, 0) * 1.15 || 1;
  const step = niceStep(top, spaces);
  const count = Math.ceil(top / step - 1e-9);
  const ticks = Array.from({ length: count + 1 }, (_, i) => tidy(i * step));
  return { max: ticks.at(-1) ?? tidy(count * step), step, ticks, decimals: Math.max(0, -Math.floor(Math.log10(step))) };
}

/** A tick's label as the article writes numbers in the locale (decimal comma in Spanish), "0" for zero. */
export function tickLabel(value: number, axis: Pick<ValueAxis, 'decimals'>, locale: Locale): string {
  return value === 0 ? '0' : formatDecimal(value, Math.min(20, axis.decimals), locale);
}
