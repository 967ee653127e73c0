/**
 * Each lab table as the builds wrote it, in the page of each language and in its CSV, against its YAML read here as
 * plain text (content/labs/<id>.yaml, not through the program's schema or formatting): every header, analyte, unit,
 * value, reference range and ▲/▼ flag. The real article's Table 1 is also held to the published text
 * (tests/fixtures/source/). An HTML parser (parse5, through hast-util-from-html) reads the pages.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { source } from '../source.ts';
import { BUILDS, ROOT, builtFile, contentYaml, readingPages, type Build } from './builds.ts';

type Locale = 'en' | 'es';
type Text = Record<Locale, string>;
interface TableYaml {
  label: Text;
  caption: Text;
  analyteHeader: Text;
  rangeHeader: Text;
  timepoints: { id: string; label: Text }[];
  analytes: { id: string; name: Text; unit: string; range: { low: string; high: string }; values: string[] }[];
}

/** A published number as a reader of the language reads it: ".71" is "0.71", and "0,71" in Spanish. */
const shown = (number: string, locale: Locale) => {
  const english = number.trim().replace(/^\./, '0.');
  return locale === 'es' ? english.replace('.', ',') : english;
};
const COMPARATORS: Record<string, string> = { '>=': '≥', '<=': '≤', '>': '>', '<': '<', '≥': '≥', '≤': '≤' };
/** A published value ("9.81", "≤.1", "> 1000", "–") as the table shows it, white space aside. */
function shownValue(value: string, locale: Locale): string {
  const censored = /^\s*(>=|<=|[<>≤≥])\s*(.+)$/.exec(value);
  if (censored) return `${COMPARATORS[censored[1]!]}${shown(censored[2]!, locale)}`;
  return value.trim() === '–' ? '–' : shown(value, locale);
}
/**
 * The flag a value earns against its range: ▲ when every value it allows is above the range, ▼ when every one is
 * below it ("> 1000" against 30–400 is above; "≤ .1" against 0–.5 is neither), none otherwise.
 */
function flagOf(value: string, low: string, high: string): '▲' | '▼' | '' {
  const censored = /^\s*(>=|<=|[<>≤≥])\s*(.+)$/.exec(value);
  const [lo, hi] = [Number(low), Number(high)];
  if (censored) {
    const [comparator, bound] = [COMPARATORS[censored[1]!], Number(censored[2])];
    if ((comparator === '>' && bound >= hi) || (comparator === '≥' && bound > hi)) return '▲';
    if ((comparator === '<' && bound <= lo) || (comparator === '≤' && bound < lo)) return '▼';
    return '';
  }
  if (!/^\s*\.?\d/.test(value)) return '';
  const v = Number(value);
  return v > hi ? '▲' : v < lo ? '▼' : '';
}
const squash = (s: string) => s.replace(/[\s\u00a0\u202f\u2060]+/g, '');
/** White space folded to one space: the build joins a number to its unit with a no-break space. */
const fold = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

/** The lab tables of a build's content, by id (the file name). */
function tablesOf(build: Build): [string, TableYaml][] {
  if (!existsSync(join(ROOT, build.content, 'labs'))) return [];
  return readdirSync(join(ROOT, build.content, 'labs'))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => [name.replace(/\.yaml$/, ''), contentYaml(build, `labs/${name}`) as TableYaml]);
}

/** The built table `#id` of a language, and the page it stands on. */
function builtTable(build: Build, id: string, locale: Locale): { page: string; table: Element } {
  for (const { path } of readingPages(build).filter((p) => p.locale === locale)) {
    const page = `${path}index.html`;
    const table = select(`figure#${id} table`, fromHtml(builtFile(build, page)));
    if (table) return { page: `${build.dir}/${page}`, table };
  }
  assert.fail(`${build.dir}: no ${locale} reading page shows ${id} (a <figure id="${id}"> with its <table>)`);
}

/** A minimal CSV reader (RFC 4180: quoted fields, doubled quotes, CRLF or LF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted || (c !== ',' && c !== '\n' && c !== '\r')) field += c;
    else if (c === ',') endField();
    else if (c === '\n' || text[i + 1] !== '\n') {
      endField();
      rows.push(row);
      row = [];
    }
  }
  if (field || row.length) {
    endField();
    rows.push(row);
  }
  return rows;
}

for (const build of BUILDS)
  describe(`${build.dir}: the lab tables`, () => {
    const tables = tablesOf(build);
    if (!tables.length)
      it(`shows no lab table, as ${build.content} has none`, () => {
        for (const { path } of readingPages(build)) {
          const found = selectAll('figure.lab-table', fromHtml(builtFile(build, `${path}index.html`)));
          assert.equal(found.length, 0, `${build.dir}/${path}index.html: a lab table the content does not have`);
        }
      });
    for (const [id, yaml] of tables) {
      const file = `${build.content}/labs/${id}.yaml`;
      for (const locale of ['en', 'es'] as const)
        it(`shows ${id} in ${locale === 'en' ? 'English' : 'Spanish'} as ${file} gives it`, () => {
          const { page, table } = builtTable(build, id, locale);
          const where = `${page}, ${id}`;
          assert.equal(
            squash(toText(select('caption', table)!)),
            squash(`${yaml.label[locale]}.${yaml.caption[locale]}`),
            `${where}: caption`,
          );
          assert.deepEqual(
            selectAll('thead th', table).map((th) => fold(toText(th))),
            [yaml.analyteHeader[locale], ...yaml.timepoints.map((t) => t.label[locale]), yaml.rangeHeader[locale]].map(
              fold,
            ),
            `${where}: column headers`,
          );
          const rows = selectAll('tbody tr', table);
          assert.equal(rows.length, yaml.analytes.length, `${where}: one row per analyte of ${file}`);
          yaml.analytes.forEach((analyte, r) => {
            const row = rows[r]!;
            const name = `${where}, row ${r + 1}`;
            assert.equal(
              squash(toText(select('th', row)!)),
              squash(`${analyte.name[locale]} (${analyte.unit})`),
              `${name}: analyte and unit`,
            );
            const cells = selectAll('td', row);
            const values = cells.slice(0, -1);
            assert.equal(values.length, analyte.values.length, `${name}: one cell per time point`);
            analyte.values.forEach((value, t) => {
              const cell = values[t]!;
              const at = `${name} (${analyte.id}), time point ${t + 1}`;
              assert.equal(
                squash(toText(select('.value', cell) ?? cell)),
                squash(shownValue(value, locale)),
                `${at}: "${value}" in ${file}`,
              );
              const flag = selectAll('.flag', cell)
                .map((f) => toText(f).trim())
                .join('');
              assert.equal(
                flag,
                flagOf(value, analyte.range.low, analyte.range.high),
                `${at}: "${value}" against the range ${analyte.range.low}–${analyte.range.high} of ${file}`,
              );
            });
            assert.equal(
              squash(toText(cells.at(-1)!)),
              squash(`(${shown(analyte.range.low, locale)}–${shown(analyte.range.high, locale)})`),
              `${name} (${analyte.id}): the reference range of ${file}`,
            );
          });
        });

      it(`writes /${id}.csv as ${file} gives it`, () => {
        const [header, ...rows] = parseCsv(builtFile(build, `${id}.csv`)).filter((r) => r.some(Boolean));
        const csv = `${build.dir}/${id}.csv`;
        const col = (name: string) => {
          const i = header!.indexOf(name);
          assert.ok(i >= 0, `${csv}: no "${name}" column (${header!.join(', ')})`);
          return i;
        };
        const expected = yaml.analytes.flatMap((analyte) =>
          analyte.values.map((value, t) => ({ analyte, value, timepoint: yaml.timepoints[t]! })),
        );
        assert.equal(rows.length, expected.length, `${csv}: one row per analyte and time point of ${file}`);
        expected.forEach(({ analyte, value, timepoint }, r) => {
          const row = rows[r]!;
          const at = `${csv}, row ${r + 2} (${analyte.id}, ${timepoint.id})`;
          const censored = /^\s*(>=|<=|[<>≤≥])\s*(.+)$/.exec(value);
          const number = censored ? censored[2]! : value.trim() === '–' ? '' : value;
          assert.deepEqual(
            {
              analyte: row[col('analyte')],
              unit: row[col('unit')],
              low: Number(row[col('range_low')]),
              high: Number(row[col('range_high')]),
              timepoint: row[col('timepoint')],
              label: row[col('timepoint_label')],
              kind: row[col('kind')],
              comparator: row[col('comparator')],
              value: row[col('value')] === '' ? '' : Number(row[col('value')]),
              published: squash(row[col('as_published')] ?? ''),
            },
            {
              analyte: analyte.name.en,
              unit: analyte.unit,
              low: Number(analyte.range.low),
              high: Number(analyte.range.high),
              timepoint: timepoint.id,
              label: timepoint.label.en,
              kind: censored ? 'censored' : number === '' ? 'missing' : 'number',
              comparator: censored ? COMPARATORS[censored[1]!] : '',
              value: number === '' ? '' : Number(number),
              published: squash(shownValue(value, 'en')),
            },
            `${at}: against ${file}`,
          );
        });
      });
    }

    if (build.content === 'content')
      it('keeps Table 1 as the article publishes it (content/labs/table-1.yaml against the published text)', () => {
        const yaml = contentYaml(build, 'labs/table-1.yaml') as TableYaml;
        assert.equal(yaml.caption.en, source.tableCaption, 'content/labs/table-1.yaml: caption.en');
        assert.deepEqual(
          yaml.analytes.map((a) => [
            `${a.name.en} (${a.unit})`,
            ...a.values.map(squash),
            `(${a.range.low}–${a.range.high})`,
          ]),
          source.table.map((row) => row.map(squash).map((cell, i) => (i === 0 ? row[0]! : cell))),
          'content/labs/table-1.yaml: analytes, values and ranges against Table 1 of tests/fixtures/source/article-full-text.md',
        );
      });
  });
