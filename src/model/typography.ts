/**
 * Typography the reader's language and the journal ask for, applied to text as it is rendered, so that editors
 * type ordinary spaces. Pure: the MDX pipeline (rehype-typography.ts) and the code that formats lab values use it.
 */

/** The no-break space: what a number and its unit symbol are joined with. */
export const NBSP = '\u00a0';
/** The narrow no-break space, kept where an editor typed it. */
const NNBSP = '\u202f';

// Unit symbols that can follow a number, longest first (so "mg/kg" is read whole, not as "m" then "g/kg").
const ATOMS = [
  'mmHg',
  'cmH2O',
  'kcal',
  'mmol',
  'μmol',
  'µmol',
  'nmol',
  'pmol',
  'mol',
  'mEq',
  'min',
  'bpm',
  'lpm',
  'rpm',
  '°C',
  '°F',
  'kg',
  'mg',
  'μg',
  'µg',
  'ng',
  'pg',
  'dL',
  'mL',
  'μL',
  'µL',
  'nL',
  'fL',
  'IU',
  'UI',
  'kU',
  'mU',
  'cm',
  'mm',
  'μm',
  'µm',
  'm²',
  'Gy',
  'g',
  'L',
  'U',
  'm',
  'h',
  '%',
  '‰',
].map(escapeRegExp);
// What may follow a unit's slash: another unit symbol, or a unit of time written as a word ("mg/día").
const PER = `(?:/(?:día|day|d|${ATOMS.join('|')}))`;
// A power of ten before the unit: "×10^3/μL", "× 10³/μL", "×10^9/L".
const TIMES_TEN = `×\\s?10(?:\\^[-−]?\\d+|[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)?`;
const UNIT = `(?:${TIMES_TEN}(?:${ATOMS.join('|')})?${PER}*|(?:${ATOMS.join('|')})${PER}*|${PER}+)(?![\\p{L}\\p{N}])`;
// A number standing on its own, not the end of a word or a name ("IL-6", "SARS-CoV-2", "COVID-19", "pT4N1M0").
const NUMBER = `(?<![\\p{L}\\p{N}_]|\\p{N}[.,]|[\\p{L}\\p{N}][-‐‑])(?:\\d+(?:[.,]\\d+)*|[.,]\\d+)`;

const NUMBER_UNIT = new RegExp(`(${NUMBER})(\\s+)(${UNIT})`, 'gu');
// A number set against a unit that is only a "per" ("8,11/μL"): browsers break after a slash that a Greek letter
// follows, so the page keeps such a run whole with markup (no invisible character in the text).
const NUMBER_PER = new RegExp(`(?:${NUMBER})${PER}+(?![\\p{L}\\p{N}])`, 'gu');
const COMPARATOR_NUMBER = new RegExp(`([<>≤≥])(\\s+)(?=${NUMBER})`, 'gu');

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** The space that joins: a narrow no-break space where the editor typed one, else a no-break space. */
const joining = (space: string) => (space.includes(NNBSP) ? NNBSP : NBSP);

/**
 * Joins each number to the unit symbol after it ("38 °C", "8 mg/kg", "2400 mg/día", "9,81 ×10^3/μL") and each
 * comparator to its number ("> 1000", "≤ 0,1") with a no-break space, so a line never parts them. A unit that is
 * only a "per" ("/μL") takes no space at all: "8,11/μL", as one writes "mg/dL", not "8,11 /μL". Only a space already
 * there becomes no-break: "69%" stays as it is, and no space is ever added. A number followed by a word that is not a
 * unit ("14 días", "2019 in") and a number that ends a name ("IL-6 receptor") are left alone. Nothing invisible is
 * ever added (no word joiner, no zero-width character): the text is copied and searched as it reads.
 */
export function joinNumbersAndUnits(text: string): string {
  return text
    .replace(NUMBER_UNIT, (_, number: string, space: string, unit: string) =>
      unit.startsWith('/')
        ? number + unit
        : number + joining(space) + unit.replace(/^×(\s)/, (__, inner: string) => `×${joining(inner)}`),
    )
    .replace(COMPARATOR_NUMBER, (_, comparator: string, space: string) => comparator + joining(space));
}

/** A piece of text, and whether it must be kept on one line (a number set against its per-unit, "8,11/μL"). */
export interface TextRun {
  text: string;
  whole: boolean;
}

/**
 * Text (already joined: joinNumbersAndUnits) cut where a number meets its per-unit, so that a page can keep
 * "8,11/μL" on one line with markup (`white-space: nowrap`) rather than with an invisible character. One run, not
 * kept whole, when there is none.
 */
export function keptWhole(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let from = 0;
  for (const match of text.matchAll(NUMBER_PER)) {
    if (match.index > from) runs.push({ text: text.slice(from, match.index), whole: false });
    runs.push({ text: match[0], whole: true });
    from = match.index + match[0].length;
  }
  if (from < text.length || !runs.length) runs.push({ text: text.slice(from), whole: false });
  return runs;
}
