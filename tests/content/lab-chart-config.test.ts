/**
 * The chart island's Chart.js configuration (src/lab-chart/config.ts), drawn point by point with Chart.js's own
 * point renderer (`drawPoint` of chart.js/helpers, what the island's canvas runs) onto a context that records the
 * path. Every mark is checked against Table 1's YAML read here as text: which values are censored, and which way
 * their comparator points. The static panels have their own test (lab-chart-svg.test.ts); this one is the island's.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { drawPoint } from 'chart.js/helpers';
import type { ChartDataset, PointStyle } from 'chart.js';
import { parse } from 'yaml';
import { chartConfig, type ChartStrings, type Palette } from '../../src/lab-chart/config.ts';
import { chartData } from '../../src/lab-chart/data.ts';
import type { Locale } from '../../src/i18n/locales.ts';
import { labTableSchema } from '../../src/model/schemas.ts';

const raw = parse(readFileSync(new URL('../../content/labs/table-1.yaml', import.meta.url), 'utf8')) as {
  analytes: { id: string; name: Record<Locale, string>; unit: string; values: string[] }[];
};
const table = labTableSchema.parse(raw);

/** Which way a published value's mark must point: up for "> 1000" (at least), down for "≤ .1" (at most). */
function expectedMark(value: string): 'up' | 'down' | 'point' {
  const comparator = /^\s*(>=|<=|[<>≤≥])/.exec(value)?.[1];
  if (!comparator) return 'point';
  return comparator.startsWith('<') || comparator === '≤' ? 'down' : 'up';
}

const colors: Palette = { text: '#000', muted: '#666', grid: '#ccc', band: '#eee', event: '#f00', series: ['#00f'] };
const strings: ChartStrings = {
  canvasLabel: 'chart',
  allUln: 'all',
  ulnAxis: 'uln',
  censored: 'censored {value}',
  censoredLegend: 'Censored value',
};

/** A dataset's option at one point: Chart.js reads an array option per point, and a single value for all. */
function at(option: unknown, i: number): unknown {
  assert.notEqual(typeof option, 'function', 'a point option this test reads as data, not a scriptable function');
  return Array.isArray(option) ? (option as unknown[])[i] : option;
}

/** What Chart.js draws for one point: a round point, or a triangle pointing up or down. */
function drawn(dataset: ChartDataset<'line', (number | null)[]>, i: number): 'up' | 'down' | 'point' {
  const corners: { x: number; y: number }[] = [];
  let arcs = 0;
  const context = {
    beginPath() {},
    closePath() {},
    fill() {},
    stroke() {},
    save() {},
    restore() {},
    moveTo: (x: number, y: number) => corners.push({ x, y }),
    lineTo: (x: number, y: number) => corners.push({ x, y }),
    arc: () => arcs++,
    ellipse: () => arcs++,
  };
  drawPoint(
    context as unknown as CanvasRenderingContext2D,
    {
      pointStyle: at(dataset.pointStyle, i) as PointStyle,
      rotation: Number(at(dataset.pointRotation, i) ?? 0),
      radius: Number(at(dataset.pointRadius, i) ?? 3),
      borderWidth: Number(at(dataset.pointBorderWidth, i) ?? 1),
    },
    100,
    100,
  );
  if (arcs && !corners.length) return 'point';
  assert.equal(corners.length, 3, `a mark of three corners or a round point, not ${JSON.stringify(corners)}`);
  // The tip is the corner farthest from the centre vertically; it stands above the centre when the mark points up.
  const centre = corners.reduce((sum, c) => sum + c.y, 0) / 3;
  const tip = corners.reduce((a, b) => (Math.abs(b.y - centre) > Math.abs(a.y - centre) ? b : a));
  return tip.y < centre ? 'up' : 'down';
}

describe('chartConfig, as the island draws it', () => {
  for (const locale of ['en', 'es'] as const)
    it(`draws each censored value (${locale}) as a hollow triangle pointing its comparator’s way, in every view`, () => {
      const data = chartData(table, locale);
      // Every view a reader can choose (each analyte alone, all as multiples of the upper limit).
      for (const selected of [...raw.analytes.map((a) => a.id), 'uln'])
        for (const view of [`the ${selected} view`]) {
          const config = chartConfig(data, selected, { colors, strings });
          const datasets = config.data.datasets.filter((d) => d.label !== strings.censoredLegend);
          const expected = raw.analytes.filter((a) => selected === 'uln' || a.id === selected);
          assert.equal(datasets.length, expected.length, `${view}: one dataset per analyte shown`);
          for (const analyte of expected) {
            const label = selected === 'uln' ? analyte.name[locale] : `${analyte.name[locale]} (${analyte.unit})`;
            const dataset = datasets.find((d) => d.label === label);
            assert.ok(dataset, `${view}: a dataset labelled "${label}"`);
            analyte.values.forEach((value, i) => {
              const want = expectedMark(value);
              const got = drawn(dataset, i);
              assert.equal(
                got,
                want,
                `${view}, ${analyte.id} at time point ${i + 1} ("${value}" in content/labs/table-1.yaml): ` +
                  `src/lab-chart/config.ts has Chart.js draw ${got === 'point' ? 'a round point' : `a triangle pointing ${got}`}, ` +
                  `but the value calls for ${want === 'point' ? 'a round point' : `a triangle pointing ${want}`}`,
              );
              if (want !== 'point')
                assert.equal(at(dataset.backgroundColor, i), 'transparent', `${view}, ${analyte.id} ${i + 1}: hollow`);
            });
          }
        }
    });

  it('has censored values of both directions to draw (the test is not vacuous)', () => {
    const marks = raw.analytes.flatMap((a) => a.values.map(expectedMark));
    assert.ok(marks.includes('up') && marks.includes('down'), marks.join(' '));
  });
});
