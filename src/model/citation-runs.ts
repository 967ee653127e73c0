/**
 * How a call of several references is written, as Vancouver (NLM's Citing Medicine, ICMJE) writes it: the numbers
 * apart with a comma and no space ("3,4"), and three or more consecutive numbers as a range, its ends joined by an
 * en dash ("3–5", "1–3,7"). The one rule every format follows: the pages (Cite.astro), the PDF (typst.ts, which
 * hands the runs to components.typ) and the JATS file (body.ts).
 */

/** A run of a call: one number (`first === last`), or a range of three or more consecutive numbers. */
export interface CitationRun {
  first: number;
  last: number;
  /** Every number the run stands for, in order: the range's inner numbers too. */
  numbers: number[];
}

/** The separator between two runs of a call, and between a range's ends. */
export const CALL_SEPARATOR = ',';
export const RANGE_DASH = '–';

/**
 * A call's runs, in the order written: each consecutive ascending stretch of three or more numbers is one range;
 * two consecutive numbers stay apart ("3,4"), as Vancouver writes them.
 */
export function citationRuns(numbers: readonly number[]): CitationRun[] {
  const stretches: number[][] = [];
  for (const n of numbers) {
    const last = stretches.at(-1);
    if (last && last.at(-1)! + 1 === n) last.push(n);
    else stretches.push([n]);
  }
  return stretches.flatMap((stretch) =>
    stretch.length >= 3
      ? [{ first: stretch[0]!, last: stretch.at(-1)!, numbers: stretch }]
      : stretch.map((n) => ({ first: n, last: n, numbers: [n] })),
  );
}

/** A call as text: "3,4", "3–5", "1–3,7". */
export function callText(numbers: readonly number[]): string {
  return citationRuns(numbers)
    .map((run) => (run.first === run.last ? String(run.first) : `${run.first}${RANGE_DASH}${run.last}`))
    .join(CALL_SEPARATOR);
}
